import { PutObjectCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { randomUUID } from 'node:crypto'
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApiError, apiError, invalid } from './api-error.js'
import { Dashboard, findDashboard } from './catalog.js'
import { FileServer } from './file-server.js'
import { renderCsv, renderExcel, renderPdf, RenderRequest } from './render.js'
import { parseScenario, Scenario } from './scenarios.js'
import { ID, JobRequest, validateStart } from './validate.js'

export interface EmulatorOptions {
  port?: number
  /** Where jobs with an S3 destination write their files (an s3rver on 127.0.0.1). */
  s3?: { endpoint: string; accessKeyId: string; secretAccessKey: string }
  /** The account STS GetCallerIdentity reports. */
  accountId?: string
  /** Job time, start to COMPLETED, unless the dashboard's scenario sets one. */
  jobDurationMs?: number
  /** Share of the job time spent QUEUED. */
  queuedShare?: number
  /** QuickSight answers ThrottlingException above this many calls per second per account. */
  callsPerSecond?: number
  /** QuickSight runs at most this many snapshot jobs per account; the next start gets LimitExceeded. */
  maxRunningJobs?: number
  /** Lifetime of presigned URLs for the default bucket. */
  urlTtlSeconds?: number
}

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
}

export interface CallRecord {
  time: number
  operation: string
  dashboardId?: string
  jobId?: string
  status: number
  errorType?: string
  /** The SDK's attempt number, from the amz-sdk-request header. */
  attempt?: number
}

const ROUTE = /^\/accounts\/([^/]+)\/dashboards\/([^/]+)\/snapshot-jobs(?:\/([^/]+)(\/result)?)?$/
const REUSE_AFTER_MS = 24 * 3600 * 1000

/** An HTTP server that speaks QuickSight's snapshot job API (REST-JSON) and STS GetCallerIdentity. */
export class QuickSightEmulator {
  readonly jobs = new Map<string, EmulatedJob>()
  readonly calls: CallRecord[] = []
  readonly files = new FileServer()
  url = ''
  private server?: Server
  private s3?: S3Client
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly recent: number[] = []
  private readonly faultCounter = new Map<string, number>()
  private readonly o: Required<Omit<EmulatorOptions, 's3'>> & Pick<EmulatorOptions, 's3'>

  constructor(options: EmulatorOptions = {}) {
    this.o = {
      port: 0,
      accountId: '123456789012',
      jobDurationMs: 2000,
      queuedShare: 0.2,
      callsPerSecond: 10,
      maxRunningJobs: 12,
      urlTtlSeconds: 300,
      ...options
    }
    if (options.s3) {
      this.s3 = new S3Client({
        endpoint: options.s3.endpoint,
        region: 'us-east-1',
        forcePathStyle: true,
        credentials: {
          accessKeyId: options.s3.accessKeyId,
          secretAccessKey: options.s3.secretAccessKey
        },
        requestChecksumCalculation: 'WHEN_REQUIRED'
      })
    }
  }

  async start(): Promise<this> {
    await this.files.start()
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) => this.server?.listen(this.o.port, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t)
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve()
    )
    await this.files.close()
    this.s3?.destroy()
  }

  /** Jobs of an account that hold one of its concurrent-job slots. */
  activeJobs(accountId: string): EmulatedJob[] {
    return [...this.jobs.values()].filter(
      (j) => j.accountId === accountId && (j.status === 'QUEUED' || j.status === 'RUNNING')
    )
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const record: CallRecord = {
      time: Date.now(),
      operation: 'Unknown',
      status: 200,
      attempt: attemptOf(req)
    }
    try {
      const body = await readBody(req)
      const path = (req.url ?? '/').split('?')[0] ?? '/'
      if (req.method === 'POST' && path === '/' && body.includes('Action=GetCallerIdentity')) {
        record.operation = 'GetCallerIdentity'
        return sendXml(res, this.callerIdentity())
      }
      const match = ROUTE.exec(path)
      if (!match)
        throw apiError('ResourceNotFoundException', `No such operation: ${req.method} ${path}`)
      const [, account = '', dashboardId = '', jobId, result] = match.map((m) =>
        m === undefined ? m : decodeURIComponent(m)
      )
      record.operation =
        req.method === 'POST'
          ? 'StartDashboardSnapshotJob'
          : result
            ? 'DescribeDashboardSnapshotJobResult'
            : 'DescribeDashboardSnapshotJob'
      record.dashboardId = dashboardId
      record.jobId = jobId
      const scenario = parseScenario(dashboardId)
      this.admit(dashboardId, scenario)
      if (!/^\d{12}$/.test(account)) throw invalid('AwsAccountId must be 12 digits.')
      if (!ID.test(dashboardId)) throw invalid('DashboardId must match [\\w-]{1,512}.')
      if (req.method === 'POST' && !jobId) {
        const parsed = JSON.parse(body || '{}') as Record<string, unknown>
        record.jobId = String(parsed.SnapshotJobId)
        record.status = 202
        return sendJson(
          res,
          202,
          await this.startJob(account, dashboardId, parsed, regionOf(req), scenario)
        )
      }
      const job = this.jobs.get(key(account, dashboardId, jobId ?? ''))
      if (!job)
        throw apiError(
          'ResourceNotFoundException',
          `Snapshot job ${jobId} does not exist for dashboard ${dashboardId}.`
        )
      return sendJson(res, 200, result ? this.describeResult(job) : this.describe(job))
    } catch (error) {
      const e =
        error instanceof ApiError ? error : apiError('InternalFailureException', String(error))
      record.status = e.status
      record.errorType = e.type
      res.writeHead(e.status, {
        'content-type': 'application/json',
        'x-amzn-errortype': e.type,
        'x-amzn-requestid': randomUUID()
      })
      res.end(JSON.stringify({ Message: e.message, RequestId: randomUUID(), Status: e.status }))
    } finally {
      this.calls.push(record)
    }
  }

  /** Account-wide call rate, then the dashboard's injected faults. */
  private admit(dashboardId: string, scenario: Scenario): void {
    const now = Date.now()
    while (this.recent.length > 0 && (this.recent[0] ?? 0) <= now - 1000) this.recent.shift()
    if (this.recent.length >= this.o.callsPerSecond)
      throw apiError('ThrottlingException', 'Rate exceeded')
    this.recent.push(now)
    // Injected faults hit an exact share of the dashboard's calls, spread evenly and starting with
    // the first, so that a test asking for them always gets them.
    const n = this.faultCounter.get(dashboardId) ?? 0
    this.faultCounter.set(dashboardId, n + 1)
    if (hits(n, scenario.throttlePercent)) throw apiError('ThrottlingException', 'Rate exceeded')
    if (hits(n + 1, scenario.flakyPercent))
      throw apiError('InternalFailureException', 'An internal failure occurred.')
  }

  private async startJob(
    accountId: string,
    dashboardId: string,
    body: Record<string, unknown>,
    region: string,
    scenario: Scenario
  ): Promise<object> {
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
    const request = validateStart(body, dashboard, region)
    const jobId = String(body.SnapshotJobId)
    const existing = this.jobs.get(key(accountId, dashboardId, jobId))
    if (
      existing &&
      (existing.completedAt === undefined || Date.now() - existing.completedAt < REUSE_AFTER_MS)
    ) {
      throw apiError(
        'ResourceExistsException',
        `Snapshot job ${jobId} already exists for dashboard ${dashboardId}.`
      )
    }
    if (this.activeJobs(accountId).length >= this.o.maxRunningJobs) {
      throw apiError(
        'LimitExceededException',
        `The account already runs ${this.o.maxRunningJobs} snapshot jobs. Wait for one to complete.`
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
      files: []
    }
    this.jobs.set(key(accountId, dashboardId, jobId), job)
    this.schedule(job, dashboard)
    return { Arn: job.arn, SnapshotJobId: jobId, RequestId: randomUUID() }
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
    const duration = job.scenario.durationMs ?? this.o.jobDurationMs
    this.later(duration * this.o.queuedShare, () => this.transition(job, 'RUNNING'))
    if (job.scenario.stuck) return
    this.later(duration, async () => {
      if (job.scenario.failJob) {
        job.error = {
          ErrorType: job.scenario.failJob,
          ErrorMessage: `Injected failure ${job.scenario.failJob}.`
        }
        return this.transition(job, 'FAILED')
      }
      job.files = await Promise.all(
        job.request.files.map((f, i) => this.produce(job, dashboard, f, i))
      )
      this.transition(job, 'COMPLETED')
    })
  }

  private later(ms: number, fn: () => void | Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      void Promise.resolve(fn()).catch((e: unknown) => console.error('emulator job error', e))
    }, ms)
    this.timers.add(timer)
  }

  private transition(job: EmulatedJob, status: JobStatus): void {
    if (job.status === 'COMPLETED' || job.status === 'FAILED') return
    job.status = status
    job.updatedAt = Date.now()
    if (status === 'COMPLETED' || status === 'FAILED') job.completedAt = job.updatedAt
  }

  /** Renders one file and stores it: in the destination bucket, or behind presigned URLs. */
  private async produce(
    job: EmulatedJob,
    dashboard: Dashboard,
    file: JobRequest['files'][number],
    i: number
  ): Promise<EmulatedFile> {
    const format = file.format
    if (i === 0 && job.scenario.failFile) {
      return {
        format,
        urlsIssued: 0,
        error: {
          ErrorType: job.scenario.failFile,
          ErrorMessage: `Injected file failure ${job.scenario.failFile}.`
        }
      }
    }
    const render: RenderRequest = {
      dashboard,
      jobId: job.jobId,
      selections: file.selections.map((s) => ({ sheetId: s.sheetId, visualIds: s.visualIds })),
      filters: { parameters: job.request.parameters, rlsTags: job.request.rlsTags ?? {} },
      extraRows: job.scenario.extraRows
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
        fileId: this.files.put(name, body, job.scenario.cutDownloads),
        urlsIssued: 0
      }
    const objectKey = `${destination.prefix ? `${destination.prefix}/` : ''}${job.dashboardId}/${job.jobId}/${name}`
    await this.s3?.send(
      new PutObjectCommand({ Bucket: destination.bucket, Key: objectKey, Body: body })
    )
    return { format, s3Uri: `s3://${destination.bucket}/${objectKey}`, urlsIssued: 0 }
  }

  private describe(job: EmulatedJob): object {
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

  private describeResult(job: EmulatedJob): object {
    if (job.status !== 'COMPLETED' && job.status !== 'FAILED') {
      throw invalid(`Dashboard Snapshot Job with id ${job.jobId} has not reached a terminal state.`)
    }
    const requested = (
      job.request.raw.SnapshotConfiguration as { FileGroups: { Files: unknown[] }[] }
    ).FileGroups
    const destination = job.request.destination
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
        const issuedAt = expired ? Date.now() - (this.o.urlTtlSeconds + 5) * 1000 : Date.now()
        s3.S3Uri = this.files.presign(file.fileId, this.o.urlTtlSeconds, issuedAt)
      }
      return { Files: group.Files, S3Results: job.status === 'COMPLETED' ? [s3] : [] }
    })
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

  private callerIdentity(): string {
    const a = this.o.accountId
    return `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:sts::${a}:assumed-role/github-actions/emulator</Arn><UserId>AROAEMULATOR:emulator</UserId><Account>${a}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`
  }
}

function key(account: string, dashboard: string, job: string): string {
  return `${account}/${dashboard}/${job}`
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** The region of the call, from the SigV4 credential scope. */
function regionOf(req: IncomingMessage): string {
  return (
    /Credential=[^/]+\/\d{8}\/([^/]+)\//.exec(req.headers.authorization ?? '')?.[1] ?? 'us-east-1'
  )
}

function attemptOf(req: IncomingMessage): number | undefined {
  const header = req.headers['amz-sdk-request']
  const match = /attempt=(\d+)/.exec(Array.isArray(header) ? header.join(';') : (header ?? ''))
  return match ? Number(match[1]) : undefined
}

function sendJson(res: ServerResponse, status: number, body: object): void {
  res
    .writeHead(status, { 'content-type': 'application/json', 'x-amzn-requestid': randomUUID() })
    .end(JSON.stringify(body))
}

function sendXml(res: ServerResponse, body: string): void {
  res.writeHead(200, { 'content-type': 'text/xml' }).end(body)
}

/** Whether call `n` (from 0) is among `percent` % of calls spread evenly: 0, then every 100/percent. */
function hits(n: number, percent: number): boolean {
  return percent > 0 && Math.floor((n * percent) / 100) !== Math.floor(((n - 1) * percent) / 100)
}
