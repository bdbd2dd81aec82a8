import type { FileDiff } from './file-diff.js'

/**
 * When a diff fails the step: `never`, `any` change, or changes `over` a share of the baseline
 * (rows for CSV and Excel, pages for PDF).
 */
export type FailOnChange = { kind: 'never' } | { kind: 'any' } | { kind: 'over'; percent: number }

const OVER = /^rows\s*>\s*(\d+(?:\.\d*)?|\.\d+)\s*%$/i

/**
 * Reads the `fail-on-change` input: `false`, `true` (either in any case, as YAML booleans) or
 * `rows>N%`. Throws an Error naming the value and the accepted forms otherwise.
 */
export function parseFailOnChange(text: string): FailOnChange {
  const value = text.trim()
  if (/^false$/i.test(value)) return { kind: 'never' }
  if (/^true$/i.test(value)) return { kind: 'any' }
  const m = OVER.exec(value)
  if (m) return { kind: 'over', percent: Number(m[1]) }
  throw new Error(
    `fail-on-change "${text}" is not one of false, true or rows>N% (for example rows>5%)`
  )
}

/**
 * Whether one file's diff fails the rule. For `over`: a new or missing file, a column change or a
 * worksheet added or removed always counts as over; otherwise added + removed + changed rows over
 * the baseline's rows (a PDF: changed pages over the baseline's pages) must exceed the percentage.
 * A baseline without rows (or pages) is exceeded by any change.
 */
export function overThreshold(diff: FileDiff, rule: FailOnChange): boolean {
  if (rule.kind === 'never' || diff.status === 'unchanged') return false
  if (rule.kind === 'any' || diff.status !== 'changed') return true
  if (diff.pages) return exceeds(diff.pages.changed.length, diff.pages.before, rule.percent)
  const { added = [], removed = [], renamed = [] } = diff.columns ?? {}
  if (added.length + removed.length + renamed.length > 0) return true
  if (diff.tables?.some((t) => t.status)) return true
  const rows = (diff.added ?? 0) + (diff.removed ?? 0) + (diff.changed ?? 0)
  return exceeds(rows, diff.baselineRows ?? 0, rule.percent)
}

function exceeds(changes: number, baseline: number, percent: number): boolean {
  if (changes === 0) return false
  return baseline === 0 || (changes / baseline) * 100 > percent
}
