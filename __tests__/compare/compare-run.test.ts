import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { compareRun } from '../../src/compare/compare-run.js'
import { changeFailures, type StepDiff } from '../../src/compare/compare-step.js'
import { parseFailOnChange } from '../../src/diff/fail-on-change.js'
import type { PlannedJob } from '../../src/jobs/job-kind.js'
import type { JobOutcome, ReportInfo } from '../../src/outcome.js'
import { renderReport } from '../../src/publish/report.js'

const root = mkdtempSync(path.join(os.tmpdir(), 'qse-compare-run-'))
const out = path.join(root, 'out')
const golden = path.join(root, 'golden')
beforeAll(async () => {
  const put = async (file: string, text: string): Promise<void> => {
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, text)
  }
  await put(path.join(golden, 'sales/orders.csv'), 'Id,Amount\r\n1,10\r\n2,20\r\n3,30\r\n')
  await put(path.join(out, 'sales/orders.csv'), 'Id,Amount\r\n1,10\r\n2,20.4\r\n4,40\r\n')
  await put(path.join(golden, 'sales/stock.csv'), 'Id,Units\r\n1,5\r\n')
  await put(path.join(out, 'sales/stock.csv'), 'Id,Units\r\n1,5\r\n')
  await put(path.join(out, 'sales/new.csv'), 'Id\r\n1\r\n')
  await put(path.join(golden, 'sales/gone.csv'), 'Id\r\n1\r\n')
  await put(path.join(golden, 'diff/sales/orders.csv.json'), '{}')
  await put(path.join(golden, 'notes.txt'), 'not an export')
})
afterAll(() => rm(root, { recursive: true, force: true }))

const file = (index: number, name: string) => ({
  index,
  format: 'csv' as const,
  source: {},
  path: path.join(out, 'sales', name)
})
const planned: PlannedJob[] = [
  {
    id: 'j1',
    report: 'Sales',
    makeUp: 'csv',
    files: [file(1, 'orders.csv'), file(2, 'stock.csv'), file(3, 'new.csv')]
  }
]
const jobs: JobOutcome[] = [
  {
    jobId: 'j1',
    report: 'Sales',
    status: 'COMPLETED',
    started: true,
    succeeded: true,
    warnings: [],
    durationMs: 1,
    files: planned[0]!.files.map((f) => ({ ...f, size: 1 }))
  }
]
const reports = (tolerance?: number): ReportInfo[] => [
  {
    name: 'Sales',
    notes: [],
    compare: {
      keyColumns: ['Id'],
      tolerance: tolerance === undefined ? undefined : { kind: 'absolute', value: tolerance }
    }
  }
]

describe('compareRun against a folder', () => {
  test('files are matched by their path in output-dir; the baseline-only file is missing', async () => {
    const d = await compareRun(planned, jobs, reports(), out, {
      dir: golden,
      label: 'folder golden'
    })
    expect(d.files.map((f) => [f.file, f.diff?.status])).toEqual([
      ['sales/orders.csv', 'changed'],
      ['sales/stock.csv', 'unchanged'],
      ['sales/new.csv', 'new'],
      ['sales/gone.csv', 'missing']
    ])
    expect(d.files[0]?.diff).toMatchObject({ added: 1, removed: 1, changed: 1, baselineRows: 3 })
    expect(d.files.every((f) => f.report === 'Sales')).toBe(true)
    const json = JSON.parse(
      await readFile(path.join(out, 'diff/sales/orders.csv.json'), 'utf8')
    ) as { status: string }
    expect(json.status).toBe('changed')
    expect(await readFile(path.join(out, 'diff/sales/orders.csv.md'), 'utf8')).toContain(
      '20 → 20.4'
    )
    expect(d.written.map((w) => path.relative(out, w))).toContain('diff/sales/gone.csv.md')
  })

  test("the report's tolerance hides small moves of numbers", async () => {
    const d = await compareRun(planned, jobs, reports(0.5), out, { dir: golden, label: 'g' })
    expect(d.files[0]?.diff).toMatchObject({ added: 1, removed: 1, changed: 0 })
  })

  test('without a baseline every file is new and nothing is written', async () => {
    const d = await compareRun(planned, jobs, reports(), path.join(root, 'elsewhere'), {
      label: 'nothing',
      notice: 'No baseline'
    })
    expect(d.files.map((f) => f.diff?.status)).toEqual(['new', 'new', 'new'])
    expect(d.written).toEqual([])
  })
})

describe('fail-on-change and the report', () => {
  test('rows>N% fails only the files over it; a missing or new file is always over', async () => {
    const d: StepDiff = await compareRun(planned, jobs, reports(), out, {
      dir: golden,
      label: 'folder golden'
    })
    expect(changeFailures(d, parseFailOnChange('rows>100%'))).toEqual([
      'sales/new.csv: new',
      'sales/gone.csv: missing'
    ])
    expect(changeFailures(d, parseFailOnChange('rows>50%'))).toEqual([
      'sales/orders.csv: 1 added, 1 removed, 1 changed of 3 rows',
      'sales/new.csv: new',
      'sales/gone.csv: missing'
    ])
    expect(changeFailures(d, parseFailOnChange('false'))).toEqual([])
    expect(changeFailures({ error: 'HTTP 403' }, parseFailOnChange('true'))).toEqual([
      'the baseline could not be fetched (HTTP 403)'
    ])
  })

  test('the summary names the baseline and shows a table per report with the changed rows', async () => {
    const diff = await compareRun(planned, jobs, reports(), out, {
      dir: golden,
      label: 'run 77',
      url: 'https://github.com/o/r/actions/runs/77'
    })
    const text = renderReport(
      { subject: 'sales', reports: reports(), jobs, outputDir: out, durationMs: 1000, diff },
      { previewRows: 5, maxLength: 65_000 }
    )
    expect(text).toContain(
      '**Compared with:** [run 77](https://github.com/o/r/actions/runs/77) · 3 file(s) changed, new or missing'
    )
    expect(text).toContain('| `sales/orders.csv` | ✏️ changed | +1 −1 ~1 | — |')
    expect(text).toContain('| `sales/gone.csv` | ❌ missing | — | — |')
    expect(text).toContain('<details><summary>Changes in `sales/orders.csv`</summary>')
    const small = renderReport(
      { subject: 'sales', reports: reports(), jobs, outputDir: out, durationMs: 1000, diff },
      { previewRows: 5, maxLength: text.length - 10 }
    )
    expect(small).not.toContain('<details><summary>Changes in')
    expect(small).toContain('| `sales/orders.csv` | ✏️ changed |')
    // Shrunk further, the diff rows go with their files.
    const tiny = renderReport(
      { subject: 'sales', reports: reports(), jobs, outputDir: out, durationMs: 1000, diff },
      { previewRows: 5, maxLength: small.length - 1 }
    )
    expect(tiny).toContain('more file(s) not shown')
    expect(tiny).not.toContain('`sales/gone.csv`')
    expect(tiny.length).toBeLessThan(small.length)
  })
})
