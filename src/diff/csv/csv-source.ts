import { parse } from 'csv-parse'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { pipeline } from 'node:stream'
import type { TableSource } from '../table/table-source.js'

/**
 * A CSV file as a table, streamed by csv-parse: a byte-order mark is dropped, quoted fields may
 * hold commas, quotes and newlines, blank lines are skipped and rows may be shorter or longer
 * than the header (missing cells read as empty; cells past the header are not compared).
 */
export async function csvSource(file: string): Promise<TableSource> {
  const { size } = await stat(file)
  return {
    bytes: size,
    open: () => {
      const parser = parse({
        bom: true,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true
      })
      // pipeline closes the file when the reader stops early (after the header) or fails.
      return pipeline(createReadStream(file), parser, () => undefined)
    }
  }
}
