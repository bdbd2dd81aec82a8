import type {
  DashboardSummary,
  DescribeDashboardDefinitionResponse,
  QuickSightClient
} from '@aws-sdk/client-quicksight'

/** The read calls that turn names into ids, behind an interface so resolution tests without the SDK. */
export interface DashboardsApi {
  /** Every dashboard summary of the account, all pages. */
  listDashboards(accountId: string): Promise<DashboardSummary[]>
  describeDefinition(
    accountId: string,
    dashboardId: string
  ): Promise<DescribeDashboardDefinitionResponse>
}

const PAGE = 100

export async function dashboardsApi(client: QuickSightClient): Promise<DashboardsApi> {
  const sdk = await import('../aws/sdk/quicksight.js')
  return {
    async listDashboards(accountId) {
      const all: DashboardSummary[] = []
      let token: string | undefined
      do {
        const page = await client.send(
          new sdk.ListDashboardsCommand({
            AwsAccountId: accountId,
            MaxResults: PAGE,
            NextToken: token
          })
        )
        all.push(...(page.DashboardSummaryList ?? []))
        token = page.NextToken
      } while (token)
      return all
    },
    describeDefinition: (accountId, dashboardId) =>
      client.send(
        new sdk.DescribeDashboardDefinitionCommand({
          AwsAccountId: accountId,
          DashboardId: dashboardId
        })
      )
  }
}
