import type { Options } from 'csv-parse'

/**
 * How the action reads a CSV wherever it does (row counts, previews, diffs), with csv-parse: a
 * byte-order mark is dropped, quoted fields may hold commas, quotes and newlines, a quote inside
 * an unquoted field is data, and rows may be shorter or longer than the header.
 */
export const CSV_OPTIONS = {
  bom: true,
  relax_column_count: true,
  relax_quotes: true
} as const satisfies Options
