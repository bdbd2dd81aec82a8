import { HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { randomUUID } from 'node:crypto'
import { apiError, invalid } from './api-error.js'
import { Dashboard, findDashboard } from './catalog.js'
import { withDefaults } from './parameter-values.js'
import { renderCsv, renderExcel, renderPdf, RenderRequest } from './render.js'
import type { Runtime } from './runtime.js'
import type { IdentityContext, RegisteredUser } from './identity/index.js'
import type { Scenario } from './scenarios.js'
import { JobRequest, validateStart } from './validate.js'

export type JobStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED'

export interface EmulatedFile {
  format: string
  s3Uri?: string
  fileId?: string
  urlsIssued: number
  error?: { ErrorType: string; ErrorMessage: string }
}

export interface EmulatedJob {
  accountId: string
  dashboardId: string
  jobId: string
  arn: string
  request: JobRequest
  scenario: Scenario
  status: JobStatus
  createdAt: number
  updatedAt: number
  completedAt?: number
  files: EmulatedFile[]
  error?: { ErrorType: string; ErrorMessage: string }
  /** The registered user whose identity-enhanced credentials started the job. */
  user?: RegisteredUser & { arn: string }
}

const REUSE_AFTER_MS = 24 * 3600 * 1000

/** Dashboard snapshot jobs: start, run on the emulated clock, describe, describe the result. */
export class SnapshotJobs {
  readonly jobs = new Map<string, EmulatedJob>()
  /** How `--held` jobs finish, once released. */
  private readonly held: (() => void)[] = []

  constructor(
    private readonly rt: Runtime,
    private readonly s3?: S3Client
  ) {}

  /** Jobs of an account that hold one of its concurrent-job slots. */
  active(accountId: string): EmulatedJob[] {
    return [...this.jobs.values()].filter(
      (j) => j.accountId === accountId && (j.status === 'QUEUED' || j.status === 'RUNNING')
    )
  }

  /**
   * The job a Describe call names, if the caller may read it: the API reference ("Registered
   * user support" of DescribeDashboardSnapshotJob and …Result) refuses with Access Denied a job
   * "started by a different user"; plain credentials and a registered user's are different
   * callers either way.
   */
  find(
    accountId: string,
    dashboardId: string,
    jobId: string,
    caller: IdentityContext | undefined
  ): EmulatedJob {
    const job = this.jobs.get(key(accountId, dashboardId, jobId))
    if (!job)
      throw apiError(
        'ResourceNotFoundException',
        `Snapshot job ${jobId} does not exist for dashboard ${dashboardId}.`
      )
    if (job.user?.arn !== caller?.userArn) {
      const who = (arn: string | undefined): string => (arn ? `user ${arn}` : 'plain credentials')
      throw apiError(
        'AccessDeniedException',
        `Snapshot job ${jobId} was started by a different user (${who(job.user?.arn)}), not by ${who(caller?.userArn)}.`
      )
    }
    return job
  }

  async start(
    accountId: string,
    dashboardId: string,
    body: Record<string, unknown>,
    region: string,
    scenario: Scenario,
    caller: {
      /** Whether the request is signed with identity-enhanced credentials. */
      identityEnhanced: boolean
      /** The registered user of those credentials. */
      user?: RegisteredUser & { arn: string }
    }
  ): Promise<object> {
    const { identityEnhanced, user } = caller
    const dashboard = findDashboard(dashboardId)
    if (!dashboard)
      throw apiError(
        'ResourceNotFoundException',
        `Dashboard ${dashboardId} does not exist in account ${accountId}.`
      )
    if (scenario.startError)
      throw apiError(
        `${scenario.startError}Exception`,
        `Injected ${scenario.startError} for dashboard ${dashboardId}.`
      )
    const request = validateStart(body, dashboard, region, identityEnhanced)
    const jobId = String(body.SnapshotJobId)
    const existing = this.jobs.get(key(accountId, dashboardId, jobId))
    if (
      existing &&
      (existing.completedAt === undefined ||
        Date.now() - existing.completedAt < this.rt.scaled(REUSE_AFTER_MS))
    ) {
      throw apiError(
        'ResourceExistsException',
        `Snapshot job ${jobId} already exists for dashboard ${dashboardId}.`
      )
    }
    const limit = this.rt.options.maxRunningJobs
    if (this.active(accountId).length >= limit) {
      throw apiError(
        'LimitExceededException',
        `The account already runs ${limit} snapshot jobs. Wait for one to complete.`
      )
    }
    if (request.destination) await this.checkBucket(request.destination.bucket)
    const now = Date.now()
    const job: EmulatedJob = {
      accountId,
      dashboardId,
      jobId,
      arn: `arn:aws:quicksight:${region}:${accountId}:dashboard/${dashboardId}/snapshot-job/${jobId}`,
      request,
      scenario,
      status: 'QUEUED',
      createdAt: now,
      updatedAt: now,
      files: [],
      ...(user ? { user } : {})
    }
    this.jobs.set(key(accountId, dashboardId, jobId), job)
    this.schedule(job, dashboard)
    return { Arn: job.arn, SnapshotJobId: jobId, RequestId: randomUUID() }
  }

  describe(job: EmulatedJob): object {
    const raw = job.request.raw
    const tags = job.request.rlsTags
    return {
      AwsAccountId: job.accountId,
      DashboardId: job.dashboardId,
      SnapshotJobId: job.jobId,
      Arn: job.arn,
      JobStatus: job.status,
      CreatedTime: job.createdAt / 1000,
      LastUpdatedTime: job.updatedAt / 1000,
      SnapshotConfiguration: raw.SnapshotConfiguration,
      ...(tags
        ? {
            UserConfiguration: {
              AnonymousUsers: [{ RowLevelPermissionTagKeys: Object.keys(tags) }]
            }
          }
        : {}),
      RequestId: randomUUID()
    }
  }

  describeResult(job: EmulatedJob): object {
    if (job.status !== 'COMPLETED' && job.status !== 'FAILED') {
      throw invalid(`Dashboard Snapshot Job with id ${job.jobId} has not reached a terminal state.`)
    }
    const requested = (
      job.request.raw.SnapshotConfiguration as { FileGroups: { Files: unknown[] }[] }
    ).FileGroups
    const destination = job.request.destination
    const ttl = this.rt.options.urlTtlSeconds
    const groups = requested.map((group, i) => {
      const file = job.files[i]
      const s3: Record<string, unknown> = destination
        ? {
            S3DestinationConfiguration: {
              BucketConfiguration: {
                BucketName: destination.bucket,
                BucketPrefix: destination.prefix,
                BucketRegion: destination.region
              }
            }
          }
        : {}
      if (file?.error) s3.ErrorInfo = [file.error]
      else if (file?.s3Uri) s3.S3Uri = file.s3Uri
      else if (file?.fileId) {
        const expired = file.urlsIssued++ < job.scenario.expiredUrls
        s3.S3Uri = this.rt.files.presign(file.fileId, ttl, this.rt.scaled(ttl * 1000), expired)
      }
      return { Files: group.Files, S3Results: job.status === 'COMPLETED' ? [s3] : [] }
    })
    // Nothing documents the order of a result's groups; each echoes its own Files.
    if (job.scenario.reversedGroups) groups.reverse()
    const users = [{ FileGroups: groups }]
    return {
      Arn: job.arn,
      JobStatus: job.status,
      CreatedTime: job.createdAt / 1000,
      LastUpdatedTime: job.updatedAt / 1000,
      Result: job.request.rlsTags ? { AnonymousUsers: users } : { RegisteredUsers: users },
      ...(job.error ? { ErrorInfo: job.error } : {}),
      RequestId: randomUUID()
    }
  }

  /** Lets every `--held` job started so far finish now (as if its time had just run out). */
  releaseHeld(): void {
    for (const finish of this.held.splice(0)) finish()
  }

  private async checkBucket(bucket: string): Promise<void> {
    if (!this.s3) throw invalid('This emulator has no S3 server for destinations.')
    try {
      await this.s3.send(new HeadBucketCommand({ Bucket: bucket }))
    } catch {
      throw invalid(`The S3 bucket ${bucket} does not exist or QuickSight cannot write to it.`)
    }
  }

  private schedule(job: EmulatedJob, dashboard: Dashboard): void {
    const duration = this.rt.scaled(job.scenario.durationMs ?? this.rt.options.jobDurationMs)
    this.rt.later(duration * this.rt.options.queuedShare, () => transition(job, 'RUNNING'))
    if (job.scenario.stuck) return
    const finish = async (): Promise<void> => {
      if (job.user?.deniedDashboards?.includes(dashboard.id)) {
        job.error = {
          ErrorType: 'DASHBOARD_ACCESS_DENIED',
          ErrorMessage: `User ${job.user.arn} has no access to dashboard ${dashboard.id}.`
        }
        return transition(job, 'FAILED')
      }
      if (job.scenario.failJob) {
        job.error = {
          ErrorType: job.scenario.failJob,
          ErrorMessage: `Injected failure ${job.scenario.failJob}.`
        }
        return transition(job, 'FAILED')
      }
      job.files = await Promise.all(
        job.request.files.map((f, i) => this.produce(job, dashboard, f, i))
      )
      transition(job, 'COMPLETED')
    }
    if (job.scenario.held) this.held.push(() => this.rt.later(0, finish))
    else this.rt.later(duration, finish)
  }

  /** Renders one file and stores it: in the destination bucket, or behind presigned URLs. */
  private async produce(
    job: EmulatedJob,
    dashboard: Dashboard,
    file: JobRequest['files'][number],
    i: number
  ): Promise<EmulatedFile> {
    const format = file.format
    const failure = fileFailure(job, dashboard, file, i)
    if (failure) return { format, urlsIssued: 0, error: failure }
    const { values, defaulted } = withDefaults(dashboard.parameters, job.request.parameters)
    const render: RenderRequest = {
      dashboard,
      jobId: job.jobId,
      selections: file.selections.map((s) => ({ sheetId: s.sheetId, visualIds: s.visualIds })),
      filters: { parameters: values, rlsTags: job.request.rlsTags ?? {} },
      defaulted,
      extraRows: job.scenario.extraRows,
      revision: job.scenario.revision,
      renames: job.scenario.renames,
      ...(job.user ? { user: { arn: job.user.arn, rls: job.user.rls } } : {})
    }
    const body =
      format === 'PDF'
        ? await renderPdf(render)
        : format === 'CSV'
          ? renderCsv(render)
          : await renderExcel(render)
    const ext = format === 'PDF' ? 'pdf' : format === 'CSV' ? 'csv' : 'xlsx'
    const name = job.scenario.hostileKeys
      ? `../../../..${i % 2 ? '/etc' : ''}/passwd-${i}.${ext}`
      : `${i + 1}-${file.selections[0]?.sheetId}.${ext}`
    const destination = job.request.destination
    if (!destination)
      return {
        format,
        fileId: this.rt.files.put(name, body, job.scenario.cutDownloads),
        urlsIssued: 0
      }
    const objectKey = `${destination.prefix ? `${destination.prefix}/` : ''}${job.dashboardId}/${job.jobId}/${name}`
    await this.s3?.send(
      new PutObjectCommand({ Bucket: destination.bucket, Key: objectKey, Body: body })
    )
    return { format, s3Uri: `s3://${destination.bucket}/${objectKey}`, urlsIssued: 0 }
  }
}

/** Why a file fails: the scenario's `failfile` (first file), or a visual that fails every export. */
function fileFailure(
  job: EmulatedJob,
  dashboard: Dashboard,
  file: JobRequest['files'][number],
  i: number
): EmulatedFile['error'] {
  if (i === 0 && job.scenario.failFile)
    return {
      ErrorType: job.scenario.failFile,
      ErrorMessage: `Injected file failure ${job.scenario.failFile}.`
    }
  for (const s of file.selections) {
    const sheet = dashboard.sheets.find((x) => x.id === s.sheetId)
    const shown = s.visualIds.length > 0 ? s.visualIds : (sheet?.visuals.map((v) => v.id) ?? [])
    const failing = sheet?.visuals.find((v) => v.failsWith && shown.includes(v.id))
    if (failing?.failsWith)
      return {
        ErrorType: failing.failsWith,
        ErrorMessage: `Visual ${failing.id} can't be exported (${failing.failsWith}).`
      }
  }
  return undefined
}

function transition(job: EmulatedJob, status: JobStatus): void {
  if (job.status === 'COMPLETED' || job.status === 'FAILED') return
  job.status = status
  job.updatedAt = Date.now()
  if (status === 'COMPLETED' || status === 'FAILED') job.completedAt = job.updatedAt
}

function key(account: string, dashboard: string, job: string): string {
  return `${account}/${dashboard}/${job}`
}
