import { afterAll, beforeAll, expect, test } from '@jest/globals'
import {
  QuickSightClient,
  StartDashboardSnapshotJobScheduleCommand
} from '@aws-sdk/client-quicksight'
import { QuickSightEmulator } from '../../emulator/server.js'
import { ACCOUNT, client, sleep } from './helpers.js'

let emulator: QuickSightEmulator
let qs: QuickSightClient
beforeAll(async () => {
  emulator = await new QuickSightEmulator({
    jobDurationMs: 400,
    callsPerSecond: 1000,
    deny: { AKIANOSCHEDULE: ['quicksight:StartDashboardSnapshotJobSchedule'] }
  }).start()
  qs = client(emulator)
})
afterAll(async () => {
  qs.destroy()
  await emulator.close()
})

const run = (DashboardId: string, ScheduleId: string, c = qs) =>
  c.send(
    new StartDashboardSnapshotJobScheduleCommand({ AwsAccountId: ACCOUNT, DashboardId, ScheduleId })
  )

test('a schedule runs (200); again while it runs: 202, a success for the SDK; after its run: 200', async () => {
  const first = await run('sales', 'daily-summary')
  expect(first.Status).toBe(200)
  expect(first.$metadata.httpStatusCode).toBe(200)
  expect(first.RequestId).toBeTruthy()
  const again = await run('sales', 'daily-summary')
  expect(again.Status).toBe(202)
  expect((await run('sales', 'weekly-regions')).Status).toBe(200)
  await sleep(450)
  expect((await run('sales', 'daily-summary')).Status).toBe(200)
  expect(
    emulator.schedules.runs.filter((r) => r.scheduleId === 'daily-summary').map((r) => r.status)
  ).toEqual([200, 202, 200])
  const calls = emulator.calls.filter((c) => c.operation === 'StartDashboardSnapshotJobSchedule')
  expect(calls.map((c) => [c.jobId, c.status]).slice(0, 2)).toEqual([
    ['daily-summary', 200],
    ['daily-summary', 202]
  ])
})

test('an unknown schedule, or a schedule of another dashboard: ResourceNotFoundException (404)', async () => {
  for (const [dashboard, schedule] of [
    ['sales', 'no-such-schedule'],
    ['finance-monthly', 'daily-summary'],
    ['no-such-dashboard', 'daily-summary']
  ])
    await expect(run(dashboard ?? '', schedule ?? '')).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      $metadata: { httpStatusCode: 404 },
      message: expect.stringContaining(
        dashboard === 'no-such-dashboard' ? 'Dashboard' : (schedule ?? '')
      )
    })
})

test('a schedule a test adds; directives on the dashboard id: --duration, --start-LimitExceeded, --throttle', async () => {
  emulator.schedules.add('regional-emea', 'emea-friday')
  expect((await run('regional-emea', 'emea-friday')).Status).toBe(200)
  expect((await run('sales--duration-5000', 'weekly-regions')).Status).toBe(200)
  await sleep(450)
  expect((await run('sales--duration-5000', 'weekly-regions')).Status).toBe(202)
  await expect(run('sales--start-LimitExceeded', 'daily-summary')).rejects.toMatchObject({
    name: 'LimitExceededException',
    $metadata: { httpStatusCode: 409 }
  })
  await expect(run('ops-weekly--throttle-100', 'monday-ops')).rejects.toMatchObject({
    name: 'ThrottlingException',
    $metadata: { httpStatusCode: 429 }
  })
})

test('a key denied quicksight:StartDashboardSnapshotJobSchedule: AccessDeniedException (401)', async () => {
  const denied = client(emulator, 'AKIANOSCHEDULE')
  await expect(
    run('exec-kpis', '3f2b9c1e-8a47-4d6b-9e15-7c0a2d4f6b83', denied)
  ).rejects.toMatchObject({
    name: 'AccessDeniedException',
    $metadata: { httpStatusCode: 401 },
    message: expect.stringContaining('quicksight:StartDashboardSnapshotJobSchedule')
  })
  denied.destroy()
})
