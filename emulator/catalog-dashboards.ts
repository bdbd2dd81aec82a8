import type { Dashboard, Visual } from './catalog-types.js'

const table = (id: string, title: string, columns: string[], groupBy?: string[]): Visual => ({
  id,
  title,
  type: 'TABLE',
  columns,
  ...(groupBy ? { groupBy } : {})
})
const pivot = (id: string, title: string, columns: string[]): Visual => ({
  id,
  title,
  type: 'PIVOT_TABLE',
  columns,
  groupBy: columns.slice(0, -1)
})
const chart = (
  type: Visual['type'],
  id: string,
  title: string,
  columns: string[],
  titleFormat?: Visual['titleFormat']
): Visual => ({
  id,
  title,
  type,
  columns,
  groupBy: columns.slice(0, -1),
  ...(titleFormat ? { titleFormat } : {})
})

/** "Finance Monthly Report": a Ledger sheet with 7 table/pivot visuals (Excel needs 2 workbooks). */
export const FINANCE: Dashboard = {
  id: 'finance-monthly',
  name: 'Finance Monthly Report',
  createdAt: '2024-03-01T08:00:00Z',
  parameters: [
    {
      name: 'Region',
      type: 'STRING',
      multiValued: true,
      filter: { column: 'Region', match: 'equals' }
    },
    {
      name: 'ReportMonth',
      type: 'DATETIME',
      granularity: 'MONTH',
      rollingDefault: "addDateTime(-1, 'MM', truncDate('MM', now()))",
      filter: { column: 'Date', match: 'period' }
    },
    { name: 'MinUnits', type: 'INTEGER', filter: { column: 'Units', match: 'atLeast' } },
    { name: 'MinRevenue', type: 'DECIMAL', filter: { column: 'Revenue', match: 'atLeast' } }
  ],
  sheets: [
    {
      id: 'fin-summary',
      name: 'Summary',
      visuals: [
        chart('KPI', 'fin-revenue-kpi', 'Revenue this month', ['Revenue']),
        chart('BAR_CHART', 'fin-region-bar', 'Revenue by region', ['Region', 'Revenue']),
        chart('LINE_CHART', 'fin-trend', 'Monthly trend', ['Year', 'Month', 'Revenue']),
        {
          ...table(
            'fin-region-table',
            'Region breakdown',
            ['Region', 'Units', 'Revenue'],
            ['Region']
          ),
          titleFormat: 'rich'
        }
      ]
    },
    {
      id: 'fin-ledger',
      name: 'Ledger',
      visuals: [
        table('ledger-orders', 'Orders', ['Date', 'Region', 'Product', 'Units', 'Revenue']),
        table('ledger-units', 'Units by product', ['Product', 'Units'], ['Product']),
        table('ledger-revenue', 'Revenue by product', ['Product', 'Revenue'], ['Product']),
        table('ledger-monthly', 'Monthly revenue', ['Year', 'Month', 'Revenue'], ['Year', 'Month']),
        pivot('ledger-region-product', 'Units by region and product', [
          'Region',
          'Product',
          'Units'
        ]),
        pivot('ledger-region-year', 'Revenue by region and year', ['Region', 'Year', 'Revenue']),
        table('ledger-notes', 'Order notes', ['Date', 'Region', 'Note']),
        chart('KPI', 'ledger-units-kpi', 'Units sold', ['Units'])
      ]
    }
  ]
}

/** "Operations Weekly": a Restricted sheet whose `ops-staff-costs` table fails every export. */
export const OPERATIONS: Dashboard = {
  id: 'ops-weekly',
  name: 'Operations Weekly',
  createdAt: '2024-04-08T07:30:00Z',
  parameters: [
    {
      name: 'Product',
      type: 'STRING',
      multiValued: true,
      filter: { column: 'Product', match: 'equals' }
    },
    {
      name: 'Week',
      type: 'DATETIME',
      granularity: 'WEEK',
      rollingDefault: "truncDate('WK', now())",
      filter: { column: 'Date', match: 'period' }
    },
    {
      name: 'Year',
      type: 'INTEGER',
      defaults: [2025],
      filter: { column: 'Year', match: 'equals' }
    },
    { name: 'Factor', type: 'DECIMAL', defaults: [1.5] }
  ],
  sheets: [
    {
      id: 'ops-overview',
      name: 'Overview',
      visuals: [
        chart('PIE_CHART', 'ops-product-pie', 'Units by product', ['Product', 'Units']),
        table('ops-products', 'Products', ['Product', 'Units', 'Revenue'], ['Product']),
        pivot('ops-region-month', 'Units by region and month', ['Region', 'Month', 'Units']),
        chart('LINE_CHART', 'ops-units-trend', 'Units trend', ['Date', 'Units'], 'none')
      ]
    },
    {
      id: 'ops-restricted',
      name: 'Restricted',
      visuals: [
        {
          ...table('ops-staff-costs', 'Staff costs', ['Region', 'Revenue'], ['Region']),
          failsWith: 'CLS_CHANGED'
        },
        table('ops-regions', 'Regions', ['Region', 'Units'], ['Region']),
        table('ops-order-log', 'Order log', ['Date', 'Product', 'Units'])
      ]
    }
  ]
}

/** "Executive KPIs (EMEA)": RichText titles, static defaults, and asset bundle export warnings. */
export const EXECUTIVE: Dashboard = {
  id: 'exec-kpis',
  name: 'Executive KPIs (EMEA)',
  createdAt: '2024-05-20T12:00:00Z',
  exportWarnings: [
    'Visual exec-region-bar: the field well references calculated field OldMargin, which no longer exists.'
  ],
  parameters: [
    { name: 'Segment', type: 'STRING', defaults: ['Enterprise'] },
    {
      name: 'AsOf',
      type: 'DATETIME',
      granularity: 'DAY',
      defaults: ['2025-06-30T00:00:00.000Z'],
      filter: { column: 'Date', match: 'to' }
    },
    {
      name: 'Years',
      type: 'INTEGER',
      multiValued: true,
      filter: { column: 'Year', match: 'equals' }
    },
    { name: 'Margin', type: 'DECIMAL', defaults: [0.25] }
  ],
  sheets: [
    {
      id: 'exec-headline',
      name: 'Headline',
      visuals: [
        chart('KPI', 'exec-revenue', 'Revenue', ['Revenue']),
        chart('KPI', 'exec-units', 'Units', ['Units']),
        chart('BAR_CHART', 'exec-region-bar', 'Revenue by region', ['Region', 'Revenue'], 'rich'),
        {
          ...table('exec-top', 'Top products', ['Product', 'Revenue'], ['Product']),
          titleFormat: 'rich'
        }
      ]
    },
    {
      id: 'exec-detail',
      name: 'Detail',
      visuals: [
        table('exec-regions', 'Regions', ['Region', 'Units', 'Revenue'], ['Region']),
        pivot('exec-pivot', 'Revenue by region and product', ['Region', 'Product', 'Revenue'])
      ]
    }
  ]
}

/** Two dashboards named "Regional Sales": a name that matches more than one dashboard. */
const regional = (id: string, createdAt: string): Dashboard => ({
  id,
  name: 'Regional Sales',
  createdAt,
  parameters: [
    {
      name: 'Region',
      type: 'STRING',
      multiValued: true,
      filter: { column: 'Region', match: 'equals' }
    }
  ],
  sheets: [
    {
      id: 'regional',
      name: 'Regional',
      visuals: [
        table(
          'regional-table',
          'Regional revenue',
          ['Region', 'Product', 'Revenue'],
          ['Region', 'Product']
        )
      ]
    }
  ]
})
export const REGIONAL_EMEA = regional('regional-emea', '2024-06-01T10:00:00Z')
export const REGIONAL_APAC = regional('regional-apac', '2024-06-02T10:00:00Z')

/** "Sales Overview Archive": its name contains "Sales Overview", so a substring search finds both. */
export const SALES_ARCHIVE: Dashboard = {
  id: 'sales-archive',
  name: 'Sales Overview Archive',
  createdAt: '2023-12-31T23:00:00Z',
  parameters: [],
  sheets: [
    {
      id: 'archive',
      name: 'Archive',
      visuals: [table('archive-table', 'Archived orders', ['Date', 'Region', 'Revenue'])]
    }
  ]
}

/** 25 small dashboards, "Team Report 01" to "Team Report 25" (ids team-01 to team-25). */
export const FILLERS: Dashboard[] = Array.from({ length: 25 }, (_, i) => {
  const n = String(i + 1).padStart(2, '0')
  return {
    id: `team-${n}`,
    name: `Team Report ${n}`,
    createdAt: `2024-01-${n}T06:00:00Z`,
    parameters: [],
    sheets: [
      {
        id: 'main',
        name: 'Main',
        visuals: [table('team-table', 'Team table', ['Region', 'Units'], ['Region'])]
      }
    ]
  }
})
