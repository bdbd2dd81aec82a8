import { rm } from 'node:fs/promises'
import { MAX_PARTITION_BYTES, partitionCount } from './limits.js'
import { matchPartition, type MatchRules } from './match-partition.js'
import type { MatchTally } from './match-tally.js'
import { readLines } from './read-lines.js'
import {
  splitByKey,
  splitByOccurrence,
  TooManyKeys,
  type PartitionPair
} from './split-partition.js'

/**
 * Matches every pair of partitions, one at a time, deleting their files as it goes. A pair too
 * large to hold (MAX_PARTITION_BYTES) is split again by a fresh hash of the key; one still too
 * large (a key repeated very often) by key and occurrence; one still too large after that, or
 * with too many distinct keys to count, is compared by row counts only.
 */
export async function matchPairs(
  pairs: PartitionPair[],
  rules: MatchRules,
  tally: MatchTally
): Promise<void> {
  for (const pair of pairs) await matchPair(pair, 0, rules, tally)
}

async function matchPair(
  pair: PartitionPair,
  depth: number,
  rules: MatchRules,
  tally: MatchTally
): Promise<void> {
  try {
    const largest = Math.max(pair.before.bytes, pair.after.bytes)
    if (largest <= MAX_PARTITION_BYTES) {
      return await matchPartition(pair.before.path, pair.after.path, rules, tally)
    }
    const count = partitionCount(largest)
    if (depth === 0) {
      for (const part of await splitByKey(pair, count, depth + 1)) {
        await matchPair(part, depth + 1, rules, tally)
      }
      return
    }
    if (depth === 1) {
      const split = await splitByOccurrence(pair, count, depth + 1).catch((error: unknown) => {
        if (error instanceof TooManyKeys) return undefined
        throw error
      })
      if (split) {
        tally.duplicateKeys += rules.countDuplicates ? split.duplicateKeys : 0
        const inner = { ...rules, countDuplicates: false }
        for (const part of split.pairs) await matchPair(part, depth + 1, inner, tally)
        return
      }
    }
    await countOnly(pair, tally)
  } finally {
    await Promise.all([rm(pair.before.path, { force: true }), rm(pair.after.path, { force: true })])
  }
}

async function countOnly(pair: PartitionPair, tally: MatchTally): Promise<void> {
  const count = async (path: string): Promise<number> => {
    let lines = 0
    for await (const batch of readLines(path)) lines += batch.length
    return lines
  }
  const before = await count(pair.before.path)
  const after = await count(pair.after.path)
  tally.removed += Math.max(0, before - after)
  tally.added += Math.max(0, after - before)
  tally.countedOnly += Math.max(before, after)
}
