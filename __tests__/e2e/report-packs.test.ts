import { afterAll, beforeAll, describe, expect, test as jestTest } from '@jest/globals'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PDFDocument } from 'pdf-lib'
import { startStack, Stack } from '../../emulator/stack.js'
import { errorLine, outputFiles, runAs } from './helpers.js'

/** The tests of this file run at once (up to jest's maxConcurrency), each as its own caller. */
const test = jestTest.concurrent

const FAKE_CLOCK = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fakes',
  'fake-clock.mjs'
)

let stack: Stack
beforeAll(async () => {
  stack = await startStack({ jobDurationMs: 1000 })
})
afterAll(() => stack.close())

/** Runs the action on a config file written into a fresh workspace. */
async function runPack(
  config: string,
  inputs: Record<string, string> = {},
  o: { env?: Record<string, string>; nodeArgs?: string[] } = {}
) {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'qse-pack-'))
  await mkdir(path.join(workspace, '.github'), { recursive: true })
  await writeFile(path.join(workspace, '.github', 'reports.yml'), config)
  return runAs(
    stack,
    { 'config-file': '.github/reports.yml', 'upload-artifact': 'false', ...inputs },
    { workspace, env: o.env, nodeArgs: o.nodeArgs }
  )
}

const jobs = (outputs: Record<string, string>) =>
  JSON.parse(outputs.jobs ?? '[]') as {
    id: string
    report: string
    dashboardId: string
    status: string
    files: { format: string; path: string | null; error?: string }[]
  }[]
const pdfProvenance = async (file: string) =>
  JSON.parse((await PDFDocument.load(await readFile(file))).getSubject() ?? '{}') as {
    dashboard: string
    sheets: { sheetId: string }[]
    parameters: Record<string, unknown[]>
  }

const PACK_36 = `# yaml-language-server: $schema=../schema/config.schema.json
defaults:
  timezone: Europe/Berlin
reports:
  - dashboard: Sales Overview
    exports:
      - { format: pdf, sheet: all }
      - { format: csv, sheet: Details, visuals: all }
      - { format: csv, sheet: Overview, visuals: all }
      - { format: excel, sheet: Details, visuals: all, name: details }
  - dashboard: Finance Monthly Report
    name: Finance
    exports:
      - { format: pdf, sheet: Summary }
      - { format: pdf, sheet: Ledger }
      - { format: csv, sheet: Ledger, visuals: all }
      - { format: excel, sheet: Ledger, visuals: all, name: ledger }
  - dashboard: Operations Weekly
    exports:
      - { format: pdf, sheet: Overview }
      - { format: csv, sheet: Overview, visuals: all }
      - { format: csv, sheet: Restricted, visuals: all }
  - dashboard: Executive KPIs (EMEA)
    exports:
      - { format: pdf, sheet: all }
      - { format: csv, sheet: Headline, visuals: all }
      - { format: csv, sheet: Detail, visuals: all }
      - { format: excel, sheet: Detail, visuals: all, name: detail }
`

describe('report packs: one config file, many dashboards by name (dist/index.js)', () => {
  test('36 exports over 4 dashboards by name: one export fails, the other 35 land, the step fails naming it', async () => {
    const r = await runPack(PACK_36, { 'max-concurrent-jobs': '12' })
    expect(r.code).toBe(1)
    const list = jobs(r.outputs)
    const files = list.flatMap((j) => j.files)
    expect(files).toHaveLength(36)
    expect(files.filter((f) => f.path)).toHaveLength(35)
    expect(outputFiles(r.outputs)).toHaveLength(35)
    expect(new Set(list.map((j) => j.dashboardId))).toEqual(
      new Set(['sales', 'finance-monthly', 'ops-weekly', 'exec-kpis'])
    )
    expect(new Set(list.map((j) => j.report))).toEqual(
      new Set(['Sales Overview', 'Finance', 'Operations Weekly', 'Executive KPIs (EMEA)'])
    )
    const failed = list.flatMap((j) => j.files.filter((f) => f.error).map((f) => ({ j, f })))
    expect(failed).toHaveLength(1)
    expect(failed[0]?.j.dashboardId).toBe('ops-weekly')
    expect(failed[0]?.f.error).toContain('CLS_CHANGED')
    expect(errorLine(r.stdout)).toMatch(
      /Operations Weekly: sheet 'Restricted', visual 'Staff costs' \(csv\): CLS_CHANGED/
    )
    // sheet: all made one PDF per sheet; the >5-visual Excel selection became two workbooks.
    const names = outputFiles(r.outputs).map((f) => path.relative(r.workspace, f))
    expect(names).toEqual(
      expect.arrayContaining([
        'quicksight-export/Sales_Overview/pdf-overview.pdf',
        'quicksight-export/Sales_Overview/pdf-details.pdf',
        'quicksight-export/Sales_Overview/pdf-regions.pdf',
        'quicksight-export/Sales_Overview/details-1.xlsx',
        'quicksight-export/Sales_Overview/details-2.xlsx',
        'quicksight-export/Finance/csv-fin-ledger-ledger-notes.csv'
      ])
    )
    // One summary with a section per report; progress lines while the pack ran.
    for (const heading of [
      'Sales Overview',
      'Finance',
      'Operations Weekly',
      'Executive KPIs \\(EMEA\\)'
    ])
      expect(r.summary.replace(/\\/g, '')).toMatch(new RegExp(`#### [✅❌] ${heading}`))
    expect(r.summary).toContain('QuickSight report pack: `.github/reports.yml` (4 reports)')
    expect(r.stdout).toMatch(/\[\d+\/\d+ done, \d+ running, \d+ queued, [01] failed\]/)
    // The account never ran more than 12 of the pack's jobs at once.
    const mine = [...stack.emulator.jobs.values()].filter((j) => j.accountId === r.caller.accountId)
    expect(mine).toHaveLength(list.length)
    const overlap = Math.max(
      ...mine.map(
        (a) =>
          mine.filter(
            (b) => b.createdAt <= a.createdAt && a.createdAt < (b.completedAt ?? Infinity)
          ).length
      )
    )
    expect(overlap).toBeLessThanOrEqual(12)
  })

  test('unknown and ambiguous names are all reported at once, before any job starts', async () => {
    const r = await runPack(`reports:
  - dashboard: Sales Overveiw
    exports: [{ format: pdf, sheet: Overview }]
  - dashboard: Regional Sales
    exports: [{ format: pdf, sheet: all }]
  - dashboard: Finance Monthly Report
    exports: [{ format: csv, sheet: Ledger, visual: Ordres }]
`)
    expect(r.code).toBe(1)
    const error = errorLine(r.stdout)
    expect(error).toContain("no dashboard has the name 'Sales Overveiw'")
    expect(error).toContain("closest names: 'Sales Overview'")
    expect(error).toMatch(
      /'Regional Sales' is shared by 2 dashboards: regional-(emea|apac), regional-(emea|apac)/
    )
    // The reports whose dashboards were found are checked in the same pass.
    expect(error).toContain(
      "reports.yml:7:53: reports[2].exports[0].visual: no visual 'Ordres' on sheet Ledger (fin-ledger)"
    )
    expect(r.calls.some((c) => c.operation === 'StartDashboardSnapshotJob')).toBe(false)
    // ListDashboards went through every page, once.
    expect(r.calls.filter((c) => c.operation === 'ListDashboards').length).toBeGreaterThanOrEqual(4)
  })

  test('sheet and visual names that do not resolve list what the dashboard has', async () => {
    const r = await runPack(`reports:
  - dashboard: finance-monthly
    exports:
      - { format: csv, sheet: Ledger, visual: Ordres }
      - { format: pdf, sheet: Sumary }
    parameters: { Regoin: EMEA }
`)
    expect(r.code).toBe(1)
    const error = errorLine(r.stdout)
    expect(error).toContain(
      "no visual 'Ordres' on sheet Ledger (fin-ledger); its visuals: Orders (ledger-orders)"
    )
    expect(error).toContain(
      "no sheet 'Sumary'; the dashboard's sheets: Summary (fin-summary), Ledger (fin-ledger)"
    )
    expect(error).toMatch(
      /parameter 'Regoin' is not declared by the dashboard \(did you mean 'Region'\?\); it declares: Region, ReportMonth/
    )
  })

  test('relative dates resolve in the report time zone at a month boundary, and are shown', async () => {
    // 12:30 UTC on 31 January is already 1 February in Auckland (UTC+13).
    const r = await runPack(
      `reports:
  - dashboard: Sales Overview
    timezone: Pacific/Auckland
    parameters: { From: start-of-month-1M, To: end-of-month-1M }
    exports: [{ format: pdf, sheet: Overview }]
  - dashboard: Sales Overview
    name: Sales UTC
    parameters: { From: start-of-month, To: today }
    exports: [{ format: pdf, sheet: Overview }]
`,
      {},
      { env: { FAKE_NOW: '2025-01-31T12:30:00Z' }, nodeArgs: [`--import=${FAKE_CLOCK}`] }
    )
    expect(r.code).toBe(0)
    const [auckland, utc] = outputFiles(r.outputs)
    expect((await pdfProvenance(auckland ?? '')).parameters).toMatchObject({
      From: ['2024-12-31T11:00:00.000Z'],
      To: ['2025-01-31T10:59:59.000Z']
    })
    expect((await pdfProvenance(utc ?? '')).parameters).toMatchObject({
      From: ['2025-01-01T00:00:00.000Z'],
      To: ['2025-01-31T00:00:00.000Z']
    })
    expect(r.stdout).toContain('From = start-of-month-1M → 2025-01-01 00:00:00 Pacific/Auckland')
    // The summary escapes Markdown punctuation (\: renders as :).
    expect(r.summary.replace(/\\/g, '')).toContain(
      'To = end-of-month-1M → 2025-01-31 23:59:59 Pacific/Auckland (2025-01-31T10:59:59Z)'
    )
  })

  test('a config with several errors reports them all, each with its line and column, before any AWS call', async () => {
    const r = await runPack(`defaults:
  timezone: Europe/Berln
reports:
  - dashboard: Sales Overview
    exports:
      - format: pfd
        sheet: Overview
  - dashbaord: Finance Monthly Report
    exports: [{ format: csv, sheet: Ledger }]
  - dashboard: Operations Weekly
    paramters: { Year: 2025 }
    exports: [{ format: excel, sheet: Overview, visuals: [a, b, c, d, e, f] }]
    parameters: { From: start-of-moth }
`)
    expect(r.code).toBe(1)
    const error = errorLine(r.stdout).replace(/%0A/g, '\n')
    expect(error).toContain('Invalid input \'config-file\' = ".github/reports.yml"')
    expect(error).toMatch(/reports\.yml:2:13: defaults\.timezone: .*Europe\/Berlin/)
    expect(error).toContain(
      'reports.yml:6:17: reports[0].exports[0].format: "pfd" is not one of pdf, csv, excel'
    )
    expect(error).toMatch(
      /reports\.yml:8:\d+: reports\[1\]\.dashbaord: unknown key \(did you mean 'dashboard'\?\)/
    )
    expect(error).toMatch(/reports\.yml:9:\d+: reports\[1\]\.exports\[0\]: needs 'visual'/)
    expect(error).toMatch(
      /reports\.yml:11:\d+: reports\[2\]\.paramters: unknown key \(did you mean 'parameters'\?\)/
    )
    expect(error).toMatch(
      /reports\.yml:12:\d+: reports\[2\]\.exports\[0\]\.visuals: lists 6 visuals/
    )
    expect(error).toMatch(
      /reports\.yml:13:\d+: reports\[2\]\.parameters\.From: Invalid relative date 'start-of-moth'/
    )
    expect(r.calls).toEqual([])
  })

  test('fail-fast: no new job starts after the first failure', async () => {
    const r = await runPack(
      `reports:
  - dashboard: ops-weekly--fail-DATASET_DELETED
    exports: [{ format: pdf, sheet: ops-overview }]
  - dashboard: sales
    exports: [{ format: pdf, sheet: overview }]
  - dashboard: sales
    name: sales-2
    exports: [{ format: pdf, sheet: details }]
`,
      { 'max-concurrent-jobs': '1', 'fail-fast': 'true' }
    )
    expect(r.code).toBe(1)
    const list = jobs(r.outputs)
    expect(list.map((j) => j.status)).toEqual(['FAILED', 'SKIPPED', 'SKIPPED'])
    expect(r.stdout).toMatch(/Not started: fail-fast stopped the step after .* failed/)
  })
})
