import type { SideColumns } from './column-plan.js'

/**
 * One data row as a line of a partition file: the key cells, the row's number, the compared
 * cells and the rename-candidate cells, each a JSON array (JSON escapes tabs and newlines, so a
 * tab separates the fields). Unchanged rows are then recognised by comparing text, unparsed.
 */
export interface RowLine {
  /** The key cells as JSON: equal keys have equal text. */
  key: string
  /** 1-based number of the data row in its file. */
  index: number
  compared: string
  candidates: string
}

/** Encodes a parsed row (missing cells read as empty) for a partition file, without newline. */
export function encodeRow(side: SideColumns, index: number, cells: string[]): string {
  const pick = (columns: number[]): string => JSON.stringify(columns.map((i) => cells[i] ?? ''))
  return `${pick(side.key)}\t${index}\t${pick(side.compared)}\t${pick(side.candidates)}`
}

/** The key field of an encoded row. */
export function keyOf(line: string): string {
  return line.slice(0, line.indexOf('\t'))
}

/** Splits an encoded row into its fields (JSON left unparsed). */
export function decodeRow(line: string): RowLine {
  const a = line.indexOf('\t')
  const b = line.indexOf('\t', a + 1)
  const c = line.indexOf('\t', b + 1)
  return {
    key: line.slice(0, a),
    index: Number(line.slice(a + 1, b)),
    compared: line.slice(b + 1, c),
    candidates: line.slice(c + 1)
  }
}
