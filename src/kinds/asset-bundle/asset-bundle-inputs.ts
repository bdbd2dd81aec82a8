import type { AssetBundleCloudFormationOverridePropertyConfiguration } from '@aws-sdk/client-quicksight'
import { readConfigFile } from '../../inputs/config-file.js'
import { InputError } from '../../inputs/input-error.js'
import { Input, InputReader } from '../../inputs/names.js'
import { Problems } from '../../inputs/problems.js'
import { boolean } from '../../inputs/scalars.js'
import { parseYamlInput } from '../../inputs/yaml-input.js'
import { checkKeys, isPlainObject, typeName } from '../../inputs/yaml-values.js'

/** What a definitions backup needs: the resources, the bundle's format, and the job to follow. */
export interface AssetBundleInputs {
  /** Dashboards by id or name (dashboard-id, or every dashboard of a config file's reports). */
  dashboards: string[]
  /** QuickSight ARNs given as they are. */
  resourceArns: string[]
  configFile?: string
  includeAllDependencies: boolean
  includePermissions: boolean
  includeTags: boolean
  strictValidation: boolean
  format: 'QUICKSIGHT_JSON' | 'CLOUDFORMATION_JSON'
  overrides?: AssetBundleCloudFormationOverridePropertyConfiguration
  /** A given job id: followed when the job exists, else started with it. */
  jobId?: string
  extract: boolean
}

const ARN = /^arn:aws[a-z-]*:quicksight:[a-z0-9-]+:\d{12}:[A-Za-z]+\/[\w-]{1,512}$/
const MAX_ARNS = 100
const FORMATS = {
  'quicksight-json': 'QUICKSIGHT_JSON',
  'cloudformation-json': 'CLOUDFORMATION_JSON'
} as const
const OVERRIDE_KEYS = [
  'ResourceIdOverrideConfiguration',
  'VPCConnections',
  'RefreshSchedules',
  'DataSources',
  'DataSets',
  'Themes',
  'Analyses',
  'Dashboards'
]
const OVERRIDES_EXAMPLE = `cloudformation-overrides: |
  ResourceIdOverrideConfiguration: { PrefixForAllResources: true }
  DataSources:
    - Arn: arn:aws:quicksight:eu-west-1:123456789012:datasource/sales
      Properties: [Name, Host]`

/** Reads the asset-bundle inputs; the resources come from exactly one of three places. */
export async function readAssetBundleInputs(
  input: InputReader,
  workspace: string,
  mask: (secret: string) => void
): Promise<AssetBundleInputs> {
  const sources = [Input.DashboardId, Input.ConfigFile, Input.ResourceArns].filter(
    (n) => input.get(n) !== ''
  )
  if (sources.length !== 1)
    throw new InputError(
      sources[1] ?? Input.DashboardId,
      sources.length > 1 ? input.get(sources[1] ?? Input.DashboardId) : '',
      sources.length === 0
        ? 'needs what to export: dashboard-id, config-file (every dashboard of the pack) or resource-arns'
        : `cannot be used with '${sources[0]}': give the resources to export one way`,
      'dashboard-id: Sales Overview, or resource-arns: arn:aws:quicksight:eu-west-1:123456789012:dashboard/sales'
    )
  const format = formatOf(input.get(Input.AssetFormat))
  const overridesText = input.get(Input.CloudformationOverrides)
  if (overridesText !== '' && format !== 'CLOUDFORMATION_JSON')
    throw new InputError(
      Input.CloudformationOverrides,
      undefined,
      'applies only to asset-format: cloudformation-json (QuickSight JSON bundles take no overrides); it would be ignored',
      'asset-format: cloudformation-json'
    )
  const configFile = input.get(Input.ConfigFile)
  const dashboards =
    configFile !== ''
      ? (await readConfigFile(configFile, workspace, {}, mask, true)).reports.map(
          (r) => r.dashboard
        )
      : input.get(Input.DashboardId) === ''
        ? []
        : [input.get(Input.DashboardId)]
  return {
    dashboards: [...new Set(dashboards)],
    resourceArns: arns(input.get(Input.ResourceArns)),
    configFile: configFile || undefined,
    includeAllDependencies: boolean(
      input.get(Input.IncludeAllDependencies),
      Input.IncludeAllDependencies
    ),
    includePermissions: boolean(input.get(Input.IncludePermissions), Input.IncludePermissions),
    includeTags: boolean(input.get(Input.IncludeTags), Input.IncludeTags),
    strictValidation: boolean(input.get(Input.StrictValidation), Input.StrictValidation),
    format,
    overrides: overridesText === '' ? undefined : await overrides(overridesText),
    jobId: jobId(input.get(Input.AssetBundleJobId)),
    extract: boolean(input.get(Input.Extract), Input.Extract)
  }
}

function formatOf(value: string): AssetBundleInputs['format'] {
  const format = FORMATS[value.toLowerCase() as keyof typeof FORMATS]
  if (!format)
    throw new InputError(
      Input.AssetFormat,
      value,
      'must be quicksight-json or cloudformation-json',
      'asset-format: cloudformation-json'
    )
  return format
}

function arns(text: string): string[] {
  const list = text
    .split(/[,\n]/)
    .map((a) => a.trim())
    .filter((a) => a !== '')
  const bad = list.find((a) => !ARN.test(a))
  const fail = (rule: string): InputError =>
    new InputError(
      Input.ResourceArns,
      text,
      rule,
      'resource-arns: arn:aws:quicksight:eu-west-1:123456789012:dashboard/sales'
    )
  if (bad)
    throw fail(
      `'${bad.slice(0, 200)}' is not a QuickSight ARN (arn:aws:quicksight:<region>:<account>:<type>/<id>)`
    )
  if (list.length > MAX_ARNS)
    throw fail(`lists ${list.length} ARNs; one export job takes at most ${MAX_ARNS}`)
  const twice = list.find((a, i) => list.indexOf(a) !== i)
  if (twice) throw fail(`lists '${twice}' twice`)
  return list
}

async function overrides(
  text: string
): Promise<AssetBundleCloudFormationOverridePropertyConfiguration> {
  const { loadYaml } = await import('../../inputs/yaml-input.js')
  await loadYaml()
  const value = parseYamlInput(Input.CloudformationOverrides, text, OVERRIDES_EXAMPLE)
  const problems = new Problems()
  if (!isPlainObject(value)) problems.add([], `must be a mapping, not ${typeName(value)}`)
  else {
    checkKeys(value, OVERRIDE_KEYS, [], problems)
    for (const [key, list] of Object.entries(value)) {
      if (key === 'ResourceIdOverrideConfiguration' || !OVERRIDE_KEYS.includes(key)) continue
      if (
        !Array.isArray(list) ||
        list.length === 0 ||
        list.some(
          (e) => !isPlainObject(e) || typeof e.Arn !== 'string' || !Array.isArray(e.Properties)
        )
      )
        problems.add([key], 'must be a list of {Arn, Properties: [...]}')
    }
  }
  const first = problems.list[0]
  if (first)
    throw new InputError(
      Input.CloudformationOverrides,
      undefined,
      `${first.path.join('.') || '(top)'}: ${first.message}`,
      OVERRIDES_EXAMPLE
    )
  return value as AssetBundleCloudFormationOverridePropertyConfiguration
}

function jobId(value: string): string | undefined {
  if (value === '') return undefined
  if (!/^[\w-]{1,512}$/.test(value))
    throw new InputError(
      Input.AssetBundleJobId,
      value,
      "must be 1-512 letters, digits, '_' or '-'",
      'asset-bundle-job-id: release-v1-2-3'
    )
  return value
}
