import { randomUUID } from 'node:crypto'
import { apiError } from './api-error.js'
import { cloudFormationTemplate, quickSightBundle } from './asset-bundle-content.js'
import { ExportRequest, RESOURCE_ARN, validateExport } from './asset-bundle-request.js'
import { Asset, collectAssets, findAsset } from './assets.js'
import { findDashboard } from './catalog.js'
import type { Runtime } from './runtime.js'
import { parseScenario, Scenario } from './scenarios.js'

export type ExportJobStatus =
  'QUEUED_FOR_IMMEDIATE_EXECUTION' | 'IN_PROGRESS' | 'SUCCESSFUL' | 'FAILED'

export interface ExportJob {
  accountId: string
  region: string
  request: ExportRequest
  arn: string
  status: ExportJobStatus
  createdAt: number
  /** The bundle behind the presigned DownloadUrls, once SUCCESSFUL. */
  fileId?: string
  urlsIssued: number
  errors: { Arn: string; Type: string; Message: string }[]
  warnings: { Arn: string; Message: string }[]
  /** The directives of the dashboards it exports, combined. */
  scenario: Scenario
}

const RETENTION_MS = 14 * 24 * 3600 * 1000

/**
 * Asset bundle export jobs: QUEUED_FOR_IMMEDIATE_EXECUTION, IN_PROGRESS, then SUCCESSFUL with a
 * bundle behind a 5-minute presigned URL, or FAILED with Errors. At most 5 run per account.
 */
export class AssetBundleJobs {
  readonly jobs = new Map<string, ExportJob>()

  constructor(private readonly rt: Runtime) {}

  /** Jobs of an account still queued or running. */
  active(accountId: string): ExportJob[] {
    return [...this.jobs.values()].filter(
      (j) =>
        j.accountId === accountId &&
        (j.status === 'QUEUED_FOR_IMMEDIATE_EXECUTION' || j.status === 'IN_PROGRESS')
    )
  }

  start(accountId: string, region: string, body: Record<string, unknown>): object {
    const request = validateExport(body, accountId, region)
    const scenario = combinedScenario(request.resourceArns)
    if (scenario.startError)
      throw apiError(`${scenario.startError}Exception`, `Injected ${scenario.startError}.`)
    const existing = this.find(accountId, request.jobId, false)
    if (
      existing &&
      (existing.status === 'QUEUED_FOR_IMMEDIATE_EXECUTION' || existing.status === 'IN_PROGRESS')
    )
      throw apiError(
        'ConflictException',
        `Asset bundle export job ${request.jobId} is still running; an id can be used again once its job has ended.`
      )
    const limit = this.rt.options.maxRunningExportJobs
    if (this.active(accountId).length >= limit)
      throw apiError(
        'LimitExceededException',
        `The account already runs ${limit} asset bundle export jobs. Wait for one to end.`
      )
    const job: ExportJob = {
      accountId,
      region,
      request,
      arn: `arn:aws:quicksight:${region}:${accountId}:asset-bundle-export-job/${request.jobId}`,
      status: 'QUEUED_FOR_IMMEDIATE_EXECUTION',
      createdAt: Date.now(),
      urlsIssued: 0,
      errors: [],
      warnings: [],
      scenario
    }
    this.jobs.set(`${accountId}/${request.jobId}`, job)
    this.schedule(job)
    return { Arn: job.arn, AssetBundleExportJobId: request.jobId, RequestId: randomUUID() }
  }

  describe(accountId: string, jobId: string): object {
    const job = this.find(accountId, jobId, true)
    const raw = job.request.raw
    const ttl = this.rt.options.urlTtlSeconds
    const url =
      job.status === 'SUCCESSFUL' && job.fileId
        ? this.rt.files.presign(
            job.fileId,
            ttl,
            this.rt.scaled(ttl * 1000),
            job.urlsIssued++ < job.scenario.expiredUrls
          )
        : undefined
    return {
      Arn: job.arn,
      AssetBundleExportJobId: job.request.jobId,
      AwsAccountId: job.accountId,
      JobStatus: job.status,
      CreatedTime: job.createdAt / 1000,
      ResourceArns: job.request.resourceArns,
      ExportFormat: job.request.format,
      IncludeAllDependencies: job.request.includeAllDependencies,
      IncludePermissions: job.request.includePermissions,
      IncludeTags: job.request.includeTags,
      IncludeFolderMemberships: raw.IncludeFolderMemberships === true,
      ...(raw.IncludeFolderMembers ? { IncludeFolderMembers: raw.IncludeFolderMembers } : {}),
      ...(raw.CloudFormationOverridePropertyConfiguration
        ? {
            CloudFormationOverridePropertyConfiguration:
              raw.CloudFormationOverridePropertyConfiguration
          }
        : {}),
      ...(raw.ValidationStrategy ? { ValidationStrategy: raw.ValidationStrategy } : {}),
      ...(url ? { DownloadUrl: url } : {}),
      ...(job.status === 'FAILED' ? { Errors: job.errors } : {}),
      ...(!job.request.strict && job.warnings.length > 0 ? { Warnings: job.warnings } : {}),
      RequestId: randomUUID()
    }
  }

  /** The job of this id; descriptions are kept 14 (emulated) days after the job starts. */
  private find(accountId: string, jobId: string, required: true): ExportJob
  private find(accountId: string, jobId: string, required: false): ExportJob | undefined
  private find(accountId: string, jobId: string, required: boolean): ExportJob | undefined {
    const key = `${accountId}/${jobId}`
    const job = this.jobs.get(key)
    if (job && Date.now() - job.createdAt > this.rt.scaled(RETENTION_MS)) this.jobs.delete(key)
    const kept = this.jobs.get(key)
    if (!kept && required)
      throw apiError(
        'ResourceNotFoundException',
        `Asset bundle export job ${jobId} does not exist in account ${accountId}.`
      )
    return kept
  }

  private schedule(job: ExportJob): void {
    const duration = this.rt.scaled(job.scenario.durationMs ?? this.rt.options.exportJobDurationMs)
    this.rt.later(duration * this.rt.options.queuedShare, () => {
      if (job.status === 'QUEUED_FOR_IMMEDIATE_EXECUTION') job.status = 'IN_PROGRESS'
    })
    if (job.scenario.stuck) return
    this.rt.later(duration, () => this.finish(job))
  }

  private finish(job: ExportJob): void {
    const { request, region, accountId } = job
    const roots: Asset[] = []
    for (const arn of request.resourceArns) {
      const [, , , type = '', id = '', schedule] = RESOURCE_ARN.exec(arn) ?? []
      const asset = schedule ? undefined : findAsset(type, id, region, accountId)
      if (asset) roots.push(asset)
      else
        job.errors.push({
          Arn: arn,
          Type: 'ResourceNotFoundException',
          Message: `The resource ${arn} doesn't exist in account ${accountId}.`
        })
      const dashboard = type === 'dashboard' ? findDashboard(id) : undefined
      for (const warning of dashboard?.exportWarnings ?? []) {
        if (request.strict)
          job.errors.push({ Arn: arn, Type: 'StrictModeValidationError', Message: warning })
        else job.warnings.push({ Arn: arn, Message: warning })
      }
      const failure = type === 'dashboard' ? parseScenario(id).failJob : undefined
      if (failure)
        job.errors.push({ Arn: arn, Type: failure, Message: `Injected export failure ${failure}.` })
    }
    if (job.errors.length > 0) {
      job.status = 'FAILED'
      return
    }
    const assets = collectAssets(roots, request.includeAllDependencies, region, accountId)
    const options = {
      includePermissions: request.includePermissions,
      includeTags: request.includeTags,
      region,
      account: accountId
    }
    const quickSight = request.format === 'QUICKSIGHT_JSON'
    const body = quickSight
      ? quickSightBundle(assets, options, job.scenario.hostileKeys)
      : cloudFormationTemplate(assets, options, templateOverrides(request.raw))
    const name = `assetbundle-${request.jobId}.${quickSight ? 'qs' : 'json'}`
    job.fileId = this.rt.files.put(name, body, job.scenario.cutDownloads)
    job.status = 'SUCCESSFUL'
  }
}

/** The directives of every dashboard ARN of the job, combined. */
function combinedScenario(arns: string[]): Scenario {
  const scenarios = arns
    .map((arn) => RESOURCE_ARN.exec(arn))
    .filter((m) => m?.[3] === 'dashboard')
    .map((m) => parseScenario(m?.[4] ?? ''))
  const max = (f: (s: Scenario) => number): number => Math.max(0, ...scenarios.map(f))
  const durations = scenarios.flatMap((s) => (s.durationMs === undefined ? [] : [s.durationMs]))
  return {
    ...parseScenario(''),
    ...(durations.length > 0 ? { durationMs: Math.max(...durations) } : {}),
    startError: scenarios.find((s) => s.startError)?.startError,
    stuck: scenarios.some((s) => s.stuck),
    hostileKeys: scenarios.some((s) => s.hostileKeys),
    expiredUrls: max((s) => s.expiredUrls),
    cutDownloads: max((s) => s.cutDownloads)
  }
}

function templateOverrides(raw: Record<string, unknown>) {
  const config = (raw.CloudFormationOverridePropertyConfiguration ?? {}) as Record<string, unknown>
  const properties = new Map<string, string[]>()
  for (const [name, list] of Object.entries(config)) {
    if (name === 'ResourceIdOverrideConfiguration' || !Array.isArray(list)) continue
    for (const e of list as { Arn: string; Properties: string[] }[])
      properties.set(e.Arn, e.Properties)
  }
  const prefix = config.ResourceIdOverrideConfiguration as
    { PrefixForAllResources?: boolean } | undefined
  return { prefixForAllResources: prefix?.PrefixForAllResources === true, properties }
}
