import type { Dashboard } from './catalog-types.js'

/** `sales`: the dashboard the snapshot end-to-end tests are built on. Keep its ids and data. */
export const SALES: Dashboard = {
  id: 'sales',
  name: 'Sales Overview',
  createdAt: '2024-01-15T09:00:00Z',
  parameters: [
    {
      name: 'Region',
      type: 'STRING',
      multiValued: true,
      filter: { column: 'Region', match: 'equals' }
    },
    {
      name: 'Product',
      type: 'STRING',
      multiValued: true,
      filter: { column: 'Product', match: 'equals' }
    },
    {
      name: 'Year',
      type: 'INTEGER',
      filter: { column: 'Year', match: 'equals' }
    },
    { name: 'MinRevenue', type: 'DECIMAL', filter: { column: 'Revenue', match: 'atLeast' } },
    {
      name: 'From',
      type: 'DATETIME',
      granularity: 'DAY',
      filter: { column: 'Date', match: 'from' }
    },
    { name: 'To', type: 'DATETIME', granularity: 'DAY', filter: { column: 'Date', match: 'to' } }
  ],
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
