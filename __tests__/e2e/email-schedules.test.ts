import { afterAll, beforeAll, describe, expect, test as jestTest } from '@jest/globals'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startStack, Stack } from '../../emulator/stack.js'
import { errorLine, outputFiles, runAs, visible } from './helpers.js'

/** The tests of this file run at once, each as its own caller (account, call rate, job slots). */
const test = jestTest.concurrent

let stack: Stack
beforeAll(async () => {
  stack = await startStack({ jobDurationMs: 1000 })
})
afterAll(() => stack.close())

interface ScheduleRecord {
  report: string
  dashboardId: string
  scheduleId: string
  status: string
  message?: string
}
const schedules = (outputs: Record<string, string>): ScheduleRecord[] =>
  JSON.parse(outputs['email-schedules'] ?? '[]') as ScheduleRecord[]

describe('e-mail schedules (StartDashboardSnapshotJobSchedule) end to end', () => {
  test("a dashboard's schedules run once its exports have ended", async () => {
    const r = await runAs(stack, {
      'dashboard-id': 'sales',
      'sheet-id': 'overview',
      'email-schedule-ids': 'daily-summary,\nweekly-regions'
    })
    expect(r.code).toBe(0)
    expect(outputFiles(r.outputs)).toHaveLength(1)
    expect(schedules(r.outputs)).toEqual([
      {
        report: 'Sales Overview',
        dashboardId: 'sales',
        scheduleId: 'daily-summary',
        status: 'started'
      },
      {
        report: 'Sales Overview',
        dashboardId: 'sales',
        scheduleId: 'weekly-regions',
        status: 'started'
      }
    ])
    // After the job's result was read, never before.
    const ops = r.calls.map((c) => c.operation)
    const result = ops.lastIndexOf('DescribeDashboardSnapshotJobResult')
    const first = ops.indexOf('StartDashboardSnapshotJobSchedule')
    expect(result).toBeGreaterThan(-1)
    expect(first).toBeGreaterThan(result)
    const runs = stack.emulator.schedules.runs.filter((x) => x.accountId === r.caller.accountId)
    expect(runs.map((x) => [x.dashboardId, x.scheduleId, x.status])).toEqual([
      ['sales', 'daily-summary', 200],
      ['sales', 'weekly-regions', 200]
    ])
    expect(r.summary).toContain('E-mail schedules')
    expect(r.summary).toMatch(
      /^- ✅ E-mail schedule daily-summary of dashboard sales\\?: started$/m
    )
  })

  test('a schedule still running is skipped with a notice (HTTP 202) and the step passes', async () => {
    const caller = stack.newCaller()
    // Schedules alone, no exports: the run of this dashboard's schedule lasts a minute.
    const inputs = {
      'dashboard-id': 'sales--duration-60000',
      'email-schedule-ids': 'daily-summary'
    }
    const first = await runAs(stack, inputs, { caller })
    expect(first.code).toBe(0)
    expect(outputFiles(first.outputs)).toEqual([])
    expect(first.calls.some((c) => c.operation === 'StartDashboardSnapshotJob')).toBe(false)
    expect(schedules(first.outputs)[0]?.status).toBe('started')
    const again = await runAs(stack, inputs, { caller })
    expect(again.code).toBe(0)
    expect(schedules(again.outputs)).toEqual([
      {
        report: 'Sales Overview',
        dashboardId: 'sales--duration-60000',
        scheduleId: 'daily-summary',
        status: 'already-running'
      }
    ])
    expect(again.stdout).toMatch(
      /^::notice::E-mail schedule daily-summary .*already running, skipped/m
    )
    expect(
      again.calls
        .filter((c) => c.operation === 'StartDashboardSnapshotJobSchedule')
        .map((c) => c.status)
    ).toEqual([200, 202])
  })

  test('an unknown schedule fails the step naming it and its dashboard; the others still run', async () => {
    const r = await runAs(stack, {
      'dashboard-id': 'finance-monthly',
      'sheet-id': 'summary',
      'email-schedule-ids': 'no-such-schedule, month-end'
    })
    expect(r.code).not.toBe(0)
    expect(outputFiles(r.outputs)).toHaveLength(1)
    const [unknown, known] = schedules(r.outputs)
    expect(known).toMatchObject({ scheduleId: 'month-end', status: 'started' })
    expect(unknown).toMatchObject({ scheduleId: 'no-such-schedule', status: 'failed' })
    expect(unknown?.message).toContain(
      'dashboard finance-monthly has no e-mail schedule no-such-schedule'
    )
    const error = errorLine(r.stdout)
    expect(error).toContain('no-such-schedule')
    expect(error).toContain('finance-monthly')
    expect(error).not.toContain('month-end')
  })

  test('access denied names quicksight:StartDashboardSnapshotJobSchedule', async () => {
    const caller = stack.newCaller(['quicksight:StartDashboardSnapshotJobSchedule'])
    const r = await runAs(
      stack,
      { 'dashboard-id': 'ops-weekly', 'email-schedule-ids': 'monday-ops' },
      { caller }
    )
    expect(r.code).not.toBe(0)
    expect(schedules(r.outputs)[0]?.status).toBe('failed')
    expect(errorLine(r.stdout)).toContain('Allow quicksight:StartDashboardSnapshotJobSchedule')
  })

  test('in a pack: a report with exports runs its schedules after them, one without at once', async () => {
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'qse-schedules-'))
    await mkdir(path.join(workspace, '.github'))
    await writeFile(
      path.join(workspace, '.github', 'reports.yml'),
      `reports:
  - dashboard: sales--duration-3000
    name: Sales
    exports: [{ format: pdf, sheet: overview }]
    email-schedules: [weekly-regions]
  - dashboard: ops-weekly
    email-schedules: [monday-ops]
`
    )
    const r = await runAs(
      stack,
      { 'config-file': '.github/reports.yml', 'upload-artifact': 'false' },
      { workspace }
    )
    expect(r.code).toBe(0)
    expect(schedules(r.outputs).map((s) => [s.report, s.scheduleId, s.status])).toEqual([
      ['Sales', 'weekly-regions', 'started'],
      ['Operations Weekly', 'monday-ops', 'started']
    ])
    const ops = r.calls.map((c) => `${c.operation} ${c.jobId ?? ''}`)
    const at = (what: string): number => ops.findIndex((o) => o.startsWith(what))
    expect(at('StartDashboardSnapshotJobSchedule monday-ops')).toBeLessThan(
      at('DescribeDashboardSnapshotJobResult')
    )
    expect(at('StartDashboardSnapshotJobSchedule weekly-regions')).toBeGreaterThan(
      at('DescribeDashboardSnapshotJobResult')
    )
    expect(visible(r.stdout)).toContain('then 2 e-mail schedule(s)')
  })
})
