import { randomUUID } from 'node:crypto'
import { apiError, invalid } from './api-error.js'
import { CATALOG, Dashboard, findDashboard } from './catalog.js'
import { definitionOf } from './definition.js'
import { Paginator } from './pagination.js'

/** Where a call comes from: its account (path) and region (SigV4 scope). */
export interface Caller {
  account: string
  region: string
}

const OWNERSHIP_FILTERS = [
  'QUICKSIGHT_USER',
  'QUICKSIGHT_VIEWER_OR_OWNER',
  'DIRECT_QUICKSIGHT_VIEWER_OR_OWNER',
  'QUICKSIGHT_OWNER',
  'DIRECT_QUICKSIGHT_OWNER',
  'DIRECT_QUICKSIGHT_SOLE_OWNER'
]
const PRINCIPAL_ARN = /^arn:aws[\w-]*:quicksight:[a-z0-9-]+:\d{12}:(user|group)\/.+/
const ALIAS = /^([\w-]+|\$LATEST|\$PUBLISHED)$/

/** ListDashboards, SearchDashboards and DescribeDashboardDefinition over the catalog. */
export class DashboardsApi {
  constructor(private readonly paginator: Paginator) {}

  list(c: Caller, query: URLSearchParams): object {
    const max = query.get('max-results')
    const page = this.paginator.page(
      CATALOG,
      `list/${c.account}`,
      max === null ? undefined : Number(max),
      query.get('next-token') ?? undefined
    )
    return this.summaries(c, page.items, page.nextToken)
  }

  /**
   * As documented: exactly 1 filter; StringLike only with DASHBOARD_NAME, which matches names
   * containing the value (case-insensitive here); StringEquals only with an ownership filter
   * and a user or group ARN (every catalog dashboard is visible to every principal).
   */
  search(c: Caller, body: Record<string, unknown>): object {
    const filters = Array.isArray(body.Filters) ? (body.Filters as Record<string, unknown>[]) : []
    if (filters.length !== 1) throw invalid('Filters must contain exactly 1 DashboardSearchFilter.')
    const [filter = {}] = filters
    const { Operator: operator, Name: name, Value: value } = filter
    if (operator !== 'StringEquals' && operator !== 'StringLike')
      throw invalid(`Operator must be StringEquals or StringLike, not ${String(operator)}.`)
    if (typeof value !== 'string' || value.length === 0) throw invalid('The filter needs a Value.')
    let matches: Dashboard[]
    if (name === 'DASHBOARD_NAME') {
      if (operator !== 'StringLike')
        throw invalid(
          'DASHBOARD_NAME takes the StringLike operator; StringEquals takes an ownership filter and a user or group ARN.'
        )
      matches = CATALOG.filter((d) => d.name.toLowerCase().includes(value.toLowerCase()))
    } else if (OWNERSHIP_FILTERS.includes(String(name))) {
      if (operator !== 'StringEquals')
        throw invalid('The StringLike operator only supports the DASHBOARD_NAME filter.')
      if (!PRINCIPAL_ARN.test(value))
        throw invalid(`${String(name)} takes the ARN of a QuickSight user or group.`)
      matches = CATALOG
    } else {
      throw invalid(`Unknown filter name ${String(name)}.`)
    }
    const page = this.paginator.page(
      matches,
      `search/${c.account}/${String(operator)}/${String(name)}/${value}`,
      body.MaxResults === undefined ? undefined : Number(body.MaxResults),
      typeof body.NextToken === 'string' ? body.NextToken : undefined
    )
    return this.summaries(c, page.items, page.nextToken)
  }

  definition(c: Caller, dashboardId: string, query: URLSearchParams): object {
    const version = query.get('version-number')
    const alias = query.get('alias-name')
    if (version !== null && !(Number.isInteger(Number(version)) && Number(version) >= 1))
      throw invalid('VersionNumber must be a whole number of at least 1.')
    if (alias !== null && !(alias.length <= 2048 && ALIAS.test(alias)))
      throw invalid('AliasName must match [\\w\\-]+|(\\$LATEST)|(\\$PUBLISHED).')
    const dashboard = findDashboard(dashboardId)
    if (!dashboard)
      throw apiError(
        'ResourceNotFoundException',
        `Dashboard ${dashboardId} does not exist in account ${c.account}.`
      )
    if ((version !== null && Number(version) !== 1) || (alias !== null && !alias.startsWith('$')))
      throw apiError(
        'ResourceNotFoundException',
        `Dashboard ${dashboardId} has no version ${version ?? alias}: it has version 1 only.`
      )
    return {
      DashboardId: dashboardId,
      Name: dashboard.name,
      ResourceStatus: 'CREATION_SUCCESSFUL',
      ThemeArn: `arn:aws:quicksight:${c.region}:${c.account}:theme/corporate-theme`,
      Definition: definitionOf(dashboard, c.region, c.account),
      RequestId: randomUUID()
    }
  }

  private summaries(c: Caller, dashboards: Dashboard[], nextToken?: string): object {
    return {
      DashboardSummaryList: dashboards.map((d) => {
        const created = Date.parse(d.createdAt) / 1000
        return {
          Arn: `arn:aws:quicksight:${c.region}:${c.account}:dashboard/${d.id}`,
          DashboardId: d.id,
          Name: d.name,
          CreatedTime: created,
          LastUpdatedTime: created,
          PublishedVersionNumber: 1,
          LastPublishedTime: created
        }
      }),
      ...(nextToken ? { NextToken: nextToken } : {}),
      RequestId: randomUUID()
    }
  }
}
