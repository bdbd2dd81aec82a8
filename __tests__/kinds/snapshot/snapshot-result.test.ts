import { describe, expect, test } from '@jest/globals'
import type { ExportSpec } from '../../../src/inputs/exports.js'
import { snapshotFile } from '../../../src/kinds/snapshot/snapshot-request.js'
import { describeJobError, resultFiles } from '../../../src/kinds/snapshot/snapshot-result.js'

const specs: ExportSpec[] = [
  { index: 1, format: 'pdf', sheets: [{ sheetId: 's', visualIds: [] }] },
  { index: 2, format: 'csv', sheets: [{ sheetId: 's', visualIds: ['v'] }] },
  { index: 3, format: 'csv', sheets: [{ sheetId: 's', visualIds: ['w'] }] },
  { index: 4, format: 'csv', sheets: [{ sheetId: 's', visualIds: ['x'] }] }
]
const group = (
  spec: ExportSpec,
  S3Uri?: string,
  ErrorInfo?: { ErrorType: string; ErrorMessage: string }[]
) => ({
  Files: [snapshotFile(spec)],
  S3Results: [{ S3Uri, ErrorInfo }]
})
const [pdf, csvV, csvW, csvX] = specs as [ExportSpec, ExportSpec, ExportSpec, ExportSpec]

describe('resultFiles', () => {
  test('pairs each export with its file group: a URI, an error with a hint, or no file', () => {
    const { files } = resultFiles(
      {
        Result: {
          AnonymousUsers: [
            {
              FileGroups: [
                group(pdf, 'https://bucket/a.pdf?X-Amz-Signature=s'),
                group(csvV, 's3://own/b.csv'),
                group(csvW, undefined, [
                  { ErrorType: 'CAPABILITY_RESTRICTED', ErrorMessage: 'no CSV' }
                ]),
                group(csvX)
              ]
            }
          ]
        }
      },
      specs
    )
    expect(files.map((f) => [f.spec.index, f.uri, f.error])).toEqual([
      [1, 'https://bucket/a.pdf?X-Amz-Signature=s', undefined],
      [2, 's3://own/b.csv', undefined],
      [
        3,
        undefined,
        expect.stringMatching(
          /^CAPABILITY_RESTRICTED: no CSV Hint: The user is not allowed to export in this format/
        )
      ],
      [4, undefined, 'QuickSight returned no file for this export.']
    ])
  })

  test("a registered user's result is read the same way", () => {
    const {
      files: [file]
    } = resultFiles(
      { Result: { RegisteredUsers: [{ FileGroups: [group(pdf, 's3://own/a.pdf')] }] } },
      specs.slice(0, 1)
    )
    expect(file?.uri).toBe('s3://own/a.pdf')
  })

  test('a location that is neither s3:// nor https:// is refused, not downloaded', () => {
    const {
      files: [file]
    } = resultFiles(
      { Result: { AnonymousUsers: [{ FileGroups: [group(pdf, 'file:///etc/passwd')] }] } },
      specs.slice(0, 1)
    )
    expect(file).toEqual({
      spec: specs[0],
      error: 'QuickSight returned a file location that is neither s3:// nor https://.'
    })
  })

  test('groups in another order still land on their own exports', () => {
    const { files, unclaimed } = resultFiles(
      {
        Result: {
          AnonymousUsers: [
            {
              FileGroups: [
                group(csvX, 's3://own/x.csv'),
                group(csvW, 's3://own/w.csv'),
                group(csvV, 's3://own/v.csv'),
                group(pdf, 's3://own/a.pdf')
              ]
            }
          ]
        }
      },
      specs
    )
    expect(files.map((f) => [f.spec.index, f.uri])).toEqual([
      [1, 's3://own/a.pdf'],
      [2, 's3://own/v.csv'],
      [3, 's3://own/w.csv'],
      [4, 's3://own/x.csv']
    ])
    expect(unclaimed).toEqual([])
  })

  test('an export without its group fails naming what came back; never the file at its position', () => {
    const other: ExportSpec = {
      index: 9,
      format: 'csv',
      sheets: [{ sheetId: 't', visualIds: ['y'] }]
    }
    const { files, unclaimed } = resultFiles(
      {
        Result: {
          AnonymousUsers: [
            { FileGroups: [group(pdf, 's3://own/a.pdf'), group(other, 's3://own/y.csv')] }
          ]
        }
      },
      specs.slice(0, 2)
    )
    expect(files[0]?.uri).toBe('s3://own/a.pdf')
    expect(files[1]?.uri).toBeUndefined()
    expect(files[1]?.error).toBe(
      "QuickSight's result has no file group for this export (CSV of sheet s visuals [v]); the groups no export matches: FileGroups[1]: CSV of sheet t visuals [y]. Nothing was downloaded under this export's name."
    )
    expect(unclaimed).toEqual(['FileGroups[1]: CSV of sheet t visuals [y]'])
  })

  test('an unknown error type still gets a message and a generic hint', () => {
    expect(describeJobError(undefined)).toBe(
      'UNKNOWN_ERROR: no message Hint: See the QuickSight console for the job, and re-run.'
    )
  })
})
