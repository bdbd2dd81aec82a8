import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  DescribeDashboardSnapshotJobResultCommand,
  QuickSightClient,
  StartDashboardSnapshotJobCommand
} from '@aws-sdk/client-quicksight'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { createHash } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { CATALOG, Dashboard } from '../../emulator/catalog.js'
import {
  reviseRows,
  revisionChanges,
  Row,
  rowKey,
  salesRows,
  visualRows
} from '../../emulator/data.js'
import { renderCsv, renderExcel, renderPdf, RenderRequest } from '../../emulator/render.js'
import { parseScenario } from '../../emulator/scenarios.js'
import { QuickSightEmulator } from '../../emulator/server.js'
import { openPdf } from '../../src/diff/pdf/pdf-pages.js'
import { ACCOUNT, client, download, until } from './helpers.js'

const sha256 = (data: string | Buffer): string => createHash('sha256').update(data).digest('hex')
const SALES = CATALOG.find((d) => d.id === 'sales') as Dashboard
const request = (
  dashboard: Dashboard,
  sheetId: string,
  visualIds: string[],
  extra: Partial<RenderRequest> = {}
): RenderRequest => ({
  dashboard,
  jobId: 'job',
  selections: [{ sheetId, visualIds }],
  filters: { parameters: {}, rlsTags: {} },
  defaulted: [],
  extraRows: 0,
  ...extra
})
const byKey = (rows: Row[]): Map<string, Row> => new Map(rows.map((r) => [rowKey(r), r]))

describe('scenario directives', () => {
  test('--revision-N and --rename-From-To, with defaults that change nothing', () => {
    expect(parseScenario('sales')).toMatchObject({ revision: 0, renames: {} })
    expect(
      parseScenario('sales--revision-3--rename-Units-Quantity--rename-Revenue-Net-Sales')
    ).toMatchObject({ revision: 3, renames: { Units: 'Quantity', Revenue: 'Net-Sales' } })
    expect(parseScenario('sales--revision-0').revision).toBe(0)
    expect(parseScenario('sales--revision-x').revision).toBe(0)
    expect(parseScenario('sales--rename-Units').renames).toEqual({})
  })
})

describe('revision 0', () => {
  test('is the data and the CSV files of before, byte for byte', () => {
    // Recorded before revisions existed.
    expect(sha256(JSON.stringify(salesRows()))).toBe(
      '4e91329464d179c32874bb53613a1f2cc8f39532a1578d3b6e446ed6c9714a93'
    )
    expect(sha256(JSON.stringify(salesRows(50, 0)))).toBe(
      '9c436bcff36f3498b741a16160d8d37613c2f40e1f4361d60e044af49fa92198'
    )
    const csvs = CATALOG.flatMap((d) =>
      d.sheets.flatMap((s) => s.visuals.map((v) => renderCsv(request(d, s.id, [v.id])).toString()))
    )
    expect(csvs).toHaveLength(64)
    expect(sha256(csvs.join('\n'))).toBe(
      'e5cac1f74b10bea76864cf1e50ff57452f20f5ee973e0525b1ab8a746092e4e3'
    )
    expect(renderCsv(request(SALES, 'details', ['orders-table'], { revision: 0 }))).toEqual(
      renderCsv(request(SALES, 'details', ['orders-table']))
    )
  })

  test('rows are unique by (Date, Region, Product)', () => {
    const rows = salesRows()
    expect(rows).toHaveLength(288)
    expect(byKey(rows).size).toBe(288)
  })
})

describe('revision N', () => {
  const base = salesRows()
  const rev1 = salesRows(0, 1)

  test('the documented changes: 25 Revenue +0.25, 16 Units +100 (1 row both), 12 removed, 3 added', () => {
    const c = revisionChanges(base, 1)
    expect([c.revenue.length, c.units.length, c.removed.length, c.added.length]).toEqual([
      25, 16, 12, 3
    ])
    expect(c.revenue.filter((r) => c.units.includes(r))).toHaveLength(1)
    expect(rev1).toHaveLength(288 - 12 + 3)
    expect(byKey(rev1).size).toBe(rev1.length)
    // Compare by key, as a diff would.
    const before = byKey(base)
    const after = byKey(rev1)
    const removed = [...before.keys()].filter((k) => !after.has(k))
    const added = [...after.keys()].filter((k) => !before.has(k))
    expect(removed).toEqual(c.removed.map(rowKey))
    expect(added).toEqual(c.added.map(rowKey))
    expect(added).toEqual([
      '2025-12-15|EMEA|Widget',
      '2025-12-15|APAC|Gadget',
      '2025-12-15|AMER|Gizmo'
    ])
    const revenue: string[] = []
    const units: string[] = []
    for (const [key, old] of before) {
      const now = after.get(key)
      if (!now) continue
      expect({ ...now, Revenue: 0, Units: 0 }).toEqual({ ...old, Revenue: 0, Units: 0 })
      if (now.Revenue !== old.Revenue) {
        revenue.push(key)
        expect(Number(now.Revenue) - Number(old.Revenue)).toBeCloseTo(0.25, 9)
      }
      if (now.Units !== old.Units) {
        units.push(key)
        expect(Number(now.Units) - Number(old.Units)).toBe(100)
      }
    }
    expect(revenue).toEqual(c.revenue.map(rowKey))
    expect(units).toEqual(c.units.map(rowKey))
    // Positions (1-based) in salesRows order.
    const position = (r: Row) => base.indexOf(r) + 1
    expect(c.removed.map(position)).toEqual([
      23, 46, 69, 92, 115, 138, 161, 184, 207, 230, 253, 276
    ])
    expect(c.units.map(position)).toEqual(Array.from({ length: 16 }, (_, i) => 17 * (i + 1)))
    expect(c.revenue.map(position)).toEqual(
      Array.from({ length: 26 }, (_, i) => 11 * (i + 1)).filter((k) => k !== 253)
    )
    expect(c.revenue.filter((r) => c.units.includes(r)).map(position)).toEqual([187])
  })

  test('revisions differ from each other in Units (100 × N) and the added rows', () => {
    const rev2 = byKey(salesRows(0, 2))
    const diffs = [...byKey(rev1)].filter(
      ([key, r]) => JSON.stringify(r) !== JSON.stringify(rev2.get(key))
    )
    expect(diffs).toHaveLength(16 + 3)
    expect(salesRows(0, 1)).toEqual(rev1)
  })

  test.each([
    ['Year 2025', (r: Row) => r.Year === 2025, [12, 8, 6, 3]],
    ['Year 2024', (r: Row) => r.Year === 2024, [13, 8, 6, 0]],
    ['Region EMEA', (r: Row) => r.Region === 'EMEA', [7, 5, 4, 1]],
    ['Product Widget', (r: Row) => r.Product === 'Widget', [5, 4, 3, 1]]
  ] as const)(
    'filtered (%s), the same rows change: [Revenue, Units, removed, added] = %j',
    (_, keep, counts) => {
      const c = revisionChanges(base, 1)
      const n = (rows: Row[]) => rows.filter(keep).length
      expect([n(c.revenue), n(c.units), n(c.removed), n(c.added)]).toEqual(counts)
    }
  )

  test('extra rows (--rows-N) follow the same positions', () => {
    const withExtra = salesRows(46)
    expect(reviseRows(withExtra, 1)).toHaveLength(288 + 46 - 14 + 3)
  })

  test('CSV and Excel show the revised rows', async () => {
    const csv = parse(
      renderCsv(request(SALES, 'details', ['orders-table'], { revision: 1 }))
    ) as string[][]
    expect(csv[0]).toEqual(['Date', 'Region', 'Product', 'Units', 'Revenue'])
    expect(csv.slice(1)).toEqual(
      rev1.map((r) => [r.Date, r.Region, r.Product, r.Units, r.Revenue].map(String))
    )
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(
      (await renderExcel(request(SALES, 'details', ['orders-table'], { revision: 1 }))) as never
    )
    expect(book.worksheets[0]?.rowCount).toBe(1 + rev1.length)
  })
})

describe('PDF', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'qse-revisions-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  const pageTexts = async (pdf: Buffer, name: string): Promise<string[]> => {
    const file = path.join(dir, name)
    await writeFile(file, pdf)
    const doc = await openPdf(file)
    try {
      const pages: string[] = []
      for (let p = 1; p <= doc.count; p++) pages.push((await doc.lines(p)).join('\n'))
      return pages
    } finally {
      await doc.close()
    }
  }

  test('every catalog sheet keeps its page count at revisions 1 and 7, sales filtered too', async () => {
    type Case = [Dashboard, string, Record<string, (string | number)[]>]
    const filtered: Case[2][] = [
      { Year: [2025] },
      { Year: [2024] },
      { Region: ['EMEA'] },
      { Product: ['Widget'] }
    ]
    const cases: Case[] = [
      ...CATALOG.flatMap((d) => d.sheets.map((s): Case => [d, s.id, {}])),
      ...SALES.sheets.flatMap((s) => filtered.map((parameters): Case => [SALES, s.id, parameters]))
    ]
    for (const [d, sheet, parameters] of cases) {
      const pages = await Promise.all(
        [0, 1, 7].map(async (revision) => {
          const filters = { parameters, rlsTags: {} }
          const pdf = await renderPdf(request(d, sheet, [], { revision, filters }))
          return (await PDFDocument.load(pdf)).getPageCount()
        })
      )
      const label = `${d.id}/${sheet} ${JSON.stringify(parameters)}`
      expect({ label, pages }).toEqual({ label, pages: [pages[0], pages[0], pages[0]] })
    }
  })

  test.each(['overview', 'details', 'regions'])(
    'sales/%s: the text changes on at least one page (totals, rows)',
    async (sheet) => {
      const [before, after] = await Promise.all([
        pageTexts(await renderPdf(request(SALES, sheet, [])), `${sheet}-0.pdf`),
        pageTexts(await renderPdf(request(SALES, sheet, [], { revision: 1 })), `${sheet}-1.pdf`)
      ])
      expect(after).toHaveLength(before.length)
      expect(after.filter((text, i) => text !== before[i]).length).toBeGreaterThan(0)
    }
  )

  test('a renamed column is renamed in the header line of its visual', async () => {
    const pages = await pageTexts(
      await renderPdf(request(SALES, 'details', [], { renames: { Units: 'Quantity' } })),
      'renamed.pdf'
    )
    expect(pages[0]?.split('\n')).toContain('Date | Region | Product | Quantity | Revenue')
    expect(pages.join('\n')).not.toMatch(/\| Units\b|^Units \|/m)
  })

  test('the KPI total on the overview page is the revised sum', async () => {
    const total = (rows: Row[]) =>
      String(
        visualRows({ id: 'k', title: 'k', type: 'KPI', columns: ['Revenue'], groupBy: [] }, rows)[0]
          ?.Revenue
      )
    const [page] = await pageTexts(
      await renderPdf(request(SALES, 'overview', ['revenue-kpi'], { revision: 1 })),
      'kpi-1.pdf'
    )
    expect(total(salesRows(0, 1))).not.toBe(total(salesRows()))
    expect(page?.split('\n')).toContain(total(salesRows(0, 1)))
  })
})

describe('renamed columns', () => {
  const renames = { Units: 'Quantity' }

  test('CSV: the header says Quantity, the values are those of Units', () => {
    const plain = renderCsv(request(SALES, 'details', ['orders-table'])).toString()
    const renamed = renderCsv(request(SALES, 'details', ['orders-table'], { renames })).toString()
    const [head, ...body] = renamed.split('\r\n')
    expect(head).toBe('Date,Region,Product,Quantity,Revenue')
    expect(body).toEqual(plain.split('\r\n').slice(1))
  })

  test('Excel: every worksheet with the column renames it', async () => {
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(
      (await renderExcel(
        request(SALES, 'details', ['orders-table', 'units-table', 'top-products'], { renames })
      )) as never
    )
    const headers = book.worksheets.map((w) => (w.getRow(1).values as unknown[]).slice(1))
    expect(headers).toEqual([
      ['Date', 'Region', 'Product', 'Quantity', 'Revenue'],
      ['Product', 'Quantity'],
      ['Product', 'Revenue']
    ])
  })
})

describe('through a snapshot job', () => {
  let emulator: QuickSightEmulator
  let qs: QuickSightClient
  beforeAll(async () => {
    emulator = await new QuickSightEmulator({ callsPerSecond: 1000, timeScale: 0.01 }).start()
    qs = client(emulator)
  })
  afterAll(async () => {
    qs.destroy()
    await emulator.close()
  })

  test('sales--revision-1--rename-Units-Quantity: revised rows under the renamed header', async () => {
    const DashboardId = 'sales--revision-1--rename-Units-Quantity'
    const SnapshotJobId = 'revision-job'
    await qs.send(
      new StartDashboardSnapshotJobCommand({
        AwsAccountId: ACCOUNT,
        DashboardId,
        SnapshotJobId,
        UserConfiguration: { AnonymousUsers: [{}] },
        SnapshotConfiguration: {
          FileGroups: [
            {
              Files: [
                {
                  FormatType: 'CSV',
                  SheetSelections: [
                    {
                      SheetId: 'details',
                      SelectionScope: 'SELECTED_VISUALS',
                      VisualIds: ['orders-table']
                    }
                  ]
                }
              ]
            }
          ]
        }
      })
    )
    const done = await until(
      () =>
        qs
          .send(
            new DescribeDashboardSnapshotJobResultCommand({
              AwsAccountId: ACCOUNT,
              DashboardId,
              SnapshotJobId
            })
          )
          .catch(() => undefined),
      (r) => r?.JobStatus === 'COMPLETED' || r?.JobStatus === 'FAILED'
    )
    const url = done?.Result?.AnonymousUsers?.[0]?.FileGroups?.[0]?.S3Results?.[0]?.S3Uri ?? ''
    const { body } = await download(emulator, url)
    const rows = parse(body) as string[][]
    expect(rows[0]).toEqual(['Date', 'Region', 'Product', 'Quantity', 'Revenue'])
    expect(rows).toHaveLength(1 + 288 - 12 + 3)
  })
})
