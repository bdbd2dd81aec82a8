import type { SnapshotFile, StartDashboardSnapshotJobRequest } from '@aws-sdk/client-quicksight'
import type { ExportSpec } from '../inputs/exports.js'
import type { Inputs } from '../inputs/read-inputs.js'
import type { JobPlan } from '../plan.js'

const FORMAT_TYPE = { pdf: 'PDF', csv: 'CSV', excel: 'EXCEL' } as const

/** The StartDashboardSnapshotJob request for one planned job: one FileGroup per export. */
export function buildStartRequest(
  accountId: string,
  inputs: Inputs,
  plan: JobPlan
): StartDashboardSnapshotJobRequest {
  return {
    AwsAccountId: accountId,
    DashboardId: inputs.dashboardId,
    SnapshotJobId: plan.snapshotJobId,
    UserConfiguration: inputs.registeredUser
      ? undefined
      : {
          AnonymousUsers: [
            inputs.rlsTags.length > 0 ? { RowLevelPermissionTags: inputs.rlsTags } : {}
          ]
        },
    SnapshotConfiguration: {
      FileGroups: plan.exports.map((e) => ({ Files: [snapshotFile(e)] })),
      DestinationConfiguration: inputs.s3 && {
        S3Destinations: [
          {
            BucketConfiguration: {
              BucketName: inputs.s3.bucket,
              BucketPrefix: inputs.s3.prefix,
              BucketRegion: inputs.s3.region
            }
          }
        ]
      },
      Parameters: inputs.parameters
    }
  }
}

export function snapshotFile(e: ExportSpec): SnapshotFile {
  return {
    FormatType: FORMAT_TYPE[e.format],
    SheetSelections: e.sheets.map((s) =>
      e.format === 'pdf'
        ? { SheetId: s.sheetId, SelectionScope: 'ALL_VISUALS' }
        : { SheetId: s.sheetId, SelectionScope: 'SELECTED_VISUALS', VisualIds: s.visualIds }
    )
  }
}
