import path from 'node:path'
import type { TableDiff } from '../file-diff.js'
import type { Tolerance } from '../tolerance.js'
import { planColumns, uniqueNames, type ColumnPlan, type SideColumns } from './column-plan.js'
import { partitionCount } from './limits.js'
import { matchPairs } from './match-pairs.js'
import { newTally, type MatchTally } from './match-tally.js'
import { encodeRow, keyOf } from './row-line.js'
import { pairUp } from './split-partition.js'
import { hashString } from './string-hash.js'
import { readHeader, type TableSource } from './table-source.js'
import { PartitionWriter, type Partition } from './write-partitions.js'

/** How two tables are compared. */
export interface TableOptions {
  keyColumns?: string[]
  tolerance?: Tolerance
  sampleRows: number
  /** An empty directory for this table's partition files, which are deleted as they are used. */
  dir: string
}

/**
 * Compares two tables in bounded memory: both are streamed once into partition files by a hash of
 * each row's key, then matched one partition at a time (see matchPairs).
 */
export async function compareTables(
  before: TableSource,
  after: TableSource,
  o: TableOptions
): Promise<TableDiff> {
  const plan = planColumns(
    uniqueNames(await readHeader(before)),
    uniqueNames(await readHeader(after)),
    o.keyColumns
  )
  const count = partitionCount(Math.max(before.bytes, after.bytes))
  const baseline = await partition(before, plan.before, count, path.join(o.dir, 'b'))
  const current = await partition(after, plan.after, count, path.join(o.dir, 'a'))
  const pairs = pairUp(baseline.parts, current.parts)
  const tally = newTally(o.sampleRows, plan.renameFrom.length, plan.renameTo.length)
  const countDuplicates = plan.before.key.length > 0
  await matchPairs(
    pairs,
    { compared: plan.compared, tolerance: o.tolerance, countDuplicates },
    tally
  )
  return tableDiff(plan, tally, baseline.rows)
}

async function partition(
  source: TableSource,
  side: SideColumns,
  count: number,
  prefix: string
): Promise<{ parts: Partition[]; rows: number }> {
  const writer = new PartitionWriter(count, (i) => `${prefix}${i}`)
  let rows = -1
  try {
    for await (const record of source.open()) {
      if (++rows === 0) continue
      const line = encodeRow(side, rows, record)
      const writing = writer.add(hashString(keyOf(line), 0) % count, line)
      if (writing) await writing
    }
  } catch (error) {
    await writer.abandon()
    throw error
  }
  return { parts: await writer.close(), rows: Math.max(0, rows) }
}

function tableDiff(plan: ColumnPlan, tally: MatchTally, baselineRows: number): TableDiff {
  const renamed = tally.matched > 0 ? pairRenames(plan, tally.rename) : []
  const diff: TableDiff = {
    added: tally.added,
    removed: tally.removed,
    changed: tally.changed,
    baselineRows,
    columns: {
      added: plan.added.filter((name) => !renamed.some((r) => r.to === name)),
      removed: plan.removed.filter((name) => !renamed.some((r) => r.from === name)),
      renamed
    },
    duplicateKeys: tally.duplicateKeys,
    sample: tally.sample.map((s) => s.change)
  }
  if (plan.keyColumns) diff.keyColumns = plan.keyColumns
  const notes = plan.note ? [plan.note] : []
  if (tally.countedOnly > 0) {
    diff.countsOnly = true
    notes.push(
      `${tally.countedOnly} rows share keys too often to match in memory: compared by count only`
    )
  }
  if (notes.length > 0) diff.note = notes.join('; ')
  return diff
}

/** Each removed column renamed to the first added column that held its values in every row. */
function pairRenames(plan: ColumnPlan, evidence: boolean[][]): { from: string; to: string }[] {
  const taken = new Set<number>()
  return plan.renameFrom.flatMap((from, i) => {
    const j = plan.renameTo.findIndex((_, j) => !taken.has(j) && evidence[i]?.[j])
    const to = plan.renameTo[j]
    if (to === undefined) return []
    taken.add(j)
    return [{ from, to }]
  })
}
