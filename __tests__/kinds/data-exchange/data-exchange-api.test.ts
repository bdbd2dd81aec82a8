import { describe, expect, test } from '@jest/globals'
import {
  type AssetEntry,
  CreateJobCommand,
  DataExchangeClient,
  GetAssetCommand,
  GetDataSetCommand,
  GetJobCommand,
  GetRevisionCommand,
  ListRevisionAssetsCommand,
  StartJobCommand
} from '@aws-sdk/client-dataexchange'
import { mockClient } from 'aws-sdk-client-mock'
import { dataExchangeApi } from '../../../src/kinds/data-exchange/data-exchange-api.js'

const asset = (Id: string): AssetEntry => ({
  Id,
  Name: `${Id}.csv`,
  Arn: `arn:aws:dataexchange:eu-west-1:123456789012:data-sets/ds/revisions/rev/assets/${Id}`,
  AssetDetails: {},
  AssetType: 'S3_SNAPSHOT',
  CreatedAt: new Date(0),
  UpdatedAt: new Date(0),
  DataSetId: 'ds',
  RevisionId: 'rev'
})

const setup = async () => {
  const client = new DataExchangeClient({ region: 'eu-west-1' })
  const mock = mockClient(client)
  return { mock, api: await dataExchangeApi(client) }
}

describe('dataExchangeApi', () => {
  test('creates, starts and gets jobs by id', async () => {
    const { mock, api } = await setup()
    mock.on(CreateJobCommand).resolves({ Id: 'job-1', State: 'WAITING' })
    mock.on(StartJobCommand).resolves({})
    mock.on(GetJobCommand).resolves({ Id: 'job-1', State: 'IN_PROGRESS' })
    const request = {
      Type: 'EXPORT_ASSET_TO_SIGNED_URL' as const,
      Details: { ExportAssetToSignedUrl: { DataSetId: 'ds', RevisionId: 'rev', AssetId: 'a' } }
    }
    expect(await api.createJob(request)).toMatchObject({ Id: 'job-1' })
    expect(await api.startJob('job-1')).toBeUndefined()
    expect(await api.getJob('job-1')).toMatchObject({ State: 'IN_PROGRESS' })
    expect(mock.commandCalls(CreateJobCommand)[0]?.args[0].input).toEqual(request)
    expect(mock.commandCalls(StartJobCommand)[0]?.args[0].input).toEqual({ JobId: 'job-1' })
    expect(mock.commandCalls(GetJobCommand)[0]?.args[0].input).toEqual({ JobId: 'job-1' })
  })

  test('lists every asset of a revision, page after page, passing each next token on', async () => {
    const { mock, api } = await setup()
    mock
      .on(ListRevisionAssetsCommand)
      .resolvesOnce({ Assets: [asset('a')], NextToken: 't1' })
      .resolvesOnce({
        Assets: [asset('b'), asset('c')]
      })
    const assets = await api.revisionAssets('ds', 'rev')
    expect(assets.map((a) => a.Name)).toEqual(['a.csv', 'b.csv', 'c.csv'])
    expect(mock.commandCalls(ListRevisionAssetsCommand).map((c) => c.args[0].input)).toEqual([
      { DataSetId: 'ds', RevisionId: 'rev', NextToken: undefined, MaxResults: 200 },
      { DataSetId: 'ds', RevisionId: 'rev', NextToken: 't1', MaxResults: 200 }
    ])
  })

  test('reads names and the revision date from their own calls', async () => {
    const { mock, api } = await setup()
    const created = new Date('2025-01-31T12:00:00Z')
    mock.on(GetRevisionCommand).resolves({ CreatedAt: created })
    mock.on(GetDataSetCommand).resolves({ Name: 'Prices' })
    mock.on(GetAssetCommand).resolves({ Name: 'prices.csv' })
    expect(await api.revisionCreatedAt('ds', 'rev')).toEqual(created)
    expect(await api.dataSetName('ds')).toBe('Prices')
    expect(await api.assetName('ds', 'rev', 'a')).toBe('prices.csv')
    expect(mock.commandCalls(GetRevisionCommand)[0]?.args[0].input).toEqual({
      DataSetId: 'ds',
      RevisionId: 'rev'
    })
    expect(mock.commandCalls(GetDataSetCommand)[0]?.args[0].input).toEqual({ DataSetId: 'ds' })
    expect(mock.commandCalls(GetAssetCommand)[0]?.args[0].input).toEqual({
      DataSetId: 'ds',
      RevisionId: 'rev',
      AssetId: 'a'
    })
  })
})
