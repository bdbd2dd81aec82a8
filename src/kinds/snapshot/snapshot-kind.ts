import type { DescribeDashboardSnapshotJobResponse } from '@aws-sdk/client-quicksight'
import type { FinishedJob, JobKind, RemoteFile } from '../../jobs/job-kind.js'
import { maskPresignedUrl } from '../../mask.js'
import type { JobKey, SnapshotApi } from './snapshot-api.js'
import { buildStartRequest } from './snapshot-request.js'
import { describeJobError, resultFiles } from './snapshot-result.js'
import type { SnapshotJob } from './snapshot-jobs.js'
import type { UserIdentity } from '../../aws/identity/user-identity.js'
import { registeredUserHint } from './registered-user-hint.js'

/** QuickSight runs at most 12 snapshot jobs per account at once. */
export const ACCOUNT_SNAPSHOT_JOBS = 12
/** The first check 2 s after the start, then after every tenth of the job's age (see `JobKind`). */
export const SNAPSHOT_POLLING = { firstCheckMs: 2_000, growth: 1.1 } as const

export interface SnapshotKindOptions {
  /** The snapshot calls with the step's credentials. */
  api: SnapshotApi
  /**
   * The snapshot calls with a registered user's identity-enhanced credentials, for the jobs of
   * reports with an `identity` (one API per user; the other calls keep the step's credentials).
   */
  userApi?: (identity: UserIdentity) => SnapshotApi
  accountId: string
  /** How many of the step's jobs may run at once (max-concurrent-jobs). */
  slots: number
  log: (line: string) => void
  mask: (secret: string) => void
}

/** Snapshot jobs (StartDashboardSnapshotJob) on the shared engine. */
export function snapshotKind(
  o: SnapshotKindOptions
): JobKind<SnapshotJob, DescribeDashboardSnapshotJobResponse> {
  const key = (job: SnapshotJob): JobKey => ({
    AwsAccountId: o.accountId,
    DashboardId: job.dashboardId,
    SnapshotJobId: job.id
  })
  const api = (job: SnapshotJob): SnapshotApi => {
    const identity = job.spec.identity
    if (!identity) return o.api
    if (!o.userApi) throw new Error(`${job.id}: no registered user's API for ${job.report}`)
    return o.userApi(identity)
  }
  const uris = async (job: SnapshotJob): Promise<(string | undefined)[]> =>
    resultFiles(await api(job).result(key(job)), job.exports).map((f) => masked(f.uri, o.mask))
  return {
    noun: 'snapshot job',
    jobIdOutput: 'snapshot-job-id',
    states: { succeeded: ['COMPLETED'], failed: ['FAILED'] },
    polling: SNAPSHOT_POLLING,
    cannotCancel: 'QuickSight has no cancel call',
    slots: o.slots,
    accountLimit: `${ACCOUNT_SNAPSHOT_JOBS} snapshot jobs`,
    timeoutHint: `QuickSight has no cancel call: the job may still finish. Raise timeout-minutes, or check how many snapshot jobs the account runs at once (${ACCOUNT_SNAPSHOT_JOBS} at most).`,
    isAccountFull: (error) => (error as Error | undefined)?.name === 'LimitExceededException',

    async start(job) {
      try {
        const started = await api(job).start(
          buildStartRequest(o.accountId, job.spec, job.id, job.exports)
        )
        return { arn: started.Arn, resumed: false }
      } catch (error) {
        if ((error as Error | undefined)?.name !== 'ResourceExistsException')
          throw registeredUserHint(error, job.spec)
        // A re-run after a crash, or a start the SDK retried: follow the job that exists.
        const existing = await api(job).describe(key(job))
        o.log(
          `${job.id}: exists already (${existing.JobStatus}); following it instead of starting a new one`
        )
        return { arn: existing.Arn, resumed: true }
      }
    },
    describe: (job) => api(job).describe(key(job)),
    status: (d) => d.JobStatus ?? 'UNKNOWN',

    async finish(job): Promise<FinishedJob> {
      const result = await api(job).result(key(job))
      const files = job.files
      if (result.JobStatus === 'FAILED') {
        return {
          error: describeJobError(result.ErrorInfo),
          files: files.map((f) => ({ ...f, error: 'The job failed.' }))
        }
      }
      const offered = resultFiles(result, job.exports)
      return {
        files: files.map((f, i): RemoteFile => {
          const r = offered[i]
          return r?.uri ? { ...f, uri: masked(r.uri, o.mask) } : { ...f, error: r?.error }
        })
      }
    },

    async freshUri(job, file) {
      const again = (await uris(job))[job.files.findIndex((f) => f.index === file.index)]
      if (!again) throw new Error('QuickSight returned no fresh URL for the file')
      return again
    }
  }
}

/** Registers a presigned URL's secret parts with the runner before anything can log it. */
function masked(uri: string | undefined, mask: (secret: string) => void): string | undefined {
  if (uri?.startsWith('https://')) maskPresignedUrl(uri, mask)
  return uri
}
