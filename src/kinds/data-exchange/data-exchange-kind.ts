import type { CreateJobRequest, GetJobResponse, JobError } from '@aws-sdk/client-dataexchange'
import path from 'node:path'
import { safeRelativePath, unique } from '../../download/safe-path.js'
import type { FinishedJob, JobKind, PlannedJob, RemoteFile } from '../../jobs/job-kind.js'
import { pollUntilTerminal } from '../../jobs/poll.js'
import type { Clock } from '../../time/rate-limiter.js'
import { maskPresignedUrl } from '../../mask.js'
import type { DataExchangeApi } from './data-exchange-api.js'
import { exportedObjects } from './exported-objects.js'

/** One Data Exchange job the step follows. */
export interface DataExchangeJob extends PlannedJob {
  /** The action created it (and may create one more when its signed URL expired). */
  request?: CreateJobRequest
  outputDir: string
}

export interface DataExchangeKindOptions {
  api: DataExchangeApi
  clock: Clock
  deadline: number
  pollIntervalMs: number
  log: (line: string) => void
  mask: (secret: string) => void
}

const SUCCEEDED = ['COMPLETED']
const FAILED = ['ERROR', 'CANCELLED', 'TIMED_OUT']
const POLLING = { firstCheckMs: 2_000, growth: 1.1 }
const errorName = (e: unknown): string | undefined => (e as Error | undefined)?.name

export class ExpiredSignedUrlError extends Error {
  constructor(expiresAt: Date | undefined, created: boolean) {
    super(
      `The signed URL expired${expiresAt ? ` at ${expiresAt.toISOString()}` : ''}: AWS Data Exchange signed URLs work for one minute after the job creates them. ${
        created
          ? 'A second job was created and its URL expired too: check the network between the runner and AWS.'
          : 'This job was created elsewhere: re-run with data-exchange-export to create a fresh one.'
      }`
    )
    this.name = 'ExpiredSignedUrlError'
  }
}

/** AWS Data Exchange export jobs (CreateJob, StartJob, GetJob) on the shared engine. */
export function dataExchangeKind(
  o: DataExchangeKindOptions
): JobKind<DataExchangeJob, GetJobResponse> {
  const retried = new Set<string>()
  const signedUrl = (d: GetJobResponse): string | undefined => {
    const url = d.Details?.ExportAssetToSignedUrl?.SignedUrl
    if (url) maskPresignedUrl(url, o.mask)
    return url
  }
  return {
    noun: 'Data Exchange job',
    jobIdOutput: 'data-exchange-job-id',
    states: { succeeded: SUCCEEDED, failed: FAILED },
    polling: POLLING,
    cannotCancel: 'AWS Data Exchange cancels only jobs that have not started',
    slots: 1,
    accountLimit: 'as many Data Exchange export jobs as its quota allows',
    timeoutHint:
      'The job may still finish: raise timeout-minutes, or re-run with data-exchange-job-id to pick it up.',
    isAccountFull: (error) => errorName(error) === 'ServiceLimitExceededException',

    async start(job) {
      const current = await o.api.getJob(job.id)
      if (current.State === 'WAITING') {
        await o.api.startJob(job.id)
        return { arn: current.Arn, resumed: !job.request }
      }
      o.log(`${job.id}: already ${current.State}; following it`)
      return { arn: current.Arn, resumed: true }
    },
    describe: (job) => o.api.getJob(job.id),
    status: (d) => d.State ?? 'UNKNOWN',

    async finish(job, d): Promise<FinishedJob> {
      if (d.State !== 'COMPLETED')
        return {
          error: `The Data Exchange job ended ${d.State}: ${describeErrors(d.Errors)}`,
          files: []
        }
      const details = d.Details ?? {}
      const taken = new Set<string>()
      const place = (name: string): string =>
        unique(path.join(job.outputDir, safeRelativePath(name)), taken)
      const signed = details.ExportAssetToSignedUrl
      if (signed) {
        const name =
          (await o.api.assetName(
            signed.DataSetId ?? '',
            signed.RevisionId ?? '',
            signed.AssetId ?? ''
          )) ??
          signed.AssetId ??
          'asset'
        const uri = signedUrl(d)
        return {
          files: [
            {
              index: 1,
              format: 'data',
              path: place(name),
              source: { note: `asset ${name} of revision ${signed.RevisionId}` },
              uri,
              error: uri ? undefined : 'The job returned no signed URL.'
            }
          ]
        }
      }
      if (!details.ExportAssetsToS3 && !details.ExportRevisionsToS3)
        return {
          error: `Job ${job.id} is a ${d.Type} job, not an export: there is nothing to download.`,
          files: []
        }
      const objects = await exportedObjects(details, o.api)
      return {
        files: objects.map((obj, i): RemoteFile => ({
          index: i + 1,
          format: 'data',
          path: place(obj.key),
          source: { note: obj.note },
          uri: `s3://${obj.bucket}/${obj.key}`
        }))
      }
    },

    async freshUri(job, file) {
      if (file.uri?.startsWith('s3://')) return file.uri
      const current = await o.api.getJob(job.id)
      if (!job.request || retried.has(job.id))
        throw new ExpiredSignedUrlError(
          current.Details?.ExportAssetToSignedUrl?.SignedUrlExpiresAt,
          Boolean(job.request)
        )
      retried.add(job.id)
      const again = await o.api.createJob(job.request)
      const id = again.Id ?? ''
      o.log(
        `${job.id}: the signed URL expired before it was used; created job ${id} for a fresh one`
      )
      await o.api.startJob(id)
      const done = await pollUntilTerminal({
        jobId: id,
        describe: () => o.api.getJob(id),
        status: (d) => d.State ?? 'UNKNOWN',
        terminal: [...SUCCEEDED, ...FAILED],
        deadline: o.deadline,
        startedAt: o.clock.now(),
        clock: o.clock,
        checks: { ...POLLING, capMs: o.pollIntervalMs },
        log: o.log
      })
      const url = signedUrl(done)
      if (done.State !== 'COMPLETED' || !url)
        throw new Error(`The second job ${id} ended ${done.State}: ${describeErrors(done.Errors)}`)
      return url
    }
  }
}

/** Every error of a job: code, message, the limit it hit, the resource it names. */
export function describeErrors(errors: JobError[] | undefined): string {
  if (!errors || errors.length === 0) return 'no errors given'
  return errors
    .map((e) => {
      const limit = e.LimitName ? ` (limit ${e.LimitName}: ${e.LimitValue})` : ''
      const resource = e.ResourceId ? ` [${e.ResourceType ?? 'resource'} ${e.ResourceId}]` : ''
      return `${e.Code}: ${e.Message}${limit}${resource}`
    })
    .join('; ')
}
