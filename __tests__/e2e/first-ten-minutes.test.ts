import { afterAll, beforeAll, describe, expect, test as jestTest } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startStack, Stack } from '../../emulator/stack.js'
import { errorLine, outputFiles, runAs } from './helpers.js'

/** The tests of this file run at once (up to jest's maxConcurrency), each as its own caller. */
const test = jestTest.concurrent

let stack: Stack
beforeAll(async () => {
  stack = await startStack({ jobDurationMs: 1000 })
})
afterAll(() => stack.close())

/** Runs the action on `nightly.yml` written into a fresh workspace. */
async function runPack(config: string, inputs: Record<string, string> = {}) {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'qse-first-'))
  await mkdir(path.join(workspace, '.github'), { recursive: true })
  await writeFile(path.join(workspace, '.github', 'nightly.yml'), config)
  return runAs(
    stack,
    { 'config-file': '.github/nightly.yml', 'upload-artifact': 'false', ...inputs },
    { workspace }
  )
}
const run = (inputs: Record<string, string>) =>
  runAs(stack, { 'dashboard-id': 'sales', 'upload-artifact': 'false', ...inputs })

/** The `::error file=...,line=...,col=...::` annotations of a run. */
const annotations = (stdout: string) =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith('::error ') && l.includes('file='))
    .map((l) => ({
      line: Number(/line=(\d+)/.exec(l)?.[1]),
      col: Number(/col=(\d+)/.exec(l)?.[1]),
      message: l.slice(l.indexOf('::', 2) + 2)
    }))

describe('the first ten minutes: errors where they are (dist/index.js)', () => {
  test('a tab on line 10 is at nightly.yml:10:1, once, with an annotation there; no AWS call', async () => {
    const r = await runPack(`defaults:
  timezone: UTC
reports:
  - dashboard: Sales Overview
    exports:
      - { format: pdf, sheet: Overview }
  - dashboard: Finance Monthly Report
    exports:
      - format: pdf
\t  sheet: Ledger
`)
    expect(r.code).toBe(1)
    const error = errorLine(r.stdout)
    expect(error).toContain('1 problem:%0Anightly.yml:10:1: Tabs are not allowed as indentation')
    expect(error).not.toContain(':1:1:')
    expect(annotations(r.stdout)).toEqual([
      { line: 10, col: 1, message: 'Tabs are not allowed as indentation' }
    ])
    expect(r.calls).toEqual([])
  })

  test('an unclosed brace is where it opens (nightly.yml:4:9), without the echoes after it', async () => {
    const r = await runPack(`reports:
  - dashboard: Sales Overview
    exports:
      - { format: pdf, sheet: Overview
  - dashboard: Finance Monthly Report
    exports: [{ format: pdf, sheet: Ledger }]
`)
    expect(r.code).toBe(1)
    const error = errorLine(r.stdout)
    expect(error).toContain(
      "1 problem:%0Anightly.yml:4:9: '{' is never closed: end the flow mapping with '}'"
    )
    expect(annotations(r.stdout).map((a) => `${a.line}:${a.col}`)).toEqual(['4:9'])
    expect(r.calls).toEqual([])
  })

  test('a YAML input gives the line and column within its value', async () => {
    const r = await run({
      exports: '- format: pdf\n  sheet: overview\n- { format: csv, sheet: details'
    })
    expect(r.code).toBe(1)
    expect(errorLine(r.stdout)).toMatch(
      /Invalid input 'exports' = .*: is not valid YAML: line 3, column 3: '\{' is never closed/
    )
    expect(r.calls).toEqual([])
  })

  test('last-month in a config file: file:line:col with the tokens to write, and zero AWS calls', async () => {
    const r = await runPack(`reports:
  - dashboard: Sales Overview
    parameters:
      From: last-month
    exports: [{ format: pdf, sheet: Overview }]
`)
    expect(r.code).toBe(1)
    const error = errorLine(r.stdout)
    expect(error).toContain(
      "nightly.yml:4:13: reports[0].parameters.From: 'last-month' is a period, not one date"
    )
    expect(error).toContain('start-of-month-1M')
    expect(error).toContain('end-of-month-1M')
    expect(annotations(r.stdout)[0]).toMatchObject({ line: 4, col: 13 })
    expect(r.calls).toEqual([])
  })

  test('ytd in the parameters input names the input and gives the tokens; zero AWS calls', async () => {
    const r = await run({ 'sheet-id': 'overview', parameters: 'To: today\nFrom: ytd' })
    expect(r.code).toBe(1)
    expect(errorLine(r.stdout)).toMatch(
      /^::error::Invalid input 'parameters': From: 'ytd' is a period, not one date.*Write start-of-year for its first moment and now for its last/
    )
    expect(r.calls).toEqual([])
  })

  test.each([
    [{ 'dashboard-id': 'sales dash', 'sheet-id': 'overview' }, 'dashboard-id', "'sales dash'"],
    [{ 'sheet-id': 'sheet one!' }, 'sheet-id', "no sheet 'sheet one!'"],
    [
      { format: 'csv', 'sheet-id': 'details', 'visual-ids': 'orders-table, Ordres' },
      'visual-ids',
      "no visual 'Ordres' on sheet Details"
    ]
  ])('%j: the error starts with the input it is about', async (inputs, input, says) => {
    const r = await run(inputs)
    expect(r.code).toBe(1)
    const error = errorLine(r.stdout)
    expect(error.startsWith(`::error::Invalid input '${input}': `)).toBe(true)
    expect(error).toContain(says)
    expect(r.calls.some((c) => c.operation === 'StartDashboardSnapshotJob')).toBe(false)
  })

  test('a sheet that does not resolve in a config file is at the line of its key', async () => {
    const r = await runPack(`reports:
  - dashboard: Sales Overview
    exports:
      - { format: pdf, sheet: Overview }
      - { format: pdf, sheet: Sumary }
`)
    expect(r.code).toBe(1)
    expect(errorLine(r.stdout)).toContain(
      "nightly.yml:5:31: reports[0].exports[1].sheet: no sheet 'Sumary'"
    )
    expect(annotations(r.stdout)[0]).toMatchObject({ line: 5, col: 31 })
  })
})

describe('the first ten minutes: results in words (dist/index.js)', () => {
  test('a failed export of a pack is named by report, dashboard, sheet and visual, the job id after', async () => {
    const r = await runPack(`reports:
  - dashboard: Operations Weekly
    name: Ops East
    exports:
      - { format: pdf, sheet: Overview }
      - { format: csv, sheet: Restricted, visual: ops-staff-costs }
`)
    expect(r.code).toBe(1)
    expect(errorLine(r.stdout)).toMatch(
      /QuickSight export failed:%0A- Ops East: dashboard 'Operations Weekly', sheet 'Restricted', visual 'Staff costs' \(csv\): CLS_CHANGED: .* \(job [\w-]+, file 2\)$/
    )
  })

  test('an empty CSV and an empty worksheet are warned, naming the report, the file and the parameters', async () => {
    const r = await run({
      format: 'csv,excel',
      'sheet-id': 'details',
      'visual-ids': 'orders-table',
      parameters: 'Year: 2030'
    })
    expect(r.code).toBe(0)
    const warnings = r.stdout.split('\n').filter((l) => l.startsWith('::warning::'))
    expect(warnings).toEqual([
      expect.stringMatching(
        /^::warning::Sales Overview: sales-csv-details-orders-table\.csv has a header and no data rows \(made with Year = 2030\)\. Dates outside the data/
      ),
      expect.stringMatching(
        /^::warning::Sales Overview: sales-excel-details-orders-table\.xlsx has a worksheet without data rows: 'Orders' \(made with Year = 2030\)/
      )
    ])
    // Beside the report in the summary (Markdown-escaped).
    expect(r.summary).toMatch(
      /> ⚠️ Sales Overview\\: sales-csv-details-orders-table\.csv has a header and no data rows/
    )
  })

  test('fail-on-empty in a pack fails the step after the files are downloaded and summarised', async () => {
    const r = await runPack(`defaults:
  fail-on-empty: true
reports:
  - dashboard: Sales Overview
    name: Future
    parameters: { Year: 2030 }
    exports: [{ format: csv, sheet: Details, visual: Orders }]
  - dashboard: Sales Overview
    name: Now
    parameters: { Year: 2025 }
    exports: [{ format: csv, sheet: Details, visual: Orders }]
`)
    expect(r.code).toBe(1)
    expect(outputFiles(r.outputs)).toHaveLength(2)
    expect(r.outputs['job-status']).toBe('COMPLETED')
    expect(r.summary).toContain('Future/')
    expect(errorLine(r.stdout)).toMatch(
      /^::error::fail-on-empty: 1 file\(s\) have no data rows \(published all the same\):%0A- Future: Future\/[\w.-]+\.csv$/
    )
  })
})
