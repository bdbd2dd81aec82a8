import { backoffDelay, BackoffOptions } from '../time/backoff.js'
import type { CheckSchedule } from './completion-window.js'
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
  backoff: BackoffOptions
  log: (line: string) => void
  signal?: AbortSignal
  /** Describe at once (a job found already running) instead of waiting one backoff step first. */
  checkFirst?: boolean
  /** Extra advice for the timeout error. */
  timeoutHint?: string
  /** Shared by the step's jobs: moves checks to when similar jobs finished, and learns from this one. */
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

/** Describes a job until it reaches a terminal state, backing off between checks; one log line per check. */
export async function pollUntilTerminal<T>(o: PollOptions<T>): Promise<T> {
  let checkedAt = o.clock.now()
  let pendingSince = 0
  // A job just started is never done at once: the first check waits one backoff step.
  let backoff = o.checkFirst ? 0 : backoffDelay(0, o.backoff)
  for (let step = o.checkFirst ? 0 : 1; ; step++) {
    await waitForCheck(o, checkedAt, backoff)
    if (o.signal?.aborted) throw new CancelledError(`Stopped following job ${o.jobId}`)
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
    pendingSince = elapsed
    if (checkedAt >= o.deadline) {
      throw new JobTimeoutError(o.jobId, status, elapsed, o.timeoutHint ?? 'Raise timeout-minutes.')
    }
    backoff = backoffDelay(step, o.backoff)
    const next = Math.min(delayAfter(o, checkedAt, backoff), o.deadline - checkedAt)
    o.log(
      `${o.jobId}: ${status}, ${formatDuration(elapsed)} elapsed, next check in ${formatDuration(next)}`
    )
  }
}

/**
 * Sleeps until the next check is due: `backoff` after the last check, or sooner when the shared
 * schedule learns (from a sibling job that finished) that this one is likely done by now.
 */
async function waitForCheck<T>(
  o: PollOptions<T>,
  checkedAt: number,
  backoff: number
): Promise<void> {
  for (;;) {
    const wait = Math.min(checkedAt + delayAfter(o, checkedAt, backoff), o.deadline) - o.clock.now()
    if (wait <= 0) return
    await o.clock.sleep(wait, o.schedule?.changed)
  }
}

function delayAfter<T>(o: PollOptions<T>, checkedAt: number, backoff: number): number {
  return o.schedule ? o.schedule.nextDelay(checkedAt - o.startedAt, backoff) : backoff
}

export function formatDuration(ms: number): string {
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)}s`
  const s = Math.round(ms / 1000)
  if (s < 60) return `${s}s`
  const m = Math.floor(s / 60)
  return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`
}
