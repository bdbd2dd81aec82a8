import { describe, expect, test } from '@jest/globals'
import { assignFilePaths, safeRelativePath } from '../../src/download/file-paths.js'
import type { JobPlan } from '../../src/plan.js'

const plan: JobPlan = {
  snapshotJobId: 'job-1',
  exports: [
    { index: 1, format: 'csv', sheets: [{ sheetId: 'details', visualIds: ['orders'] }] },
    { index: 2, format: 'csv', sheets: [{ sheetId: 'details', visualIds: ['orders'] }] },
    { index: 3, format: 'excel', name: 'Book', sheets: [{ sheetId: 'a', visualIds: ['x', 'y'] }] },
    { index: 4, format: 'pdf', sheets: [{ sheetId: 'overview', visualIds: [] }] }
  ]
}

describe('assignFilePaths', () => {
  test('renders the template, and clashing names get -2', () => {
    const paths = assignFilePaths(
      [plan],
      'sales',
      '{dashboard-id}-{name}.{ext}',
      '/out',
      new Date('2025-02-03T04:05:06Z')
    )
    expect([...paths.values()]).toEqual([
      '/out/sales-csv-details-orders.csv',
      '/out/sales-csv-details-orders-2.csv',
      '/out/sales-Book.xlsx',
      '/out/sales-pdf-overview.pdf'
    ])
  })

  test('every placeholder, sub-folders allowed', () => {
    const paths = assignFilePaths(
      [plan],
      'sales',
      '{date}/{job-id}/{index}-{format}-{sheet-id}-{visual-id}.{ext}',
      '/out',
      new Date('2025-02-03T04:05:06Z')
    )
    expect(paths.get(3)).toBe('/out/2025-02-03/job-1/3-excel-a-x_y.xlsx')
  })

  test('values cannot climb out of the folder or smuggle separators', () => {
    const evil = {
      ...plan,
      exports: [
        { index: 1, format: 'pdf' as const, name: '..', sheets: [{ sheetId: 'x', visualIds: [] }] }
      ]
    }
    const [p] = assignFilePaths(
      [evil],
      '../../etc',
      '{dashboard-id}/{name}.{ext}',
      '/out',
      new Date()
    ).values()
    expect(p?.startsWith('/out/')).toBe(true)
    expect(p).not.toContain('..')
    expect(safeRelativePath('a/\0b/../c')).toBe('a/b/__/c')
    expect(safeRelativePath('x'.repeat(300) + '.csv').length).toBeLessThanOrEqual(200)
  })
})
