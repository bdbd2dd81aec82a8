import { readLines } from '../table/read-lines.js'
import type { TableSource } from '../table/table-source.js'
import { PartitionWriter } from '../table/write-partitions.js'
import { cellText } from './cell-text.js'
import { worksheetReaders } from './worksheet-readers.js'

/** One worksheet, copied to a file of JSON lines (its first row is the header). */
export interface SheetTable {
  name: string
  table: TableSource
}

/**
 * Streams a workbook's worksheets with exceljs's WorksheetReader (never holding one whole) and
 * copies each one's rows, as text, to a file `<prefix><n>` of JSON lines, so worksheets can be
 * read again one at a time. Empty rows are skipped; the first row present is the header.
 */
export async function workbookTables(workbook: string, prefix: string): Promise<SheetTable[]> {
  const sheets: SheetTable[] = []
  for await (const worksheet of worksheetReaders(workbook)) {
    const writer = new PartitionWriter(1, () => `${prefix}${sheets.length}`)
    try {
      for await (const row of worksheet) {
        const values = Array.isArray(row.values) ? row.values : []
        const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, i) =>
          cellText(values[i + 1])
        )
        const writing = cells.some((c) => c !== '') && writer.add(0, JSON.stringify(cells))
        if (writing) await writing
      }
    } catch (error) {
      await writer.abandon()
      throw error
    }
    const [copy] = await writer.close()
    const name = (worksheet as { name?: string }).name ?? `Sheet${sheets.length + 1}`
    if (copy) sheets.push({ name, table: jsonLinesTable(copy.path, copy.bytes) })
  }
  return sheets
}

function jsonLinesTable(file: string, bytes: number): TableSource {
  return {
    bytes,
    async *open() {
      for await (const lines of readLines(file)) {
        for (const line of lines) yield JSON.parse(line) as string[]
      }
    }
  }
}
