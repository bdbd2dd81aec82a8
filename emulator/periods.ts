import type { TimeGranularity } from './catalog.js'

/** A half-open time span [start, end) in epoch milliseconds. */
export interface Period {
  start: number
  end: number
}

const FIXED_MS: Partial<Record<TimeGranularity, number>> = {
  DAY: 86_400_000,
  HOUR: 3_600_000,
  MINUTE: 60_000,
  SECOND: 1000,
  MILLISECOND: 1
}

/**
 * The period of `granularity` that holds the instant `ms`, in UTC: the month of a MONTH
 * parameter, the week (starting on Sunday, QuickSight's default) of a WEEK parameter...
 */
export function periodOf(ms: number, granularity: TimeGranularity): Period {
  const fixed = FIXED_MS[granularity]
  if (fixed) {
    const start = Math.floor(ms / fixed) * fixed
    return { start, end: start + fixed }
  }
  const d = new Date(ms)
  const year = d.getUTCFullYear()
  const month = d.getUTCMonth()
  if (granularity === 'WEEK') {
    const start = Date.UTC(year, month, d.getUTCDate() - d.getUTCDay())
    return { start, end: start + 7 * 86_400_000 }
  }
  const months = granularity === 'YEAR' ? 12 : granularity === 'QUARTER' ? 3 : 1
  const first = month - (month % months)
  return { start: Date.UTC(year, first), end: Date.UTC(year, first + months) }
}
