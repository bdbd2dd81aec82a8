import { afterAll, beforeAll, describe, expect, test as jestTest } from '@jest/globals'
import { unzipSync } from 'fflate'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startStack, Stack } from '../../emulator/stack.js'
import { ArtifactServiceFake } from './fakes/artifact-service.js'
import { GitHubApiFake } from './fakes/github-api.js'
import { errorLine, outputFiles, runAs, visible } from './helpers.js'

/** The tests of this file run at once (up to jest's maxConcurrency), each as its own caller. */
const test = jestTest.concurrent

let stack: Stack
let github: GitHubApiFake
let artifacts: ArtifactServiceFake
beforeAll(async () => {
  ;[stack, github, artifacts] = await Promise.all([
    startStack({ jobDurationMs: 600 }),
    new GitHubApiFake().start(),
    new ArtifactServiceFake().start()
  ])
  github.linkArtifacts(artifacts)
}, 60_000)
afterAll(() => Promise.all([stack.close(), github.close(), artifacts.close()]))

const TOKEN = 'ghs_difftoken'
/** The Orders table of `sales` as CSV and as a workbook, and the Details sheet as PDF (3 pages). */
const EXPORTS = `- {format: csv, sheet: details, visual: orders-table}
- {format: excel, sheet: details, visuals: [orders-table]}
- {format: pdf, sheet: details}`
const KEY = 'Date, Region, Product'

interface DiffEntry {
  file: string
  status: string
  added?: number
  removed?: number
  changed?: number
  columns?: { added: string[]; removed: string[]; renamed: { from: string; to: string }[] }
  pages?: { before: number; after: number; changed: number[] }
}
const diffOf = (outputs: Record<string, string>): DiffEntry[] =>
  JSON.parse(outputs.diff ?? '[]') as DiffEntry[]
const byFile = (outputs: Record<string, string>) =>
  Object.fromEntries(diffOf(outputs).map((d) => [path.extname(d.file), d]))

/** A workspace whose `golden` folder holds what `dashboard` exports today. */
async function goldenWorkspace(dashboard: string, exports = EXPORTS): Promise<string> {
  const workspace = await mkdtemp(path.join(os.tmpdir(), 'qse-diff-ws-'))
  const r = await runAs(
    stack,
    { 'dashboard-id': dashboard, exports, 'file-name': '{name}.{ext}', 'output-dir': 'golden' },
    { workspace }
  )
  expect(errorLine(r.stdout)).toBe('')
  return workspace
}

/** The Orders CSV of `dashboard` compared by key with that of `sales`, committed as golden files. */
async function ordersAgainstSales(dashboard: string, inputs: Record<string, string>) {
  const exports = '- {format: csv, sheet: details, visual: orders-table}'
  const workspace = await goldenWorkspace('sales', exports)
  return runAs(
    stack,
    {
      'dashboard-id': dashboard,
      exports,
      'file-name': '{name}.{ext}',
      'compare-to': 'golden',
      'key-columns': KEY,
      ...inputs
    },
    { workspace }
  )
}

describe('report diffs against a committed folder', () => {
  test('CSV, Excel and PDF of a revised dataset: rows by key, pages by text; the full diffs are written; fail-on-change names the file over it, after publishing', async () => {
    const workspace = await goldenWorkspace('sales')
    const r = await runAs(
      stack,
      {
        'dashboard-id': 'sales--revision-1',
        exports: EXPORTS,
        'file-name': '{name}.{ext}',
        'compare-to': 'golden',
        'key-columns': KEY,
        'fail-on-change': 'rows>50%'
      },
      { workspace, env: artifacts.env() }
    )
    const d = byFile(r.outputs)
    // 288 rows; revision 1 removes 12, adds 3 and changes 40 (Revenue +0.25 or Units +100).
    expect(d['.csv']).toEqual({
      file: 'csv-details-orders-table.csv',
      status: 'changed',
      added: 3,
      removed: 12,
      changed: 40,
      columns: { added: [], removed: [], renamed: [] }
    })
    expect(d['.xlsx']).toMatchObject({ status: 'changed', added: 3, removed: 12, changed: 40 })
    expect(d['.pdf']?.status).toBe('changed')
    expect(d['.pdf']?.pages).toMatchObject({ before: 3, after: 3 })
    expect(d['.pdf']?.pages?.changed.length).toBeGreaterThan(1)
    expect(r.outputs.changed).toBe('true')
    // 55 of 288 rows is under 50 %; every page of the PDF changed: only the PDF fails the step.
    expect(r.code).toBe(1)
    expect(errorLine(r.stdout)).toMatch(
      /^::error::fail-on-change: 1 file\(s\) changed beyond the rule:%0A- pdf-details\.pdf: \d of 3 pages changed$/
    )
    // Published first: files, outputs, summary, artifact with the diffs beside the exports.
    expect(
      outputFiles(r.outputs)
        .map((f) => path.basename(f))
        .sort()
    ).toEqual([
      'csv-details-orders-table.csv',
      'excel-details-orders-table.xlsx',
      'pdf-details.pdf'
    ])
    expect(r.summary).toContain(
      '**Compared with:** `folder golden` · 3 file(s) changed, new or missing'
    )
    expect(r.summary).toContain('| `csv-details-orders-table.csv` | ✏️ changed | +3 −12 ~40 | — |')
    expect(r.summary).toMatch(
      /\| `pdf-details\.pdf` \| ✏️ changed \| — \| 3 pages; changed: [\d, ]+ \|/
    )
    expect(r.summary).toContain('Changed rows (first 10 of 40):')
    const json = JSON.parse(
      await readFile(
        path.join(workspace, 'quicksight-export/diff/csv-details-orders-table.csv.json'),
        'utf8'
      )
    ) as { tables: { keyColumns: string[]; sample: unknown[] }[] }
    expect(json.tables[0]?.keyColumns).toEqual(['Date', 'Region', 'Product'])
    expect(json.tables[0]?.sample).toHaveLength(10)
    const record = artifacts.artifacts.find((a) => String(a.id) === r.outputs['artifact-id'])
    const zip = unzipSync(new Uint8Array(await artifacts.download(record?.blob ?? '')))
    expect(Object.keys(zip).sort()).toEqual([
      'csv-details-orders-table.csv',
      'diff/csv-details-orders-table.csv.json',
      'diff/csv-details-orders-table.csv.md',
      'diff/excel-details-orders-table.xlsx.json',
      'diff/excel-details-orders-table.xlsx.md',
      'diff/pdf-details.pdf.json',
      'diff/pdf-details.pdf.md',
      'excel-details-orders-table.xlsx',
      'pdf-details.pdf'
    ])
  })

  test('tolerance hides the moves of Revenue (0.25) and keeps those of Units (100)', async () => {
    const r = await ordersAgainstSales('sales--revision-1', {
      tolerance: '0.5',
      'fail-on-change': 'rows>11%'
    })
    // 3 + 12 + 16 = 31 of 288 rows: 10.8 %, under 11 %.
    expect(r.code).toBe(0)
    expect(diffOf(r.outputs)).toEqual([
      expect.objectContaining({ status: 'changed', added: 3, removed: 12, changed: 16 })
    ])
  })

  test('a renamed column is reported as a rename, its values unchanged; a column change is always over the threshold', async () => {
    const r = await ordersAgainstSales('sales--rename-Units-Quantity', {
      'fail-on-change': 'rows>50%'
    })
    expect(diffOf(r.outputs)).toEqual([
      {
        file: 'csv-details-orders-table.csv',
        status: 'changed',
        added: 0,
        removed: 0,
        changed: 0,
        columns: { added: [], removed: [], renamed: [{ from: 'Units', to: 'Quantity' }] }
      }
    ])
    expect(r.code).toBe(1)
    expect(errorLine(r.stdout)).toContain(
      'csv-details-orders-table.csv: 0 added, 0 removed, 0 changed of 288 rows, 1 column change(s)'
    )
    expect(r.summary).toContain('| ✏️ changed | +0 −0 ~0 | Units → Quantity |')
  })

  test('the same data is unchanged: changed is false and fail-on-change: true passes', async () => {
    const workspace = await goldenWorkspace('sales')
    const r = await runAs(
      stack,
      {
        'dashboard-id': 'sales',
        exports: EXPORTS,
        'file-name': '{name}.{ext}',
        'compare-to': 'golden',
        'fail-on-change': 'true'
      },
      { workspace }
    )
    expect(errorLine(r.stdout)).toBe('')
    expect(r.outputs.changed).toBe('false')
    expect(diffOf(r.outputs).map((d) => d.status)).toEqual(['unchanged', 'unchanged', 'unchanged'])
    expect(r.summary).toContain('· no changes')
  })
})

describe('report diffs against the previous run', () => {
  /** A pack whose one report is `dashboard`: the same file, report name and artifact prefix run after run. */
  const pack = async (workspace: string, dashboard: string): Promise<void> =>
    writeFile(
      path.join(workspace, 'nightly.yml'),
      `reports:\n  - dashboard: ${dashboard}\n    name: Sales\n    key-columns: [Date, Region, Product]\n    exports:\n${EXPORTS.split(
        '\n'
      )
        .map((l) => `      ${l}`)
        .join('\n')}\n`
    )
  const workflowRef = (file: string, ref = 'refs/heads/main') =>
    `octo-org/reports/.github/workflows/${file}@${ref}`
  /** The pack, compared with the previous run, as run `runId` of workflow `pr-diff.yml` on `ref`. */
  const runOfWorkflow = (
    workspace: string,
    runId: number,
    ref: string,
    event?: { name: string; payload: object }
  ) =>
    runAs(
      stack,
      { 'config-file': 'nightly.yml', 'compare-to': 'previous-run' },
      {
        workspace,
        env: {
          ...artifacts.env({ runId }),
          GITHUB_API_URL: github.url,
          GITHUB_WORKFLOW_REF: workflowRef('pr-diff.yml', ref)
        },
        githubToken: TOKEN,
        event
      }
    )

  test('a pull request compares with the artifact of the latest successful run on the default branch and says so in its comment', async () => {
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'qse-diff-prev-'))
    // The nightly run on main, the first of the workflow (no baseline yet): its artifact is the baseline.
    await pack(workspace, 'sales')
    const nightly = await runOfWorkflow(workspace, 5001, 'refs/heads/main')
    expect(errorLine(nightly.stdout)).toBe('')
    expect(nightly.outputs.changed).toBe('false')
    github.addRun({ id: 5000, workflow: 'pr-diff.yml' }) // older, no artifact of this step
    github.addRun({ id: 5001, workflow: 'pr-diff.yml' })
    github.addRun({ id: 5002, workflow: 'pr-diff.yml', conclusion: 'failure' })
    github.addRun({ id: 5003, workflow: 'pr-diff.yml', branch: 'feature' })
    // The pull request changes the dataset.
    await pack(workspace, 'sales--revision-1')
    const pr = await runOfWorkflow(workspace, 5004, 'refs/pull/71/merge', {
      name: 'pull_request',
      payload: { number: 71, pull_request: { number: 71 }, repository: { default_branch: 'main' } }
    })
    expect(errorLine(pr.stdout)).toBe('')
    expect(pr.outputs.changed).toBe('true')
    const d = byFile(pr.outputs)
    expect(d['.csv']).toMatchObject({
      file: 'Sales/csv-details-orders-table.csv',
      added: 3,
      removed: 12,
      changed: 40
    })
    expect(d['.xlsx']).toMatchObject({ added: 3, removed: 12, changed: 40 })
    expect(d['.pdf']?.status).toBe('changed')
    const comment = github.comments.find((c) => c.issue === 71)
    expect(comment?.body).toContain('**Compared with:** [run 5001](')
    expect(comment?.body).toContain(
      '| `Sales/csv-details-orders-table.csv` | ✏️ changed | +3 −12 ~40 | — |'
    )
    const calls = github.requests.filter(
      (q) => q.auth === `token ${TOKEN}` && q.path.includes('/actions/')
    )
    expect(calls.map((q) => q.path)).toEqual(
      expect.arrayContaining([
        '/repos/octo-org/reports/actions/workflows/pr-diff.yml/runs',
        '/repos/octo-org/reports/actions/runs/5001/artifacts'
      ])
    )
    expect(
      calls.some((q) => q.path.includes('/runs/5002/') || q.path.includes('/runs/5003/'))
    ).toBe(false)
    expect(visible(pr.stdout)).toContain('Baseline: artifact quicksight-nightly-qse-')
    // unzip-stream's `new Buffer()` inside @actions/artifact: no DEP0005 noise for the user.
    expect(pr.stderr).not.toContain('DEP0005')
  })

  test('no successful run has an artifact yet: a notice, every file new, changed false, fail-on-change passes', async () => {
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'qse-diff-none-'))
    await pack(workspace, 'sales')
    github.addRun({ id: 6001, workflow: 'first-time.yml' })
    const r = await runAs(
      stack,
      { 'config-file': 'nightly.yml', 'compare-to': 'previous-run', 'fail-on-change': 'true' },
      {
        workspace,
        env: { GITHUB_API_URL: github.url, GITHUB_WORKFLOW_REF: workflowRef('first-time.yml') },
        githubToken: TOKEN
      }
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /::notice::No baseline: none of the last 1 successful runs of first-time\.yml on main .* has an artifact named quicksight-nightly-qse-…; every file is reported as new\./
    )
    expect(r.outputs.changed).toBe('false')
    expect(diffOf(r.outputs).map((x) => x.status)).toEqual(['new', 'new', 'new'])
  })

  test('a token that may not read workflow runs: a warning, and fail-on-change fails the step since nothing was compared', async () => {
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'qse-diff-403-'))
    await pack(workspace, 'sales')
    github.fail(/\/workflows\/forbidden\.yml\//, 403, {
      message: 'Resource not accessible by integration'
    })
    const r = await runAs(
      stack,
      { 'config-file': 'nightly.yml', 'compare-to': 'previous-run', 'fail-on-change': 'rows>5%' },
      {
        workspace,
        env: { GITHUB_API_URL: github.url, GITHUB_WORKFLOW_REF: workflowRef('forbidden.yml') },
        githubToken: TOKEN
      }
    )
    expect(r.stdout).toMatch(
      /::warning::Could not fetch the baseline to compare with: github-token cannot read the runs of forbidden\.yml \(HTTP 403\): give the job 'permissions: actions: read'/
    )
    expect(r.code).toBe(1)
    expect(errorLine(r.stdout)).toMatch(
      /^::error::fail-on-change is set, and nothing was compared: the baseline could not be fetched \(github-token cannot read/
    )
    expect(outputFiles(r.outputs)).toHaveLength(3)
  })
})
