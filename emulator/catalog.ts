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
