import ExcelJS from 'exceljs'
import type { Readable } from 'node:stream'
import type { Entry, ZipFile } from 'yauzl'
import { openZip, zipEntries } from '../../files/zip-entries.js'

type WorksheetReader = ExcelJS.stream.xlsx.WorksheetReader

/**
 * The part parsers of exceljs 4's streaming WorkbookReader (absent from its typings). Its own
 * iteration is not used: it reads the zip in one pass with unzipper, whose `end` comes when the
 * input is read rather than when the last entry is handed out, so the entries still buffered
 * then are dropped without an error — the last worksheets, or `xl/workbook.xml` (exceljs writes
 * it last; "Cannot read properties of undefined (reading 'sheets')").
 */
interface PartParsers {
  _parseRels(part: Readable): Promise<void>
  _parseWorkbook(part: Readable): Promise<void>
  _parseSharedStrings(part: Readable): AsyncGenerator<unknown>
  _parseStyles(part: Readable): Promise<void>
  _parseWorksheet(part: Readable, sheetNo: string): Generator<{ value: unknown }>
}

const PARSERS = [
  '_parseRels',
  '_parseWorkbook',
  '_parseSharedStrings',
  '_parseStyles',
  '_parseWorksheet'
] as const
const WORKBOOK = 'xl/workbook.xml'
/** The worksheet parts exceljs reads (it names a worksheet by the number in its part name). */
const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/

/**
 * A workbook's worksheets as exceljs's streaming WorksheetReaders, in the zip's order, each to
 * be read (to its end, or as far as needed: the next one closes it) before the next is asked for. The parts are found through the zip's central
 * directory by yauzl, so the relationships, `xl/workbook.xml`, the shared strings and the styles
 * are parsed first wherever the zip holds them, and each worksheet is then inflated as it is
 * read: memory holds the shared strings and styles (as exceljs's `cache` options do), never a
 * worksheet, and nothing goes to temporary files. Parts are decoded as UTF-8 streams, so a
 * character split between two chunks stays whole (exceljs decodes each chunk on its own).
 */
export async function* worksheetReaders(file: string): AsyncGenerator<WorksheetReader> {
  const zip = await openZip(file)
  let open: Readable | undefined
  try {
    const entries = new Map<string, Entry>()
    for await (const entry of zipEntries(zip)) entries.set(entry.fileName, entry)
    if (!entries.has(WORKBOOK)) throw new Error(`${file} is not an XLSX workbook: no ${WORKBOOK}`)
    const reader = partParsers()
    const parse = async (name: string, parser: (part: Readable) => Promise<unknown>) => {
      const entry = entries.get(name)
      if (entry) await parser((open = await utf8(zip, entry)))
    }
    await parse('xl/_rels/workbook.xml.rels', (part) => reader._parseRels(part))
    await parse(WORKBOOK, (part) => reader._parseWorkbook(part))
    await parse('xl/sharedStrings.xml', async (part) => {
      for await (const _ of reader._parseSharedStrings(part)) void _ // cached, none emitted
    })
    await parse('xl/styles.xml', (part) => reader._parseStyles(part))
    for (const entry of entries.values()) {
      const sheetNo = WORKSHEET.exec(entry.fileName)?.[1]
      if (sheetNo === undefined) continue
      // The previous worksheet may have been left before its end.
      open?.destroy()
      open = await utf8(zip, entry)
      for (const { value } of reader._parseWorksheet(open, sheetNo)) yield value as WorksheetReader
    }
  } finally {
    open?.destroy()
    zip.close()
  }
}

function partParsers(): PartParsers {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader('', {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore'
  }) as unknown as Partial<PartParsers>
  const missing = PARSERS.filter((name) => typeof reader[name] !== 'function')
  if (missing.length > 0) {
    throw new Error(`exceljs's WorkbookReader has no ${missing.join(', ')}: not exceljs 4?`)
  }
  return reader as PartParsers
}

async function utf8(zip: ZipFile, entry: Entry): Promise<Readable> {
  const stream = await zip.openReadStreamPromise(entry)
  return stream.setEncoding('utf8')
}
