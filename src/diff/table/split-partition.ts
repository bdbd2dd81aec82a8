import { MAX_OCCURRENCE_KEYS } from './limits.js'
import { readLines } from './read-lines.js'
import { keyOf } from './row-line.js'
import { hashString } from './string-hash.js'
import { writePartitions, type Partition } from './write-partitions.js'

/** The baseline's and the new file's rows whose keys route to the same partition. */
export interface PartitionPair {
  before: Partition
  after: Partition
}

/** Thrown when a partition has too many distinct keys to count their occurrences. */
export class TooManyKeys extends Error {
  constructor() {
    super(`more than ${MAX_OCCURRENCE_KEYS} distinct keys`)
    this.name = 'TooManyKeys'
  }
}

const split = (part: Partition, count: number, route: (line: string) => number) =>
  writePartitions(readLines(part.path), route, count, (i) => `${part.path}.${i}`)

/** Pairs the i-th partition of the baseline with the i-th of the new file. */
export function pairUp(before: Partition[], after: Partition[]): PartitionPair[] {
  return before.flatMap((b, i) => {
    const a = after[i]
    return a ? [{ before: b, after: a }] : []
  })
}

/** Splits both sides of a pair into `count` pairs by a hash of the key with a fresh seed. */
export async function splitByKey(
  pair: PartitionPair,
  count: number,
  seed: number
): Promise<PartitionPair[]> {
  const route = (line: string): number => hashString(keyOf(line), seed) % count
  return pairUp(await split(pair.before, count, route), await split(pair.after, count, route))
}

/**
 * Splits both sides of a pair by key and occurrence: the n-th row of a key goes where the n-th
 * row of that key in the other file goes, so a key repeated many times spreads over every
 * partition while its rows still pair up in order. Returns the keys seen more than once in
 * either file too (the new partitions must not count them again). Throws TooManyKeys when a
 * side has more distinct keys than MAX_OCCURRENCE_KEYS.
 */
export async function splitByOccurrence(
  pair: PartitionPair,
  count: number,
  seed: number
): Promise<{ pairs: PartitionPair[]; duplicateKeys: number }> {
  const counter = (seen: Map<string, number>) => (line: string) => {
    const key = keyOf(line)
    const n = seen.get(key) ?? 0
    if (n === 0 && seen.size >= MAX_OCCURRENCE_KEYS) throw new TooManyKeys()
    seen.set(key, n + 1)
    return hashString(`${key}\u0001${n}`, seed) % count
  }
  const before = new Map<string, number>()
  const after = new Map<string, number>()
  const pairs = pairUp(
    await split(pair.before, count, counter(before)),
    await split(pair.after, count, counter(after))
  )
  let duplicateKeys = 0
  for (const [key, n] of before) if (n > 1 || (after.get(key) ?? 0) > 1) duplicateKeys++
  for (const [key, n] of after) if (n > 1 && !before.has(key)) duplicateKeys++
  return { pairs, duplicateKeys }
}
