import { worksheetReaders } from '../diff/excel/worksheet-readers.js'

/**
 * The worksheets of an XLSX workbook that hold no data row (a header row at most), by name, as
 * exceljs's streaming reader sees them. Each worksheet is read only to its second row (the rest
 * of its part is never inflated), so a large workbook costs little more than a small one.
 */
export async function emptyWorksheets(path: string): Promise<string[]> {
  const empty: string[] = []
  for await (const worksheet of worksheetReaders(path)) {
    let rows = 0
    for await (const row of worksheet) {
      void row
      if (++rows >= 2) break
    }
    // exceljs sets the name from the workbook part (absent from its typings).
    if (rows < 2) empty.push((worksheet as { name?: string }).name ?? '')
  }
  return empty
}
