import {
  EXECUTIVE,
  FILLERS,
  FINANCE,
  OPERATIONS,
  REGIONAL_APAC,
  REGIONAL_EMEA,
  SALES_ARCHIVE
} from './catalog-dashboards.js'
import { SALES } from './catalog-sales.js'

/** The dashboards the emulator knows: their sheets, visuals and declared parameters. */
export type VisualType = 'TABLE' | 'PIVOT_TABLE' | 'KPI' | 'LINE_CHART' | 'BAR_CHART' | 'PIE_CHART'
export type ParameterType = 'STRING' | 'INTEGER' | 'DECIMAL' | 'DATETIME'
export type TimeGranularity =
  'YEAR' | 'QUARTER' | 'MONTH' | 'WEEK' | 'DAY' | 'HOUR' | 'MINUTE' | 'SECOND' | 'MILLISECOND'

export interface Visual {
  id: string
  /** The title as plain text (also the worksheet name in Excel files). */
  title: string
  /** How DescribeDashboardDefinition gives the title: PlainText (default), RichText only, or no Title. */
  titleFormat?: 'plain' | 'rich' | 'none'
  type: VisualType
  columns: string[]
  /** Rows are summed over the other numeric columns per distinct value of these. */
  groupBy?: string[]
  /** Every file that holds this visual fails with this snapshot ErrorType. */
  failsWith?: string
}

export interface Sheet {
  id: string
  name: string
  visuals: Visual[]
}

/** How a parameter's values narrow the data rows. */
export interface ParameterFilter {
  column: string
  /** equals: the column is one of the values; atLeast: ≥ every value; from/to: date bounds;
   * period: the date lies in the value's TimeGranularity period (a month, a week...). */
  match: 'equals' | 'atLeast' | 'from' | 'to' | 'period'
}

export interface Parameter {
  name: string
  type: ParameterType
  multiValued?: boolean
  /** DATETIME only: the TimeGranularity of the declaration. */
  granularity?: TimeGranularity
  /** Static default values; date-times as ISO strings. */
  defaults?: (string | number)[]
  /** DATETIME only: a RollingDate default expression instead of static values. */
  rollingDefault?: string
  filter?: ParameterFilter
}

export interface Dashboard {
  id: string
  name: string
  sheets: Sheet[]
  parameters: Parameter[]
  /** When the dashboard was created and published (ISO). */
  createdAt: string
  /** Asset bundle export warnings (UI errors skipped unless StrictModeForAllResources). */
  exportWarnings?: string[]
}

/**
 * Every dashboard, in the order ListDashboards returns them: 32 in all, so pages of 10 put the
 * two "Regional Sales" dashboards on different pages (3 and 4).
 */
export const CATALOG: Dashboard[] = [
  ...FILLERS.slice(0, 8),
  SALES,
  ...FILLERS.slice(8, 17),
  FINANCE,
  OPERATIONS,
  EXECUTIVE,
  REGIONAL_EMEA,
  SALES_ARCHIVE,
  ...FILLERS.slice(17),
  REGIONAL_APAC
]

/** Finds a dashboard by the part of its id before any `--` scenario directives. */
export function findDashboard(dashboardId: string): Dashboard | undefined {
  const base = dashboardId.split('--')[0]
  return CATALOG.find((d) => d.id === base)
}

/**
 * Adds a copy of catalog dashboard `of` (an id or a name) under the name `name`, so that a config
 * written for another account runs here (`npm run try -- --map`). Its id is `name` when that is id
 * syntax, else made from it (`Sales Overview` → `sales-overview`); it replaces a catalog
 * dashboard of the same id or name.
 */
export function addDashboardAlias(name: string, of: string): Dashboard {
  const base = findDashboard(of) ?? CATALOG.find((d) => d.name.toLowerCase() === of.toLowerCase())
  if (!base) throw new Error(`no dashboard '${of}' in the emulator's catalog`)
  const slug = name
    .toLowerCase()
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 512)
  const id =
    /^[\w-]{1,512}$/.test(name) && !name.includes('--') ? name : slug || `alias-${CATALOG.length}`
  const copy = { ...base, id, name }
  const same = CATALOG.findIndex((d) => d.id === id || d.name === name)
  CATALOG.splice(same < 0 ? CATALOG.length : same, same < 0 ? 0 : 1, copy)
  return copy
}
