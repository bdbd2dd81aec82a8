import { backoffDelay, BackoffOptions } from './backoff.js'
import { Clock } from './rate-limiter.js'

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
  // A job just started is never done at once: the first check waits one backoff step.
  let delay = o.checkFirst ? 0 : backoffDelay(0, o.backoff)
  for (let attempt = o.checkFirst ? 0 : 1; ; attempt++) {
    await o.clock.sleep(Math.min(delay, Math.max(0, o.deadline - o.clock.now())))
    if (o.signal?.aborted) throw new CancelledError(`Stopped following job ${o.jobId}`)
    const described = await o.describe()
    const status = o.status(described)
    const now = o.clock.now()
    const elapsed = now - o.startedAt
    if (o.terminal.includes(status)) {
      o.log(`${o.jobId}: ${status} after ${formatDuration(elapsed)}`)
      return described
    }
    if (now >= o.deadline) {
      throw new JobTimeoutError(o.jobId, status, elapsed, o.timeoutHint ?? 'Raise timeout-minutes.')
    }
    delay = Math.min(backoffDelay(attempt, o.backoff), o.deadline - now)
    o.log(
      `${o.jobId}: ${status}, ${formatDuration(elapsed)} elapsed, next check in ${formatDuration(delay)}`
    )
  }
}

export function formatDuration(ms: number): string {
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)}s`
  const s = Math.round(ms / 1000)
  if (s < 60) return `${s}s`
  const m = Math.floor(s / 60)
  return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`
}
