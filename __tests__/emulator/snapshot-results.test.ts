import { afterAll, beforeAll, expect, test } from '@jest/globals'
import {
  DescribeDashboardSnapshotJobCommand,
  DescribeDashboardSnapshotJobResultCommand,
  QuickSightClient,
  StartDashboardSnapshotJobCommand,
  type SnapshotConfiguration,
  type SnapshotFile
} from '@aws-sdk/client-quicksight'
import { QuickSightEmulator } from '../../emulator/server.js'
import { ACCOUNT, client, download, until } from './helpers.js'

let emulator: QuickSightEmulator
let qs: QuickSightClient
beforeAll(async () => {
  emulator = await new QuickSightEmulator({ jobDurationMs: 150, callsPerSecond: 1000 }).start()
  qs = client(emulator)
})
afterAll(async () => {
  qs.destroy()
  await emulator.close()
})

const pdf: SnapshotFile = {
  FormatType: 'PDF',
  SheetSelections: [{ SheetId: 'overview', SelectionScope: 'ALL_VISUALS' }]
}
const csv: SnapshotFile = {
  FormatType: 'CSV',
  SheetSelections: [
    { SheetId: 'details', SelectionScope: 'SELECTED_VISUALS', VisualIds: ['orders-table'] }
  ]
}
const excel: SnapshotFile = {
  FormatType: 'EXCEL',
  SheetSelections: [
    {
      SheetId: 'details',
      SelectionScope: 'SELECTED_VISUALS',
      VisualIds: ['units-table', 'top-products']
    }
  ]
}

const start = (DashboardId: string, SnapshotJobId: string, config: SnapshotConfiguration) =>
  qs.send(
    new StartDashboardSnapshotJobCommand({
      AwsAccountId: ACCOUNT,
      DashboardId,
      SnapshotJobId,
      UserConfiguration: { AnonymousUsers: [{}] },
      SnapshotConfiguration: config
    })
  )
const ids = (DashboardId: string, SnapshotJobId: string) => ({
  AwsAccountId: ACCOUNT,
  DashboardId,
  SnapshotJobId
})
const ended = (DashboardId: string, SnapshotJobId: string) =>
  until(
    () =>
      qs
        .send(new DescribeDashboardSnapshotJobResultCommand(ids(DashboardId, SnapshotJobId)))
        .catch(() => undefined),
    (r) => r?.JobStatus === 'COMPLETED' || r?.JobStatus === 'FAILED'
  )

test('--reversed: the result lists the groups in reverse order, each with its own Files and file', async () => {
  const files = [pdf, csv, excel]
  await start('sales--reversed', 'rev-1', { FileGroups: files.map((f) => ({ Files: [f] })) })
  const result = await until(
    () =>
      qs
        .send(new DescribeDashboardSnapshotJobResultCommand(ids('sales--reversed', 'rev-1')))
        .catch(() => undefined),
    (r) => r?.JobStatus === 'COMPLETED'
  )
  const groups = result?.Result?.AnonymousUsers?.[0]?.FileGroups ?? []
  expect(groups.map((g) => g.Files)).toEqual([[excel], [csv], [pdf]])
  const heads = await Promise.all(
    groups.map(async (g) => {
      const body = (await download(emulator, g.S3Results?.[0]?.S3Uri ?? '')).body
      return body.subarray(0, 4).toString('latin1')
    })
  )
  // Excel is a zip, then the CSV's header, then a PDF.
  expect(heads).toEqual(['PK\u0003\u0004', 'Date', '%PDF'])
})

test('DescribeDashboardSnapshotJob returns the SnapshotConfiguration the job was started with', async () => {
  const config: SnapshotConfiguration = {
    FileGroups: [{ Files: [csv] }, { Files: [pdf] }],
    Parameters: {
      StringParameters: [{ Name: 'Region', Values: ['EMEA', 'APAC'] }],
      IntegerParameters: [{ Name: 'Year', Values: [2025] }],
      DecimalParameters: [{ Name: 'MinRevenue', Values: [100.5] }],
      DateTimeParameters: [{ Name: 'From', Values: [new Date('2025-03-01T00:00:00Z')] }]
    }
  }
  await start('sales', 'conf-1', config)
  const described = await qs.send(new DescribeDashboardSnapshotJobCommand(ids('sales', 'conf-1')))
  expect(described.SnapshotConfiguration).toEqual(config)
  expect(described.UserConfiguration).toEqual({
    AnonymousUsers: [{ RowLevelPermissionTagKeys: [] }]
  })
})

test('a job id in use: ResourceExistsException while it runs and after it ended; the old configuration stays', async () => {
  const first = { FileGroups: [{ Files: [pdf] }] }
  const second = { FileGroups: [{ Files: [csv] }] }
  await start('sales--duration-600', 'reuse-1', first)
  await expect(start('sales--duration-600', 'reuse-1', second)).rejects.toMatchObject({
    name: 'ResourceExistsException',
    $metadata: { httpStatusCode: 409 }
  })
  await ended('sales--duration-600', 'reuse-1')
  await expect(start('sales--duration-600', 'reuse-1', second)).rejects.toMatchObject({
    name: 'ResourceExistsException'
  })
  const described = await qs.send(
    new DescribeDashboardSnapshotJobCommand(ids('sales--duration-600', 'reuse-1'))
  )
  expect(described.JobStatus).toBe('COMPLETED')
  expect(described.SnapshotConfiguration).toEqual(first)
})
