import type { CheckSchedule } from './check-schedule.js'
import { CheckTimes, plannedDelay } from './check-times.js'
import { Clock } from '../time/rate-limiter.js'

export interface PollOptions<T> {
  /** Named in progress lines and in the timeout error. */
  jobId: string
  describe: () => Promise<T>
  status: (described: T) => string
  /** States after which the job never changes: success and failure alike. */
  terminal: readonly string[]
  /** Epoch ms after which polling gives up with JobTimeoutError. */
  deadline: number
  startedAt: number
  clock: Clock
  checks: CheckTimes
  log: (line: string) => void
  signal?: AbortSignal
  /** Describe at once (a job found already running) instead of waiting for the first check time. */
  checkFirst?: boolean
  /** Extra advice for the timeout error. */
  timeoutHint?: string
  /**
   * Shared by the step's jobs: spaces checks so that all of them stay within the account's call
   * rate, moves them to when similar jobs finished, and learns from this one.
   */
  schedule?: CheckSchedule
}

export class JobTimeoutError extends Error {
  constructor(
    readonly jobId: string,
    readonly lastStatus: string,
    elapsedMs: number,
    hint: string
  ) {
    super(
      `Job ${jobId} is still ${lastStatus} after ${formatDuration(elapsedMs)}: gave up waiting. ${hint}`
    )
    this.name = 'JobTimeoutError'
  }
}

export class CancelledError extends Error {
  constructor(message = 'Cancelled') {
    super(message)
    this.name = 'CancelledError'
  }
}

/**
 * Describes a job until it reaches a terminal state; one log line per check. Checks come at the
 * `checks` times (or the shared schedule's), never after the deadline.
 */
export async function pollUntilTerminal<T>(o: PollOptions<T>): Promise<T> {
  const unfollow = o.schedule?.follow()
  try {
    let checkedAt = o.clock.now()
    let pendingSince = 0 // the latest time the job was known pending, after its start
    for (let checks = 0; ; checks++) {
      // A job just started is never done at once; one found running is checked now.
      if (checks > 0 || !o.checkFirst) await waitForCheck(o, checkedAt, checks === 0)
      if (o.signal?.aborted) throw new CancelledError(`Stopped following job ${o.jobId}`)
      // The service looked at the job between the ask and the answer: pending at the ask, done at the answer.
      const askedAt = o.clock.now()
      const described = await o.describe()
      const status = o.status(described)
      checkedAt = o.clock.now()
      const elapsed = checkedAt - o.startedAt
      if (o.terminal.includes(status)) {
        o.log(`${o.jobId}: ${status} after ${formatDuration(elapsed)}`)
        // A job found already running started before this step: its timing would mislead.
        if (!o.checkFirst) o.schedule?.learn(pendingSince, elapsed, status)
        return described
      }
      pendingSince = askedAt - o.startedAt
      if (checkedAt >= o.deadline) {
        throw new JobTimeoutError(
          o.jobId,
          status,
          elapsed,
          o.timeoutHint ?? 'Raise timeout-minutes.'
        )
      }
      const next = Math.min(delayAfter(o, checkedAt, false), o.deadline - checkedAt)
      o.log(
        `${o.jobId}: ${status}, ${formatDuration(elapsed)} elapsed, next check in ${formatDuration(next)}`
      )
    }
  } finally {
    unfollow?.()
  }
}

/**
 * Sleeps until the next check is due, re-planning whenever the shared schedule learns something
 * (a sibling job finished, so this one is likely done by now).
 */
async function waitForCheck<T>(
  o: PollOptions<T>,
  checkedAt: number,
  first: boolean
): Promise<void> {
  for (;;) {
    const due = Math.min(checkedAt + delayAfter(o, checkedAt, first), o.deadline)
    const wait = due - o.clock.now()
    if (wait <= 0) return
    await o.clock.sleep(wait, o.schedule?.changed)
  }
}

/** The wait after a check at `checkedAt`: the job's own times, moved by the shared schedule, capped. */
function delayAfter<T>(o: PollOptions<T>, checkedAt: number, first: boolean): number {
  const elapsed = checkedAt - o.startedAt
  const planned = plannedDelay(elapsed, o.checks, first)
  if (!o.schedule) return planned
  return Math.min(o.checks.capMs, o.schedule.nextDelay(elapsed, planned))
}

export function formatDuration(ms: number): string {
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)}s`
  const s = Math.round(ms / 1000)
  if (s < 60) return `${s}s`
  const m = Math.floor(s / 60)
  return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`
}
