import { S3Client } from '@aws-sdk/client-s3'
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApiError, apiError, invalid } from './api-error.js'
import { AssetBundleJobs } from './asset-bundle-jobs.js'
import { DashboardsApi } from './dashboards-api.js'
import { FileServer } from './file-server.js'
import {
  accessKeyOf,
  attemptOf,
  readBody,
  regionOf,
  sendError,
  sendJson,
  sendXml,
  sessionTokenOf
} from './http.js'
import { Identity, IdentityContext, IdentityOptions } from './identity/index.js'
import { Paginator } from './pagination.js'
import { Permissions } from './permissions.js'
import type { Runtime, RuntimeOptions } from './runtime.js'
import { EmailSchedules } from './schedules.js'
import { parseScenario } from './scenarios.js'
import { EmulatedJob, SnapshotJobs } from './snapshot-jobs.js'
import { ID } from './validate.js'

export type { EmulatedFile, EmulatedJob, JobStatus } from './snapshot-jobs.js'

export interface EmulatorOptions extends Partial<RuntimeOptions>, IdentityOptions {
  port?: number
  /** Where jobs with an S3 destination write their files (an s3rver on 127.0.0.1). */
  s3?: { endpoint: string; accessKeyId: string; secretAccessKey: string }
  /** The account STS GetCallerIdentity reports. */
  accountId?: string
  /** QuickSight answers ThrottlingException above this many calls per second per account. */
  callsPerSecond?: number
  /** Every emulated duration (job times, URL lifetimes, retention) is multiplied by this. */
  timeScale?: number
  /** Most summaries a ListDashboards or SearchDashboards page holds, whatever MaxResults says. */
  pageSize?: number
  /** Access key id → actions its IAM policy denies (`quicksight:<Operation>`, `sts:AssumeRole`, `sts:SetContext`). */
  deny?: Record<string, string[]>
}

export interface CallRecord {
  time: number
  operation: string
  /** The account of the call (from its path). */
  accountId?: string
  dashboardId?: string
  jobId?: string
  status: number
  errorType?: string
  /** The SDK's attempt number, from the amz-sdk-request header. */
  attempt?: number
  /** The access key id that signed the call: tells apart the callers sharing one emulator. */
  accessKeyId?: string
  /** The registered user whose identity-enhanced credentials signed the call. */
  userArn?: string
}

/** A parsed call: who makes it, on what, with which inputs. */
interface Call {
  account: string
  region: string
  params: string[]
  query: URLSearchParams
  body: Record<string, unknown>
  record: CallRecord
  /** The registered user of identity-enhanced credentials; undefined for plain ones. */
  identity?: IdentityContext
  /** The HTTP status of a success, when the operation decides it (else the route's). */
  status?: number
}

interface Route {
  method: string
  path: RegExp
  operation: string
  /** The path groups: dashboard id and/or job id, for faults, records and messages. */
  dashboardGroup?: number
  jobGroup?: number
  status?: number
  run: (call: Call) => object | Promise<object>
}

/**
 * An HTTP server that speaks QuickSight's REST-JSON API for snapshot jobs, dashboard listing,
 * search and definitions, and asset bundle export jobs, plus STS GetCallerIdentity.
 */
export class QuickSightEmulator implements Runtime {
  readonly calls: CallRecord[] = []
  readonly files = new FileServer()
  readonly options: RuntimeOptions
  readonly snapshots: SnapshotJobs
  readonly bundles: AssetBundleJobs
  /** E-mail schedules of the dashboards and their runs (StartDashboardSnapshotJobSchedule). */
  readonly schedules: EmailSchedules
  readonly permissions: Permissions
  /** Access key id → the account STS GetCallerIdentity reports for it (else `accountId`). */
  readonly accountsByKey = new Map<string, string>()
  /** Access key id → the role (`path/name`) whose session STS GetCallerIdentity says it is (else `github-actions`). */
  readonly rolesByKey = new Map<string, string>()
  /** Registered users, GetIdentityContext, STS AssumeRole and the sessions it issued. */
  readonly identity: Identity
  url = ''
  private server?: Server
  private readonly s3?: S3Client
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly recent = new Map<string, number[]>()
  private readonly faultCounter = new Map<string, number>()
  private readonly dashboards: DashboardsApi
  private readonly routes: Route[]
  private readonly o: Required<
    Omit<EmulatorOptions, 's3' | 'deny' | keyof RuntimeOptions | keyof IdentityOptions>
  >

  constructor(options: EmulatorOptions = {}) {
    this.o = {
      port: options.port ?? 0,
      accountId: options.accountId ?? '123456789012',
      callsPerSecond: options.callsPerSecond ?? 10,
      timeScale: options.timeScale ?? 1,
      pageSize: options.pageSize ?? 10
    }
    this.options = {
      jobDurationMs: options.jobDurationMs ?? 2000,
      queuedShare: options.queuedShare ?? 0.2,
      maxRunningJobs: options.maxRunningJobs ?? 12,
      exportJobDurationMs: options.exportJobDurationMs ?? 2000,
      maxRunningExportJobs: options.maxRunningExportJobs ?? 5,
      urlTtlSeconds: options.urlTtlSeconds ?? 300
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
        requestChecksumCalculation: 'WHEN_REQUIRED',
        // s3rver never answers `Expect: 100-continue` (sent for bodies of 2 MB and more): the
        // SDK would wait 6 s before each big file.
        expectContinueHeader: false
      })
    }
    this.snapshots = new SnapshotJobs(this, this.s3)
    this.bundles = new AssetBundleJobs(this)
    this.schedules = new EmailSchedules(this)
    this.permissions = new Permissions(options.deny)
    this.identity = new Identity(options, {
      principal: (key) => {
        const account = this.accountsByKey.get(key) ?? this.o.accountId
        // An assumed-role ARN names the role without its path.
        const role = (this.rolesByKey.get(key) ?? 'github-actions').split('/').pop() ?? ''
        return {
          account,
          arn: `arn:aws:sts::${account}:assumed-role/${role}/emulator`,
          userId: 'AROAEMULATOR:emulator'
        }
      },
      denies: (key, action) => this.permissions.denies(key, action),
      scaled: (ms) => this.scaled(ms)
    })
    this.dashboards = new DashboardsApi(new Paginator(this.o.pageSize))
    this.routes = this.routeTable()
  }

  /** Snapshot jobs by `account/dashboard/job`. */
  get jobs(): Map<string, EmulatedJob> {
    return this.snapshots.jobs
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

  /** Snapshot jobs of an account that hold one of its concurrent-job slots. */
  activeJobs(accountId: string): EmulatedJob[] {
    return this.snapshots.active(accountId)
  }

  scaled(ms: number): number {
    return ms * this.o.timeScale
  }

  later(ms: number, fn: () => void | Promise<void>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      void Promise.resolve(fn()).catch((e: unknown) => console.error('emulator job error', e))
    }, ms)
    this.timers.add(timer)
  }

  private routeTable(): Route[] {
    const dashboard = '/accounts/([^/]+)/dashboards/([^/]+)'
    const bundles = '/accounts/([^/]+)/asset-bundle-export-jobs'
    const route = (r: Omit<Route, 'path'> & { path: string }): Route => ({
      ...r,
      path: new RegExp(`^${r.path}$`)
    })
    return [
      route({
        method: 'POST',
        path: `${dashboard}/snapshot-jobs`,
        operation: 'StartDashboardSnapshotJob',
        dashboardGroup: 1,
        status: 202,
        run: (c) => {
          const [dashboardId = ''] = c.params
          c.record.jobId = String(c.body.SnapshotJobId)
          const scenario = parseScenario(dashboardId)
          // callerOf has refused identity-enhanced credentials of a user who no longer exists.
          const user = c.identity && this.identity.users.ofContext(c.identity)
          return this.snapshots.start(c.account, dashboardId, c.body, c.region, scenario, {
            identityEnhanced: c.identity !== undefined,
            ...(user ? { user } : {})
          })
        }
      }),
      route({
        method: 'GET',
        path: `${dashboard}/snapshot-jobs/([^/]+)`,
        operation: 'DescribeDashboardSnapshotJob',
        dashboardGroup: 1,
        jobGroup: 2,
        run: (c) =>
          this.snapshots.describe(this.snapshots.find(c.account, ...pair(c.params), c.identity))
      }),
      route({
        method: 'GET',
        path: `${dashboard}/snapshot-jobs/([^/]+)/result`,
        operation: 'DescribeDashboardSnapshotJobResult',
        dashboardGroup: 1,
        jobGroup: 2,
        run: (c) =>
          this.snapshots.describeResult(
            this.snapshots.find(c.account, ...pair(c.params), c.identity)
          )
      }),
      route({
        method: 'POST',
        path: `${dashboard}/schedules/([^/]+)`,
        operation: 'StartDashboardSnapshotJobSchedule',
        dashboardGroup: 1,
        jobGroup: 2,
        run: (c) => {
          const { status, body } = this.schedules.start(c.account, ...pair(c.params))
          c.status = status
          return body
        }
      }),
      route({
        method: 'GET',
        path: `${dashboard}/definition`,
        operation: 'DescribeDashboardDefinition',
        dashboardGroup: 1,
        run: (c) => this.dashboards.definition(c, c.params[0] ?? '', c.query)
      }),
      route({
        method: 'GET',
        path: '/accounts/([^/]+)/dashboards',
        operation: 'ListDashboards',
        run: (c) => this.dashboards.list(c, c.query)
      }),
      route({
        method: 'POST',
        path: '/accounts/([^/]+)/search/dashboards',
        operation: 'SearchDashboards',
        run: (c) => this.dashboards.search(c, c.body)
      }),
      route({
        method: 'POST',
        path: '/accounts/([^/]+)/identity-context',
        operation: 'GetIdentityContext',
        run: (c) => this.identity.contexts.get(c.account, c.region, c.body)
      }),
      route({
        method: 'POST',
        path: `${bundles}/export`,
        operation: 'StartAssetBundleExportJob',
        run: (c) => {
          c.record.jobId = String(c.body.AssetBundleExportJobId)
          return this.bundles.start(c.account, c.region, c.body)
        }
      }),
      route({
        method: 'GET',
        path: `${bundles}/([^/]+)`,
        operation: 'DescribeAssetBundleExportJob',
        jobGroup: 1,
        run: (c) => this.bundles.describe(c.account, c.params[0] ?? '')
      })
    ]
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const record: CallRecord = {
      time: Date.now(),
      operation: 'Unknown',
      status: 200,
      attempt: attemptOf(req),
      accessKeyId: accessKeyOf(req)
    }
    try {
      const raw = await readBody(req)
      const url = new URL(req.url ?? '/', 'http://emulator')
      if (req.method === 'POST' && url.pathname === '/' && /(^|&)Action=/.test(raw)) {
        const reply = this.identity.sts.handle(
          new URLSearchParams(raw),
          record.accessKeyId ?? '',
          sessionTokenOf(req)
        )
        record.operation = reply.operation
        record.status = reply.status
        if (reply.errorType) record.errorType = reply.errorType
        return sendXml(res, reply.xml, reply.status)
      }
      const { route, groups } = this.match(req.method ?? 'GET', url.pathname)
      const [account = '', ...params] = groups
      record.operation = route.operation
      record.accountId = account
      if (route.dashboardGroup) record.dashboardId = groups[route.dashboardGroup]
      if (route.jobGroup) record.jobId = groups[route.jobGroup]
      const identity = this.identity.callerOf(
        record.accessKeyId ?? '',
        sessionTokenOf(req),
        route.operation,
        account
      )
      if (identity) record.userArn = identity.userArn
      this.admit(account, record.dashboardId)
      this.permissions.check(
        accessKeyOf(req),
        route.operation,
        account,
        `arn:aws:quicksight:${regionOf(req)}:${account}:${record.dashboardId ? `dashboard/${record.dashboardId}` : '*'}`
      )
      if (!/^\d{12}$/.test(account)) throw invalid('AwsAccountId must be 12 digits.')
      for (const id of [record.dashboardId, record.jobId])
        if (id !== undefined && !ID.test(id)) throw invalid(`${id} must match [\\w-]{1,512}.`)
      const body = parseJson(raw)
      const call: Call = {
        account,
        region: regionOf(req),
        params,
        query: url.searchParams,
        body,
        record,
        ...(identity ? { identity } : {})
      }
      const result = await route.run(call)
      record.status = call.status ?? route.status ?? 200
      return sendJson(res, record.status, result)
    } catch (error) {
      const e =
        error instanceof ApiError ? error : apiError('InternalFailureException', String(error))
      record.status = e.status
      record.errorType = e.type
      sendError(res, e)
    } finally {
      this.calls.push(record)
    }
  }

  private match(method: string, path: string): { route: Route; groups: string[] } {
    for (const route of this.routes) {
      const m = route.method === method ? route.path.exec(path) : null
      if (m) return { route, groups: m.slice(1).map((g) => decodeURIComponent(g)) }
    }
    throw apiError('ResourceNotFoundException', `No such operation: ${method} ${path}`)
  }

  /** The account's call rate, then the dashboard's injected faults. */
  private admit(account: string, dashboardId?: string): void {
    const now = Date.now()
    const recent = this.recent.get(account) ?? []
    while (recent.length > 0 && (recent[0] ?? 0) <= now - 1000) recent.shift()
    this.recent.set(account, recent)
    if (recent.length >= this.o.callsPerSecond)
      throw apiError('ThrottlingException', 'Rate exceeded')
    recent.push(now)
    if (dashboardId === undefined) return
    // Injected faults hit an exact share of the dashboard's calls, spread evenly and starting with
    // the first, so that a test asking for them always gets them.
    const scenario = parseScenario(dashboardId)
    const n = this.faultCounter.get(dashboardId) ?? 0
    this.faultCounter.set(dashboardId, n + 1)
    if (hits(n, scenario.throttlePercent)) throw apiError('ThrottlingException', 'Rate exceeded')
    if (hits(n + 1, scenario.flakyPercent))
      throw apiError('InternalFailureException', 'An internal failure occurred.')
  }
}

function pair(params: string[]): [string, string] {
  return [params[0] ?? '', params[1] ?? '']
}

function parseJson(raw: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(raw || '{}')
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
      return parsed as Record<string, unknown>
  } catch {
    // answered below
  }
  throw invalid('The request body is not a JSON object.')
}

/** Whether call `n` (from 0) is among `percent` % of calls spread evenly: 0, then every 100/percent. */
function hits(n: number, percent: number): boolean {
  return percent > 0 && Math.floor((n * percent) / 100) !== Math.floor(((n - 1) * percent) / 100)
}
