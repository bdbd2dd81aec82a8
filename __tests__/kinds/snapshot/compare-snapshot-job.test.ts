import { describe, expect, test } from '@jest/globals'
import type {
  DescribeDashboardSnapshotJobResponse,
  StartDashboardSnapshotJobRequest
} from '@aws-sdk/client-quicksight'
import { snapshotJobDifferences } from '../../../src/kinds/snapshot/compare-snapshot-job.js'

const csv = (sheet: string, visual: string) => ({
  Files: [
    {
      FormatType: 'CSV' as const,
      SheetSelections: [
        { SheetId: sheet, SelectionScope: 'SELECTED_VISUALS' as const, VisualIds: [visual] }
      ]
    }
  ]
})
const asked: StartDashboardSnapshotJobRequest = {
  AwsAccountId: '123456789012',
  DashboardId: 'sales',
  SnapshotJobId: 'j',
  UserConfiguration: {
    AnonymousUsers: [{ RowLevelPermissionTags: [{ Key: 'Region', Value: 'EMEA' }] }]
  },
  SnapshotConfiguration: {
    FileGroups: [csv('details', 'orders'), csv('details', 'units')],
    DestinationConfiguration: {
      S3Destinations: [
        {
          BucketConfiguration: {
            BucketName: 'reports',
            BucketPrefix: 'daily',
            BucketRegion: 'eu-west-1'
          }
        }
      ]
    },
    Parameters: {
      StringParameters: [{ Name: 'Region', Values: ['EMEA'] }],
      DateTimeParameters: [{ Name: 'From', Values: [new Date('2025-01-01T00:00:00Z')] }]
    }
  }
}
/** What DescribeDashboardSnapshotJob answers for the same job. */
const same = (): DescribeDashboardSnapshotJobResponse => ({
  SnapshotConfiguration: structuredClone(asked.SnapshotConfiguration),
  UserConfiguration: { AnonymousUsers: [{ RowLevelPermissionTagKeys: ['Region'] }] }
})

describe('snapshotJobDifferences', () => {
  test('the same job: no difference, whatever the order of its file groups', () => {
    expect(snapshotJobDifferences(asked, same())).toEqual([])
    const swapped = same()
    swapped.SnapshotConfiguration!.FileGroups!.reverse()
    expect(snapshotJobDifferences(asked, swapped)).toEqual([])
  })

  test('another file, destination, parameter value or tag key: each named', () => {
    const other = same()
    other.SnapshotConfiguration!.FileGroups![1] = csv('regions', 'region-table')
    other.SnapshotConfiguration!.DestinationConfiguration = undefined
    other.SnapshotConfiguration!.Parameters!.DateTimeParameters = [
      { Name: 'From', Values: [new Date('2025-02-01T00:00:00Z')] }
    ]
    other.UserConfiguration = { AnonymousUsers: [{ RowLevelPermissionTagKeys: ['Product'] }] }
    expect(snapshotJobDifferences(asked, other)).toEqual([
      'FileGroups[1]: CSV of sheet regions visuals [region-table] vs asked CSV of sheet details visuals [units]',
      "destination: QuickSight's default bucket vs asked s3://reports/daily (eu-west-1)",
      'Parameters[1]: From = [2025-02-01T00:00:00.000Z] vs asked From = [2025-01-01T00:00:00.000Z]',
      'row-level security tag keys: [Product] vs asked [Region]'
    ])
  })

  test('more or fewer groups are named as such', () => {
    const more = same()
    more.SnapshotConfiguration!.FileGroups!.push(csv('regions', 'region-table'))
    expect(snapshotJobDifferences(asked, more)).toEqual([
      'FileGroups[2]: CSV of sheet regions visuals [region-table], which this step does not ask for'
    ])
    const fewer = same()
    fewer.SnapshotConfiguration!.FileGroups!.pop()
    expect(snapshotJobDifferences(asked, fewer)).toEqual([
      'FileGroups: this step asks for CSV of sheet details visuals [units], which the job does not have'
    ])
  })

  test("an anonymous user's job is not a registered user's, and the reverse", () => {
    const registered = { ...asked, UserConfiguration: undefined }
    expect(snapshotJobDifferences(registered, same())).toEqual([
      "user: an anonymous user's job (tag keys [Region]) vs asked a registered user's"
    ])
    // A registered user's job is described without UserConfiguration.
    const registeredJob = { ...same(), UserConfiguration: undefined }
    expect(snapshotJobDifferences(asked, registeredJob)).toEqual([
      "user: a registered user's job vs asked an anonymous user's (tag keys [Region])"
    ])
    expect(snapshotJobDifferences(registered, registeredJob)).toEqual([])
  })
})
