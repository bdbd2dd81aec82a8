import { strToU8, zipSync, Zippable } from 'fflate'
import type { Asset } from './assets.js'
import { camelKeys } from './bundle-casing.js'

/** What goes into every asset's JSON besides its definition. */
export interface BundleOptions {
  includePermissions: boolean
  includeTags: boolean
  region: string
  account: string
}

/** Unix file type "symbolic link" with rwxrwxrwx, in the high 16 bits of external attributes. */
const SYMLINK_ATTRS = 0o120777 * 0x10000
const UNIX = 3

/**
 * A QUICKSIGHT_JSON bundle: a zip with one JSON file per asset in a folder named after its type
 * (`dashboard/sales.json`, `analysis/sales-analysis.json`, `dataset/…`, `datasource/…`,
 * `theme/…`), its keys in lowerCamelCase. A hostile bundle adds entries that try to escape the extraction folder: a `../`
 * path, an absolute path, and a symbolic link to a file outside.
 */
export function quickSightBundle(assets: Asset[], o: BundleOptions, hostile: boolean): Buffer {
  const entries: Zippable = {}
  for (const a of assets)
    entries[`${a.type}/${a.id}.json`] = strToU8(JSON.stringify(bundleJson(a, o), null, 2))
  if (hostile) {
    entries['../escape.json'] = strToU8('{"escaped": "parent directory"}')
    entries['/tmp/abs.json'] = strToU8('{"escaped": "absolute path"}')
    entries['dashboard/outside-link.json'] = [
      strToU8('../../../../../../etc/passwd'),
      { os: UNIX, attrs: SYMLINK_ATTRS, level: 0 }
    ]
  }
  return Buffer.from(zipSync(entries, { mtime: new Date('2025-01-01T00:00:00Z') }))
}

/**
 * An asset's file in a QUICKSIGHT_JSON bundle: `resourceType` (its folder), then its definition,
 * permissions and tags with every key in lowerCamelCase (`dashboardId`, `name`, `definition`,
 * `permissions[].principal/actions`, `tags[].key/value`).
 */
function bundleJson(a: Asset, o: BundleOptions): Record<string, unknown> {
  return { resourceType: a.type, ...(camelKeys(assetJson(a, o)) as Record<string, unknown>) }
}

/** The asset's properties (PascalCase, as the API and CloudFormation name them). */
function assetJson(a: Asset, o: BundleOptions): Record<string, unknown> {
  return {
    ...a.body,
    ...(o.includePermissions
      ? {
          Permissions: [
            {
              Principal: `arn:aws:quicksight:${o.region}:${o.account}:group/default/analysts`,
              Actions: [`quicksight:Describe${CFN_TYPE[a.type]}`]
            }
          ]
        }
      : {}),
    ...(o.includeTags ? { Tags: [{ Key: 'team', Value: 'analytics' }] } : {})
  }
}

const CFN_TYPE: Record<Asset['type'], string> = {
  dashboard: 'Dashboard',
  analysis: 'Analysis',
  dataset: 'DataSet',
  datasource: 'DataSource',
  theme: 'Theme'
}

/** The ARNs whose properties become template parameters, from CloudFormationOverridePropertyConfiguration. */
export interface TemplateOverrides {
  prefixForAllResources: boolean
  /** ARN → property names (Name is applied; others are declared as parameters only). */
  properties: Map<string, string[]>
}

/**
 * A CLOUDFORMATION_JSON export: one CloudFormation template (JSON, not zipped) with an
 * `AWS::QuickSight::<Type>` resource per asset, overridden properties as template parameters,
 * and with PrefixForAllResources a `ResourceIdPrefix` parameter in front of every resource id.
 */
export function cloudFormationTemplate(
  assets: Asset[],
  o: BundleOptions,
  overrides: TemplateOverrides
): Buffer {
  const parameters: Record<string, object> = {}
  const resources: Record<string, object> = {}
  const logicalId = (a: Asset): string =>
    `${CFN_TYPE[a.type]}${a.id.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_m, _s, c: string) => c.toUpperCase())}`
  if (overrides.prefixForAllResources)
    parameters.ResourceIdPrefix = {
      Type: 'String',
      Default: '',
      Description: 'Prefix for every resource id'
    }
  for (const a of assets) {
    const idKey = `${CFN_TYPE[a.type]}Id`
    const properties: Record<string, unknown> = {
      AwsAccountId: { Ref: 'AWS::AccountId' },
      ...assetJson(a, o),
      [idKey]: overrides.prefixForAllResources ? { 'Fn::Sub': `\${ResourceIdPrefix}${a.id}` } : a.id
    }
    for (const property of overrides.properties.get(a.arn) ?? []) {
      const name = `${logicalId(a)}${property}`
      parameters[name] = {
        Type: 'String',
        ...(property === 'Name' ? { Default: a.name } : {})
      }
      if (property === 'Name') properties.Name = { Ref: name }
    }
    const dependsOn = a.dependencies
      .map((d) => assets.find((x) => x.type === d.type && x.id === d.id))
      .filter((x): x is Asset => x !== undefined)
      .map(logicalId)
    resources[logicalId(a)] = {
      Type: `AWS::QuickSight::${CFN_TYPE[a.type]}`,
      Properties: properties,
      ...(dependsOn.length > 0 ? { DependsOn: dependsOn } : {})
    }
  }
  return Buffer.from(
    JSON.stringify(
      {
        AWSTemplateFormatVersion: '2010-09-09',
        Description: 'Amazon QuickSight assets exported by an asset bundle export job',
        ...(Object.keys(parameters).length > 0 ? { Parameters: parameters } : {}),
        Resources: resources
      },
      null,
      2
    )
  )
}
