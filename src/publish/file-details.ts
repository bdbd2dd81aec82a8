import { createReadStream } from 'node:fs'
import type { FileDetails, FileOutcome } from '../outcome.js'
import { countCsvRecords } from './csv-records.js'
import { pdfPageCount } from './pdf-pages.js'
import { worksheetNames } from './xlsx-sheets.js'

/**
 * Pages of a PDF, worksheets of a workbook, rows and a preview of a CSV. Never throws. Memory stays
 * flat with the file's size: PDFs and workbooks are read only where their structure points (a few
 * KiB); CSVs are streamed once to count their records.
 */
export async function inspectFile(file: FileOutcome, previewRows: number): Promise<FileDetails> {
  if (!file.path) return {}
  try {
    if (file.format === 'csv') return await inspectCsv(file.path, previewRows)
    if (file.format === 'pdf') return { pages: await pdfPageCount(file.path) }
    if (file.format === 'excel') return { worksheets: await worksheetNames(file.path) }
    return {}
  } catch {
    return {}
  }
}

/**
 * Counts a CSV's records in one streamed pass (no record is built) and parses only its first
 * records for the preview: flat in memory and fast whatever the file's size.
 */
async function inspectCsv(path: string, previewRows: number): Promise<FileDetails> {
  const [records, preview] = await Promise.all([
    countCsvRecords(path),
    previewRows > 0 ? firstRecords(path, previewRows + 1) : undefined
  ])
  return { rows: Math.max(0, records - 1), preview }
}

/** The first `count` records, parsed by csv-parse; the file is read no further. */
async function firstRecords(path: string, count: number): Promise<string[][]> {
  const { parse } = await import('csv-parse')
  const input = createReadStream(path)
  const records: string[][] = []
  try {
    const parser = input.pipe(
      parse({ relax_column_count: true, relax_quotes: true, bom: true, to: count })
    )
    for await (const record of parser as AsyncIterable<string[]>) records.push(record)
  } finally {
    input.destroy()
  }
  return records
}
