/** The dashboards the emulator knows: their sheets, visuals and declared parameters. */
export type VisualType = 'TABLE' | 'PIVOT_TABLE' | 'KPI' | 'LINE_CHART'
export type ParameterType = 'STRING' | 'INTEGER' | 'DECIMAL' | 'DATETIME'

export interface Visual {
  id: string
  title: string
  type: VisualType
  columns: string[]
  /** Rows are summed over the other numeric columns per distinct value of these. */
  groupBy?: string[]
}

export interface Sheet {
  id: string
  name: string
  visuals: Visual[]
}

export interface Dashboard {
  id: string
  name: string
  sheets: Sheet[]
  parameters: Record<string, ParameterType>
}

const salesParameters: Record<string, ParameterType> = {
  Region: 'STRING',
  Product: 'STRING',
  Year: 'INTEGER',
  MinRevenue: 'DECIMAL',
  From: 'DATETIME',
  To: 'DATETIME'
}

export const CATALOG: Dashboard[] = [
  {
    id: 'sales',
    name: 'Sales overview',
    parameters: salesParameters,
    sheets: [
      {
        id: 'overview',
        name: 'Overview',
        visuals: [
          {
            id: 'revenue-kpi',
            title: 'Total revenue',
            type: 'KPI',
            columns: ['Revenue'],
            groupBy: []
          },
          {
            id: 'revenue-by-region',
            title: 'Revenue by region',
            type: 'TABLE',
            columns: ['Region', 'Units', 'Revenue'],
            groupBy: ['Region']
          },
          {
            id: 'region-year-pivot',
            title: 'Revenue by region and year',
            type: 'PIVOT_TABLE',
            columns: ['Region', 'Year', 'Revenue'],
            groupBy: ['Region', 'Year']
          },
          {
            id: 'revenue-trend',
            title: 'Revenue trend',
            type: 'LINE_CHART',
            columns: ['Date', 'Revenue'],
            groupBy: ['Date']
          }
        ]
      },
      {
        id: 'details',
        name: 'Details',
        visuals: [
          {
            id: 'orders-table',
            title: 'Orders',
            type: 'TABLE',
            columns: ['Date', 'Region', 'Product', 'Units', 'Revenue']
          },
          {
            id: 'units-table',
            title: 'Units by product',
            type: 'TABLE',
            columns: ['Product', 'Units'],
            groupBy: ['Product']
          },
          {
            id: 'top-products',
            title: 'Revenue by product',
            type: 'TABLE',
            columns: ['Product', 'Revenue'],
            groupBy: ['Product']
          },
          {
            id: 'monthly-table',
            title: 'Monthly revenue',
            type: 'TABLE',
            columns: ['Year', 'Month', 'Revenue'],
            groupBy: ['Year', 'Month']
          },
          {
            id: 'region-product-pivot',
            title: 'Units by region and product',
            type: 'PIVOT_TABLE',
            columns: ['Region', 'Product', 'Units'],
            groupBy: ['Region', 'Product']
          },
          {
            id: 'notes-table',
            title: 'Order notes',
            type: 'TABLE',
            columns: ['Date', 'Region', 'Note']
          }
        ]
      },
      {
        id: 'regions',
        name: 'Regions',
        visuals: [
          {
            id: 'region-table',
            title: 'Regions',
            type: 'TABLE',
            columns: ['Region', 'Units', 'Revenue'],
            groupBy: ['Region']
          }
        ]
      }
    ]
  }
]

/** Finds a dashboard by the part of its id before any `--` scenario directives. */
export function findDashboard(dashboardId: string): Dashboard | undefined {
  const base = dashboardId.split('--')[0]
  return CATALOG.find((d) => d.id === base)
}
