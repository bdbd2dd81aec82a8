/**
 * "Did you mean" suggestions for a name that matched nothing: config keys, dashboard names, time
 * zones.
 *
 * A candidate is close to the value when, ignoring case, one of these holds (best rank first):
 * 1. it is at most one edit away (an insertion, deletion, substitution or swap of two neighbours);
 * 2. it starts with the value (the value has 3 characters or more): `sales` → `Sales Overview`;
 * 3. it contains the value (3 characters or more): `berlin` → `Europe/Berlin`;
 * 4. it is at most max(1, ⌊length of the value / 3⌋) edits away: `paramtrs` → `parameters`.
 * When some candidate is at most one edit away, only those are suggested (`europe/berln` gives
 * `Europe/Berlin`, not also `Europe/Dublin`). Within a rank the fewer edits the better, then the
 * order of the candidates. A candidate that shares nothing with the value (as many edits as the
 * longer has characters: `x` → `y`) is never close. Distances are the optimal string alignment
 * (restricted Damerau-Levenshtein) distance, computed only near the diagonal and only as far as
 * the limit: one call costs O(candidates × length × limit) at worst (10 to 35 ms of CPU for
 * 10,000 names of 40 characters, measured on a busy 2-core machine).
 */

/** Up to `max` (default 3) of `candidates` closest to `value`, best first, without duplicates. */
export function closest(value: string, candidates: Iterable<string>, max = 3): string[] {
  const wanted = value.toLowerCase()
  if (wanted === '' || max < 1) return []
  const limit = Math.max(1, Math.floor(wanted.length / 3))
  const rows = [0, 1, 2].map(() => new Int32Array(wanted.length + 1))
  const seen = new Set<string>()
  const matches: { name: string; rank: number; distance: number }[] = []
  for (const name of candidates) {
    if (seen.has(name)) continue
    seen.add(name)
    const match = compare(wanted, name.toLowerCase(), limit, rows)
    if (match !== undefined) matches.push({ name, ...match })
  }
  matches.sort((a, b) => a.rank - b.rank || a.distance - b.distance)
  const best = matches[0]?.rank
  return matches
    .filter((m) => best !== 0 || m.rank === 0)
    .slice(0, max)
    .map((m) => m.name)
}

/** ' (did you mean 'x'?)', " (did you mean 'x' or 'y'?)", "... 'x', 'y' or 'z'?)", or ''. */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const names = closest(value, candidates).map((name) => `'${name}'`)
  if (names.length === 0) return ''
  const last = names.pop()
  return ` (did you mean ${names.length > 0 ? `${names.join(', ')} or ${last}` : last}?)`
}

/** The rank and distance of a close candidate (both lower-cased), or undefined. */
function compare(
  wanted: string,
  candidate: string,
  limit: number,
  rows: Int32Array[]
): { rank: number; distance: number } | undefined {
  if (wanted.length >= 3 && candidate.includes(wanted)) {
    const distance = candidate.length - wanted.length
    return { rank: distance <= 1 ? 0 : candidate.startsWith(wanted) ? 1 : 2, distance }
  }
  if (Math.abs(candidate.length - wanted.length) > limit) return undefined
  const distance = editDistance(wanted, candidate, limit, rows)
  if (distance > limit || distance >= Math.max(wanted.length, candidate.length)) return undefined
  return { rank: distance <= 1 ? 0 : 3, distance }
}

/**
 * The optimal string alignment distance between `a` and `b` (whose lengths differ by at most
 * `limit`), or limit + 1 as soon as it must exceed `limit`. Only cells within `limit` of the
 * diagonal count, after the common prefix and suffix are dropped; a row's minimum never decreases
 * further down. `rows` are three scratch rows of at least a.length + 1 cells.
 */
function editDistance(whole: string, other: string, limit: number, rows: Int32Array[]): number {
  let start = 0
  while (start < whole.length && whole[start] === other[start]) start++
  let [endA, endB] = [whole.length, other.length]
  while (endA > start && endB > start && whole[endA - 1] === other[endB - 1])
    [endA, endB] = [endA - 1, endB - 1]
  const [a, b] = [whole.slice(start, endA), other.slice(start, endB)]
  const outside = limit + 1
  let [before, previous, current] = rows as [Int32Array, Int32Array, Int32Array]
  for (let j = 0; j <= a.length; j++) previous[j] = j <= limit ? j : outside
  for (let i = 1; i <= b.length; i++) {
    const bChar = b.charCodeAt(i - 1)
    const bBefore = i > 1 ? b.charCodeAt(i - 2) : -1
    const [low, high] = [Math.max(1, i - limit), Math.min(a.length, i + limit)]
    current[low - 1] = low === 1 ? i : outside
    let rowMin = current[low - 1] as number
    for (let j = low; j <= high; j++) {
      const aChar = a.charCodeAt(j - 1)
      let best = (previous[j - 1] as number) + (aChar === bChar ? 0 : 1)
      const deletion = (previous[j] as number) + 1
      if (deletion < best) best = deletion
      const insertion = (current[j - 1] as number) + 1
      if (insertion < best) best = insertion
      if (j > 1 && aChar === bBefore && a.charCodeAt(j - 2) === bChar) {
        const swap = (before[j - 2] as number) + 1
        if (swap < best) best = swap
      }
      current[j] = best
      if (best < rowMin) rowMin = best
    }
    if (rowMin > limit) return outside
    if (high < a.length) current[high + 1] = outside
    ;[before, previous, current] = [previous, current, before]
  }
  return Math.min(previous[a.length] as number, outside)
}
