import { backoffDelay } from '../time/backoff.js'
import { formatDuration, JobTimeoutError } from './poll.js'
import type { Clock } from '../time/rate-limiter.js'

export interface StartWhenRoomOptions {
  jobId: string
  /** What the account may run at once, in words: '12 snapshot jobs'. */
  accountLimit: string
  /** The start failed because the account runs all the jobs it may (others' jobs included). */
  isAccountFull: (error: unknown) => boolean
  clock: Clock
  deadline: number
  log: (line: string) => void
}

/** While the account is full: tries 5 s apart at first, growing to 30 s (full jitter, 1 s at least). */
const FULL_ACCOUNT_BACKOFF = { initialMs: 5_000, capMs: 30_000, jitter: 1 }

/**
 * Starts a job, waiting and trying again while the account is full (jobs of other workflows hold
 * its slots), until the deadline. Any other failure is thrown at once.
 */
export async function startWhenRoom<T>(
  start: () => Promise<T>,
  o: StartWhenRoomOptions
): Promise<T> {
  const startedAt = o.clock.now()
  for (let attempt = 0; ; attempt++) {
    try {
      return await start()
    } catch (error) {
      if (!o.isAccountFull(error)) throw error
      const now = o.clock.now()
      const delay = Math.max(1_000, backoffDelay(attempt, FULL_ACCOUNT_BACKOFF))
      if (now + delay > o.deadline) {
        throw new JobTimeoutError(
          o.jobId,
          'queued (not started)',
          now - startedAt,
          `The account kept ${o.accountLimit} running the whole time: raise timeout-minutes, or run fewer jobs at once (max-concurrent-jobs, matrix max-parallel).`
        )
      }
      o.log(
        `${o.jobId}: queued, the account already runs ${o.accountLimit}; trying again in ${formatDuration(delay)}`
      )
      await o.clock.sleep(delay)
    }
  }
}
