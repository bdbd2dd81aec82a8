import { afterAll, beforeAll, describe, expect, test as jestTest } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { startStack, Stack } from '../../emulator/stack.js'
import { outputFiles, runAs } from './helpers.js'

/** The tests of this file run at once (up to jest's maxConcurrency), each as its own caller. */
const test = jestTest.concurrent

let stack: Stack
beforeAll(async () => {
  stack = await startStack({ jobDurationMs: 1200 })
})
afterAll(() => stack.close())

/** The tests run at once, each as a caller of its own (key, account, call rate, job slots). */
const run = (inputs: Record<string, string>) => runAs(stack, { 'dashboard-id': 'sales', ...inputs })
const jobs = (outputs: Record<string, string>) =>
  JSON.parse(outputs.jobs ?? '[]') as { id: string; status: string; files: { format: string }[] }[]
const csvRows = async (file: string) =>
  parse(await readFile(file), { columns: true }) as Record<string, string>[]
const pdfSubject = async (file: string) =>
  JSON.parse((await PDFDocument.load(await readFile(file))).getSubject() ?? '{}') as Record<
    string,
    unknown
  >

describe('snapshot export end to end (dist/index.js against the emulator and s3rver)', () => {
  test('PDF of one sheet to an S3 bucket: the file, its s3:// URI and the outputs', async () => {
    const r = await run({ 'sheet-id': 'overview', 's3-bucket': 'reports', 's3-prefix': 'nightly' })
    expect(r.code).toBe(0)
    expect(r.outputs['job-status']).toBe('COMPLETED')
    const [pdf] = outputFiles(r.outputs)
    expect(path.basename(pdf ?? '')).toBe('sales-pdf-overview.pdf')
    const doc = await PDFDocument.load(await readFile(pdf ?? ''))
    expect(doc.getPageCount()).toBeGreaterThan(0)
    expect(await pdfSubject(pdf ?? '')).toMatchObject({
      dashboard: 'sales',
      sheets: [{ sheetId: 'overview', visualIds: [] }]
    })
    const [uri] = JSON.parse(r.outputs['s3-uris'] ?? '[]') as string[]
    expect(uri).toMatch(/^s3:\/\/reports\/nightly\/sales\/.+\.pdf$/)
    expect(r.outputs['snapshot-job-id']).toMatch(/^qse-\d+-1-export-[0-9a-f]{8}$/)
    expect(r.summary).toContain('sales-pdf-overview.pdf')
    expect(r.summary).toContain(uri)
  })

  test('CSV makes one file per visual; the rows obey parameters and RLS tags', async () => {
    const r = await run({
      format: 'csv',
      'sheet-id': 'details',
      'visual-ids': 'orders-table, units-table',
      parameters: 'Year: 2025\nProduct: [Widget, Gadget]\nMinRevenue: 250.5\nFrom: 2025-03-01',
      'rls-tags': 'region: APAC'
    })
    expect(r.code).toBe(0)
    const [orders, units] = outputFiles(r.outputs)
    const rows = await csvRows(orders ?? '')
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) {
      expect(row.Region).toBe('APAC')
      expect(['Widget', 'Gadget']).toContain(row.Product)
      expect(row.Date?.startsWith('2025-')).toBe(true)
      expect(row.Date! >= '2025-03-01').toBe(true)
      expect(Number(row.Revenue)).toBeGreaterThanOrEqual(250.5)
    }
    expect((await csvRows(units ?? '')).map((x) => x.Product).sort()).toEqual(['Gadget', 'Widget'])
    expect(r.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('APAC')
  })

  test('Excel workbook over two sheets: one worksheet per visual, in order, filtered by parameters', async () => {
    const r = await run({
      exports: `- format: excel\n  name: book\n  sheets:\n    - {sheet: details, visuals: [units-table, top-products]}\n    - {sheet: overview, visuals: [revenue-by-region]}`,
      parameters: 'Region: EMEA'
    })
    expect(r.code).toBe(0)
    const [xlsx] = outputFiles(r.outputs)
    expect(path.basename(xlsx ?? '')).toBe('sales-book.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(xlsx ?? '')
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Units by product',
      'Revenue by product',
      'Revenue by region'
    ])
    const regions = book
      .getWorksheet('Revenue by region')
      ?.getColumn(1)
      .values.filter((v) => v !== undefined)
    expect(regions).toEqual(['Region', 'EMEA'])
    expect(JSON.parse(book.description)).toMatchObject({ parameters: { Region: ['EMEA'] } })
  })

  test('mixed exports in one job, to the default bucket: presigned https URLs are downloaded and never shown', async () => {
    const r = await run({
      format: 'pdf,csv,excel',
      'sheet-id': 'details',
      'visual-ids': 'orders-table'
    })
    expect(r.code).toBe(0)
    expect(jobs(r.outputs)).toHaveLength(1)
    expect(outputFiles(r.outputs).map((f) => path.extname(f))).toEqual(['.pdf', '.csv', '.xlsx'])
    expect(r.outputs['s3-uris']).toBe('[]')
    const log = (r.stdout + r.stderr + r.summary + JSON.stringify(r.outputs)).replace(
      /^::add-mask::.*$/gm,
      ''
    )
    expect(log).not.toMatch(/X-Amz-Signature=|https:\/\/127\.0\.0\.1/)
    expect(r.summary).toContain('QuickSight default bucket')
  })

  test('many exports are split over several concurrent jobs within QuickSight limits', async () => {
    const items = [
      ...['overview', 'details', 'regions'].map((s) => `- {format: pdf, sheet: ${s}}`),
      ...[
        'orders-table',
        'units-table',
        'top-products',
        'monthly-table',
        'region-product-pivot',
        'notes-table'
      ].map((v) => `- {format: csv, sheet: details, visual: ${v}}`),
      '- {format: csv, sheet: details, visual: orders-table, name: orders-again}',
      '- {format: excel, sheet: details, visuals: [units-table]}'
    ]
    const r = await run({ exports: items.join('\n'), 's3-bucket': 'reports' })
    expect(r.code).toBe(0)
    const list = jobs(r.outputs)
    expect(list).toHaveLength(3)
    for (const job of list) {
      expect(job.files.filter((f) => f.format === 'pdf').length).toBeLessThanOrEqual(1)
      expect(job.files.filter((f) => f.format === 'csv').length).toBeLessThanOrEqual(5)
      expect(job.files.length).toBeLessThanOrEqual(6)
    }
    expect(r.outputs['snapshot-job-id']?.split(',')).toEqual(list.map((j) => j.id))
    const names = outputFiles(r.outputs).map((f) => path.basename(f))
    expect(names).toHaveLength(11)
    expect(names).toContain('sales-orders-again.csv')
    // Started together, not one after another: every start reached QuickSight before the first
    // status check of any of them.
    const at = (operation: string) =>
      r.calls.filter((c) => c.operation === operation).map((c) => c.time)
    expect(at('StartDashboardSnapshotJob')).toHaveLength(3)
    expect(Math.max(...at('StartDashboardSnapshotJob'))).toBeLessThan(
      Math.min(...at('DescribeDashboardSnapshotJob'))
    )
  })

  test('registered-user mode sends no user configuration and reads RegisteredUsers results', async () => {
    // registered-user: true = the step's credentials are identity-enhanced already.
    const caller = await stack.newIdentityCaller({ UserName: 'jane' })
    const r = await runAs(
      stack,
      { 'dashboard-id': 'sales', 'sheet-id': 'overview', 'registered-user': 'true' },
      { caller }
    )
    expect(r.code).toBe(0)
    const job = stack.emulator.jobs.get(
      `${r.caller.accountId}/sales/${r.outputs['snapshot-job-id']}`
    )
    expect(job?.request.raw.UserConfiguration).toBeUndefined()
    expect(outputFiles(r.outputs)).toHaveLength(1)
  })

  test('a FAILED job fails the step with the ErrorType, the message and a hint', async () => {
    const r = await run({ 'dashboard-id': 'sales--fail-DATASET_DELETED', 'sheet-id': 'overview' })
    expect(r.code).toBe(1)
    expect(r.outputs['job-status']).toBe('FAILED')
    expect(r.stdout).toMatch(
      /::error::.*DATASET_DELETED.*Hint: A dataset of the dashboard was deleted/
    )
    expect(outputFiles(r.outputs)).toEqual([])
  })

  test('a file with ErrorInfo fails the step, the other files are still downloaded', async () => {
    const r = await run({
      'dashboard-id': 'sales--failfile-CAPABILITY_RESTRICTED',
      format: 'pdf,csv',
      'sheet-id': 'details',
      'visual-ids': 'orders-table'
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/::error::.*CAPABILITY_RESTRICTED/)
    const [csv] = outputFiles(r.outputs)
    expect(path.extname(csv ?? '')).toBe('.csv')
    expect((await stat(csv ?? '')).size).toBeGreaterThan(0)
    expect(r.summary).toMatch(/❌ CAPABILITY\\_RESTRICTED/)
  })

  test('a job that never finishes times out with its id named, after timeout-minutes', async () => {
    // --duration-1: RUNNING within a millisecond, so a check that comes at once still finds it
    // RUNNING. 15 s: planning on a busy machine must not use up the whole timeout (a job whose turn
    // comes after the deadline is not started at all).
    const r = await run({
      'dashboard-id': 'sales--stuck--duration-1',
      'sheet-id': 'overview',
      'timeout-minutes': '0.25',
      'snapshot-job-id': 'stuck-job-1'
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(/::error::.*Job stuck-job-1 is still RUNNING after \d/)
    expect(r.outputs['snapshot-job-id']).toBe('stuck-job-1')
    // Not before the 15 s (the deadline counts from the step's start, after the process started).
    expect(r.ms).toBeGreaterThanOrEqual(15000)
  })

  test('an expired presigned URL (403) is replaced by a fresh one from DescribeDashboardSnapshotJobResult', async () => {
    const r = await run({ 'dashboard-id': 'sales--expire-1', 'sheet-id': 'overview' })
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('expired (HTTP 403)')
    const results = r.calls.filter((c) => c.operation === 'DescribeDashboardSnapshotJobResult')
    expect(results).toHaveLength(2)
  })

  test('aws-account-id comes from STS GetCallerIdentity when empty', async () => {
    const r = await run({ 'sheet-id': 'regions' })
    expect(r.code).toBe(0)
    expect(jobs(r.outputs)[0]).toMatchObject({ status: 'COMPLETED' })
    expect(JSON.parse(r.outputs.jobs ?? '[]')[0].arn).toContain(`:${r.caller.accountId}:`)
  })
})
