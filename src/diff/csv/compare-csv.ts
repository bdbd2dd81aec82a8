import type { FileDiff } from '../file-diff.js'
import { compareTables, type TableOptions } from '../table/compare-tables.js'
import { fileDiffOfTables } from '../table/table-totals.js'
import { csvSource } from './csv-source.js'

/** Compares two CSV files as one table each. */
export async function compareCsv(
  file: string,
  before: string,
  after: string,
  o: TableOptions
): Promise<FileDiff> {
  const table = await compareTables(await csvSource(before), await csvSource(after), o)
  return fileDiffOfTables(file, 'csv', [table])
}
