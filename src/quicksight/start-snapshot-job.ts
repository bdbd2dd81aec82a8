import type { StartDashboardSnapshotJobRequest } from '@aws-sdk/client-quicksight'
import { backoffDelay } from '../jobs/backoff.js'
import { Clock } from '../jobs/rate-limiter.js'
import { formatDuration, JobTimeoutError } from '../jobs/poll.js'
import { JobKey, SnapshotApi } from './snapshot-api.js'

export interface StartOptions {
  api: SnapshotApi
  clock: Clock
  deadline: number
  log: (line: string) => void
  /** How long to wait between tries while the account's 12 job slots are taken. */
  queueBackoff?: { initialMs: number; capMs: number }
}

export interface StartedJob {
  key: JobKey
  arn?: string
  /** True when the job already existed (a re-run after a crash, or a start retried by the SDK). */
  resumed: boolean
}

/**
 * Starts a snapshot job. While the account runs 12 jobs (LimitExceededException) it waits and
 * tries again until the deadline; a job id that exists already is followed instead of failing.
 */
export async function startSnapshotJob(
  request: StartDashboardSnapshotJobRequest,
  o: StartOptions
): Promise<StartedJob> {
  const key: JobKey = {
    AwsAccountId: request.AwsAccountId ?? '',
    DashboardId: request.DashboardId ?? '',
    SnapshotJobId: request.SnapshotJobId ?? ''
  }
  const startedAt = o.clock.now()
  const backoff = { ...(o.queueBackoff ?? { initialMs: 5_000, capMs: 30_000 }), jitter: 1 }
  for (let attempt = 0; ; attempt++) {
    try {
      const started = await o.api.start(request)
      return { key, arn: started.Arn, resumed: false }
    } catch (error) {
      const name = (error as Error | undefined)?.name
      if (name === 'ResourceExistsException') {
        const existing = await o.api.describe(key)
        o.log(
          `${key.SnapshotJobId}: exists already (${existing.JobStatus}); following it instead of starting a new one`
        )
        return { key, arn: existing.Arn, resumed: true }
      }
      if (name !== 'LimitExceededException') throw error
      const now = o.clock.now()
      const delay = Math.max(1_000, backoffDelay(attempt, backoff))
      if (now + delay > o.deadline) {
        throw new JobTimeoutError(
          key.SnapshotJobId,
          'queued (not started)',
          now - startedAt,
          'The account kept 12 snapshot jobs running the whole time: raise timeout-minutes, or run fewer jobs at once (matrix max-parallel).'
        )
      }
      o.log(
        `${key.SnapshotJobId}: queued, the account already runs 12 snapshot jobs; trying again in ${formatDuration(delay)}`
      )
      await o.clock.sleep(delay)
    }
  }
}
