import { afterAll, beforeAll, describe, expect, test as jestTest } from '@jest/globals'
import { unzipSync } from 'fflate'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { startStack, Stack } from '../../emulator/stack.js'
import { errorLine, outputFiles, runAs, visible, walk } from './helpers.js'

/** The tests of this file run at once (up to jest's maxConcurrency), each as its own caller. */
const test = jestTest.concurrent

let stack: Stack
beforeAll(async () => {
  stack = await startStack({ exportJobDurationMs: 1000 })
})
afterAll(() => stack.close())

const run = (inputs: Record<string, string>, o: Parameters<typeof runAs>[2] = {}) =>
  runAs(stack, { 'export-type': 'asset-bundle', 'upload-artifact': 'false', ...inputs }, o)
/** The stack's own credentials, in the account the ARNs below name (123456789012). */
const accountOfArns = () => ({
  env: stack.env,
  accessKeyId: stack.env.AWS_ACCESS_KEY_ID ?? '',
  accountId: '123456789012'
})

describe('asset bundles: dashboard definitions backed up (dist/index.js)', () => {
  test('QuickSight JSON by dashboard name, with dependencies: the .qs zip, its assets listed, outputs', async () => {
    const r = await run({ 'dashboard-id': 'Sales Overview' })
    expect(r.code).toBe(0)
    const [bundle] = outputFiles(r.outputs)
    const id = r.outputs['asset-bundle-job-id'] ?? ''
    expect(id).toMatch(/^qse-\d+-1-export-[0-9a-f]{8}$/)
    expect(path.basename(bundle ?? '')).toBe(`assetbundle-${id}.qs`)
    const entries = Object.keys(unzipSync(await readFile(bundle ?? '')))
    expect(entries).toEqual(
      expect.arrayContaining([
        'dashboard/sales.json',
        'analysis/sales-analysis.json',
        'dataset/sales-dataset.json',
        'datasource/sales-datasource.json',
        'theme/corporate-theme.json'
      ])
    )
    const started = stack.emulator.bundles.jobs.get(`${r.caller.accountId}/${id}`)
    expect(started?.request.resourceArns).toEqual([
      `arn:aws:quicksight:eu-west-1:${r.caller.accountId}:dashboard/sales`
    ])
    expect(r.summary).toContain(`assetbundle-${id}.qs`)
    expect(r.summary).toMatch(/Assets in .*: 5/)
    expect(r.summary).toContain('Sales Overview')
    expect(visible(r.stdout)).not.toMatch(/X-Amz-Signature=/)
  })

  test('CloudFormation JSON with overrides: a template whose parameters come from the overrides', async () => {
    const r = await run(
      {
        'dashboard-id': 'ops-weekly',
        'asset-format': 'cloudformation-json',
        'include-all-dependencies': 'false',
        'cloudformation-overrides':
          'Dashboards:\n  - Arn: arn:aws:quicksight:eu-west-1:123456789012:dashboard/ops-weekly\n    Properties: [Name]'
      },
      { caller: accountOfArns() }
    )
    expect(r.code).toBe(0)
    const [template] = outputFiles(r.outputs)
    const parsed = JSON.parse(await readFile(template ?? '', 'utf8')) as {
      Resources: Record<string, { Type: string }>
      Parameters: Record<string, unknown>
    }
    expect(Object.values(parsed.Resources).map((x) => x.Type)).toEqual([
      'AWS::QuickSight::Dashboard'
    ])
    expect(Object.keys(parsed.Parameters)).toContain('DashboardOpsWeeklyName')
    expect(r.summary).toMatch(/1 asset: dashboard/)
  })

  test('a FAILED job reports every error (ARN, type, message); warnings are warnings', async () => {
    const r = await run(
      {
        'resource-arns': [
          'arn:aws:quicksight:eu-west-1:123456789012:dashboard/exec-kpis',
          'arn:aws:quicksight:eu-west-1:123456789012:dashboard/no-such-dashboard'
        ].join('\n')
      },
      { caller: accountOfArns() }
    )
    expect(r.code).toBe(1)
    const error = errorLine(r.stdout)
    expect(error).toMatch(
      /FAILED: ResourceNotFoundException on arn:aws:quicksight:eu-west-1:123456789012:dashboard\/no-such-dashboard: /
    )
    expect(r.stdout).toMatch(/::warning::.*dashboard\/exec-kpis: /)
    expect(JSON.parse(r.outputs.jobs ?? '[]')[0]).toMatchObject({ status: 'FAILED' })
  })

  test('an expired DownloadUrl is replaced by a fresh one from DescribeAssetBundleExportJob', async () => {
    const r = await run({ 'dashboard-id': 'sales--expire-1' })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/expired \(HTTP 403\); asking QuickSight for a fresh one/)
    expect((await stat(outputFiles(r.outputs)[0] ?? '')).size).toBeGreaterThan(0)
  })

  test('extract: true unzips beside the bundle; a zip-slip bundle fails the step and writes nothing outside', async () => {
    const good = await run({ 'dashboard-id': 'sales', extract: 'true' })
    expect(good.code).toBe(0)
    const bundle = outputFiles(good.outputs)[0] ?? ''
    const folder = bundle.replace(/\.qs$/, '')
    expect((await walk(folder)).map((f) => path.relative(folder, f)).sort()).toContain(
      'dashboard/sales.json'
    )

    const evil = await run({ 'dashboard-id': 'sales--hostile', extract: 'true' })
    expect(evil.code).toBe(1)
    expect(errorLine(evil.stdout)).toMatch(
      /was not extracted: .*(\.\.\/escape\.json|\/tmp\/abs\.json|symbolic link)/
    )
    const everything = await walk(evil.workspace)
    const out = path.join(evil.workspace, 'quicksight-export')
    expect(everything.filter((f) => !f.startsWith(out + path.sep))).toEqual([])
    expect(everything.filter((f) => f.endsWith('.part') || f.includes('.part/'))).toEqual([])
    expect(everything.map((f) => path.basename(f))).not.toContain('escape.json')
    await expect(stat('/tmp/abs.json')).rejects.toThrow()
  })

  test('inputs of another export type are refused, naming them', async () => {
    const r = await run({ 'dashboard-id': 'sales', 'sheet-id': 'overview' })
    expect(errorLine(r.stdout)).toMatch(
      /Invalid input 'sheet-id' = "overview": belongs to export-type snapshot, not asset-bundle/
    )
    const overrides = await run({
      'dashboard-id': 'sales',
      'cloudformation-overrides': 'Dashboards: []'
    })
    expect(errorLine(overrides.stdout)).toMatch(
      /Invalid input 'cloudformation-overrides': applies only to asset-format: cloudformation-json/
    )
  })
})
