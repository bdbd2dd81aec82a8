import { S3Client } from '@aws-sdk/client-s3'
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FileServer } from '../file-server.js'
import { conflict, DxError, internal, invalid, notFound, throttled } from './errors.js'
import {
  DataSetFixture,
  findAsset,
  findDataSet,
  findRevision,
  RevisionFixture
} from './fixtures.js'
import { attemptOf, Credential, credentialOf, readBody, sendError, sendJson } from './http.js'
import { describeJob, EmulatedJob, newJob, transition } from './jobs.js'
import { planJob } from './plan.js'
import { route, Route } from './routes.js'
import { CONCURRENT_JOBS } from './quotas.js'
import { injectedErrors, quotaError, RunResult, runExport } from './run.js'
import { hits } from './scenarios.js'
import { JobType, validateCreateJob } from './validate.js'
import { assetView, dataSetView, page, revisionView } from './views.js'

export interface DataExchangeOptions {
  /** The S3 server exports write to (an s3rver on 127.0.0.1). */
  s3: { endpoint: string; accessKeyId: string; secretAccessKey: string }
  /** Serves EXPORT_ASSET_TO_SIGNED_URL files; shared with the stack for one CA certificate. */
  files: FileServer
  /** Multiplies the signed URL lifetime (one minute on the service). Default 1. */
  timeScale?: number
  /** Time from StartJob to the job's end. Default 2000 ms. */
  jobDurationMs?: number
  port?: number
  /** The account in job ARNs. Default 123456789012. */
  accountId?: string
  /** Calls per second per access key id above which the API answers ThrottlingException. */
  callsPerSecond?: number
  /**
   * IN_PROGRESS jobs per type and access key id; a job started beyond ends in ERROR with
   * SERVICE_QUOTA_EXCEEDED_EXCEPTION (StartJob documents no ServiceLimitExceededException).
   */
  concurrentJobs?: Partial<Record<JobType, number>>
  /**
   * `unpadded`: every revision export writes `${Revision.CreatedAt.Day}`/`.Month` without a
   * leading zero (`1`, not `01`). Default `padded`.
   */
  keyDatePadding?: 'padded' | 'unpadded'
}

/** One HTTP call the emulator answered. */
export interface DxCallRecord {
  time: number
  operation: string
  status: number
  errorType?: string
  jobId?: string
  dataSetId?: string
  accessKeyId?: string
  /** The SDK's attempt number, from the amz-sdk-request header. */
  attempt?: number
}

const SIGNED_URL_LIFETIME_SECONDS = 60

/** An HTTP server that speaks the AWS Data Exchange job and read APIs (REST-JSON, ISO dates). */
export class DataExchangeEmulator {
  readonly jobs = new Map<string, EmulatedJob>()
  readonly calls: DxCallRecord[] = []
  url = ''
  private server?: Server
  private readonly s3: S3Client
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly recent = new Map<string, number[]>()
  private readonly scenarioCalls = new Map<string, number>()
  private readonly signedUrlJobs = new Map<string, number>()
  private readonly timeScale: number
  private readonly jobDurationMs: number
  private readonly accountId: string
  private readonly callsPerSecond: number

  constructor(private readonly options: DataExchangeOptions) {
    this.timeScale = options.timeScale ?? 1
    this.jobDurationMs = options.jobDurationMs ?? 2000
    this.accountId = options.accountId ?? '123456789012'
    this.callsPerSecond = options.callsPerSecond ?? 10
    this.s3 = new S3Client({
      endpoint: options.s3.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: {
        accessKeyId: options.s3.accessKeyId,
        secretAccessKey: options.s3.secretAccessKey
      },
      requestChecksumCalculation: 'WHEN_REQUIRED',
      // s3rver never answers `Expect: 100-continue`: the SDK would wait 6 s before each big body.
      expectContinueHeader: false
    })
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((resolve) =>
      this.server?.listen(this.options.port ?? 0, '127.0.0.1', resolve)
    )
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  /** Stops the server and pending jobs. The shared FileServer stays up (the stack owns it). */
  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t)
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve()
    )
    this.s3.destroy()
  }

  /** IN_PROGRESS jobs of a type holding an access key's job slots. */
  inProgress(owner: string, type: JobType): EmulatedJob[] {
    return [...this.jobs.values()].filter(
      (j) => j.owner === owner && j.type === type && j.state === 'IN_PROGRESS'
    )
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const record: DxCallRecord = {
      time: Date.now(),
      operation: 'Unknown',
      status: 200,
      attempt: attemptOf(req)
    }
    try {
      const body = await readBody(req)
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const r = route(req.method ?? 'GET', url.pathname)
      if (!r)
        throw new DxError(
          'UnknownOperationException',
          404,
          `No operation ${req.method} ${url.pathname}.`
        )
      record.operation = r.operation
      const credential = this.authenticate(req)
      record.accessKeyId = credential.accessKeyId
      this.admitRate(credential.accessKeyId)
      const parsed = r.operation === 'CreateJob' ? parseJson(body) : undefined
      const job = r.jobId ? this.jobs.get(r.jobId) : undefined
      const dataSet = job?.plan.dataSet ?? findDataSet(r.dataSetId ?? namedDataSet(parsed) ?? '')
      record.jobId = r.jobId
      record.dataSetId = dataSet?.id ?? r.dataSetId
      if (dataSet) this.admitScenario(dataSet)
      const { status, body: out } = await this.dispatch(
        r,
        credential,
        parsed,
        job,
        url.searchParams
      )
      record.status = status
      if (out && 'Id' in out && typeof out.Id === 'string' && r.operation === 'CreateJob')
        record.jobId = out.Id
      sendJson(res, status, out)
    } catch (error) {
      const e = error instanceof DxError ? error : internal(String(error))
      record.status = e.status
      record.errorType = e.type
      sendError(res, e)
    } finally {
      this.calls.push(record)
    }
  }

  private async dispatch(
    r: Route,
    credential: Credential,
    parsed: unknown,
    job: EmulatedJob | undefined,
    query: URLSearchParams
  ): Promise<{ status: number; body?: Record<string, unknown> }> {
    const region = credential.region
    switch (r.operation) {
      case 'CreateJob':
        return { status: 201, body: this.createJob(parsed, credential) }
      case 'GetJob':
        return { status: 200, body: describeJob(this.existing(job, r)) }
      case 'StartJob':
        this.startJob(this.existing(job, r))
        return { status: 202 }
      case 'CancelJob':
        this.cancelJob(this.existing(job, r))
        return { status: 204 }
      case 'GetDataSet':
        return { status: 200, body: { ...dataSetView(region, this.dataSet(r)) } }
      case 'ListDataSetRevisions': {
        const d = this.dataSet(r)
        const revisions = Object.values<RevisionFixture>(d.revisions).sort((a, b) =>
          b.createdAt.localeCompare(a.createdAt)
        )
        const p = page(revisions, query, `revisions/${d.id}`)
        return {
          status: 200,
          body: {
            Revisions: p.items.map((x) => revisionView(region, d, x)),
            NextToken: p.nextToken
          }
        }
      }
      case 'GetRevision': {
        const d = this.dataSet(r)
        return { status: 200, body: { ...revisionView(region, d, this.revision(d, r)) } }
      }
      case 'ListRevisionAssets': {
        const d = this.dataSet(r)
        const revision = this.revision(d, r)
        // "sorted alphabetically in descending order" (the API reference)
        const assets = [...revision.assets].sort((a, b) =>
          b.name < a.name ? -1 : b.name > a.name ? 1 : b.id.localeCompare(a.id)
        )
        const p = page(assets, query, `assets/${d.id}/${revision.id}`)
        return {
          status: 200,
          body: {
            Assets: p.items.map((a) => assetView(region, d, revision, a)),
            NextToken: p.nextToken
          }
        }
      }
      case 'GetAsset': {
        const d = this.dataSet(r)
        const revision = this.revision(d, r)
        const asset = findAsset(revision, r.assetId ?? '')
        if (!asset) throw notFound('ASSET', r.assetId ?? '')
        return { status: 200, body: { ...assetView(region, d, revision, asset) } }
      }
    }
  }

  /** The SigV4 scope of the call: its access key id stands for the account (paths carry none). */
  private authenticate(req: IncomingMessage): Credential {
    const credential = credentialOf(req)
    if (!credential)
      throw new DxError('MissingAuthenticationTokenException', 403, 'Missing Authentication Token')
    if (credential.service !== 'dataexchange')
      throw new DxError(
        'InvalidSignatureException',
        403,
        `Credential should be scoped to correct service: 'dataexchange', not '${credential.service}'.`
      )
    return credential
  }

  private admitRate(accessKeyId: string): void {
    const now = Date.now()
    const recent = (this.recent.get(accessKeyId) ?? []).filter((t) => t > now - 1000)
    this.recent.set(accessKeyId, recent)
    if (recent.length >= this.callsPerSecond) throw throttled()
    recent.push(now)
  }

  private admitScenario(dataSet: DataSetFixture): void {
    const n = this.scenarioCalls.get(dataSet.id) ?? 0
    this.scenarioCalls.set(dataSet.id, n + 1)
    if (hits(n, dataSet.scenario.throttlePercent)) throw throttled()
  }

  private createJob(body: unknown, credential: Credential): Record<string, unknown> {
    const input = validateCreateJob(body)
    const plan = planJob(input.request, {
      unpaddedDates: this.options.keyDatePadding === 'unpadded'
    })
    const job = newJob(
      { ...input, plan },
      credential.accessKeyId,
      `arn:aws:dataexchange:${credential.region}:${this.accountId}`
    )
    this.jobs.set(job.id, job)
    return describeJob(job)
  }

  private startJob(job: EmulatedJob): void {
    if (job.state !== 'WAITING')
      throw conflict('JOB', job.id, `Job ${job.id} is ${job.state}; only a WAITING job can start.`)
    const quota = CONCURRENT_JOBS[job.type]
    const limit = this.options.concurrentJobs?.[job.type] ?? quota.value
    // Over the concurrency quota the job is accepted and ends in ERROR at once.
    if (this.inProgress(job.owner, job.type).length >= limit)
      return transition(job, 'ERROR', [quotaError(job, limit)])
    transition(job, 'IN_PROGRESS')
    const outcome = job.plan.dataSet.scenario.outcome
    if (outcome === 'IN_PROGRESS') return
    this.later(this.jobDurationMs, async () => {
      if (outcome === 'ERROR') return transition(job, 'ERROR', injectedErrors(job))
      if (outcome === 'QUOTA_EXCEEDED') return transition(job, 'ERROR', [quotaError(job, limit)])
      if (outcome !== 'COMPLETED') return transition(job, outcome)
      const result = await runExport(job, {
        s3: this.s3,
        files: this.options.files,
        urlTtlSeconds: SIGNED_URL_LIFETIME_SECONDS * this.timeScale,
        expireUrl: (assetId) => this.expireUrl(job.plan.dataSet, assetId)
      }).catch((e: unknown): RunResult => ({
        errors: [{ Code: 'INTERNAL_SERVER_EXCEPTION', Message: `Export failed: ${String(e)}` }]
      }))
      if (result.signedUrl)
        Object.assign(job.details, {
          SignedUrl: result.signedUrl.url,
          SignedUrlExpiresAt: result.signedUrl.expiresAt
        })
      transition(job, result.errors ? 'ERROR' : 'COMPLETED', result.errors)
    })
  }

  /** The expired-URL scenario: the first N signed-URL jobs of each asset get a stale URL. */
  private expireUrl(dataSet: DataSetFixture, assetId: string): boolean {
    const n = this.signedUrlJobs.get(assetId) ?? 0
    this.signedUrlJobs.set(assetId, n + 1)
    return n < dataSet.scenario.expiredUrls
  }

  private cancelJob(job: EmulatedJob): void {
    if (job.state !== 'WAITING')
      throw conflict(
        'JOB',
        job.id,
        `Job ${job.id} is ${job.state}; only a WAITING job can be cancelled.`
      )
    transition(job, 'CANCELLED')
  }

  private existing(job: EmulatedJob | undefined, r: Route): EmulatedJob {
    if (!job) throw notFound('JOB', r.jobId ?? '')
    return job
  }

  private dataSet(r: Route): DataSetFixture {
    const d = findDataSet(r.dataSetId ?? '')
    if (!d) throw notFound('DATA_SET', r.dataSetId ?? '')
    return d
  }

  private revision(d: DataSetFixture, r: Route): RevisionFixture {
    const revision = findRevision(d, r.revisionId ?? '')
    if (!revision) throw notFound('REVISION', r.revisionId ?? '')
    return revision
  }

  private later(ms: number, fn: () => void | Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      void Promise.resolve(fn()).catch((e: unknown) => console.error('data exchange job error', e))
    }, ms)
    this.timers.add(timer)
  }
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body || '{}')
  } catch {
    throw invalid('The request body is not valid JSON.')
  }
}

/** The DataSetId a CreateJob body names, to apply that data set's scenario. */
function namedDataSet(body: unknown): string | undefined {
  const details = (body as { Details?: Record<string, { DataSetId?: unknown }> } | undefined)
    ?.Details
  const id = Object.values(details ?? {}).find((d) => typeof d?.DataSetId === 'string')?.DataSetId
  return typeof id === 'string' ? id : undefined
}
