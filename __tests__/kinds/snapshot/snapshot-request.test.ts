import { describe, expect, test } from '@jest/globals'
import type { ExportSpec } from '../../../src/inputs/exports.js'
import type { SnapshotReport } from '../../../src/kinds/snapshot/report-spec.js'
import { buildStartRequest } from '../../../src/kinds/snapshot/snapshot-request.js'

const pdf: ExportSpec = { index: 1, format: 'pdf', sheets: [{ sheetId: 'summary', visualIds: [] }] }
const csv: ExportSpec = { index: 2, format: 'csv', sheets: [{ sheetId: 'd', visualIds: ['v1'] }] }
const excel: ExportSpec = {
  index: 3,
  format: 'excel',
  sheets: [
    { sheetId: 'd', visualIds: ['v1', 'v2'] },
    { sheetId: 'e', visualIds: ['v3'] }
  ]
}
const report = (over: Partial<SnapshotReport> = {}): SnapshotReport => ({
  name: 'sales',
  dashboardId: 'sales-id',
  exports: [pdf, csv, excel],
  parameterNotes: [],
  rlsTags: [],
  registeredUser: false,
  fileName: '{name}.{ext}',
  timezone: 'UTC',
  compare: {},
  ...over
})

describe('buildStartRequest', () => {
  test('one FileGroup per export: PDF takes all visuals of its sheet, CSV and Excel the selected ones', () => {
    const r = buildStartRequest('123456789012', report(), 'job-1', [pdf, csv, excel])
    expect(r).toMatchObject({ AwsAccountId: '123456789012', DashboardId: 'sales-id' })
    expect(r.SnapshotJobId).toBe('job-1')
    expect(r.SnapshotConfiguration?.FileGroups).toEqual([
      {
        Files: [
          {
            FormatType: 'PDF',
            SheetSelections: [{ SheetId: 'summary', SelectionScope: 'ALL_VISUALS' }]
          }
        ]
      },
      {
        Files: [
          {
            FormatType: 'CSV',
            SheetSelections: [
              { SheetId: 'd', SelectionScope: 'SELECTED_VISUALS', VisualIds: ['v1'] }
            ]
          }
        ]
      },
      {
        Files: [
          {
            FormatType: 'EXCEL',
            SheetSelections: [
              { SheetId: 'd', SelectionScope: 'SELECTED_VISUALS', VisualIds: ['v1', 'v2'] },
              { SheetId: 'e', SelectionScope: 'SELECTED_VISUALS', VisualIds: ['v3'] }
            ]
          }
        ]
      }
    ])
  })

  test('an anonymous user always: without tags an empty user, with tags the tags', () => {
    const none = buildStartRequest('123456789012', report(), 'j', [pdf])
    expect(none.UserConfiguration).toEqual({ AnonymousUsers: [{}] })
    const tags = [{ Key: 'region', Value: 'EMEA' }]
    const tagged = buildStartRequest('123456789012', report({ rlsTags: tags }), 'j', [pdf])
    expect(tagged.UserConfiguration).toEqual({
      AnonymousUsers: [{ RowLevelPermissionTags: tags }]
    })
  })

  test('a registered user sends no UserConfiguration (identity-enhanced credentials say who)', () => {
    const r = buildStartRequest('123456789012', report({ registeredUser: true }), 'j', [pdf])
    expect(r).not.toHaveProperty('UserConfiguration.AnonymousUsers')
    expect(r.UserConfiguration).toBeUndefined()
  })

  test("the report's bucket becomes the one S3 destination; parameters go as given", () => {
    const parameters = { StringParameters: [{ Name: 'Region', Values: ['EMEA'] }] }
    const r = buildStartRequest(
      '123456789012',
      report({ s3: { bucket: 'reports', prefix: 'nightly/', region: 'eu-west-1' }, parameters }),
      'j',
      [pdf]
    )
    expect(r.SnapshotConfiguration?.DestinationConfiguration).toEqual({
      S3Destinations: [
        {
          BucketConfiguration: {
            BucketName: 'reports',
            BucketPrefix: 'nightly/',
            BucketRegion: 'eu-west-1'
          }
        }
      ]
    })
    expect(r.SnapshotConfiguration?.Parameters).toEqual(parameters)
    const plain = buildStartRequest('123456789012', report(), 'j', [pdf])
    expect(plain.SnapshotConfiguration?.DestinationConfiguration).toBeUndefined()
    expect(plain.SnapshotConfiguration?.Parameters).toBeUndefined()
  })
})
