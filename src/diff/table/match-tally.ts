import type { RowChange } from '../file-diff.js'

/** What matching has found so far, over all partitions of one table. */
export interface MatchTally {
  added: number
  removed: number
  changed: number
  duplicateKeys: number
  /** Pairs of rows matched by key. */
  matched: number
  /** Changed rows with their number in the new file, in that order, at most `sampleRows`. */
  sample: { index: number; change: RowChange }[]
  sampleRows: number
  /** `rename[i][j]`: removed candidate i held the same values as added candidate j so far. */
  rename: boolean[][]
  /** Baseline and new rows that could only be counted (partitions too large to match). */
  countedOnly: number
}

/** An empty tally for a table with these rename candidates. */
export function newTally(sampleRows: number, renameFrom: number, renameTo: number): MatchTally {
  return {
    added: 0,
    removed: 0,
    changed: 0,
    duplicateKeys: 0,
    matched: 0,
    sample: [],
    sampleRows,
    rename: Array.from({ length: renameFrom }, () => Array<boolean>(renameTo).fill(true)),
    countedOnly: 0
  }
}

/** Keeps a changed row (made only if kept) if it is among the first `sampleRows` of the new file. */
export function addToSample(tally: MatchTally, index: number, change: () => RowChange): void {
  const { sample, sampleRows } = tally
  if (sample.length >= sampleRows && index > (sample.at(-1)?.index ?? Infinity)) return
  let at = sample.length
  while (at > 0 && (sample[at - 1]?.index ?? 0) > index) at--
  sample.splice(at, 0, { index, change: change() })
  if (sample.length > sampleRows) sample.pop()
}
