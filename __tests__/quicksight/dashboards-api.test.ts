import { describe, expect, test } from '@jest/globals'
import {
  DescribeDashboardDefinitionCommand,
  ListDashboardsCommand,
  QuickSightClient
} from '@aws-sdk/client-quicksight'
import { mockClient } from 'aws-sdk-client-mock'
import { dashboardsApi } from '../../src/quicksight/dashboards-api.js'

const client = () => {
  const quicksight = new QuickSightClient({ region: 'eu-west-1' })
  return { quicksight, mock: mockClient(quicksight) }
}

describe('dashboardsApi', () => {
  test('lists every page of dashboards, 100 at a time, passing each next token on', async () => {
    const { quicksight, mock } = client()
    mock
      .on(ListDashboardsCommand)
      .resolvesOnce({
        DashboardSummaryList: [{ DashboardId: 'a' }, { DashboardId: 'b' }],
        NextToken: 't1'
      })
      .resolvesOnce({ DashboardSummaryList: [{ DashboardId: 'c' }], NextToken: 't2' })
      .resolves({})
    const all = await (await dashboardsApi(quicksight)).listDashboards('123456789012')
    expect(all.map((d) => d.DashboardId)).toEqual(['a', 'b', 'c'])
    expect(mock.commandCalls(ListDashboardsCommand).map((c) => c.args[0].input)).toEqual([
      { AwsAccountId: '123456789012', MaxResults: 100, NextToken: undefined },
      { AwsAccountId: '123456789012', MaxResults: 100, NextToken: 't1' },
      { AwsAccountId: '123456789012', MaxResults: 100, NextToken: 't2' }
    ])
  })

  test('describes one dashboard definition of the account', async () => {
    const { quicksight, mock } = client()
    mock.on(DescribeDashboardDefinitionCommand).resolves({ DashboardId: 'sales', Name: 'Sales' })
    const api = await dashboardsApi(quicksight)
    expect(await api.describeDefinition('123456789012', 'sales')).toMatchObject({ Name: 'Sales' })
    expect(mock.commandCalls(DescribeDashboardDefinitionCommand)[0]?.args[0].input).toEqual({
      AwsAccountId: '123456789012',
      DashboardId: 'sales'
    })
  })

  test("a failed call's error reaches the caller as the SDK raised it", async () => {
    const { quicksight, mock } = client()
    mock
      .on(ListDashboardsCommand)
      .rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }))
    await expect((await dashboardsApi(quicksight)).listDashboards('123456789012')).rejects.toThrow(
      expect.objectContaining({ name: 'AccessDeniedException' })
    )
  })
})
