import { describe, expect, test } from '@jest/globals'
import type {
  AssetEntry,
  CreateJobRequest,
  GetJobResponse,
  JobError
} from '@aws-sdk/client-dataexchange'
import type { DataExchangeApi } from '../../../src/kinds/data-exchange/data-exchange-api.js'
import {
  type DataExchangeJob,
  dataExchangeKind,
  DataExchangeQuotaError,
  describeErrors,
  ExpiredSignedUrlError,
  MAX_QUOTA_RECREATIONS
} from '../../../src/kinds/data-exchange/data-exchange-kind.js'
import type { RemoteFile } from '../../../src/jobs/job-kind.js'
import type { Clock } from '../../../src/time/rate-limiter.js'

const SIGNED = 'https://exports.example/prices.csv?X-Amz-Signature=sig1&X-Amz-Credential=cred1'
const SIGNED_AGAIN = 'https://exports.example/prices.csv?X-Amz-Signature=sig2'
const ASSET = { DataSetId: 'ds', RevisionId: 'rev', AssetId: 'a1' }
const signedRequest: CreateJobRequest = {
  Type: 'EXPORT_ASSET_TO_SIGNED_URL',
  Details: { ExportAssetToSignedUrl: ASSET }
}
const job = (request?: CreateJobRequest): DataExchangeJob => ({
  id: 'job-1',
  report: 'data-set-ds',
  makeUp: 'x',
  files: [],
  request,
  outputDir: '/out'
})
const entry = (Id: string, Name: string): AssetEntry => ({
  Id,
  Name,
  Arn: `arn:${Id}`,
  AssetDetails: {},
  AssetType: 'S3_SNAPSHOT',
  CreatedAt: new Date(0),
  UpdatedAt: new Date(0),
  DataSetId: 'ds',
  RevisionId: 'rev'
})
const signedFile: RemoteFile = {
  index: 1,
  format: 'data',
  path: '/out/prices.csv',
  source: {},
  uri: SIGNED
}

/** A Data Exchange whose jobs answer `states` in turn (the last one repeats). */
function kind(
  states: GetJobResponse[] = [{ State: 'WAITING', Arn: 'arn:job-1' }],
  objects: string[] = [],
  startJob?: (id: string) => Promise<void>
) {
  const calls: string[] = []
  const lines: string[] = []
  const masked: string[] = []
  let now = 0
  const clock: Clock = { now: () => now, sleep: async (ms) => void (now += ms) }
  const api: DataExchangeApi = {
    createJob: async (request) => {
      calls.push(`create ${request.Type}`)
      return { Id: 'job-2', State: 'WAITING' }
    },
    startJob: async (id) => {
      calls.push(`start ${id}`)
      if (startJob) await startJob(id)
    },
    getJob: async (id) => {
      calls.push(`get ${id}`)
      return states.length > 1 ? states.shift()! : states[0]!
    },
    revisionAssets: async () => [entry('a1', 'prices.csv'), entry('a2', 'rates.csv')],
    revisionCreatedAt: async () => new Date('2025-03-04T00:00:00Z'),
    dataSetName: async () => 'Prices',
    assetName: async () => 'prices.csv'
  }
  const k = dataExchangeKind({
    api,
    clock,
    deadline: 60 * 60_000,
    pollIntervalMs: 15_000,
    log: (l) => lines.push(l),
    mask: (s) => masked.push(s),
    store: {
      exists: async (bucket, key) => objects.includes(`${bucket}/${key}`),
      list: async (bucket, prefix) => {
        calls.push(`list ${bucket}/${prefix}`)
        return {
          keys: objects
            .filter((o) => o.startsWith(`${bucket}/${prefix}`))
            .map((o) => o.slice(bucket.length + 1)),
          truncated: false
        }
      }
    }
  })
  return { k, calls, lines, masked }
}

describe('dataExchangeKind start', () => {
  test('a waiting job is started: resumed only when the action did not create it', async () => {
    const created = kind()
    expect(await created.k.start(job(signedRequest))).toEqual({
      arn: 'arn:job-1',
      resumed: false
    })
    expect(created.calls).toEqual(['get job-1', 'start job-1', 'get job-1'])
    expect(await kind().k.start(job())).toEqual({ arn: 'arn:job-1', resumed: true })
  })

  test('a job past WAITING is followed, not started again', async () => {
    const { k, calls, lines } = kind([{ State: 'IN_PROGRESS', Arn: 'arn:job-1' }])
    expect(await k.start(job())).toEqual({ arn: 'arn:job-1', resumed: true })
    expect(calls).toEqual(['get job-1'])
    expect(lines).toEqual(['job-1: already IN_PROGRESS; following it'])
  })

  test('a created job that ends at once over a concurrency quota means the account is full: a new job is tried next', async () => {
    const quota = {
      Code: 'SERVICE_QUOTA_EXCEEDED_EXCEPTION',
      Message: 'The account already runs 10 jobs',
      LimitName: 'Concurrent in progress jobs to export assets to a signed URL',
      LimitValue: 10
    } as unknown as JobError
    const { k, calls, lines } = kind([
      { State: 'WAITING', Arn: 'arn:job-1' },
      { State: 'ERROR', Errors: [quota] },
      { State: 'WAITING', Arn: 'arn:job-2' },
      { State: 'IN_PROGRESS' }
    ])
    const j = job(signedRequest)
    const full = await k.start(j).catch((e: unknown) => e)
    expect(full).toBeInstanceOf(DataExchangeQuotaError)
    expect(k.isAccountFull?.(full)).toBe(true)
    expect(await k.start(j)).toEqual({ arn: 'arn:job-2', resumed: false })
    expect(j.id).toBe('job-2')
    expect(calls).toEqual([
      'get job-1',
      'start job-1',
      'get job-1',
      'create EXPORT_ASSET_TO_SIGNED_URL',
      'get job-2',
      'start job-2',
      'get job-2'
    ])
    expect(lines).toEqual([
      `job-1: ended over the quota; created job job-2 in its place (1 of at most ${MAX_QUOTA_RECREATIONS})`
    ])
  })

  test('over quota whatever the LimitName: none, or a concurrency one; a documented per-asset limit is not a full account', async () => {
    const quota = (LimitName?: string): JobError =>
      ({
        Code: 'SERVICE_QUOTA_EXCEEDED_EXCEPTION',
        Message: 'over the quota',
        ...(LimitName ? { LimitName } : {})
      }) as JobError
    for (const errors of [
      [quota()],
      [quota('Concurrent in progress jobs to export revisions to Amazon S3')],
      [quota(), quota('Some limit the SDK does not list')]
    ]) {
      const { k } = kind([
        { State: 'WAITING', Arn: 'arn:job-1' },
        { State: 'ERROR', Errors: errors }
      ])
      const full = await k.start(job(signedRequest)).catch((e: unknown) => e)
      expect(k.isAccountFull?.(full)).toBe(true)
    }
    for (const errors of [
      [quota('Asset size in GB')],
      [quota(), { Code: 'ACCESS_DENIED_EXCEPTION', Message: 'no' } as JobError],
      []
    ]) {
      const { k } = kind([
        { State: 'WAITING', Arn: 'arn:job-1' },
        { State: 'ERROR', Errors: errors }
      ])
      expect(await k.start(job(signedRequest))).toEqual({ arn: 'arn:job-1', resumed: false })
    }
  })

  test(`a job over the quota is created again at most ${MAX_QUOTA_RECREATIONS} times, each logged, then fails with a hint`, async () => {
    const quota = { Code: 'SERVICE_QUOTA_EXCEEDED_EXCEPTION', Message: 'full' } as JobError
    const rounds = MAX_QUOTA_RECREATIONS + 1
    const states = Array.from({ length: rounds }, (_, i): GetJobResponse[] => [
      { State: 'WAITING', Arn: `arn:job-${i + 1}` },
      { State: 'ERROR', Errors: [quota] }
    ]).flat()
    const { k, calls, lines } = kind(states)
    const j = job(signedRequest)
    for (let i = 0; i < MAX_QUOTA_RECREATIONS; i++) {
      const full = await k.start(j).catch((e: unknown) => e)
      expect(k.isAccountFull?.(full)).toBe(true)
    }
    const failed = await k.start(j).catch((e: unknown) => e)
    expect(k.isAccountFull?.(failed)).toBe(false)
    expect(String(failed)).toMatch(
      new RegExp(
        `ended over the account's quota again after ${MAX_QUOTA_RECREATIONS} re-creations: SERVICE_QUOTA_EXCEEDED_EXCEPTION: full Hint: the account runs as many jobs`
      )
    )
    expect(calls.filter((c) => c.startsWith('create'))).toHaveLength(MAX_QUOTA_RECREATIONS)
    expect(lines).toHaveLength(MAX_QUOTA_RECREATIONS)
    expect(lines[0]).toBe(
      `job-1: ended over the quota; created job job-2 in its place (1 of at most ${MAX_QUOTA_RECREATIONS})`
    )
  })

  test('a StartJob ConflictException (started elsewhere) is followed', async () => {
    const { k, lines } = kind(undefined, [], () =>
      Promise.reject(Object.assign(new Error('not WAITING'), { name: 'ConflictException' }))
    )
    expect(await k.start(job(signedRequest))).toEqual({ arn: 'arn:job-1', resumed: true })
    expect(lines).toEqual(['job-1: started elsewhere; following it'])
    const denied = kind(undefined, [], () =>
      Promise.reject(Object.assign(new Error('no'), { name: 'AccessDeniedException' }))
    )
    await expect(denied.k.start(job(signedRequest))).rejects.toThrow('no')
  })

  test('only a quota error after the start means the account is full; StartJob has no limit error', () => {
    const { k } = kind()
    const named = (name: string) => Object.assign(new Error(name), { name })
    expect(k.isAccountFull?.(named('ServiceLimitExceededException'))).toBe(false)
    expect(k.isAccountFull?.(named('ThrottlingException'))).toBe(false)
    expect(k.status({ State: 'COMPLETED' })).toBe('COMPLETED')
    expect(k.status({})).toBe('UNKNOWN')
  })
})

describe('dataExchangeKind finish', () => {
  test("a failed job's error names every error, its limit and its resource", async () => {
    const { k } = kind()
    const done = await k.finish(job(), {
      State: 'ERROR',
      Errors: [
        {
          Code: 'RESOURCE_NOT_FOUND_EXCEPTION',
          Message: 'no such asset',
          ResourceId: 'a9',
          ResourceType: 'ASSET'
        },
        {
          Code: 'SERVICE_QUOTA_EXCEEDED_EXCEPTION',
          Message: 'too many',
          LimitName: 'Assets per revision',
          LimitValue: 100
        }
      ]
    })
    expect(done).toEqual({
      error:
        'The Data Exchange job ended ERROR: RESOURCE_NOT_FOUND_EXCEPTION: no such asset [ASSET a9]; SERVICE_QUOTA_EXCEEDED_EXCEPTION: too many (limit Assets per revision: 100)',
      files: []
    })
    expect(describeErrors(undefined)).toBe('no errors given')
  })

  test('a job that ended over a concurrency quota says what to do', async () => {
    const { k } = kind()
    const done = await k.finish(job(), {
      State: 'ERROR',
      Errors: [
        {
          Code: 'SERVICE_QUOTA_EXCEEDED_EXCEPTION',
          Message: 'too many jobs',
          LimitName: 'Concurrent in progress jobs to export revisions to Amazon S3',
          LimitValue: 5
        } as unknown as JobError
      ]
    })
    expect(done.error).toMatch(
      /^The Data Exchange job ended ERROR: SERVICE_QUOTA_EXCEEDED_EXCEPTION: too many jobs \(limit Concurrent in progress jobs to export revisions to Amazon S3: 5\) Hint: the account runs as many jobs of this type as its AWS Data Exchange quota allows/
    )
  })

  test('a revision export whose computed key is missing takes the listed key of the same asset; one not found fails alone', async () => {
    const { k, calls, lines } = kind(undefined, [
      'b/out/2025/3/4/prices.csv',
      'b/out/2025/3/5/rates.csv'
    ])
    const done = await k.finish(job(), {
      State: 'COMPLETED',
      Details: {
        ExportRevisionsToS3: {
          DataSetId: 'ds',
          RevisionDestinations: [
            {
              RevisionId: 'rev',
              Bucket: 'b',
              KeyPattern:
                'out/${Revision.CreatedAt.Year}/${Revision.CreatedAt.Month}/${Revision.CreatedAt.Day}/${Asset.Name}'
            }
          ]
        }
      }
    })
    expect(done.files.map((f) => [f.uri, f.error])).toEqual([
      ['s3://b/out/2025/3/4/prices.csv', undefined],
      [
        undefined,
        's3://b/out/2025/03/04/rates.csv does not exist, and no key under s3://b/out/2025/ fits the pattern out/${Revision.CreatedAt.Year}/${Revision.CreatedAt.Month}/${Revision.CreatedAt.Day}/${Asset.Name} for it. Nothing was downloaded for asset rates.csv.'
      ]
    ])
    expect(calls.filter((c) => c.startsWith('list'))).toEqual(['list b/out/2025/'])
    expect(lines).toContain(
      "prices.csv: s3://b/out/2025/03/04/prices.csv does not exist; using s3://b/out/2025/3/4/prices.csv, listed under s3://b/out/2025/ (the key pattern's dates as Data Exchange wrote them)"
    )
  })

  test("a signed-URL export offers one file under the asset's name, the URL's secrets masked", async () => {
    const { k, masked } = kind()
    const done = await k.finish(job(signedRequest), {
      State: 'COMPLETED',
      Details: {
        ExportAssetToSignedUrl: {
          DataSetId: 'ds',
          RevisionId: 'rev',
          AssetId: 'a1',
          SignedUrl: SIGNED
        }
      }
    })
    expect(done.files).toEqual([
      {
        index: 1,
        format: 'data',
        path: '/out/prices.csv',
        source: { note: 'asset prices.csv of revision rev' },
        uri: SIGNED,
        error: undefined
      }
    ])
    expect(masked).toEqual(expect.arrayContaining(['sig1', 'cred1']))
  })

  test('an S3 export offers each object it wrote as s3://, at paths that do not collide', async () => {
    const { k } = kind()
    const done = await k.finish(job(), {
      State: 'COMPLETED',
      Details: {
        ExportAssetsToS3: {
          DataSetId: 'ds',
          RevisionId: 'rev',
          AssetDestinations: [
            { AssetId: 'a1', Bucket: 'b', Key: 'Out/prices.csv' },
            { AssetId: 'a2', Bucket: 'b', Key: 'out/PRICES.csv' }
          ]
        }
      }
    })
    expect(done.files.map((f) => [f.path, f.uri])).toEqual([
      ['/out/Out/prices.csv', 's3://b/Out/prices.csv'],
      ['/out/out/PRICES-2.csv', 's3://b/out/PRICES.csv']
    ])
  })

  test('a job that exports nothing is an error, not an empty success', async () => {
    const { k } = kind()
    const done = await k.finish(job(), { State: 'COMPLETED', Type: 'IMPORT_ASSETS_FROM_S3' })
    expect(done).toEqual({
      error:
        'Job job-1 is a IMPORT_ASSETS_FROM_S3 job, not an export: there is nothing to download.',
      files: []
    })
  })
})

describe('dataExchangeKind freshUri', () => {
  test('an s3:// file keeps its URI', async () => {
    const { k, calls } = kind()
    const file = { ...signedFile, uri: 's3://b/k.csv' }
    expect(await k.freshUri(job(), file)).toBe('s3://b/k.csv')
    expect(calls).toEqual([])
  })

  test('an expired signed URL of a job made elsewhere cannot be renewed: it says how to', async () => {
    const expiresAt = new Date('2025-01-01T00:01:00Z')
    const { k } = kind([
      {
        State: 'COMPLETED',
        Details: { ExportAssetToSignedUrl: { ...ASSET, SignedUrlExpiresAt: expiresAt } }
      }
    ])
    const refused = k.freshUri(job(), signedFile)
    await expect(refused).rejects.toBeInstanceOf(ExpiredSignedUrlError)
    await expect(refused).rejects.toThrow(
      /expired at 2025-01-01T00:01:00\.000Z: .*re-run with data-exchange-export/
    )
  })

  test('an expired signed URL of a created job: one more job is created, run and followed, once', async () => {
    const { k, calls, masked } = kind([
      { State: 'COMPLETED' },
      { State: 'IN_PROGRESS' },
      {
        State: 'COMPLETED',
        Details: { ExportAssetToSignedUrl: { ...ASSET, SignedUrl: SIGNED_AGAIN } }
      }
    ])
    expect(await k.freshUri(job(signedRequest), signedFile)).toBe(SIGNED_AGAIN)
    expect(calls).toEqual([
      'get job-1',
      'create EXPORT_ASSET_TO_SIGNED_URL',
      'start job-2',
      'get job-2',
      'get job-2'
    ])
    expect(masked).toContain('sig2')
    await expect(k.freshUri(job(signedRequest), signedFile)).rejects.toThrow(
      /A second job was created and its URL expired too/
    )
  })

  test('a second job that fails is reported with its errors', async () => {
    const { k } = kind([
      { State: 'COMPLETED' },
      { State: 'ERROR', Errors: [{ Code: 'ACCESS_DENIED_EXCEPTION', Message: 'no' }] }
    ])
    await expect(k.freshUri(job(signedRequest), signedFile)).rejects.toThrow(
      'The second job job-2 ended ERROR: ACCESS_DENIED_EXCEPTION: no'
    )
  })
})
