/** Line pairs past which the longest-common-subsequence table is not built. */
const MAX_TABLE = 1_000_000

type Op = { kind: ' ' | '-' | '+'; text: string }

/**
 * A unified diff of two pages' lines, with one line of context: `@@ -a,n +b,m @@` hunk headers,
 * then lines starting with ` `, `-` or `+`. Longer diffs are cut at `maxLines` with a last line
 * `… N more lines`.
 */
export function lineDiff(before: string[], after: string[], maxLines = 20): string[] {
  const lines = hunks(editScript(before, after))
  if (lines.length <= maxLines) return lines
  return [...lines.slice(0, maxLines - 1), `… ${lines.length - maxLines + 1} more lines`]
}

/** The shortest edit from `a` to `b`; past MAX_TABLE line pairs, the differing middle is replaced. */
function editScript(a: string[], b: string[]): Op[] {
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const same = (lines: string[]): Op[] => lines.map((text) => ({ kind: ' ', text }))
  const x = a.slice(start, endA)
  const y = b.slice(start, endB)
  return [...same(a.slice(0, start)), ...middle(x, y), ...same(a.slice(endA))]
}

/** The shortest edit between two runs of lines, from their longest common subsequence. */
function middle(x: string[], y: string[]): Op[] {
  const removed = (text = ''): Op => ({ kind: '-', text })
  const added = (text = ''): Op => ({ kind: '+', text })
  if (x.length * y.length > MAX_TABLE || x.length === 0 || y.length === 0) {
    return [...x.map((t) => removed(t)), ...y.map((t) => added(t))]
  }
  // lcs(i, j): length of the longest common subsequence of x[i..] and y[j..].
  const width = y.length + 1
  const table = new Uint32Array((x.length + 1) * width)
  const lcs = (i: number, j: number): number => table[i * width + j] ?? 0
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      table[i * width + j] =
        x[i] === y[j] ? lcs(i + 1, j + 1) + 1 : Math.max(lcs(i + 1, j), lcs(i, j + 1))
    }
  }
  const ops: Op[] = []
  let i = 0
  let j = 0
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      ops.push({ kind: ' ', text: x[i] ?? '' })
      i++
      j++
    } else if (j === y.length || (i < x.length && lcs(i + 1, j) >= lcs(i, j + 1))) {
      ops.push(removed(x[i++]))
    } else ops.push(added(y[j++]))
  }
  return ops
}

/** Groups the changed lines, each with a line of context, under hunk headers. */
function hunks(ops: Op[]): string[] {
  const near = ops.map((_, k) => [k - 1, k, k + 1].some((n) => ops[n] && ops[n].kind !== ' '))
  const out: string[] = []
  let lineA = 1
  let lineB = 1
  for (let k = 0; k < ops.length;) {
    if (!near[k]) {
      const op = ops[k++]
      if (op?.kind !== '+') lineA++
      if (op?.kind !== '-') lineB++
      continue
    }
    const body: string[] = []
    const [fromA, fromB] = [lineA, lineB]
    for (; k < ops.length && near[k]; k++) {
      const op = ops[k] as Op
      body.push(`${op.kind}${op.text}`)
      if (op.kind !== '+') lineA++
      if (op.kind !== '-') lineB++
    }
    out.push(`@@ -${fromA},${lineA - fromA} +${fromB},${lineB - fromB} @@`, ...body)
  }
  return out
}
