import type {
  AssetEntry,
  CreateJobRequest,
  DataExchangeClient,
  GetJobResponse
} from '@aws-sdk/client-dataexchange'

/** The Data Exchange calls the action makes, behind an interface so the kind tests without the SDK. */
export interface DataExchangeApi {
  createJob(request: CreateJobRequest): Promise<GetJobResponse>
  startJob(jobId: string): Promise<void>
  getJob(jobId: string): Promise<GetJobResponse>
  /** Every asset of a revision, all pages. */
  revisionAssets(dataSetId: string, revisionId: string): Promise<AssetEntry[]>
  revisionCreatedAt(dataSetId: string, revisionId: string): Promise<Date | undefined>
  dataSetName(dataSetId: string): Promise<string | undefined>
  assetName(dataSetId: string, revisionId: string, assetId: string): Promise<string | undefined>
}

export async function dataExchangeApi(client: DataExchangeClient): Promise<DataExchangeApi> {
  const sdk = await import('../../aws/sdk/dataexchange.js')
  return {
    createJob: (request) => client.send(new sdk.CreateJobCommand(request)),
    startJob: async (JobId) => void (await client.send(new sdk.StartJobCommand({ JobId }))),
    getJob: (JobId) => client.send(new sdk.GetJobCommand({ JobId })),
    async revisionAssets(DataSetId, RevisionId) {
      const all: AssetEntry[] = []
      let NextToken: string | undefined
      do {
        const page = await client.send(
          new sdk.ListRevisionAssetsCommand({ DataSetId, RevisionId, NextToken, MaxResults: 200 })
        )
        all.push(...(page.Assets ?? []))
        NextToken = page.NextToken
      } while (NextToken)
      return all
    },
    revisionCreatedAt: async (DataSetId, RevisionId) =>
      (await client.send(new sdk.GetRevisionCommand({ DataSetId, RevisionId }))).CreatedAt,
    dataSetName: async (DataSetId) =>
      (await client.send(new sdk.GetDataSetCommand({ DataSetId }))).Name,
    assetName: async (DataSetId, RevisionId, AssetId) =>
      (await client.send(new sdk.GetAssetCommand({ DataSetId, RevisionId, AssetId }))).Name
  }
}
