/** One cell that differs between the baseline row and the new row (values as text). */
export interface CellChange {
  column: string
  before: string
  after: string
}

/** A changed row: its key (the key columns' values joined by ", ") and the cells that differ. */
export interface RowChange {
  key: string
  cells: CellChange[]
}

/** Columns of the new file against the baseline; an order change is not a change. */
export interface ColumnChanges {
  added: string[]
  removed: string[]
  /** A removed column whose values, row for row, are those of an added one. */
  renamed: { from: string; to: string }[]
}

/** The comparison of one CSV file, or of one worksheet of a workbook. */
export interface TableDiff {
  /** The worksheet's name (Excel). */
  sheet?: string
  /** `new`: the worksheet is only in the new workbook; `missing`: only in the baseline. */
  status?: 'new' | 'missing'
  added: number
  removed: number
  changed: number
  /** Data rows of the baseline (the header row is not counted). */
  baselineRows: number
  columns: ColumnChanges
  /** The key columns rows were matched by; absent when rows were matched whole. */
  keyColumns?: string[]
  /** Keys seen more than once in either file; their rows are matched in order of appearance. */
  duplicateKeys: number
  /** The first changed rows in the new file's order, at most `sampleRows`. */
  sample: RowChange[]
  /** Some rows could only be counted, not matched by key (`note` says why and how many). */
  countsOnly?: boolean
  note?: string
}

/** What changed in one exported file against its baseline. */
export interface FileDiff {
  /** Path relative to output-dir, as given by the caller. */
  file: string
  format: 'csv' | 'excel' | 'pdf'
  status: 'unchanged' | 'changed' | 'new' | 'missing'
  /** Row totals over all tables (CSV, Excel). */
  added?: number
  removed?: number
  changed?: number
  baselineRows?: number
  /** Column changes over all tables; an Excel column is named `<worksheet>!<column>`. */
  columns?: ColumnChanges
  /** PDF: page counts and the 1-based numbers of pages whose text differs or that exist on one side. */
  pages?: { before: number; after: number; changed: number[] }
  /** CSV: one table; Excel: one per worksheet of either workbook. */
  tables?: TableDiff[]
  /** PDF: a short unified line diff of the first changed pages. */
  pageDiffs?: { page: number; lines: string[] }[]
}
