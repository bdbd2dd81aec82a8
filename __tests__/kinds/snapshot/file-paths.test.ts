import { describe, expect, test } from '@jest/globals'
import { safeRelativePath } from '../../../src/download/safe-path.js'
import { assignFilePaths, NamedExport } from '../../../src/kinds/snapshot/file-paths.js'
import type { ExportSpec } from '../../../src/inputs/exports.js'

const specs: ExportSpec[] = [
  { index: 1, format: 'csv', sheets: [{ sheetId: 'details', visualIds: ['orders'] }] },
  { index: 2, format: 'csv', name: 'Orders', sheets: [{ sheetId: 'details', visualIds: ['x'] }] },
  { index: 3, format: 'excel', name: 'Book', sheets: [{ sheetId: 'a', visualIds: ['x', 'y'] }] },
  { index: 4, format: 'pdf', sheets: [{ sheetId: 'overview', visualIds: [] }] }
]
const named = (template: string, list = specs, report = 'sales'): NamedExport[] =>
  list.map((spec) => ({ spec, jobId: 'job-1', dashboardId: 'sales', report, template }))
const at = new Date('2025-02-03T04:05:06Z')

describe('assignFilePaths', () => {
  test('renders the template; names that clash only once made safe get -2', () => {
    const paths = assignFilePaths(named('{dashboard-id}-{name}.{ext}'), '/out', at)
    expect([...paths.values()]).toEqual([
      '/out/sales-csv-details-orders.csv',
      '/out/sales-Orders.csv',
      '/out/sales-Book.xlsx',
      '/out/sales-pdf-overview.pdf'
    ])
    const [a, b] = assignFilePaths(
      named('{name}.{ext}', [
        { ...specs[0]!, name: 'a b' },
        { ...specs[1]!, name: 'a_b' }
      ]),
      '/out',
      at
    ).values()
    expect([a, b]).toEqual(['/out/a_b.csv', '/out/a_b-2.csv'])
  })

  test('a template that cannot tell two exports apart is an input error naming both', () => {
    expect(() => assignFilePaths(named('{dashboard-id}.{ext}'), '/out', at)).toThrow(
      /Invalid input 'file-name' = "\{dashboard-id\}\.\{ext\}": gives export 1 \(csv of sales, sheet details\) and export 2 .* the same file name 'sales\.csv'/
    )
    const twoReports = [
      ...named('{name}.{ext}', [specs[3]!]),
      ...named('{name}.{ext}', [{ ...specs[3]!, index: 5 }], 'other')
    ]
    expect(() => assignFilePaths(twoReports, '/out', at)).toThrow(/add \{report\}/)
  })

  test('every placeholder, sub-folders allowed', () => {
    const paths = assignFilePaths(
      named('{date}/{report}/{job-id}/{index}-{format}-{sheet-id}-{visual-id}.{ext}'),
      '/out',
      at
    )
    expect(paths.get(3)).toBe('/out/2025-02-03/sales/job-1/3-excel-a-x_y.xlsx')
  })

  test("{date} is the day in the report's time zone, UTC by default", () => {
    const late = new Date('2025-02-03T23:30:00Z')
    const dates = (timezone?: string) =>
      assignFilePaths(
        named('{date}-{index}.{ext}', [specs[3]!]).map((e) => ({ ...e, timezone })),
        '/out',
        late
      ).get(4)
    expect(dates()).toBe('/out/2025-02-03-4.pdf')
    expect(dates('UTC')).toBe('/out/2025-02-03-4.pdf')
    expect(dates('Pacific/Auckland')).toBe('/out/2025-02-04-4.pdf')
    expect(dates('America/Los_Angeles')).toBe('/out/2025-02-03-4.pdf')
  })

  test('values cannot climb out of the folder or smuggle separators', () => {
    const evil: NamedExport = {
      spec: { index: 1, format: 'pdf', name: '..', sheets: [{ sheetId: 'x', visualIds: [] }] },
      jobId: 'j',
      dashboardId: '../../etc',
      report: '../..',
      template: '{dashboard-id}/{report}/{name}.{ext}'
    }
    const [p] = assignFilePaths([evil], '/out', new Date()).values()
    expect(p?.startsWith('/out/')).toBe(true)
    expect(p).not.toContain('..')
    expect(safeRelativePath('a/\0b/../c')).toBe('a/b/__/c')
    expect(safeRelativePath('x'.repeat(300) + '.csv').length).toBeLessThanOrEqual(200)
  })
})
