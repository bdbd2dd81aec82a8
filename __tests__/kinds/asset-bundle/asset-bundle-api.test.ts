import { describe, expect, test } from '@jest/globals'
import {
  DescribeAssetBundleExportJobCommand,
  QuickSightClient,
  StartAssetBundleExportJobCommand
} from '@aws-sdk/client-quicksight'
import { mockClient } from 'aws-sdk-client-mock'
import { assetBundleApi } from '../../../src/kinds/asset-bundle/asset-bundle-api.js'

describe('assetBundleApi', () => {
  test('starts with the request as planned and describes by account and job id', async () => {
    const quicksight = new QuickSightClient({ region: 'eu-west-1' })
    const mock = mockClient(quicksight)
    mock.on(StartAssetBundleExportJobCommand).resolves({ Arn: 'arn:bundle' })
    mock.on(DescribeAssetBundleExportJobCommand).resolves({ JobStatus: 'IN_PROGRESS' })
    const api = await assetBundleApi(quicksight)
    const request = {
      AwsAccountId: '123456789012',
      AssetBundleExportJobId: 'backup-1',
      ResourceArns: ['arn:aws:quicksight:eu-west-1:123456789012:dashboard/sales'],
      ExportFormat: 'QUICKSIGHT_JSON' as const
    }
    expect(await api.start(request)).toMatchObject({ Arn: 'arn:bundle' })
    expect(await api.describe('123456789012', 'backup-1')).toMatchObject({
      JobStatus: 'IN_PROGRESS'
    })
    expect(mock.commandCalls(StartAssetBundleExportJobCommand)[0]?.args[0].input).toEqual(request)
    expect(mock.commandCalls(DescribeAssetBundleExportJobCommand)[0]?.args[0].input).toEqual({
      AwsAccountId: '123456789012',
      AssetBundleExportJobId: 'backup-1'
    })
  })
})
