import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import type { FileDetails, FileOutcome } from '../outcome.js'

/** Files larger than this are not opened whole (PDF, XLSX) for their details. */
const MAX_INSPECT_BYTES = 64 * 1024 * 1024

/** Pages of a PDF, worksheets of a workbook, rows and a preview of a CSV. Never throws. */
export async function inspectFile(file: FileOutcome, previewRows: number): Promise<FileDetails> {
  if (!file.path) return {}
  try {
    if (file.format === 'csv') return await inspectCsv(file.path, previewRows)
    if ((await stat(file.path)).size > MAX_INSPECT_BYTES) return {}
    if (file.format === 'pdf') return { pages: await pdfPages(file.path) }
    return { worksheets: await worksheets(file.path) }
  } catch {
    return {}
  }
}

async function pdfPages(path: string): Promise<number> {
  const { PDFDocument } = await import('pdf-lib')
  const doc = await PDFDocument.load(await readFile(path), {
    ignoreEncryption: true,
    updateMetadata: false
  })
  return doc.getPageCount()
}

async function worksheets(path: string): Promise<string[]> {
  const { unzipSync, strFromU8 } = await import('fflate')
  const entries = unzipSync(await readFile(path), { filter: (f) => f.name === 'xl/workbook.xml' })
  const xml = entries['xl/workbook.xml']
  if (!xml) return []
  return [...strFromU8(xml).matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) =>
    decodeXml(m[1] ?? '')
  )
}

function decodeXml(text: string): string {
  return text.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? ''
  )
}

/** Streams the CSV once: counts its records and keeps the first ones, flat in memory. */
async function inspectCsv(path: string, previewRows: number): Promise<FileDetails> {
  const { parse } = await import('csv-parse')
  const parser = createReadStream(path).pipe(
    parse({ relax_column_count: true, relax_quotes: true, bom: true })
  )
  const preview: string[][] = []
  let records = 0
  for await (const record of parser as AsyncIterable<string[]>) {
    if (records <= previewRows) preview.push(record)
    records++
  }
  return { rows: Math.max(0, records - 1), preview: previewRows > 0 ? preview : undefined }
}
