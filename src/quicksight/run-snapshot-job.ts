import type { S3Client } from '@aws-sdk/client-s3'
import { downloadFile } from '../download/download-file.js'
import { errorMessage } from '../errors.js'
import type { Inputs } from '../inputs/read-inputs.js'
import type { CheckSchedule } from '../jobs/completion-window.js'
import { JobTimeoutError } from '../jobs/poll.js'
import type { Clock } from '../jobs/rate-limiter.js'
import { maskPresignedUrl } from '../mask.js'
import type { FileOutcome, JobOutcome } from '../outcome.js'
import type { JobPlan } from '../plan.js'
import type { SnapshotApi } from './snapshot-api.js'
import { buildStartRequest } from './snapshot-request.js'
import { startAndFollow } from './follow-snapshot-job.js'
import { describeJobError, resultFiles } from './snapshot-result.js'

export interface SnapshotJobContext {
  api: SnapshotApi
  s3: () => Promise<S3Client>
  inputs: Inputs
  accountId: string
  /** Export index → absolute destination path. */
  paths: Map<number, string>
  clock: Clock
  deadline: number
  log: (line: string) => void
  mask: (secret: string) => void
  /** Called as soon as the job exists, so its id is known even if the step dies later. */
  onStarted: (jobId: string) => void
  /** Bounds concurrent downloads across all jobs. */
  limitDownloads: <T>(task: () => Promise<T>) => Promise<T>
  /** Bounds the step's running jobs to the account's 12: a job waits here for one of its own to end. */
  limitRunning: <T>(task: () => Promise<T>, onWait?: () => void) => Promise<T>
  /** Shared by the step's jobs of each kind: when to check, learned from those that finished. */
  schedule?: (kind: string) => CheckSchedule
  signal?: AbortSignal
}

/** One snapshot job from start to downloaded files. Never throws: failures land in the outcome. */
export async function runSnapshotJob(plan: JobPlan, c: SnapshotJobContext): Promise<JobOutcome> {
  const startedAt = c.clock.now()
  const outcome: JobOutcome = {
    snapshotJobId: plan.snapshotJobId,
    status: 'NOT_STARTED',
    files: [],
    durationMs: 0
  }
  const finish = (): JobOutcome => ({ ...outcome, durationMs: c.clock.now() - startedAt })
  try {
    const request = buildStartRequest(c.accountId, c.inputs, plan)
    const { started, described } = await startAndFollow(plan, request, c, (arn) => {
      outcome.arn = arn
      outcome.status = 'QUEUED'
    })
    outcome.status = described.JobStatus ?? 'UNKNOWN'
    const result = await c.api.result(started.key)
    outcome.status = result.JobStatus ?? outcome.status
    if (outcome.status === 'FAILED') {
      outcome.error = describeJobError(result.ErrorInfo)
      outcome.files = plan.exports.map((spec) => ({ spec, error: 'The job failed.' }))
      return finish()
    }
    const files = resultFiles(result, plan.exports)
    files.forEach((f) => f.uri?.startsWith('https://') && maskPresignedUrl(f.uri, c.mask))
    const freshUri = (i: number) => async (): Promise<string> => {
      const again = resultFiles(await c.api.result(started.key), plan.exports)[i]?.uri
      if (!again) throw new Error('QuickSight returned no fresh URL for the file')
      if (again.startsWith('https://')) maskPresignedUrl(again, c.mask)
      return again
    }
    outcome.files = await Promise.all(
      files.map((f, i): Promise<FileOutcome> => {
        const dest = c.paths.get(f.spec.index)
        if (f.error || !f.uri || !dest)
          return Promise.resolve({ spec: f.spec, error: f.error ?? 'No destination path' })
        const uri = f.uri
        return c.limitDownloads(async () => {
          try {
            const size = await downloadFile(uri, dest, {
              s3: c.s3,
              freshUri: freshUri(i),
              clock: c.clock,
              log: c.log
            })
            return {
              spec: f.spec,
              path: dest,
              size,
              s3Uri: uri.startsWith('s3://') ? uri : undefined
            }
          } catch (error) {
            return { spec: f.spec, error: `Download failed: ${errorMessage(error)}` }
          }
        })
      })
    )
    return finish()
  } catch (error) {
    outcome.error = errorMessage(error)
    if (outcome.files.length === 0)
      outcome.files = plan.exports.map((spec) => ({ spec, error: 'Not produced.' }))
    if (error instanceof JobTimeoutError) outcome.status = 'TIMED_OUT'
    else if (outcome.status !== 'COMPLETED') outcome.status = 'FAILED'
    return finish()
  }
}
