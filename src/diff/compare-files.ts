import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { FileDiff } from './file-diff.js'
import type { Tolerance } from './tolerance.js'

/** How files are compared. */
export interface CompareOptions {
  /** Columns that identify a row (CSV, Excel); rows are matched whole without them. */
  keyColumns?: string[]
  /** How far apart numeric cells may be; cells compare as text without one. */
  tolerance?: Tolerance
  /** Changed rows (per table) and changed pages given in detail; 10 by default. */
  sampleRows?: number
  /** Where partition files go (a fresh directory inside it, removed afterwards); os.tmpdir() by default. */
  tempDir?: string
}

/**
 * Compares one exported file with its baseline: `before` undefined makes it `new`, `after`
 * undefined `missing`. The reader for the format (csv-parse, exceljs, pdf.js) is loaded only
 * when a file of that format is compared. Throws when a file cannot be read as its format.
 */
export async function compareFiles(
  file: string,
  format: 'csv' | 'excel' | 'pdf',
  before: string | undefined,
  after: string | undefined,
  o: CompareOptions
): Promise<FileDiff> {
  if (before === undefined && after === undefined) {
    throw new Error(`compareFiles: ${file} has neither a baseline nor a new file`)
  }
  if (before === undefined) return { file, format, status: 'new' }
  if (after === undefined) return { file, format, status: 'missing' }
  const sampleRows = o.sampleRows ?? 10
  if (format === 'pdf') {
    const { comparePdf } = await import('./pdf/compare-pdf.js')
    return comparePdf(file, before, after, sampleRows)
  }
  const dir = await mkdtemp(path.join(o.tempDir ?? os.tmpdir(), 'qse-diff-'))
  try {
    const table = { keyColumns: o.keyColumns, tolerance: o.tolerance, sampleRows, dir }
    if (format === 'csv') {
      const { compareCsv } = await import('./csv/compare-csv.js')
      return await compareCsv(file, before, after, table)
    }
    const { compareExcel } = await import('./excel/compare-excel.js')
    return await compareExcel(file, before, after, table)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
