/**
 * How a started job ends. `IN_PROGRESS` means it never ends; `QUOTA_EXCEEDED` ends in ERROR with
 * one SERVICE_QUOTA_EXCEEDED_EXCEPTION.
 */
export type Outcome =
  'COMPLETED' | 'ERROR' | 'QUOTA_EXCEEDED' | 'TIMED_OUT' | 'CANCELLED' | 'IN_PROGRESS'

/**
 * Faults and timings attached to a fixture data set: every job and call that names the data set
 * gets them, so tests reach them through the action's normal inputs (the data set id).
 */
export interface Scenario {
  /** The state started jobs end in. `ERROR` jobs carry several `Errors`. */
  outcome: Outcome
  /** Percent of the calls naming this data set answered with ThrottlingException. */
  throttlePercent: number
  /** The first N EXPORT_ASSET_TO_SIGNED_URL jobs of each asset get an already-expired URL. */
  expiredUrls: number
  /** `${Revision.CreatedAt.Day}` / `.Month` in revision export keys without a leading zero. */
  unpaddedDates: boolean
}

/** No faults: jobs complete. */
export const NORMAL: Scenario = {
  outcome: 'COMPLETED',
  throttlePercent: 0,
  expiredUrls: 0,
  unpaddedDates: false
}

/**
 * Whether call `n` (from 0) is among `percent` % of calls spread evenly, starting with the first,
 * so that a test asking for faults always gets them.
 */
export function hits(n: number, percent: number): boolean {
  return percent > 0 && Math.floor((n * percent) / 100) !== Math.floor(((n - 1) * percent) / 100)
}
