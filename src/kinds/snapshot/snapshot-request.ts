import type { SnapshotFile, StartDashboardSnapshotJobRequest } from '@aws-sdk/client-quicksight'
import type { ExportSpec } from '../../inputs/exports.js'
import type { SnapshotReport } from './report-spec.js'

const FORMAT_TYPE = { pdf: 'PDF', csv: 'CSV', excel: 'EXCEL' } as const

/** The StartDashboardSnapshotJob request for one job of a report: one FileGroup per export. */
export function buildStartRequest(
  accountId: string,
  report: SnapshotReport,
  snapshotJobId: string,
  exports: ExportSpec[]
): StartDashboardSnapshotJobRequest {
  return {
    AwsAccountId: accountId,
    DashboardId: report.dashboardId,
    SnapshotJobId: snapshotJobId,
    UserConfiguration: report.registeredUser
      ? undefined
      : {
          AnonymousUsers: [
            report.rlsTags.length > 0 ? { RowLevelPermissionTags: report.rlsTags } : {}
          ]
        },
    SnapshotConfiguration: {
      FileGroups: exports.map((e) => ({ Files: [snapshotFile(e)] })),
      DestinationConfiguration: report.s3 && {
        S3Destinations: [
          {
            BucketConfiguration: {
              BucketName: report.s3.bucket,
              BucketPrefix: report.s3.prefix,
              BucketRegion: report.s3.region
            }
          }
        ]
      },
      Parameters: report.parameters
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
