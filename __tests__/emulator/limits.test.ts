import { afterEach, describe, expect, test } from '@jest/globals'
import {
  DescribeAssetBundleExportJobCommand,
  DescribeDashboardSnapshotJobResultCommand,
  ListDashboardsCommand,
  QuickSightClient,
  StartDashboardSnapshotJobCommand
} from '@aws-sdk/client-quicksight'
import { EmulatorOptions, QuickSightEmulator } from '../../emulator/server.js'
import { ACCOUNT, client, download, sleep, until } from './helpers.js'

const OTHER_ACCOUNT = '210987654321'
let emulator: QuickSightEmulator
let qs: QuickSightClient
const startEmulator = async (options: EmulatorOptions) => {
  emulator = await new QuickSightEmulator(options).start()
  qs = client(emulator)
}
afterEach(async () => {
  qs.destroy()
  await emulator.close()
})

const startPdf = (dashboard: string, jobId: string, account = ACCOUNT) =>
  qs.send(
    new StartDashboardSnapshotJobCommand({
      AwsAccountId: account,
      DashboardId: dashboard,
      SnapshotJobId: jobId,
      UserConfiguration: { AnonymousUsers: [{}] },
      SnapshotConfiguration: {
        FileGroups: [
          {
            Files: [
              {
                FormatType: 'PDF',
                SheetSelections: [{ SheetId: 'overview', SelectionScope: 'ALL_VISUALS' }]
              }
            ]
          }
        ]
      }
    })
  )
const result = (jobId: string) =>
  qs.send(
    new DescribeDashboardSnapshotJobResultCommand({
      AwsAccountId: ACCOUNT,
      DashboardId: 'sales',
      SnapshotJobId: jobId
    })
  )

describe('time scale', () => {
  test('job times and the 5-minute URL lifetime shrink by the time scale', async () => {
    // 2000 ms jobs take 2 ms; 300 s URLs live 300 ms.
    await startEmulator({ callsPerSecond: 1000, timeScale: 0.001 })
    const began = Date.now()
    await startPdf('sales', 'fast')
    const done = await until(
      () => result('fast').catch(() => undefined),
      (r) => r?.JobStatus === 'COMPLETED'
    )
    expect(Date.now() - began).toBeLessThan(1500)
    const url = done?.Result?.AnonymousUsers?.[0]?.FileGroups?.[0]?.S3Results?.[0]?.S3Uri ?? ''
    expect(new URL(url).searchParams.get('X-Amz-Expires')).toBe('300')
    expect((await download(emulator, url)).status).toBe(200)
    await sleep(400)
    expect((await download(emulator, url)).status).toBe(403)
  })

  test('with time scale 1 the same job is still running after 500 ms', async () => {
    await startEmulator({ callsPerSecond: 1000 })
    await startPdf('sales', 'slow')
    await sleep(500)
    await expect(result('slow')).rejects.toMatchObject({ name: 'InvalidParameterValueException' })
  })
})

describe('per-account limits', () => {
  test('the 10 calls/s rate is counted per account', async () => {
    await startEmulator({})
    const listOn = (account: string) =>
      qs.send(new ListDashboardsCommand({ AwsAccountId: account, MaxResults: 1 }))
    for (let i = 0; i < 10; i++) await listOn(ACCOUNT)
    await expect(listOn(ACCOUNT)).rejects.toMatchObject({
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 429 }
    })
    await expect(listOn(OTHER_ACCOUNT)).resolves.toBeDefined()
  })

  test('asset bundle calls count in the same rate as the other QuickSight calls', async () => {
    await startEmulator({})
    for (let i = 0; i < 10; i++)
      await qs.send(new ListDashboardsCommand({ AwsAccountId: ACCOUNT, MaxResults: 1 }))
    await expect(
      qs.send(
        new DescribeAssetBundleExportJobCommand({
          AwsAccountId: ACCOUNT,
          AssetBundleExportJobId: 'any'
        })
      )
    ).rejects.toMatchObject({ name: 'ThrottlingException' })
  })

  test('12 running snapshot jobs fill one account only', async () => {
    await startEmulator({ callsPerSecond: 1000 })
    for (let i = 0; i < 12; i++) await startPdf('sales--stuck', `job-${i}`)
    await expect(startPdf('sales--stuck', 'job-12')).rejects.toMatchObject({
      name: 'LimitExceededException',
      $metadata: { httpStatusCode: 409 }
    })
    await expect(startPdf('sales--stuck', 'job-12', OTHER_ACCOUNT)).resolves.toBeDefined()
    expect(emulator.activeJobs(ACCOUNT)).toHaveLength(12)
    expect(emulator.activeJobs(OTHER_ACCOUNT)).toHaveLength(1)
  })
})
