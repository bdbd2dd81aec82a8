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

export type {
  Dashboard,
  Parameter,
  ParameterFilter,
  ParameterType,
  Sheet,
  TimeGranularity,
  Visual,
  VisualType
} from './catalog-types.js'
import type { Dashboard } from './catalog-types.js'

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
