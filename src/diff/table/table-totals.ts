import type { ColumnChanges, FileDiff, TableDiff } from '../file-diff.js'

/**
 * A CSV's or a workbook's FileDiff from its tables: row totals, column changes (an Excel column
 * named `<worksheet>!<column>`), and `changed` when any table has a row, column or worksheet
 * change.
 */
export function fileDiffOfTables(
  file: string,
  format: 'csv' | 'excel',
  tables: TableDiff[]
): FileDiff {
  const sum = (pick: (t: TableDiff) => number): number => tables.reduce((n, t) => n + pick(t), 0)
  const name = (t: TableDiff, column: string): string =>
    format === 'excel' ? `${t.sheet ?? ''}!${column}` : column
  const columns: ColumnChanges = {
    added: tables.flatMap((t) => t.columns.added.map((c) => name(t, c))),
    removed: tables.flatMap((t) => t.columns.removed.map((c) => name(t, c))),
    renamed: tables.flatMap((t) =>
      t.columns.renamed.map((r) => ({ from: name(t, r.from), to: name(t, r.to) }))
    )
  }
  const added = sum((t) => t.added)
  const removed = sum((t) => t.removed)
  const changed = sum((t) => t.changed)
  const columnChanges = columns.added.length + columns.removed.length + columns.renamed.length
  const same = added + removed + changed + columnChanges === 0 && !tables.some((t) => t.status)
  return {
    file,
    format,
    status: same ? 'unchanged' : 'changed',
    added,
    removed,
    changed,
    baselineRows: sum((t) => t.baselineRows),
    columns,
    tables
  }
}
