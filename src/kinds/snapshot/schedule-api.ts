import type { QuickSightClient } from '@aws-sdk/client-quicksight'

export interface ScheduleKey {
  AwsAccountId: string
  DashboardId: string
  ScheduleId: string
}

/** StartDashboardSnapshotJobSchedule: runs an e-mail schedule of a dashboard now. */
export type ScheduleApi = (key: ScheduleKey) => Promise<{ Status?: number }>

export async function scheduleApi(client: QuickSightClient): Promise<ScheduleApi> {
  const sdk = await import('../../aws/sdk/quicksight.js')
  return (key) => client.send(new sdk.StartDashboardSnapshotJobScheduleCommand(key))
}
