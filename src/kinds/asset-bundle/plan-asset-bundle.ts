import type { StartAssetBundleExportJobRequest } from '@aws-sdk/client-quicksight'
import { generateJobId } from '../../job-id.js'
import type { KindPlan, PlanContext } from '../kind-plan.js'
import type { AssetBundleInputs } from './asset-bundle-inputs.js'
import { assetBundleApi } from './asset-bundle-api.js'
import { dashboardsApi } from '../../quicksight/dashboards-api.js'
import { resolveDashboards } from '../../quicksight/resolve-dashboards.js'
import { AssetBundleJob, assetBundleKind } from './asset-bundle-kind.js'

/** Resolves the dashboards to back up (ids or names) and plans the one export job. */
export async function planAssetBundle(a: AssetBundleInputs, c: PlanContext): Promise<KindPlan> {
  const { common } = c
  const accountId = await c.accountId()
  const api = await dashboardsApi(c.aws.quicksight)
  const found =
    a.dashboards.length > 0 ? await resolveDashboards(a.dashboards, api, accountId) : new Map()
  const dashboards = [...found.values()]
  const partition = common.awsRegion.startsWith('cn-')
    ? 'aws-cn'
    : common.awsRegion.startsWith('us-gov-')
      ? 'aws-us-gov'
      : 'aws'
  const arns = [
    ...a.resourceArns,
    ...dashboards.map(
      (d) => `arn:${partition}:quicksight:${common.awsRegion}:${accountId}:dashboard/${d.id}`
    )
  ]
  const id = a.jobId ?? (await generateJobId(c.env))
  const request: StartAssetBundleExportJobRequest = {
    AwsAccountId: accountId,
    AssetBundleExportJobId: id,
    ResourceArns: [...new Set(arns)],
    IncludeAllDependencies: a.includeAllDependencies,
    ExportFormat: a.format,
    IncludePermissions: a.includePermissions,
    IncludeTags: a.includeTags,
    ValidationStrategy: { StrictModeForAllResources: a.strictValidation },
    CloudFormationOverridePropertyConfiguration: a.overrides
  }
  const subject =
    a.configFile ?? (dashboards.length === 1 ? (dashboards[0]?.id ?? 'bundle') : 'asset-bundle')
  const job: AssetBundleJob = {
    id,
    report: subject,
    dashboardId: dashboards.length === 1 ? dashboards[0]?.id : undefined,
    makeUp: 'asset-bundle',
    files: [],
    request,
    given: a.jobId !== undefined,
    outputDir: common.outputDir,
    extract: a.extract
  }
  c.log(`Resources: ${request.ResourceArns?.join(', ')}`)
  return {
    kind: assetBundleKind({
      api: await assetBundleApi(c.aws.quicksight),
      accountId,
      log: c.log,
      mask: c.mask
    }),
    jobs: [job],
    reports: [
      {
        name: subject,
        dashboardId: job.dashboardId,
        notes: [
          `${request.ResourceArns?.length} resource(s)${a.includeAllDependencies ? ' with all their dependencies' : ''}, ${a.format === 'QUICKSIGHT_JSON' ? 'QuickSight JSON' : 'CloudFormation JSON'}${a.includePermissions ? ', permissions' : ''}${a.includeTags ? ', tags' : ''}`
        ]
      }
    ],
    subject,
    failFast: false,
    summary: `Exporting the definitions of ${request.ResourceArns?.length} resource(s) in asset bundle export job ${id}`
  }
}
