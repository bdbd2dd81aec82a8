import { describe, expect, test } from '@jest/globals'
import type { SnapshotApi } from '../../../src/kinds/snapshot/snapshot-api.js'
import { snapshotKind } from '../../../src/kinds/snapshot/snapshot-kind.js'
import type { SnapshotJob } from '../../../src/kinds/snapshot/snapshot-jobs.js'

const error = (name: string): Error => Object.assign(new Error(name), { name })
const job: SnapshotJob = {
  id: 'j',
  report: 'sales',
  dashboardId: 'sales',
  makeUp: 'sales/pdf:s',
  exports: [{ index: 1, format: 'pdf', sheets: [{ sheetId: 's', visualIds: [] }] }],
  files: [{ index: 1, format: 'pdf', path: '/out/a.pdf', source: { sheets: ['s'] } }],
  spec: {
    name: 'sales',
    dashboardId: 'sales',
    exports: [],
    parameterNotes: [],
    rlsTags: [],
    registeredUser: false,
    fileName: '{name}.{ext}',
    timezone: 'UTC',
    compare: {}
  }
}

const PDF_FILE = {
  FormatType: 'PDF' as const,
  SheetSelections: [{ SheetId: 's', SelectionScope: 'ALL_VISUALS' as const }]
}

/** How DescribeDashboardSnapshotJob describes the job of an anonymous user without tags. */
const ANONYMOUS = { AnonymousUsers: [{ RowLevelPermissionTagKeys: [] }] }

function kind(
  startError?: string,
  result: object = {},
  described: object = {
    SnapshotConfiguration: { FileGroups: [{ Files: [PDF_FILE] }] },
    UserConfiguration: ANONYMOUS
  }
) {
  const lines: string[] = []
  const masked: string[] = []
  const calls: string[] = []
  const api: SnapshotApi = {
    start: async () => {
      calls.push('start')
      if (startError) throw error(startError)
      return { Arn: 'arn:new' }
    },
    describe: async () => {
      calls.push('describe')
      return { Arn: 'arn:old', JobStatus: 'COMPLETED', ...described }
    },
    result: async () => {
      calls.push('result')
      return result
    }
  }
  const k = snapshotKind({
    api,
    accountId: '123456789012',
    slots: 10,
    log: (l) => lines.push(l),
    mask: (s) => masked.push(s)
  })
  return { k, lines, masked, calls }
}

describe('snapshotKind', () => {
  test('follows a job that exists already, when it is the job this step asks for', async () => {
    const { k, lines } = kind('ResourceExistsException')
    expect(await k.start(job)).toEqual({ arn: 'arn:old', resumed: true })
    expect(lines[0]).toBe(
      'j: exists already (COMPLETED); following it instead of starting a new one'
    )
  })

  test('an existing job with another configuration fails naming the job and the difference, and is not followed', async () => {
    const { k, lines, calls } = kind(
      'ResourceExistsException',
      {},
      {
        SnapshotConfiguration: {
          FileGroups: [
            {
              Files: [
                {
                  FormatType: 'CSV',
                  SheetSelections: [
                    { SheetId: 'x', SelectionScope: 'SELECTED_VISUALS', VisualIds: ['a'] }
                  ]
                }
              ]
            }
          ],
          Parameters: { StringParameters: [{ Name: 'Region', Values: ['EMEA'] }] }
        },
        UserConfiguration: ANONYMOUS
      }
    )
    await expect(k.start(job)).rejects.toThrow(
      'The snapshot job j exists already with another configuration than this step asks for: FileGroups[0]: CSV of sheet x visuals [a] vs asked PDF of sheet s (all visuals); Parameters[0]: Region = [EMEA], which this step does not ask for. Its files were not downloaded. Hint: a snapshot job id stays taken'
    )
    expect(calls).toEqual(['start', 'describe'])
    expect(lines).toEqual([])
  })

  test('a description without SnapshotConfiguration cannot be told to be this job: not followed', async () => {
    const { k } = kind('ResourceExistsException', {}, {})
    await expect(k.start(job)).rejects.toThrow(/without its SnapshotConfiguration/)
  })

  test('LimitExceededException means the account is full; other errors do not', () => {
    const { k } = kind()
    expect(k.isAccountFull?.(error('LimitExceededException'))).toBe(true)
    expect(k.isAccountFull?.(error('ThrottlingException'))).toBe(false)
  })

  test('a FAILED job gives its ErrorType with a hint, and every file the job failed', async () => {
    const { k } = kind(undefined, {
      JobStatus: 'FAILED',
      ErrorInfo: { ErrorType: 'RLS_CHANGED', ErrorMessage: 'tags changed' }
    })
    const finished = await k.finish(job, {})
    expect(finished.error).toMatch(/^RLS_CHANGED: tags changed Hint: /)
    expect(finished.files).toEqual([
      expect.objectContaining({ index: 1, error: 'The job failed.' })
    ])
  })

  test('presigned URLs are masked before they are handed on', async () => {
    const url = 'https://bucket.example/a.pdf?X-Amz-Signature=abc123&X-Amz-Credential=AKIA%2Fx'
    const { k, masked } = kind(undefined, {
      JobStatus: 'COMPLETED',
      Result: {
        AnonymousUsers: [{ FileGroups: [{ Files: [PDF_FILE], S3Results: [{ S3Uri: url }] }] }]
      }
    })
    const finished = await k.finish(job, {})
    expect(finished.files[0]).toMatchObject({ uri: url, path: '/out/a.pdf' })
    expect(masked).toEqual(expect.arrayContaining(['abc123', 'AKIA%2Fx', 'AKIA/x']))
    expect(await k.freshUri(job, finished.files[0]!)).toBe(url)
  })

  test('a group no export asked for is a warning, not a file', async () => {
    const { k } = kind(undefined, {
      JobStatus: 'COMPLETED',
      Result: {
        AnonymousUsers: [
          {
            FileGroups: [
              {
                Files: [{ ...PDF_FILE, FormatType: 'EXCEL' }],
                S3Results: [{ S3Uri: 's3://b/x.xlsx' }]
              },
              { Files: [PDF_FILE], S3Results: [{ S3Uri: 's3://b/a.pdf' }] }
            ]
          }
        ]
      }
    })
    const finished = await k.finish(job, {})
    expect(finished.files).toEqual([expect.objectContaining({ uri: 's3://b/a.pdf' })])
    expect(finished.warnings).toEqual([
      "j: QuickSight's result holds file groups no export asked for (not downloaded): FileGroups[0]: EXCEL of sheet s (all visuals)"
    ])
  })

  test("a registered user's jobs use that user's API for every snapshot call; others the step's", async () => {
    const used: string[] = []
    const apiOf = (who: string): SnapshotApi => ({
      start: async () => (used.push(`${who} start`), { Arn: 'arn:new' }),
      describe: async () => (used.push(`${who} describe`), { JobStatus: 'COMPLETED' }),
      result: async () => (used.push(`${who} result`), { JobStatus: 'COMPLETED' })
    })
    const identity = { user: { UserName: 'jane' }, namespace: 'default' }
    const k = snapshotKind({
      api: apiOf('step'),
      userApi: (i) => apiOf(JSON.stringify(i.user)),
      accountId: '123456789012',
      slots: 10,
      log: () => undefined,
      mask: () => undefined
    })
    const janes: SnapshotJob = { ...job, spec: { ...job.spec, registeredUser: true, identity } }
    for (const j of [janes, job]) {
      await k.start(j)
      await k.describe(j)
      await k.finish(j, {})
    }
    const jane = JSON.stringify({ UserName: 'jane' })
    expect(used).toEqual([
      `${jane} start`,
      `${jane} describe`,
      `${jane} result`,
      'step start',
      'step describe',
      'step result'
    ])
  })

  test('registered-user true refused by QuickSight: an error that says what the service needs', async () => {
    const { k } = kind('InvalidParameterValueException')
    const mine: SnapshotJob = { ...job, spec: { ...job.spec, registeredUser: true } }
    await expect(k.start(mine)).rejects.toThrow(
      /registered-user: true.*identity-enhanced credentials.*Give registered-user the user's name, e-mail or ARN/
    )
    // An anonymous user's InvalidParameterValue stays the service's own.
    await expect(k.start(job)).rejects.toThrow(/^InvalidParameterValueException$/)
  })
})
