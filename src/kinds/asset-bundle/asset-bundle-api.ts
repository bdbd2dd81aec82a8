import type {
  DescribeAssetBundleExportJobResponse,
  QuickSightClient,
  StartAssetBundleExportJobRequest,
  StartAssetBundleExportJobResponse
} from '@aws-sdk/client-quicksight'

/** The two asset bundle export operations, behind an interface so the kind tests without the SDK. */
export interface AssetBundleApi {
  start(request: StartAssetBundleExportJobRequest): Promise<StartAssetBundleExportJobResponse>
  describe(accountId: string, jobId: string): Promise<DescribeAssetBundleExportJobResponse>
}

export async function assetBundleApi(client: QuickSightClient): Promise<AssetBundleApi> {
  const sdk = await import('../../aws/sdk/quicksight.js')
  return {
    start: (request) => client.send(new sdk.StartAssetBundleExportJobCommand(request)),
    describe: (accountId, jobId) =>
      client.send(
        new sdk.DescribeAssetBundleExportJobCommand({
          AwsAccountId: accountId,
          AssetBundleExportJobId: jobId
        })
      )
  }
}
