import type {
  DescribeDashboardSnapshotJobResponse,
  DescribeDashboardSnapshotJobResultResponse,
  QuickSightClient,
  StartDashboardSnapshotJobRequest,
  StartDashboardSnapshotJobResponse
} from '@aws-sdk/client-quicksight'

export interface JobKey {
  AwsAccountId: string
  DashboardId: string
  SnapshotJobId: string
}

/** The three snapshot operations, behind an interface so the engine tests without the SDK. */
export interface SnapshotApi {
  start(request: StartDashboardSnapshotJobRequest): Promise<StartDashboardSnapshotJobResponse>
  describe(key: JobKey): Promise<DescribeDashboardSnapshotJobResponse>
  result(key: JobKey): Promise<DescribeDashboardSnapshotJobResultResponse>
}

export async function snapshotApi(client: QuickSightClient): Promise<SnapshotApi> {
  return (await snapshotApis())(client)
}

/** Makes the snapshot API of any QuickSight client (the step's, or a registered user's). */
export async function snapshotApis(): Promise<(client: QuickSightClient) => SnapshotApi> {
  const sdk = await import('../../aws/sdk/quicksight.js')
  return (client) => ({
    start: (request) => client.send(new sdk.StartDashboardSnapshotJobCommand(request)),
    describe: (key) => client.send(new sdk.DescribeDashboardSnapshotJobCommand(key)),
    result: (key) => client.send(new sdk.DescribeDashboardSnapshotJobResultCommand(key))
  })
}
