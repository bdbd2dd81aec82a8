import { describe, expect, test } from '@jest/globals'
import {
  DescribeDashboardSnapshotJobCommand,
  DescribeDashboardSnapshotJobResultCommand,
  QuickSightClient,
  StartDashboardSnapshotJobCommand
} from '@aws-sdk/client-quicksight'
import { mockClient } from 'aws-sdk-client-mock'
import { snapshotApi } from '../../../src/kinds/snapshot/snapshot-api.js'

const key = { AwsAccountId: '123456789012', DashboardId: 'sales', SnapshotJobId: 'j' }

describe('snapshotApi', () => {
  test('sends each call as its own command with the job key, and returns the answer', async () => {
    const quicksight = new QuickSightClient({ region: 'eu-west-1' })
    const mock = mockClient(quicksight)
    mock.on(StartDashboardSnapshotJobCommand).resolves({ Arn: 'arn:job' })
    mock.on(DescribeDashboardSnapshotJobCommand).resolves({ JobStatus: 'RUNNING' })
    mock.on(DescribeDashboardSnapshotJobResultCommand).resolves({ Result: { AnonymousUsers: [] } })
    const api = await snapshotApi(quicksight)
    const request = { ...key, SnapshotConfiguration: { FileGroups: [] } }
    expect(await api.start(request)).toMatchObject({ Arn: 'arn:job' })
    expect(await api.describe(key)).toMatchObject({ JobStatus: 'RUNNING' })
    expect(await api.result(key)).toMatchObject({ Result: { AnonymousUsers: [] } })
    expect(mock.commandCalls(StartDashboardSnapshotJobCommand)[0]?.args[0].input).toEqual(request)
    expect(mock.commandCalls(DescribeDashboardSnapshotJobCommand)[0]?.args[0].input).toEqual(key)
    expect(mock.commandCalls(DescribeDashboardSnapshotJobResultCommand)[0]?.args[0].input).toEqual(
      key
    )
    expect(mock.calls()).toHaveLength(3)
  })
})
