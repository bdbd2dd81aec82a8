import { MAX_RENAME_PAIRS } from './limits.js'

/** Which cells of one side's rows are read, by column index, in an order both sides share. */
export interface SideColumns {
  /** The key cells (the key columns, or every shared column when rows are matched whole). */
  key: number[]
  /** The shared columns compared cell by cell (none when rows are matched whole). */
  compared: number[]
  /** Removed (baseline) or added (new file) columns that may turn out to be renamed. */
  candidates: number[]
}

/** How two headers line up, and how their rows are keyed and compared. */
export interface ColumnPlan {
  before: SideColumns
  after: SideColumns
  /** The key columns' names; absent when rows are matched whole. */
  keyColumns?: string[]
  /** Names of the compared columns, in `compared` order. */
  compared: string[]
  added: string[]
  removed: string[]
  /** Names of `before.candidates` and `after.candidates`. */
  renameFrom: string[]
  renameTo: string[]
  /** Why the key columns were not used, when they were not. */
  note?: string
}

/**
 * Makes a header's names unique and non-empty, so columns can be matched by name: an empty name
 * becomes `(column N)`, a repeated one `Name (2)`, `Name (3)`...
 */
export function uniqueNames(header: string[]): string[] {
  const seen = new Set<string>()
  return header.map((raw, i) => {
    const base = raw === '' ? `(column ${i + 1})` : raw
    let name = base
    for (let n = 2; seen.has(name); n++) name = `${base} (${n})`
    seen.add(name)
    return name
  })
}

/**
 * Lines up the baseline's and the new file's columns by name (their order does not matter) and
 * decides the key: the given key columns when both files have them all, else the whole row
 * (every shared column), with a note saying why.
 */
export function planColumns(before: string[], after: string[], keyColumns?: string[]): ColumnPlan {
  const inBefore = new Map(before.map((name, i) => [name, i]))
  const inAfter = new Map(after.map((name, i) => [name, i]))
  const shared = after.filter((name) => inBefore.has(name))
  const added = after.filter((name) => !inBefore.has(name))
  const removed = before.filter((name) => !inAfter.has(name))
  const wanted = keyColumns?.length ? keyColumns : undefined
  const missing = wanted?.filter((name) => !inBefore.has(name) || !inAfter.has(name)) ?? []
  const keyed = wanted && missing.length === 0 ? wanted : undefined
  const key = keyed ?? shared
  const compared = keyed ? shared.filter((name) => !keyed.includes(name)) : []
  const renames = removed.length * added.length <= MAX_RENAME_PAIRS
  const renameFrom = renames ? removed : []
  const renameTo = renames ? added : []
  const index = (names: string[], of: Map<string, number>): number[] =>
    names.map((name) => of.get(name) ?? -1)
  return {
    before: {
      key: index(key, inBefore),
      compared: index(compared, inBefore),
      candidates: index(renameFrom, inBefore)
    },
    after: {
      key: index(key, inAfter),
      compared: index(compared, inAfter),
      candidates: index(renameTo, inAfter)
    },
    keyColumns: keyed,
    compared,
    added,
    removed,
    renameFrom,
    renameTo,
    note:
      missing.length > 0
        ? `key column${missing.length === 1 ? '' : 's'} ${missing.join(', ')} not in both files: rows matched whole`
        : undefined
  }
}
