import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { inputsOf, readInputs } from '../../src/kinds/read-inputs.js'
import { snapshot } from '../../src/kinds/snapshot/index.js'
import { withInputs } from './with-inputs.js'

let ws: string
beforeAll(async () => {
  ws = await mkdtemp(path.join(os.tmpdir(), 'qse-compare-inputs-'))
  await mkdir(path.join(ws, 'golden'))
  await writeFile(path.join(ws, 'not-a-folder.csv'), 'a\n1\n')
})
afterAll(() => rm(ws, { recursive: true, force: true }))

const read = (inputs: Record<string, string>) => {
  const env = {
    AWS_REGION: 'eu-west-1',
    GITHUB_WORKSPACE: ws,
    ...Object.fromEntries(
      Object.entries({ 'github-token': 'ghs_x', ...inputs }).map(([k, v]) => [
        `INPUT_${k.toUpperCase()}`,
        v
      ])
    )
  }
  return withInputs(env, () => readInputs(env, () => undefined))
}
const compareOf = async (inputs: Record<string, string>) => {
  const r = await read({ 'dashboard-id': 'sales', 'sheet-id': 'overview', ...inputs })
  return inputsOf(r, snapshot)
}

describe('compare inputs', () => {
  test('by default nothing is compared and fail-on-change never fails', async () => {
    const s = await compareOf({})
    expect(s.compare).toEqual({ baseline: { kind: 'none' }, failOnChange: { kind: 'never' } })
  })

  test('a folder of the workspace, key columns, tolerance and a threshold', async () => {
    const s = await compareOf({
      'compare-to': 'golden',
      'key-columns': 'Date, Region,Product',
      tolerance: '1%',
      'fail-on-change': 'rows>5%'
    })
    expect(s.compare).toEqual({
      baseline: { kind: 'folder', dir: path.join(ws, 'golden'), label: 'golden' },
      keyColumns: ['Date', 'Region', 'Product'],
      tolerance: { kind: 'relative', fraction: 0.01 },
      failOnChange: { kind: 'over', percent: 5 }
    })
    expect(s.reports[0]).toMatchObject({
      keyColumns: ['Date', 'Region', 'Product'],
      tolerance: { kind: 'relative', fraction: 0.01 }
    })
  })

  test('previous-run takes a branch and needs a token', async () => {
    expect(
      (await compareOf({ 'compare-to': 'previous-run', 'compare-branch': 'release/2.x' })).compare
        .baseline
    ).toEqual({
      kind: 'previous-run',
      branch: 'release/2.x'
    })
    await expect(compareOf({ 'compare-to': 'previous-run', 'github-token': '' })).rejects.toThrow(
      /^Invalid input 'github-token' \(empty\): is needed by 'compare-to: previous-run'/
    )
  })

  test.each([
    [
      { 'key-columns': 'Date' },
      /^Invalid input 'key-columns' = "Date": applies only when there is something to compare with, and compare-to is 'none'/
    ],
    [{ 'fail-on-change': 'true' }, /^Invalid input 'fail-on-change' = "true": applies only when/],
    [{ tolerance: '0.5' }, /^Invalid input 'tolerance' = "0.5": applies only when/],
    [
      { 'compare-to': 'golden', 'compare-branch': 'main' },
      /^Invalid input 'compare-branch' = "main": chooses the branch of 'compare-to: previous-run'/
    ],
    [
      { 'compare-to': 'previous-run', 'compare-branch': 'a..b' },
      /^Invalid input 'compare-branch' = "a\.\.b": must be a branch name/
    ],
    [
      { 'compare-to': 'missing' },
      /^Invalid input 'compare-to' = "missing": is not a folder of the workspace/
    ],
    [{ 'compare-to': 'not-a-folder.csv' }, /is not a folder of the workspace/],
    [
      { 'compare-to': '../elsewhere' },
      /must be 'none', 'previous-run', or a folder inside the workspace/
    ],
    [
      { 'compare-to': 'quicksight-export' },
      /must not be output-dir \(quicksight-export\), inside it or around it/
    ],
    [{ 'compare-to': '.' }, /must not be output-dir/],
    [
      { 'compare-to': 'golden', 'output-dir': 'golden/new' },
      /must not be output-dir \(golden\/new\)/
    ],
    [
      { 'compare-to': 'golden', 'key-columns': 'Date,,Region' },
      /^Invalid input 'key-columns' = "Date,,Region": must be 1-50 comma-separated column names/
    ],
    [
      { 'compare-to': 'golden', tolerance: '-1' },
      /^Invalid input 'tolerance' = "-1": is not a number/
    ],
    [{ 'compare-to': 'golden', tolerance: 'abc%' }, /^Invalid input 'tolerance'/],
    [
      { 'compare-to': 'golden', 'fail-on-change': 'rows>5' },
      /^Invalid input 'fail-on-change' = "rows>5": must be false, true .* or rows>N%/
    ]
  ])('%p is refused before any AWS call', async (inputs, message) => {
    await expect(compareOf(inputs)).rejects.toThrow(message)
  })

  test('compare inputs belong to snapshot exports', async () => {
    await expect(
      read({ 'export-type': 'data-exchange', 'data-exchange-export': 'x', 'compare-to': 'golden' })
    ).rejects.toThrow(/^Invalid input 'compare-to' = "golden": belongs to export-type snapshot/)
  })
})

describe('key-columns and tolerance in a report pack', () => {
  const pack = async (text: string, inputs: Record<string, string> = {}) => {
    await writeFile(path.join(ws, 'pack.yml'), text)
    const r = await read({ 'config-file': 'pack.yml', ...inputs })
    return inputsOf(r, snapshot).reports
  }
  const text = `defaults:
  tolerance: 0.5
reports:
  - dashboard: Sales Overview
    exports: [{ format: csv, sheet: Details, visual: Orders }]
    key-columns: [Date, Region]
  - dashboard: Inventory
    exports: [{ format: csv, sheet: Stock, visual: Levels }]
    tolerance: 2%
`

  test("a report's keys replace the defaults, which replace the inputs", async () => {
    const reports = await pack(text, { 'compare-to': 'golden', 'key-columns': 'Id' })
    expect(reports.map((r) => [r.keyColumns, r.tolerance])).toEqual([
      [['Date', 'Region'], { kind: 'absolute', value: 0.5 }],
      [['Id'], { kind: 'relative', fraction: 0.02 }]
    ])
  })

  test('without compare-to they are errors with their line and column', async () => {
    await expect(pack(text)).rejects.toThrow(
      /pack\.yml:2:14: defaults\.tolerance: applies only when there is something to compare with[\s\S]*pack\.yml:6:18: reports\[0\]\.key-columns: applies only[\s\S]*pack\.yml:9:16: reports\[1\]\.tolerance: applies only/
    )
  })

  test('bad values are reported with the rest', async () => {
    await expect(
      pack(
        `reports:\n  - dashboard: S\n    exports: [{ format: csv, sheet: D, visual: O }]\n    key-columns: []\n    tolerance: lots\n`,
        { 'compare-to': 'golden' }
      )
    ).rejects.toThrow(
      /reports\[0\]\.key-columns: must be a list of 1-50 column names[\s\S]*reports\[0\]\.tolerance: is not a number/
    )
  })
})
