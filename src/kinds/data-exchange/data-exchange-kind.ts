import type {
  CreateJobRequest,
  GetJobResponse,
  JobError,
  JobErrorLimitName
} from '@aws-sdk/client-dataexchange'
import path from 'node:path'
import { safeRelativePath, unique } from '../../download/safe-path.js'
import type { FinishedJob, JobKind, PlannedJob, RemoteFile } from '../../jobs/job-kind.js'
import { pollUntilTerminal } from '../../jobs/poll.js'
import type { Clock } from '../../time/rate-limiter.js'
import { maskPresignedUrl } from '../../mask.js'
import type { DataExchangeApi } from './data-exchange-api.js'
import { exportedObjects } from './exported-objects.js'
import { locateObjects } from './locate-objects.js'
import type { ObjectStore } from './object-store.js'

/** One Data Exchange job the step follows. */
export interface DataExchangeJob extends PlannedJob {
  /** The action created it (and may create one more when its signed URL expired). */
  request?: CreateJobRequest
  outputDir: string
}

export interface DataExchangeKindOptions {
  api: DataExchangeApi
  /** Where revision exports' keys are checked, and looked for when they are not where computed. */
  store: ObjectStore
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
/** How many times a job that ends over the quota is created again before it fails. */
export const MAX_QUOTA_RECREATIONS = 10
const QUOTA_HINT =
  'Hint: the account runs as many jobs of this type as its AWS Data Exchange quota allows (other workflows included): run fewer exports at once, re-run later, or ask for a higher quota in Service Quotas.'

/**
 * The limits JobError's LimitName documents (the SDK's JobErrorLimitName, checked by the type):
 * per asset and per revision, which a new job with the same request cannot get past.
 */
const PER_ASSET_LIMITS: Record<JobErrorLimitName, true> = {
  'AWS Lake Formation data permission assets per revision': true,
  'Amazon Redshift datashare assets per revision': true,
  'Amazon S3 data access assets per revision': true,
  'Asset size in GB': true,
  'Assets per revision': true
}

/**
 * Errors of a job that ended only because the account ran as many jobs as its quota allows.
 * CreateJob and StartJob document no limit error; a job started over the "Concurrent in progress
 * jobs to …" quotas ends ERROR with SERVICE_QUOTA_EXCEEDED_EXCEPTION, with a LimitName the API
 * does not document (JobErrorLimitName lists only per-asset limits). So: every error is
 * SERVICE_QUOTA_EXCEEDED_EXCEPTION, whatever its LimitName (none, a concurrency quota's, one not
 * listed), except one of the documented per-asset limits.
 */
export function overConcurrencyQuota(errors: JobError[] | undefined): boolean {
  return (
    (errors ?? []).length > 0 &&
    (errors ?? []).every(
      (e) =>
        e.Code === 'SERVICE_QUOTA_EXCEEDED_EXCEPTION' &&
        !(e.LimitName !== undefined && Object.hasOwn(PER_ASSET_LIMITS, e.LimitName))
    )
  )
}

/** A job the action started ended at once over a concurrency quota: the account is full for now. */
export class DataExchangeQuotaError extends Error {
  constructor(jobId: string, errors: JobError[] | undefined) {
    super(`Job ${jobId} ended over the account's quota: ${describeErrors(errors)}`)
    this.name = 'DataExchangeQuotaError'
  }
}

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
  const overQuota = new Set<DataExchangeJob>()
  /** How many times each job was created again because it ended over the quota. */
  const recreated = new Map<DataExchangeJob, number>()
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
    // CreateJob and StartJob document no "limit exceeded" error: a job started over a
    // concurrent-jobs quota ends ERROR with SERVICE_QUOTA_EXCEEDED_EXCEPTION instead. When that
    // happens at once, the account is full: a new job with the same request is tried later.
    isAccountFull: (error) => error instanceof DataExchangeQuotaError,

    async start(job) {
      if (job.request && overQuota.has(job)) {
        const n = (recreated.get(job) ?? 0) + 1
        recreated.set(job, n)
        const again = await o.api.createJob(job.request)
        o.log(
          `${job.id}: ended over the quota; created job ${again.Id ?? ''} in its place (${n} of at most ${MAX_QUOTA_RECREATIONS})`
        )
        job.id = again.Id ?? ''
        overQuota.delete(job)
      }
      const current = await o.api.getJob(job.id)
      if (current.State !== 'WAITING') {
        o.log(`${job.id}: already ${current.State}; following it`)
        return { arn: current.Arn, resumed: true }
      }
      try {
        await o.api.startJob(job.id)
      } catch (error) {
        // Started by someone else in the meantime (StartJob takes only WAITING jobs).
        if (errorName(error) !== 'ConflictException') throw error
        o.log(`${job.id}: started elsewhere; following it`)
        return { arn: current.Arn, resumed: true }
      }
      if (job.request) {
        const after = await o.api.getJob(job.id)
        if (after.State === 'ERROR' && overConcurrencyQuota(after.Errors)) {
          const times = recreated.get(job) ?? 0
          if (times >= MAX_QUOTA_RECREATIONS)
            throw new Error(
              `Job ${job.id} ended over the account's quota again after ${times} re-creations: ${describeErrors(after.Errors)} ${QUOTA_HINT}`
            )
          overQuota.add(job)
          throw new DataExchangeQuotaError(job.id, after.Errors)
        }
      }
      return { arn: current.Arn, resumed: !job.request }
    },
    describe: (job) => o.api.getJob(job.id),
    status: (d) => d.State ?? 'UNKNOWN',

    async finish(job, d): Promise<FinishedJob> {
      if (d.State !== 'COMPLETED')
        return {
          error: `The Data Exchange job ended ${d.State}: ${describeErrors(d.Errors)}${
            overConcurrencyQuota(d.Errors) ? ` ${QUOTA_HINT}` : ''
          }`,
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
      const objects = await locateObjects(await exportedObjects(details, o.api), o.store, o.log)
      return {
        files: objects.map((obj, i): RemoteFile => ({
          index: i + 1,
          format: 'data',
          path: place(obj.key),
          source: { note: obj.note },
          ...(obj.error ? { error: obj.error } : { uri: `s3://${obj.bucket}/${obj.key}` })
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
      const limit = e.LimitName
        ? ` (limit ${e.LimitName}: ${e.LimitValue})`
        : e.LimitValue !== undefined
          ? ` (limit ${e.LimitValue})`
          : ''
      const resource = e.ResourceId ? ` [${e.ResourceType ?? 'resource'} ${e.ResourceId}]` : ''
      return `${e.Code}: ${e.Message}${limit}${resource}`
    })
    .join('; ')
}
