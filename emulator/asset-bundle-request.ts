import { invalid } from './api-error.js'

/** A valid StartAssetBundleExportJob request. */
export interface ExportRequest {
  jobId: string
  resourceArns: string[]
  format: 'QUICKSIGHT_JSON' | 'CLOUDFORMATION_JSON'
  includeAllDependencies: boolean
  includePermissions: boolean
  includeTags: boolean
  strict: boolean
  /** The request body as sent, echoed by DescribeAssetBundleExportJob. */
  raw: Record<string, unknown>
}

const JOB_ID = /^[\w-]{1,512}$/
export const RESOURCE_ARN =
  /^arn:aws:quicksight:([a-z0-9-]+):(\d{12}):(dashboard|analysis|dataset|datasource|theme|vpcConnection|folder)\/([\w-]+)(\/refresh-schedule\/[\w-]+)?$/
/** The override lists, the ARN resource type each holds, and the properties each may override. */
const OVERRIDES: Record<string, [string, string[]]> = {
  Analyses: ['analysis', ['Name']],
  Dashboards: ['dashboard', ['Name']],
  DataSets: ['dataset', ['Name', 'RefreshFailureEmailAlertStatus']],
  DataSources: [
    'datasource',
    ['Name', 'DisableSsl', 'SecretArn', 'Username', 'Password', 'Domain', 'WorkGroup', 'Host']
      .concat(['Port', 'Database', 'DataSetName', 'Catalog', 'InstanceId', 'ClusterId'])
      .concat(['ManifestFileLocation', 'Warehouse', 'RoleArn', 'ProductType'])
  ],
  Folders: ['folder', ['Name', 'ParentFolderArn']],
  RefreshSchedules: ['dataset', ['StartAfterDateTime']],
  Themes: ['theme', ['Name']],
  VPCConnections: ['vpcConnection', ['Name', 'DnsResolvers', 'RoleArn']]
}

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Enforces the documented rules of StartAssetBundleExportJob; throws InvalidParameterValue. */
export function validateExport(body: Json, account: string, region: string): ExportRequest {
  const jobId = body.AssetBundleExportJobId
  if (typeof jobId !== 'string' || !JOB_ID.test(jobId))
    throw invalid('AssetBundleExportJobId must be 1 to 512 characters of [\\w\\-].')
  const arns = body.ResourceArns
  if (!Array.isArray(arns) || arns.length < 1 || arns.length > 100)
    throw invalid('ResourceArns must hold 1 to 100 resource ARNs.')
  for (const arn of arns) checkArn(arn, account, region, 'ResourceArns')
  const format = body.ExportFormat
  if (format !== 'QUICKSIGHT_JSON' && format !== 'CLOUDFORMATION_JSON')
    throw invalid('ExportFormat must be QUICKSIGHT_JSON or CLOUDFORMATION_JSON.')
  const overrides = body.CloudFormationOverridePropertyConfiguration
  if (overrides !== undefined) {
    if (format !== 'CLOUDFORMATION_JSON')
      throw invalid(
        'CloudFormationOverridePropertyConfiguration can only be used with ExportFormat CLOUDFORMATION_JSON.'
      )
    checkOverrides(overrides, account, region)
  }
  for (const flag of [
    'IncludeAllDependencies',
    'IncludePermissions',
    'IncludeTags',
    'IncludeFolderMemberships'
  ])
    if (body[flag] !== undefined && typeof body[flag] !== 'boolean')
      throw invalid(`${flag} must be a boolean.`)
  const members = body.IncludeFolderMembers
  if (members !== undefined && !['RECURSE', 'ONE_LEVEL', 'NONE'].includes(String(members)))
    throw invalid('IncludeFolderMembers must be RECURSE, ONE_LEVEL or NONE.')
  const strategy = body.ValidationStrategy
  if (
    strategy !== undefined &&
    !(
      isObject(strategy) &&
      ['undefined', 'boolean'].includes(typeof strategy.StrictModeForAllResources)
    )
  )
    throw invalid('ValidationStrategy takes StrictModeForAllResources, a boolean.')
  return {
    jobId,
    resourceArns: arns as string[],
    format,
    includeAllDependencies: body.IncludeAllDependencies === true,
    includePermissions: body.IncludePermissions === true,
    includeTags: body.IncludeTags === true,
    strict: isObject(strategy) && strategy.StrictModeForAllResources === true,
    raw: body
  }
}

function checkArn(arn: unknown, account: string, region: string, where: string): RegExpExecArray {
  const match = RESOURCE_ARN.exec(typeof arn === 'string' ? arn : '')
  if (!match) throw invalid(`${where}: ${String(arn)} is not the ARN of a QuickSight resource.`)
  if (match[2] !== account || match[1] !== region)
    throw invalid(
      `${where}: ${String(arn)} is not a resource of account ${account} in region ${region}.`
    )
  return match
}

function checkOverrides(value: unknown, account: string, region: string): void {
  if (!isObject(value))
    throw invalid('CloudFormationOverridePropertyConfiguration must be an object.')
  for (const [listName, list] of Object.entries(value)) {
    if (listName === 'ResourceIdOverrideConfiguration') {
      if (!isObject(list) || !['undefined', 'boolean'].includes(typeof list.PrefixForAllResources))
        throw invalid('ResourceIdOverrideConfiguration takes PrefixForAllResources, a boolean.')
      continue
    }
    const rule = OVERRIDES[listName]
    if (!rule) throw invalid(`Unknown override list ${listName}.`)
    const [type, properties] = rule
    if (!Array.isArray(list) || list.length < 1 || list.length > 50)
      throw invalid(`${listName} must hold 1 to 50 override entries.`)
    for (const entry of list) {
      const e = isObject(entry) ? entry : {}
      if (checkArn(e.Arn, account, region, listName)[3] !== type)
        throw invalid(`${listName} takes ${type} ARNs, not ${String(e.Arn)}.`)
      const props = e.Properties
      if (!Array.isArray(props) || props.length < 1 || props.length > 10)
        throw invalid(`${listName}: Properties must hold 1 to 10 property names.`)
      for (const p of props)
        if (!properties.includes(String(p)))
          throw invalid(`${listName}: ${String(p)} is not one of ${properties.join(', ')}.`)
    }
  }
}
