import type { FileDetails, FileOutcome } from '../outcome.js'
import { csvRecords } from './csv-records.js'
import { pdfPageCount } from './pdf-page-count.js'
import { emptyWorksheets } from './xlsx-rows.js'
import { worksheetNames } from './xlsx-sheets.js'

/**
 * Pages of a PDF (none past pdf-page-count's size cap), worksheets of a workbook, rows and a
 * preview of a CSV. Never throws. A workbook is read only where its zip directory points and a
 * CSV is streamed once, so neither costs memory in proportion to its size.
 */
export async function inspectFile(file: FileOutcome, previewRows: number): Promise<FileDetails> {
  if (!file.path) return {}
  try {
    if (file.format === 'csv') return await inspectCsv(file.path, previewRows)
    if (file.format === 'pdf') {
      const pages = await pdfPageCount(file.path)
      return pages === undefined ? {} : { pages }
    }
    if (file.format === 'excel') {
      const [worksheets, empty] = await Promise.all([
        worksheetNames(file.path),
        emptyWorksheets(file.path).catch(() => undefined)
      ])
      return { worksheets, ...(empty?.length ? { emptyWorksheets: empty } : {}) }
    }
    return {}
  } catch {
    return {}
  }
}

/** Data rows (the header not counted) and, when asked for, the header and first rows. */
async function inspectCsv(path: string, previewRows: number): Promise<FileDetails> {
  const { count, first } = await csvRecords(path, previewRows > 0 ? previewRows + 1 : 0)
  return {
    ...(count === undefined ? {} : { rows: Math.max(0, count - 1) }),
    preview: previewRows > 0 ? first : undefined
  }
}
