import { afterAll, beforeAll, describe, expect, test as jestTest } from '@jest/globals'
import { startStack, Stack } from '../../emulator/stack.js'
import { errorLine, runAs } from './helpers.js'

/** The tests of this file run at once (up to jest's maxConcurrency), each as its own caller. */
const test = jestTest.concurrent

let stack: Stack
beforeAll(async () => {
  stack = await startStack({ jobDurationMs: 500 })
})
afterAll(() => stack.close())

const base = { 'dashboard-id': 'sales', 'sheet-id': 'overview' }

/** [publisher setting, its value, the switch that turns its publisher off]. */
const OFF: [string, string, Record<string, string>][] = [
  ['artifact-name', 'nightly', { 'upload-artifact': 'false' }],
  ['retention-days', '7', { 'upload-artifact': 'false' }],
  ['compression-level', '9', { 'upload-artifact': 'false' }],
  ['comment-tag', 'staging', { 'comment-on-pr': 'false' }],
  ['csv-preview-rows', '3', { 'comment-on-pr': 'false', 'job-summary': 'false' }]
]

describe('settings of a publisher that is off: a warning, and the step goes on', () => {
  test.each(OFF)('%s with its publisher off', async (name, value, off) => {
    const r = await runAs(stack, { ...base, ...off, [name]: value })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      new RegExp(`::warning::'${name}' has no effect while .* false; it is ignored\\.`)
    )
  })

  test('the same settings with their publisher on give no warning', async () => {
    const r = await runAs(stack, { ...base, 'comment-tag': 'staging', 'csv-preview-rows': '3' })
    expect(r.code).toBe(0)
    expect(r.stdout).not.toContain('::warning::')
  })
})

describe('inputs that cannot apply to the rest of the step are errors', () => {
  test('a time zone no relative date or {date} uses', async () => {
    const r = await runAs(stack, { ...base, timezone: 'Europe/Berlin', parameters: 'Year: 2025' })
    expect(errorLine(r.stdout)).toMatch(
      /Invalid input 'timezone' = "Europe\/Berlin": applies to relative dates .* no report uses either/
    )
    const used = await runAs(stack, {
      ...base,
      timezone: 'Europe/Berlin',
      'file-name': '{date}/{name}.{ext}',
      'upload-artifact': 'false'
    })
    expect(used.code).toBe(0)
  })

  test.each([
    ['resource-arns', 'arn:aws:quicksight:eu-west-1:123456789012:dashboard/sales'],
    ['extract', 'true'],
    ['data-exchange-job-id', 'abc'],
    ['s3-encryption', 'AES256']
  ])('%s with export-type snapshot', async (name, value) => {
    const r = await runAs(stack, { ...base, [name]: value })
    expect(errorLine(r.stdout)).toMatch(
      new RegExp(
        `Invalid input '${name}' = .*: belongs to export-type (asset-bundle|data-exchange), not snapshot`
      )
    )
  })
})
