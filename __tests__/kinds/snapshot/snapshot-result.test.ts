import { describe, expect, test } from '@jest/globals'
import type { ExportSpec } from '../../../src/inputs/exports.js'
import { describeJobError, resultFiles } from '../../../src/kinds/snapshot/snapshot-result.js'

const specs: ExportSpec[] = [
  { index: 1, format: 'pdf', sheets: [{ sheetId: 's', visualIds: [] }] },
  { index: 2, format: 'csv', sheets: [{ sheetId: 's', visualIds: ['v'] }] },
  { index: 3, format: 'csv', sheets: [{ sheetId: 's', visualIds: ['w'] }] },
  { index: 4, format: 'csv', sheets: [{ sheetId: 's', visualIds: ['x'] }] }
]
const group = (S3Uri?: string, ErrorInfo?: { ErrorType: string; ErrorMessage: string }[]) => ({
  Files: [],
  S3Results: [{ S3Uri, ErrorInfo }]
})

describe('resultFiles', () => {
  test('pairs export i with file group i: a URI, an error with a hint, or no file', () => {
    const files = resultFiles(
      {
        Result: {
          AnonymousUsers: [
            {
              FileGroups: [
                group('https://bucket/a.pdf?X-Amz-Signature=s'),
                group('s3://own/b.csv'),
                group(undefined, [{ ErrorType: 'CAPABILITY_RESTRICTED', ErrorMessage: 'no CSV' }])
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
    const [file] = resultFiles(
      { Result: { RegisteredUsers: [{ FileGroups: [group('s3://own/a.pdf')] }] } },
      specs.slice(0, 1)
    )
    expect(file?.uri).toBe('s3://own/a.pdf')
  })

  test('a location that is neither s3:// nor https:// is refused, not downloaded', () => {
    const [file] = resultFiles(
      { Result: { AnonymousUsers: [{ FileGroups: [group('file:///etc/passwd')] }] } },
      specs.slice(0, 1)
    )
    expect(file).toEqual({
      spec: specs[0],
      error: 'QuickSight returned a file location that is neither s3:// nor https://.'
    })
  })

  test('an unknown error type still gets a message and a generic hint', () => {
    expect(describeJobError(undefined)).toBe(
      'UNKNOWN_ERROR: no message Hint: See the QuickSight console for the job, and re-run.'
    )
  })
})
