import { findDashboard } from './catalog.js'
import { DATA_SET_ID, definitionOf } from './definition.js'

/** The QuickSight resource types an asset bundle can name (ARN resource types). */
export type AssetType = 'dashboard' | 'analysis' | 'dataset' | 'datasource' | 'theme'

/** One exportable resource: its identity, its JSON body in a bundle, and what it depends on. */
export interface Asset {
  type: AssetType
  id: string
  name: string
  arn: string
  body: Record<string, unknown>
  dependencies: { type: AssetType; id: string }[]
}

const DATA_SOURCE_ID = 'sales-datasource'
const THEME_ID = 'corporate-theme'
const ANALYSIS_SUFFIX = '-analysis'

/**
 * The resource `type/id` of the account, or undefined when it has none: the catalog's
 * dashboards, each one's analysis (`<dashboard>-analysis`), the data set `sales-dataset`, the
 * data source `sales-datasource` and the theme `corporate-theme`.
 */
export function findAsset(
  type: string,
  id: string,
  region: string,
  account: string
): Asset | undefined {
  const arn = `arn:aws:quicksight:${region}:${account}:${type}/${id}`
  const themeArn = `arn:aws:quicksight:${region}:${account}:theme/${THEME_ID}`
  const shared = [
    { type: 'dataset' as const, id: DATA_SET_ID },
    { type: 'theme' as const, id: THEME_ID }
  ]
  if (type === 'dashboard' || (type === 'analysis' && id.endsWith(ANALYSIS_SUFFIX))) {
    const dashboard = findDashboard(
      type === 'dashboard' ? id : id.slice(0, -ANALYSIS_SUFFIX.length)
    )
    if (!dashboard) return undefined
    const definition = definitionOf(dashboard, region, account)
    if (type === 'analysis')
      return {
        type,
        id,
        name: `${dashboard.name} analysis`,
        arn,
        body: {
          AnalysisId: id,
          Name: `${dashboard.name} analysis`,
          ThemeArn: themeArn,
          Definition: definition
        },
        dependencies: shared
      }
    return {
      type: 'dashboard',
      id,
      name: dashboard.name,
      arn,
      body: {
        DashboardId: id,
        Name: dashboard.name,
        ThemeArn: themeArn,
        SourceEntityArn: `arn:aws:quicksight:${region}:${account}:analysis/${dashboard.id}${ANALYSIS_SUFFIX}`,
        VersionDescription: 'Version 1',
        Definition: definition
      },
      dependencies: [{ type: 'analysis', id: `${dashboard.id}${ANALYSIS_SUFFIX}` }, ...shared]
    }
  }
  if (type === 'dataset' && id === DATA_SET_ID)
    return {
      type,
      id,
      name: 'Sales data',
      arn,
      body: {
        DataSetId: id,
        Name: 'Sales data',
        ImportMode: 'SPICE',
        PhysicalTableMap: {
          orders: {
            RelationalTable: {
              DataSourceArn: `arn:aws:quicksight:${region}:${account}:datasource/${DATA_SOURCE_ID}`,
              Schema: 'sales',
              Name: 'orders',
              InputColumns: ['Date', 'Region', 'Product', 'Units', 'Revenue', 'Note'].map((c) => ({
                Name: c,
                Type: c === 'Units' ? 'INTEGER' : c === 'Revenue' ? 'DECIMAL' : 'STRING'
              }))
            }
          }
        }
      },
      dependencies: [{ type: 'datasource', id: DATA_SOURCE_ID }]
    }
  if (type === 'datasource' && id === DATA_SOURCE_ID)
    return {
      type,
      id,
      name: 'Sales warehouse',
      arn,
      body: {
        DataSourceId: id,
        Name: 'Sales warehouse',
        Type: 'ATHENA',
        DataSourceParameters: { AthenaParameters: { WorkGroup: 'primary' } }
      },
      dependencies: []
    }
  if (type === 'theme' && id === THEME_ID)
    return {
      type,
      id,
      name: 'Corporate',
      arn,
      body: {
        ThemeId: id,
        Name: 'Corporate',
        BaseThemeId: 'CLASSIC',
        Configuration: { DataColorPalette: { Colors: ['#1F77B4', '#FF7F0E', '#2CA02C'] } }
      },
      dependencies: []
    }
  return undefined
}

/** The assets and, with `withDependencies`, everything they need, each once, in bundle order. */
export function collectAssets(
  roots: Asset[],
  withDependencies: boolean,
  region: string,
  account: string
): Asset[] {
  const seen = new Map<string, Asset>()
  const add = (a: Asset): void => {
    if (seen.has(a.arn)) return
    seen.set(a.arn, a)
    if (!withDependencies) return
    for (const d of a.dependencies) {
      const dep = findAsset(d.type, d.id, region, account)
      if (dep) add(dep)
    }
  }
  roots.forEach(add)
  return [...seen.values()]
}
