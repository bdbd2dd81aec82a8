import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import ExcelJS from 'exceljs'
import { mkdtemp, open, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { deflateRawSync } from 'node:zlib'
import { strToU8, zipSync } from 'fflate'
import { PDFDocument, PDFName, PDFRef } from 'pdf-lib'
import type { FileFormat } from '../../src/outcome.js'
import { inspectFile } from '../../src/publish/file-details.js'
import { MAX_PDF_BYTES } from '../../src/publish/pdf-page-count.js'

let dir: string
beforeAll(async () => (dir = await mkdtemp(path.join(os.tmpdir(), 'qse-details-'))))
afterAll(() => rm(dir, { recursive: true, force: true }))

const GiB = 1024 ** 3
let n = 0
const file = async (bytes: Uint8Array | string): Promise<string> => {
  const p = path.join(dir, `file-${n++}`)
  await writeFile(p, bytes)
  return p
}
const inspect = (p: string, format: FileFormat, previewRows = 5) =>
  inspectFile({ index: 1, format, source: {}, path: p }, previewRows)

async function pdf(pages: number, useObjectStreams: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  for (let i = 0; i < pages; i++) doc.addPage([200, 200]).drawText(`page ${i + 1}`)
  return doc.save({ useObjectStreams })
}

const pdfLibCount = async (bytes: Uint8Array): Promise<number> =>
  (await PDFDocument.load(bytes)).getPageCount()

/** Appends an incremental update (new objects, an xref table with /Prev) to a classic PDF. */
function appendUpdate(base: string, objects: Record<number, string>, root: number): string {
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(base)?.[1])
  let text = `${base}\n`
  const offsets: [number, number][] = []
  for (const [num, body] of Object.entries(objects)) {
    offsets.push([Number(num), text.length])
    text += `${num} 0 obj\n${body}\nendobj\n`
  }
  const xref = text.length
  text += 'xref\n'
  for (const [num, offset] of offsets)
    text += `${num} 1\n${String(offset).padStart(10, '0')} 00000 n\r\n`
  const size = Math.max(...offsets.map(([num]) => num)) + 1
  return `${text}trailer\n<< /Size ${size} /Root ${root} 0 R /Prev ${prev} >>\nstartxref\n${xref}\n%%EOF\n`
}

/** A PDF of `pages` pages padded to `bytes` by a stream of zeros the file system never stores. */
async function paddedPdf(pages: number, bytes: number): Promise<string> {
  const base = Buffer.from(await pdf(pages, false)).toString('latin1')
  const prev = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(base)?.[1]
  const root = /\/Root (\d+) 0 R/.exec(base)?.[1]
  // Numbers written in 12 digits, so that the text's length does not depend on them.
  const digits = (value: number): string => String(value).padStart(12, '0')
  const head = (length: number): string =>
    `${base}\n99 0 obj\n<< /Length ${digits(length)} >>\nstream\n`
  const end = '\nendstream\nendobj\n'
  const tail = (xrefAt: number): string =>
    `${end}xref\n99 1\n${String(base.length + 1).padStart(10, '0')} 00000 n\r\ntrailer\n<< /Size 100 /Root ${root} 0 R /Prev ${prev} >>\nstartxref\n${digits(xrefAt)}\n%%EOF\n`
  const length = bytes - head(0).length - tail(0).length
  const p = path.join(dir, `padded-${n++}.pdf`)
  const handle = await open(p, 'w')
  await handle.write(Buffer.from(head(length), 'latin1'), 0, undefined, 0)
  const xrefAt = head(0).length + length + end.length
  await handle.write(Buffer.from(tail(xrefAt), 'latin1'), 0, undefined, head(0).length + length)
  await handle.close()
  return p
}

describe('inspectFile: PDF pages as pdf.js counts them', () => {
  test.each([1, 3, 250])(
    '%i pages, with object streams and with a classic xref table, as pdf-lib wrote them',
    async (pages) => {
      for (const objectStreams of [true, false]) {
        const bytes = await pdf(pages, objectStreams)
        expect(await inspect(await file(bytes), 'pdf')).toEqual({ pages })
        expect(await pdfLibCount(bytes)).toBe(pages)
      }
    }
  )

  test('an incremental update that adds a page counts from the newest section', async () => {
    const bytes = await pdf(2, false)
    const doc = await PDFDocument.load(bytes)
    const pagesRef = doc.catalog.get(PDFName.of('Pages')) as PDFRef
    const rootRef = doc.context.trailerInfo.Root as PDFRef
    const kids = doc.getPages().map((p) => `${p.ref.objectNumber} 0 R`)
    const size = doc.context.largestObjectNumber + 1
    const updated = appendUpdate(
      Buffer.from(bytes).toString('latin1'),
      {
        [size]: `<< /Type /Page /Parent ${pagesRef.objectNumber} 0 R /MediaBox [0 0 200 200] >>`,
        [pagesRef.objectNumber]: `<< /Type /Pages /Kids [${kids.join(' ')} ${size} 0 R] /Count 3 >>`
      },
      rootRef.objectNumber
    )
    const p = await file(Buffer.from(updated, 'latin1'))
    expect(await inspect(p, 'pdf')).toEqual({ pages: 3 })
    expect(await pdfLibCount(Buffer.from(updated, 'latin1'))).toBe(3)
  })

  test(`up to ${MAX_PDF_BYTES} bytes a PDF is counted; one byte more, or 8 GiB, gets no count`, async () => {
    const atCap = await paddedPdf(4, MAX_PDF_BYTES)
    const overCap = await paddedPdf(4, MAX_PDF_BYTES + 1)
    const huge = await paddedPdf(4, 8 * GiB)
    expect((await stat(atCap)).size).toBe(MAX_PDF_BYTES)
    expect((await stat(overCap)).size).toBe(MAX_PDF_BYTES + 1)
    expect((await stat(huge)).size).toBe(8 * GiB)
    expect(await inspect(atCap, 'pdf')).toEqual({ pages: 4 })
    expect(await inspect(overCap, 'pdf')).toEqual({})
    expect(await inspect(huge, 'pdf')).toEqual({})
  })

  test('a file that is not a PDF gets no details; a wrong startxref is repaired by pdf.js', async () => {
    expect(await inspect(await file('not a pdf at all'), 'pdf')).toEqual({})
    const broken = Buffer.from(await pdf(2, false))
      .toString('latin1')
      .replace(/startxref\s+\d+/, 'startxref\n12')
    expect(await inspect(await file(Buffer.from(broken, 'latin1')), 'pdf')).toEqual({ pages: 2 })
  })
})

/**
 * A zip written by hand, as no zip library writes a gigabyte entry without writing its bytes: a
 * stored entry of `sparse` zeros the file system never stores, then deflated entries.
 */
async function writeSparseZip(
  p: string,
  sparse: number,
  entries: Record<string, string>
): Promise<void> {
  const handle = await open(p, 'w')
  let at = 0
  const directory: Buffer[] = []
  for (const [fileName, text] of [['xl/media/huge.bin', ''], ...Object.entries(entries)]) {
    const name = Buffer.from(fileName ?? '')
    const data = at === 0 ? Buffer.alloc(0) : deflateRawSync(text ?? '')
    const [method, size, stored] =
      at === 0 ? [0, sparse, sparse] : [8, text?.length ?? 0, data.length]
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(stored, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    await handle.write(Buffer.concat([local, name, data]), 0, undefined, at)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(stored, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(at, 42)
    directory.push(central, name)
    at += 30 + name.length + stored
  }
  const cd = Buffer.concat(directory)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(directory.length / 2, 8)
  end.writeUInt16LE(directory.length / 2, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(at, 16)
  await handle.write(Buffer.concat([cd, end]), 0, undefined, at)
  await handle.close()
}

const rowsOf = (n: number): [string, number][] => Array.from({ length: n }, (_, i) => ['EMEA', i])

describe('inspectFile: worksheet names from the workbook part', () => {
  test('an ExcelJS workbook: names in order, XML entities decoded', async () => {
    const book = new ExcelJS.Workbook()
    for (const name of ['Orders', 'Q&A <draft>', 'Units "EU"', "Region's pivot", 'Umsätze 東京'])
      book.addWorksheet(name).addRows([
        ['a', 'b', 'c'],
        [1, 2, 3]
      ])
    const p = await file(Buffer.from(await book.xlsx.writeBuffer()))
    expect(await inspect(p, 'excel')).toEqual({
      worksheets: ['Orders', 'Q&A <draft>', 'Units "EU"', "Region's pivot", 'Umsätze 東京']
    })
  })

  test('worksheets without a data row (a header at most) are named as empty', async () => {
    const book = new ExcelJS.Workbook()
    book.addWorksheet('Orders').addRows([['Region', 'Units'], ...rowsOf(3000)])
    book.addWorksheet('No rows').addRow(['Region', 'Units'])
    book.addWorksheet('Blank')
    const p = await file(Buffer.from(await book.xlsx.writeBuffer()))
    expect(await inspect(p, 'excel')).toEqual({
      worksheets: ['Orders', 'No rows', 'Blank'],
      emptyWorksheets: ['No rows', 'Blank']
    })
  })

  test('prefixed elements, single quotes, character references, a > in a value', async () => {
    const xml = `<?xml version="1.0"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheets>
<x:sheet name='Caf&#233; &#x6771;&#x4EAC;' sheetId="1"/><x:sheet sheetId="2" name="a > b"/>
<x:sheet name="Tab&#9;&amp;&#10;line" sheetId="3"></x:sheet></x:sheets><x:sheetView/></x:workbook>`
    const p = await file(zipSync({ 'xl/workbook.xml': strToU8(xml) }))
    expect(await inspect(p, 'excel')).toEqual({
      worksheets: ['Café 東京', 'a > b', 'Tab\t&\nline']
    })
  })

  test('a 3 GiB workbook (a sparse stored entry first) is read from its directory only', async () => {
    const p = path.join(dir, 'huge.xlsx')
    const workbook =
      '<workbook><sheets><sheet name="Big" sheetId="1"/><sheet name="Small" sheetId="2"/></sheets></workbook>'
    await writeSparseZip(p, 3 * GiB, { 'xl/workbook.xml': workbook })
    expect(await inspect(p, 'excel')).toEqual({ worksheets: ['Big', 'Small'] })
  })

  test('a file that is not a zip, or a zip without a workbook, gets no details', async () => {
    expect(await inspect(await file('plain text'), 'excel')).toEqual({})
    const p = await file(zipSync({ 'word/document.xml': strToU8('<w/>') }))
    expect(await inspect(p, 'excel')).toEqual({})
  })
})

describe('inspectFile: CSV rows and preview', () => {
  const csv = ['id,note', ...Array.from({ length: 12 }, (_, i) => `${i},"line ${i}\nwith, comma"`)]

  test('rows without the header; the header and the first rows as the preview', async () => {
    const p = await file(`${csv.join('\r\n')}\r\n`)
    expect(await inspect(p, 'csv', 2)).toEqual({
      rows: 12,
      preview: [
        ['id', 'note'],
        ['0', 'line 0\nwith, comma'],
        ['1', 'line 1\nwith, comma']
      ]
    })
    expect(await inspect(p, 'csv', 0)).toEqual({ rows: 12, preview: undefined })
  })

  test('a quote never closed further on: the preview stays, the rows go uncounted', async () => {
    const p = await file(`${csv.join('\n')}\n99,"never closed\n`)
    expect(await inspect(p, 'csv', 1)).toEqual({
      preview: [
        ['id', 'note'],
        ['0', 'line 0\nwith, comma']
      ]
    })
  })
})
