import path from 'node:path'
import type { FileDiff, TableDiff } from '../file-diff.js'
import { countItems } from '../table/count-items.js'
import { compareTables, type TableOptions } from '../table/compare-tables.js'
import type { TableSource } from '../table/table-source.js'
import { fileDiffOfTables } from '../table/table-totals.js'
import { workbookTables } from './workbook-tables.js'

/**
 * Compares two workbooks worksheet by worksheet, matched by name: a worksheet in one workbook
 * only is reported as `new` (all its rows added) or `missing` (all removed).
 */
export async function compareExcel(
  file: string,
  before: string,
  after: string,
  o: TableOptions
): Promise<FileDiff> {
  const baseline = await workbookTables(before, path.join(o.dir, 'before-sheet'))
  const current = await workbookTables(after, path.join(o.dir, 'after-sheet'))
  const tables: TableDiff[] = []
  for (const sheet of current) {
    const old = baseline.find((s) => s.name === sheet.name)
    tables.push(
      old
        ? { sheet: sheet.name, ...(await compareTables(old.table, sheet.table, o)) }
        : { sheet: sheet.name, status: 'new', ...emptyTable(), added: await dataRows(sheet.table) }
    )
  }
  for (const sheet of baseline) {
    if (current.some((s) => s.name === sheet.name)) continue
    const rows = await dataRows(sheet.table)
    tables.push({
      sheet: sheet.name,
      status: 'missing',
      ...emptyTable(),
      removed: rows,
      baselineRows: rows
    })
  }
  return fileDiffOfTables(file, 'excel', tables)
}

function emptyTable(): Omit<TableDiff, 'sheet'> {
  return {
    added: 0,
    removed: 0,
    changed: 0,
    baselineRows: 0,
    columns: { added: [], removed: [], renamed: [] },
    duplicateKeys: 0,
    sample: []
  }
}

async function dataRows(table: TableSource): Promise<number> {
  return Math.max(0, (await countItems(table.open())) - 1)
}
