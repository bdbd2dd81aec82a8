import { parse } from 'csv-parse'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { pipeline } from 'node:stream'
import { CSV_OPTIONS } from '../../files/csv-options.js'
import type { TableSource } from '../table/table-source.js'

/**
 * A CSV file as a table, streamed by csv-parse as everywhere (CSV_OPTIONS), blank lines skipped:
 * rows may be shorter or longer than the header (missing cells read as empty; cells past the
 * header are not compared).
 */
export async function csvSource(file: string): Promise<TableSource> {
  const { size } = await stat(file)
  return {
    bytes: size,
    open: () => {
      const parser = parse({ ...CSV_OPTIONS, skip_empty_lines: true })
      // pipeline closes the file when the reader stops early (after the header) or fails.
      return pipeline(createReadStream(file), parser, () => undefined)
    }
  }
}
