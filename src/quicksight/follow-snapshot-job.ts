import type {
  DescribeDashboardSnapshotJobResponse,
  StartDashboardSnapshotJobRequest
} from '@aws-sdk/client-quicksight'
import { JobTimeoutError, pollUntilTerminal } from '../jobs/poll.js'
import { jobKind, type JobPlan } from '../plan.js'
import type { SnapshotJobContext } from './run-snapshot-job.js'
import { startSnapshotJob, type StartedJob } from './start-snapshot-job.js'

const TERMINAL = ['COMPLETED', 'FAILED'] as const
/** Checks start about 2 s after the start and double up to poll-interval-seconds. */
export const FIRST_CHECK_MS = 2_000
export const CHECK_GROWTH = 2
const SLOTS_HINT =
  'Raise timeout-minutes, or check how many snapshot jobs the account runs at once (12 at most).'

/**
 * Takes one of the step's 12 job slots, starts the job and polls it to a terminal state. The slot
 * is free again as soon as the job is seen finished, before its files download.
 */
export async function startAndFollow(
  plan: JobPlan,
  request: StartDashboardSnapshotJobRequest,
  c: SnapshotJobContext,
  onStarted: (arn: string | undefined) => void
): Promise<{ started: StartedJob; described: DescribeDashboardSnapshotJobResponse }> {
  const queuedAt = c.clock.now()
  const id = plan.snapshotJobId
  return c.limitRunning(
    async () => {
      const now = c.clock.now()
      if (now >= c.deadline)
        throw new JobTimeoutError(id, 'waiting (not started)', now - queuedAt, SLOTS_HINT)
      const started = await startSnapshotJob(request, {
        api: c.api,
        clock: c.clock,
        deadline: c.deadline,
        log: c.log
      })
      onStarted(started.arn)
      c.onStarted(id)
      const files = plan.exports.length
      if (!started.resumed) c.log(`${id}: started (${files} file${files === 1 ? '' : 's'})`)
      const described = await pollUntilTerminal({
        jobId: id,
        describe: () => c.api.describe(started.key),
        status: (d) => d.JobStatus ?? 'UNKNOWN',
        terminal: TERMINAL,
        deadline: c.deadline,
        startedAt: c.clock.now(),
        clock: c.clock,
        backoff: {
          initialMs: FIRST_CHECK_MS,
          capMs: c.inputs.pollIntervalMs,
          factor: CHECK_GROWTH
        },
        checkFirst: started.resumed,
        schedule: c.schedule?.(jobKind(plan)),
        log: c.log,
        signal: c.signal,
        timeoutHint: `QuickSight has no cancel call: the job may still finish. ${SLOTS_HINT}`
      })
      return { started, described }
    },
    () =>
      c.log(
        `${id}: waiting for one of this step's jobs to finish (QuickSight runs 12 snapshot jobs per account at once)`
      )
  )
}
