import type { CellChange } from '../file-diff.js'
import type { Tolerance } from '../tolerance.js'
import { cellsEqual } from './cells-equal.js'
import { addToSample, type MatchTally } from './match-tally.js'
import { readAllLines } from './read-lines.js'
import { decodeRow, keyOf, type RowLine } from './row-line.js'

/** What matching one pair of rows needs besides the tally. */
export interface MatchRules {
  /** Names of the compared cells, in encoded order. */
  compared: string[]
  tolerance?: Tolerance
  /** Whether a repeated key counts as a duplicate (not when there is no key at all). */
  countDuplicates: boolean
}

interface BaselineRows {
  lines: string[]
  used: number
  seenAfter: number
}

/**
 * Matches one partition (both files at most MAX_PARTITION_BYTES, read whole): the baseline's
 * rows are held in memory by key, the new file's rows go past them. Rows of one key pair up in
 * order of appearance; the rest are added or removed.
 */
export async function matchPartition(
  beforePath: string,
  afterPath: string,
  rules: MatchRules,
  tally: MatchTally
): Promise<void> {
  const baseline = new Map<string, BaselineRows>()
  for (const line of await readAllLines(beforePath)) {
    const key = keyOf(line)
    const rows = baseline.get(key)
    if (rows) rows.lines.push(line)
    else baseline.set(key, { lines: [line], used: 0, seenAfter: 0 })
  }
  const onlyAfter = new Map<string, number>()
  for (const line of await readAllLines(afterPath)) {
    const key = keyOf(line)
    const rows = baseline.get(key)
    if (rows) {
      rows.seenAfter++
      const before = rows.lines[rows.used]
      if (before !== undefined) {
        rows.used++
        compareRows(decodeRow(before), decodeRow(line), rules, tally)
        continue
      }
    } else onlyAfter.set(key, (onlyAfter.get(key) ?? 0) + 1)
    tally.added++
  }
  for (const rows of baseline.values()) {
    tally.removed += rows.lines.length - rows.used
    if (rules.countDuplicates && (rows.lines.length > 1 || rows.seenAfter > 1)) {
      tally.duplicateKeys++
    }
  }
  if (rules.countDuplicates) for (const n of onlyAfter.values()) if (n > 1) tally.duplicateKeys++
}

function compareRows(before: RowLine, after: RowLine, rules: MatchRules, tally: MatchTally): void {
  tally.matched++
  if (tally.rename.length > 0) collectRenameEvidence(before, after, rules, tally)
  if (before.compared === after.compared) return
  const a = JSON.parse(before.compared) as string[]
  const b = JSON.parse(after.compared) as string[]
  const cells: CellChange[] = []
  rules.compared.forEach((column, i) => {
    const was = a[i] ?? ''
    const is = b[i] ?? ''
    if (!cellsEqual(was, is, rules.tolerance)) cells.push({ column, before: was, after: is })
  })
  if (cells.length === 0) return
  tally.changed++
  addToSample(tally, after.index, () => ({
    key: (JSON.parse(after.key) as string[]).join(', '),
    cells
  }))
}

function collectRenameEvidence(
  before: RowLine,
  after: RowLine,
  rules: MatchRules,
  tally: MatchTally
): void {
  const from = JSON.parse(before.candidates) as string[]
  const to = JSON.parse(after.candidates) as string[]
  tally.rename.forEach((row, i) =>
    row.forEach((same, j) => {
      if (same) row[j] = cellsEqual(from[i] ?? '', to[j] ?? '', rules.tolerance)
    })
  )
}
