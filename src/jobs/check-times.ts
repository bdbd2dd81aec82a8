/** When a job is checked, left to itself. */
export interface CheckTimes {
  /** The first check, this long after the start. */
  firstCheckMs: number
  /**
   * Each later check comes `growth` times as long after the start as the one before: 1.1 checks
   * again after a tenth of the time the job has run so far, so a job is seen done within about 10 %
   * of its length, and a long job is checked ever less often.
   */
  growth: number
  /** Never longer than this between two checks (poll-interval-seconds). */
  capMs: number
}

/** Never two checks of one job closer than this (unless poll-interval-seconds asks for less). */
export const MIN_GAP_MS = 1_000

/** The wait after a check `elapsedMs` after the start (`first`: before the first check). */
export function plannedDelay(elapsedMs: number, times: CheckTimes, first = false): number {
  const delay = first
    ? times.firstCheckMs - elapsedMs
    : Math.max(MIN_GAP_MS, Math.round((times.growth - 1) * elapsedMs))
  return Math.min(times.capMs, delay)
}
