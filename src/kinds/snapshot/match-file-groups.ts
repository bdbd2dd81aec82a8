import type { SnapshotFile } from '@aws-sdk/client-quicksight'
import { describeFile, fileKey, groupFile } from './snapshot-files.js'

/** What matching gave each asked file: the index of its group, or why there is none. */
export type GroupMatch = { group: number } | { error: string }

export interface MatchedGroups<G> {
  /** One per asked file, in the asked order. */
  matches: GroupMatch[]
  /** Groups no asked file claimed, in words (for a warning). */
  unclaimed: string[]
  groups: G[]
}

/**
 * Pairs each asked file with the result's FileGroup that echoes the same configuration (format,
 * sheets, scope, visual ids). Nothing promises the groups come in the request's order, so the
 * order is never used to tell files apart — except between files asked identically: those are
 * the same request in the same job, so they give the same file, and are paired in order.
 * An asked file without such a group gets an error naming what it asked and what came back.
 */
export function matchFileGroups<G extends { Files?: SnapshotFile[] }>(
  asked: SnapshotFile[],
  groups: G[]
): MatchedGroups<G> {
  const free = new Map<string, number[]>()
  groups.forEach((g, i) => {
    const key = fileKey(groupFile(g))
    free.set(key, [...(free.get(key) ?? []), i])
  })
  const matches = asked.map((file): GroupMatch => {
    const group = free.get(fileKey(file))?.shift()
    return group === undefined ? { error: '' } : { group }
  })
  const left = [...free.values()].flat().sort((a, b) => a - b)
  const unclaimed = left.map((i) => `FileGroups[${i}]: ${describeFile(groupFile(groups[i]))}`)
  return {
    groups,
    unclaimed,
    matches: matches.map((m, i) =>
      'group' in m
        ? m
        : {
            error: `QuickSight's result has no file group for this export (${describeFile(asked[i])}); ${
              unclaimed.length > 0
                ? `the groups no export matches: ${unclaimed.join('; ')}`
                : `it answered ${groups.length} group${groups.length === 1 ? '' : 's'}, each matched to another export`
            }. Nothing was downloaded under this export's name.`
          }
    )
  }
}
