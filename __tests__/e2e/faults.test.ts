import { afterAll, beforeAll, describe, expect, test as jestTest } from '@jest/globals'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { startStack, Stack } from '../../emulator/stack.js'
import { errorLine, outputFiles, runAs, visible, waitFor, walk } from './helpers.js'

/** The tests of this file run at once (up to jest's maxConcurrency), each as its own caller. */
const test = jestTest.concurrent

let stack: Stack
beforeAll(async () => {
  stack = await startStack({ jobDurationMs: 1000 })
})
afterAll(() => stack.close())

/** The tests run at once, each as a caller of its own (key, account, call rate, job slots). */
const run = (inputs: Record<string, string>, o: Parameters<typeof runAs>[2] = {}) =>
  runAs(stack, { 'dashboard-id': 'sales', ...inputs }, o)

/** The most calls any one-second window holds. */
function peakPerSecond(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b)
  return Math.max(
    0,
    ...sorted.map((t, i) => sorted.filter((u, j) => j >= i && u < t + 1000).length)
  )
}

describe('fault matrix: every fault the service documents, against dist/index.js', () => {
  test('ThrottlingException storm (30% of calls): the step succeeds, never over 10 calls in a second', async () => {
    const r = await run({
      'dashboard-id': 'sales--throttle-30',
      format: 'pdf,csv',
      'sheet-id': 'details',
      'visual-ids': 'orders-table,units-table'
    })
    const calls = r.calls.filter((c) => c.dashboardId === 'sales--throttle-30')
    const peak = peakPerSecond(calls.map((c) => c.time))
    expect({
      code: r.code,
      peak,
      error: errorLine(r.stdout)
    }).toEqual({ code: 0, peak, error: '' })
    expect(calls.some((c) => c.errorType === 'ThrottlingException')).toBe(true)
    expect(peak).toBeLessThanOrEqual(10)
    expect(visible(r.stdout)).not.toContain('ThrottlingException')
  })

  test('LimitExceededException (the account runs 12 jobs): the 13th waits, says it is queued, then runs', async () => {
    // Another workflow of the same account holds all 12 slots (--held jobs run until released);
    // they are released once the 13th job has been refused, whatever the machine's speed. Both
    // poll at the default pace: faster polling of 12 jobs would spend the account's 10 calls a
    // second, and the 13th start would meet throttling instead.
    const caller = stack.newCaller()
    const exports = (n: number) =>
      Array.from({ length: n }, () => '- {format: pdf, sheet: overview}').join('\n')
    const other = run(
      {
        'dashboard-id': 'sales--held',
        exports: exports(12),
        'file-name': '{index}.{ext}',
        'max-concurrent-jobs': '12'
      },
      { caller }
    )
    await waitFor(
      'the other workflow to run 12 jobs',
      () => stack.emulator.activeJobs(caller.accountId).length === 12
    )
    const thirteenth = run({ exports: exports(2), 'file-name': '{index}.{ext}' }, { caller })
    await waitFor('a start refused with LimitExceededException', () =>
      stack.emulator.calls.some(
        (c) => c.accessKeyId === caller.accessKeyId && c.errorType === 'LimitExceededException'
      )
    )
    stack.emulator.snapshots.releaseHeld()
    const [o, r] = await Promise.all([other, thirteenth])
    expect(o.code).toBe(0)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/queued, the account already runs 12 snapshot jobs; trying again in/)
    expect(outputFiles(r.outputs)).toHaveLength(2)
    expect(r.calls.some((c) => c.errorType === 'LimitExceededException')).toBe(true)
  })

  test.each([
    ['12', 2],
    ['', 4]
  ])(
    'a step of 14 jobs with max-concurrent-jobs %p (default 10) holds no more at once: %i wait for its own jobs, never a LimitExceededException',
    async (max, waits) => {
      const dashboard = `sales--duration-1500--max${max || 'default'}`
      const exports = Array.from({ length: 14 }, () => '- {format: pdf, sheet: overview}').join(
        '\n'
      )
      const r = await run({
        'dashboard-id': dashboard,
        exports,
        'file-name': '{index}.{ext}',
        ...(max ? { 'max-concurrent-jobs': max } : {})
      })
      expect(errorLine(r.stdout)).toBe('')
      expect(outputFiles(r.outputs)).toHaveLength(14)
      expect(
        r.stdout.match(/waiting for one of this step's \d+ running snapshot jobs to finish/g)
      ).toHaveLength(waits)
      const starts = r.calls
        .filter((c) => c.dashboardId === dashboard && c.operation === 'StartDashboardSnapshotJob')
        .map((c) => c.time)
      expect(starts).toHaveLength(14)
      const jobs = [...stack.emulator.jobs.values()].filter((j) => j.dashboardId === dashboard)
      const overlap = Math.max(
        ...jobs.map(
          (a) =>
            jobs.filter(
              (b) => b.createdAt <= a.createdAt && a.createdAt < (b.completedAt ?? Infinity)
            ).length
        )
      )
      expect(overlap).toBeLessThanOrEqual(Number(max || 10))
      const calls = r.calls.filter((c) => c.dashboardId === dashboard)
      expect(calls.filter((c) => c.errorType)).toEqual([])
      expect(peakPerSecond(calls.map((c) => c.time))).toBeLessThanOrEqual(10)
    }
  )

  test('ResourceExistsException for a given snapshot-job-id (a re-run after a crash): the job is followed, not restarted', async () => {
    const caller = stack.newCaller()
    const inputs = { 'sheet-id': 'overview', 'snapshot-job-id': 'rerun-after-crash' }
    const first = await run(inputs, { caller })
    expect(first.code).toBe(0)
    const again = await run(inputs, { caller })
    expect(again.code).toBe(0)
    expect(again.stdout).toContain('rerun-after-crash: exists already (COMPLETED); following it')
    expect(outputFiles(again.outputs)).toHaveLength(1)
    expect(again.calls.filter((c) => c.errorType === 'ResourceExistsException')).toHaveLength(1)
  })

  test('5xx answers on any call (20%) are retried; the step succeeds', async () => {
    const r = await run({
      'dashboard-id': 'sales--flaky-20',
      format: 'pdf,csv',
      'sheet-id': 'details',
      'visual-ids': 'orders-table'
    })
    expect(r.code).toBe(0)
    expect(outputFiles(r.outputs)).toHaveLength(2)
  })

  test('a download cut off midway resumes with a Range request; no truncated or temporary file is left', async () => {
    // No other test of this file resumes a download: the Range headers from here on are this run's.
    const asked = stack.emulator.files.ranges.length
    const r = await run({
      'dashboard-id': 'sales--cut-2--rows-3000',
      format: 'csv',
      'sheet-id': 'details',
      'visual-ids': 'orders-table'
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/broke off at byte \d+ .*resuming/)
    // Cut at half, then at half of the rest: two resumes from where the file on disk ended.
    const resumed = stack.emulator.files.ranges
      .slice(asked)
      .map((h) => Number(/^bytes=(\d+)-$/.exec(h)?.[1]))
    expect(resumed).toHaveLength(2)
    expect(resumed.every((n) => n > 0)).toBe(true)
    const [csv] = outputFiles(r.outputs)
    const text = await readFile(csv ?? '', 'utf8')
    expect(text.trimEnd().split('\r\n')).toHaveLength(1 + 288 + 3000)
    expect((await walk(path.dirname(csv ?? ''))).filter((f) => f.endsWith('.part'))).toEqual([])
  })

  test('a job stuck in RUNNING: the timeout names the job, the elapsed time and what to try', async () => {
    // --duration-1: QUEUED for a fraction of a millisecond, so even a check that comes at once
    // finds the job RUNNING. 15 s: planning on a busy machine must not use up the whole timeout
    // (a job whose turn comes after the deadline is not started at all).
    const r = await run({
      'dashboard-id': 'sales--stuck--duration-1',
      'sheet-id': 'overview',
      'timeout-minutes': '0.25',
      'snapshot-job-id': 'stuck-2'
    })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /::error::.*Job stuck-2 is still RUNNING after \d+(\.\d)?s: gave up waiting\. QuickSight has no cancel call.*Raise timeout-minutes/
    )
  })

  test('cancellation (SIGTERM): stops within 5 s, logs the job ids, leaves no temporary files', async () => {
    const r = await run(
      { 'dashboard-id': 'sales--stuck', 'sheet-id': 'overview', 'snapshot-job-id': 'cancel-me' },
      { signal: { name: 'SIGTERM', when: /^cancel-me: started/m } }
    )
    expect(r.code).toBe(1)
    // The runner kills the step 2.5 s after SIGTERM; 5 s from the signal leaves room for a busy
    // machine to deliver it and to reap the process.
    expect(r.ms - (r.signalledMs ?? Infinity)).toBeLessThan(5000)
    expect(r.stdout).toMatch(
      /::error::Cancelled by SIGTERM\. QuickSight has no cancel call: snapshot job\(s\) cancel-me may still run/
    )
    expect(r.outputs['snapshot-job-id']).toBe('cancel-me')
    const left = await walk(r.workspace)
    expect(left.filter((f) => f.endsWith('.part'))).toEqual([])
  })

  test('partial failure: the failed file is reported with its hint, the others are downloaded', async () => {
    const r = await run({
      'dashboard-id': 'sales--failfile-CLS_CHANGED',
      format: 'csv',
      'sheet-id': 'details',
      'visual-ids': 'orders-table,units-table,top-products'
    })
    expect(r.code).toBe(1)
    expect(outputFiles(r.outputs)).toHaveLength(2)
    expect(r.stdout).toMatch(
      /::error::.*Sales Overview: sheet 'Details', visual 'Orders' \(csv\): CLS_CHANGED: .* Hint: Column-level security changed.* \(job [\w-]+, file 1\)/
    )
    expect(r.summary).toMatch(/❌ CLS\\_CHANGED/)
  })

  test.each([
    ['AccessDenied', 'allow quicksight:StartDashboardSnapshotJob'],
    ['UnsupportedUserEdition', 'Enterprise edition'],
    ['UnsupportedPricingPlan', 'Pixel Perfect Report add-on'],
    ['InternalFailure', 're-run the workflow']
  ])('%sException on start fails with a one-line hint', async (exception, hint) => {
    const r = await run(
      { 'dashboard-id': `sales--start-${exception}`, 'sheet-id': 'overview' },
      { env: { AWS_MAX_ATTEMPTS: '2' } }
    )
    expect(r.code).toBe(1)
    const error = errorLine(r.stdout)
    expect(error).toContain(`${exception}Exception`)
    expect(error).toContain(hint)
  })

  test('no such dashboard, and a chart as CSV: caught from the definition before any job, with what to write instead', async () => {
    const missing = await run({ 'dashboard-id': 'sales-overveiw', 'sheet-id': 'overview' })
    expect(errorLine(missing.stdout)).toMatch(
      /no dashboard has the id or name 'sales-overveiw'.*closest names: 'Sales Overview'/
    )
    const chart = await run({
      format: 'csv',
      'sheet-id': 'overview',
      'visual-ids': 'revenue-trend'
    })
    expect(errorLine(chart.stdout)).toMatch(
      /^::error::Invalid input 'visual-ids': visual Revenue trend \(revenue-trend\) is a LineChart; CSV and Excel export table and pivot-table visuals only/
    )
    for (const r of [missing, chart]) expect(r.stdout).not.toContain('started')
  })

  test("without DescribeDashboardDefinition, ids still work and QuickSight's own refusal gets its hint", async () => {
    const chart = await run(
      { format: 'csv', 'sheet-id': 'overview', 'visual-ids': 'revenue-trend' },
      { caller: stack.newCaller(['quicksight:DescribeDashboardDefinition']) }
    )
    expect(errorLine(chart.stdout)).toMatch(
      /InvalidParameterValueException.*table and pivot table.*Hint: QuickSight refused a value/
    )
  })

  test.each([
    ['DASHBOARD_ACCESS_DENIED', 'share it with the user'],
    ['CAPABILITY_RESTRICTED', 'permissions profile'],
    ['RLS_CHANGED', 'Row-level security changed'],
    ['CLS_CHANGED', 'Column-level security changed'],
    ['DATASET_DELETED', 'dataset of the dashboard was deleted']
  ])('a job FAILED with %s gives its hint', async (type, hint) => {
    const r = await run({ 'dashboard-id': `sales--fail-${type}`, 'sheet-id': 'overview' })
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(new RegExp(`::error::.*${type}: Injected failure.*Hint: .*${hint}`))
  })

  test('hostile S3 keys (../, absolute) and a very long dashboard id: every file stays inside output-dir', async () => {
    const long = `sales--hostile--${'x'.repeat(480)}`
    const r = await run({
      'dashboard-id': long,
      format: 'pdf,csv,excel',
      'sheet-id': 'details',
      'visual-ids': 'orders-table',
      's3-bucket': 'reports'
    })
    expect(r.code).toBe(0)
    const out = path.join(r.workspace, 'quicksight-export')
    const written = await walk(r.workspace)
    expect(written.length).toBe(3)
    for (const f of written) {
      expect(f.startsWith(out + path.sep)).toBe(true)
      expect(path.basename(f).length).toBeLessThanOrEqual(200)
    }
    expect(JSON.parse(r.outputs['s3-uris'] ?? '[]')[0]).toContain('/../')
  })
})
