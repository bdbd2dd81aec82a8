import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  CancelJobCommand,
  CreateJobCommand,
  CreateJobCommandInput,
  DataExchangeClient,
  GetAssetCommand,
  GetDataSetCommand,
  GetJobCommand,
  GetJobCommandOutput,
  GetRevisionCommand,
  ListDataSetRevisionsCommand,
  ListRevisionAssetsCommand,
  StartJobCommand
} from '@aws-sdk/client-dataexchange'
import {
  CreateBucketCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client
} from '@aws-sdk/client-s3'
import { get } from 'node:https'
import { DATA_SETS, DataExchangeEmulator } from '../../emulator/data-exchange/index.js'
import { startStack, Stack } from '../../emulator/stack.js'

const TIME_SCALE = 0.05 // signed URLs live 3 s instead of 60
const JOB_MS = 150

let stack: Stack
let dx: DataExchangeEmulator
let s3: S3Client

beforeAll(async () => {
  stack = await startStack()
  dx = await new DataExchangeEmulator({
    s3: { endpoint: stack.s3Endpoint, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    files: stack.emulator.files,
    timeScale: TIME_SCALE,
    jobDurationMs: JOB_MS,
    callsPerSecond: 1000
  }).start()
  s3 = new S3Client({
    endpoint: stack.s3Endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED'
  })
})
afterAll(async () => {
  s3.destroy()
  await dx.close()
  await stack.close()
})

const { sales } = DATA_SETS
const january = sales.revisions.january
const february = sales.revisions.february

function client(
  o: { url?: string; accessKeyId?: string; maxAttempts?: number } = {}
): DataExchangeClient {
  return new DataExchangeClient({
    region: 'eu-west-1',
    endpoint: o.url ?? dx.url,
    credentials: { accessKeyId: o.accessKeyId ?? 'AKIADXTEST', secretAccessKey: 'secret' },
    maxAttempts: o.maxAttempts ?? 1
  })
}

const dxc = () => client()

async function createAndStart(input: CreateJobCommandInput, c = dxc()): Promise<string> {
  const job = await c.send(new CreateJobCommand(input))
  await c.send(new StartJobCommand({ JobId: job.Id }))
  return job.Id ?? ''
}

async function waitForEnd(jobId: string, c = dxc()): Promise<GetJobCommandOutput> {
  for (let i = 0; i < 200; i++) {
    const job = await c.send(new GetJobCommand({ JobId: jobId }))
    if (job.State !== 'WAITING' && job.State !== 'IN_PROGRESS') return job
    // Under the emulator's 10 calls/s even when a busy machine makes jobs slow.
    await sleep(150)
  }
  throw new Error(`job ${jobId} did not end`)
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function object(bucket: string, key: string): Promise<Buffer> {
  const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
  return Buffer.from((await out.Body?.transformToByteArray()) ?? [])
}

async function keys(bucket: string, prefix = ''): Promise<string[]> {
  const out = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix }))
  return (out.Contents ?? []).map((o) => o.Key ?? '').sort()
}

function download(url: string): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { ca: stack.emulator.files.certPem }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    }).on('error', reject)
  })
}

/** The error a call fails with: its SDK class name, HTTP status and members. */
async function failure(p: Promise<unknown>): Promise<Record<string, unknown>> {
  try {
    await p
  } catch (e) {
    const err = e as Error & Record<string, unknown> & { $metadata: { httpStatusCode?: number } }
    const { name, message, $metadata, ResourceId, ResourceType, LimitName, LimitValue } = err
    return {
      name,
      message,
      status: $metadata.httpStatusCode,
      ...(ResourceId === undefined ? {} : { ResourceId, ResourceType }),
      ...(LimitName === undefined ? {} : { LimitName, LimitValue })
    }
  }
  throw new Error('the call succeeded')
}

const asset = (revision = january, i = 0) => {
  const a = revision.assets[i]
  if (!a) throw new Error('no such fixture asset')
  return a
}

describe('EXPORT_ASSETS_TO_S3', () => {
  test('writes each asset byte for byte to its key, the asset name when Key is omitted', async () => {
    const [sales0, regions0] = [asset(january, 0), asset(january, 1)]
    const destinations = [
      { AssetId: sales0.id, Bucket: stack.bucket, Key: 'assets-test/january.csv' },
      { AssetId: regions0.id, Bucket: stack.bucket }
    ]
    const created = await dxc().send(
      new CreateJobCommand({
        Type: 'EXPORT_ASSETS_TO_S3',
        Details: {
          ExportAssetsToS3: {
            DataSetId: sales.id,
            RevisionId: january.id,
            AssetDestinations: destinations,
            Encryption: { Type: 'AES256' }
          }
        }
      })
    )
    expect(created.$metadata.httpStatusCode).toBe(201)
    expect(created.State).toBe('WAITING')
    expect(created.CreatedAt).toBeInstanceOf(Date)
    await dxc().send(new StartJobCommand({ JobId: created.Id }))
    const done = await waitForEnd(created.Id ?? '')
    expect(done.State).toBe('COMPLETED')
    expect(done.Errors).toBeUndefined()
    expect(done.Details?.ExportAssetsToS3).toEqual({
      DataSetId: sales.id,
      RevisionId: january.id,
      AssetDestinations: destinations,
      Encryption: { Type: 'AES256' }
    })
    expect(await object(stack.bucket, 'assets-test/january.csv')).toEqual(sales0.body())
    expect(await object(stack.bucket, 'regions/2025-01.csv')).toEqual(regions0.body())
  })

  test('a bucket that does not exist: the job ends in ERROR naming it, and writes nothing', async () => {
    const id = await createAndStart({
      Type: 'EXPORT_ASSETS_TO_S3',
      Details: {
        ExportAssetsToS3: {
          DataSetId: sales.id,
          RevisionId: january.id,
          AssetDestinations: [
            { AssetId: asset().id, Bucket: stack.bucket, Key: 'missing-test/a.csv' },
            { AssetId: asset().id, Bucket: 'no-such-bucket', Key: 'missing-test/b.csv' }
          ]
        }
      }
    })
    const done = await waitForEnd(id)
    expect(done.State).toBe('ERROR')
    expect(done.Errors).toEqual([
      {
        Code: 'RESOURCE_NOT_FOUND_EXCEPTION',
        Message: expect.stringContaining('no-such-bucket')
      }
    ])
    expect(await keys(stack.bucket, 'missing-test/')).toEqual([])
  })
})

describe('EXPORT_REVISIONS_TO_S3', () => {
  test('without KeyPattern, keys follow ${Asset.Name}', async () => {
    await s3.send(new CreateBucketCommand({ Bucket: 'revisions-default' }))
    const id = await createAndStart({
      Type: 'EXPORT_REVISIONS_TO_S3',
      Details: {
        ExportRevisionsToS3: {
          DataSetId: sales.id,
          RevisionDestinations: [{ RevisionId: january.id, Bucket: 'revisions-default' }]
        }
      }
    })
    expect((await waitForEnd(id)).State).toBe('COMPLETED')
    expect(await keys('revisions-default')).toEqual(['regions/2025-01.csv', 'sales/2025-01.csv'])
  })

  test('every documented dynamic reference is substituted', async () => {
    const pattern =
      'kp/${DataSet.Name}/${DataSet.Id}/${Revision.Id}/${Revision.CreatedAt.Year}-${Revision.CreatedAt.Month}-${Revision.CreatedAt.Day}/${Revision.CreatedAt}/${Asset.Id}/${Asset.Name}'
    const id = await createAndStart({
      Type: 'EXPORT_REVISIONS_TO_S3',
      Details: {
        ExportRevisionsToS3: {
          DataSetId: sales.id,
          RevisionDestinations: [
            { RevisionId: january.id, Bucket: stack.bucket, KeyPattern: pattern }
          ]
        }
      }
    })
    expect((await waitForEnd(id)).State).toBe('COMPLETED')
    const a = asset(january, 0)
    const key = `kp/Sales reports/${sales.id}/${january.id}/2025-02-01/2025-02-01T06:00:00.000Z/${a.id}/sales/2025-01.csv`
    expect(await keys(stack.bucket, 'kp/')).toContain(key)
    expect(await object(stack.bucket, key)).toEqual(a.body())
  })

  test('unpaddedDates data set, or the keyDatePadding option: .Day/.Month without a leading zero', async () => {
    const pattern =
      'dates/${Revision.CreatedAt.Year}/${Revision.CreatedAt.Month}/${Revision.CreatedAt.Day}/${Asset.Name}'
    const job = (dataSetId: string, revisionId: string): CreateJobCommandInput => ({
      Type: 'EXPORT_REVISIONS_TO_S3',
      Details: {
        ExportRevisionsToS3: {
          DataSetId: dataSetId,
          RevisionDestinations: [
            { RevisionId: revisionId, Bucket: stack.bucket, KeyPattern: pattern }
          ]
        }
      }
    })
    const unpadded = DATA_SETS.unpaddedDates
    expect(
      (await waitForEnd(await createAndStart(job(unpadded.id, unpadded.revisions.january.id))))
        .State
    ).toBe('COMPLETED')
    // january was created 2025-02-01: 2/1, where the sales data set writes 02/01.
    expect(await keys(stack.bucket, 'dates/2025/2/1/')).toEqual([
      'dates/2025/2/1/regions/2025-01.csv',
      'dates/2025/2/1/sales/2025-01.csv'
    ])
    await waitForEnd(await createAndStart(job(sales.id, january.id)))
    expect(await keys(stack.bucket, 'dates/2025/02/01/')).toHaveLength(2)
    const option = await new DataExchangeEmulator({
      s3: { endpoint: stack.s3Endpoint, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      files: stack.emulator.files,
      jobDurationMs: JOB_MS,
      keyDatePadding: 'unpadded'
    }).start()
    const c = client({ url: option.url })
    const february = sales.revisions.february
    await waitForEnd(await createAndStart(job(sales.id, february.id), c), c)
    expect(await keys(stack.bucket, 'dates/2025/3/1/')).toHaveLength(3)
    c.destroy()
    await option.close()
  })

  test('several revisions in one job: every asset, the ~2 MB one included, lands intact', async () => {
    const id = await createAndStart({
      Type: 'EXPORT_REVISIONS_TO_S3',
      Details: {
        ExportRevisionsToS3: {
          DataSetId: sales.id,
          RevisionDestinations: [january, february].map((r) => ({
            RevisionId: r.id,
            Bucket: stack.bucket,
            KeyPattern: 'multi/${Revision.Id}/${Asset.Name}'
          }))
        }
      }
    })
    expect((await waitForEnd(id)).State).toBe('COMPLETED')
    const expected = [january, february].flatMap((r) =>
      r.assets.map((a) => `multi/${r.id}/${a.name}`)
    )
    expect(await keys(stack.bucket, 'multi/')).toEqual(expected.sort())
    const big = asset(february, 2)
    expect(big.body().length).toBeGreaterThan(2 * 1024 * 1024)
    // Buffer.equals: jest's toEqual walks 2 MB byte by byte for seconds
    expect(
      (await object(stack.bucket, `multi/${february.id}/${big.name}`)).equals(big.body())
    ).toBe(true)
  })

  test('two assets on one key (same name, ${Asset.Name}) fail the job; ${Asset.Id} exports both', async () => {
    const twins = DATA_SETS.duplicateNames
    const job = (KeyPattern: string) =>
      createAndStart({
        Type: 'EXPORT_REVISIONS_TO_S3',
        Details: {
          ExportRevisionsToS3: {
            DataSetId: twins.id,
            RevisionDestinations: [
              { RevisionId: twins.revisions.twins.id, Bucket: stack.bucket, KeyPattern }
            ]
          }
        }
      })
    const byName = await waitForEnd(await job('twins-name/${Asset.Name}'))
    expect(byName.State).toBe('ERROR')
    expect(byName.Errors?.[0]).toMatchObject({
      Code: 'VALIDATION_EXCEPTION',
      ResourceType: 'REVISION',
      ResourceId: twins.revisions.twins.id
    })
    expect(await keys(stack.bucket, 'twins-name/')).toEqual([])
    const byId = await waitForEnd(await job('twins-id/${Asset.Id}-${Asset.Name}'))
    expect(byId.State).toBe('COMPLETED')
    expect(await keys(stack.bucket, 'twins-id/')).toHaveLength(2)
  })
})

describe('EXPORT_ASSET_TO_SIGNED_URL', () => {
  const signedUrlJob = (dataSetId: string, revisionId: string, assetId: string) =>
    createAndStart({
      Type: 'EXPORT_ASSET_TO_SIGNED_URL',
      Details: {
        ExportAssetToSignedUrl: { DataSetId: dataSetId, RevisionId: revisionId, AssetId: assetId }
      }
    })

  test('the URL serves the asset, expires one (scaled) minute after creation, then answers 403', async () => {
    const big = asset(february, 2)
    const waiting = await dxc().send(
      new CreateJobCommand({
        Type: 'EXPORT_ASSET_TO_SIGNED_URL',
        Details: {
          ExportAssetToSignedUrl: { DataSetId: sales.id, RevisionId: february.id, AssetId: big.id }
        }
      })
    )
    expect(waiting.Details?.ExportAssetToSignedUrl?.SignedUrl).toBeUndefined()
    await dxc().send(new StartJobCommand({ JobId: waiting.Id }))
    const done = await waitForEnd(waiting.Id ?? '')
    const details = done.Details?.ExportAssetToSignedUrl
    expect(done.State).toBe('COMPLETED')
    expect(details).toMatchObject({ DataSetId: sales.id, RevisionId: february.id, AssetId: big.id })
    const expiresAt = details?.SignedUrlExpiresAt?.getTime() ?? 0
    const lifetime = 60_000 * TIME_SCALE
    expect(expiresAt).toBeGreaterThan(Date.now())
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + lifetime)
    const fresh = await download(details?.SignedUrl ?? '')
    expect(fresh.status).toBe(200)
    expect(fresh.body.equals(big.body())).toBe(true)
    await sleep(expiresAt - Date.now() + 50)
    expect((await download(details?.SignedUrl ?? '')).status).toBe(403)
  })

  test('expired-URL data set: the first URL of an asset is already stale, the next one works', async () => {
    const d = DATA_SETS.expiredUrl
    const a = asset(d.revisions.january, 0)
    const first = await waitForEnd(await signedUrlJob(d.id, d.revisions.january.id, a.id))
    const stale = first.Details?.ExportAssetToSignedUrl
    expect(first.State).toBe('COMPLETED')
    expect(stale?.SignedUrlExpiresAt?.getTime()).toBeLessThan(Date.now())
    expect((await download(stale?.SignedUrl ?? '')).status).toBe(403)
    const second = await waitForEnd(await signedUrlJob(d.id, d.revisions.january.id, a.id))
    const fresh = await download(second.Details?.ExportAssetToSignedUrl?.SignedUrl ?? '')
    expect(fresh).toEqual({ status: 200, body: a.body() })
  })
})

describe('job states', () => {
  const revisionJob = (dataSetId: string, revisionId: string): CreateJobCommandInput => ({
    Type: 'EXPORT_REVISIONS_TO_S3',
    Details: {
      ExportRevisionsToS3: {
        DataSetId: dataSetId,
        RevisionDestinations: [
          { RevisionId: revisionId, Bucket: stack.bucket, KeyPattern: 'states/${Asset.Id}' }
        ]
      }
    }
  })

  test('WAITING until StartJob (202), then IN_PROGRESS; starting it again is a ConflictException', async () => {
    const c = dxc()
    const job = await c.send(new CreateJobCommand(revisionJob(sales.id, january.id)))
    await sleep(JOB_MS * 2)
    expect((await c.send(new GetJobCommand({ JobId: job.Id }))).State).toBe('WAITING')
    const started = await c.send(new StartJobCommand({ JobId: job.Id }))
    expect(started.$metadata.httpStatusCode).toBe(202)
    expect((await c.send(new GetJobCommand({ JobId: job.Id }))).State).toBe('IN_PROGRESS')
    expect(await failure(c.send(new StartJobCommand({ JobId: job.Id })))).toMatchObject({
      name: 'ConflictException',
      status: 409,
      ResourceId: job.Id,
      ResourceType: 'JOB'
    })
    expect((await waitForEnd(job.Id ?? '')).State).toBe('COMPLETED')
  })

  test('CancelJob: a WAITING job ends CANCELLED (204); a started one is a ConflictException', async () => {
    const c = dxc()
    const waiting = await c.send(new CreateJobCommand(revisionJob(sales.id, january.id)))
    const cancelled = await c.send(new CancelJobCommand({ JobId: waiting.Id }))
    expect(cancelled.$metadata.httpStatusCode).toBe(204)
    expect((await c.send(new GetJobCommand({ JobId: waiting.Id }))).State).toBe('CANCELLED')
    expect(await failure(c.send(new StartJobCommand({ JobId: waiting.Id })))).toMatchObject({
      name: 'ConflictException'
    })
    const started = await createAndStart(revisionJob(sales.id, january.id), c)
    expect(await failure(c.send(new CancelJobCommand({ JobId: started })))).toMatchObject({
      name: 'ConflictException',
      status: 409
    })
  })

  test('failing data set: the job ends in ERROR with several documented errors', async () => {
    const d = DATA_SETS.failing
    const done = await waitForEnd(await createAndStart(revisionJob(d.id, d.revisions.january.id)))
    expect(done.State).toBe('ERROR')
    const [a, b] = d.revisions.january.assets
    expect(done.Errors).toEqual([
      {
        Code: 'ACCESS_DENIED_EXCEPTION',
        Message: expect.any(String),
        ResourceId: a?.id,
        ResourceType: 'ASSET'
      },
      {
        Code: 'SERVICE_QUOTA_EXCEEDED_EXCEPTION',
        Message: expect.any(String),
        LimitName: 'Asset size in GB',
        LimitValue: 100,
        ResourceId: b?.id,
        ResourceType: 'ASSET'
      },
      {
        Code: 'INTERNAL_SERVER_EXCEPTION',
        Message: expect.any(String),
        ResourceId: d.revisions.january.id,
        ResourceType: 'REVISION'
      }
    ])
  })

  test.each([
    ['timedOut', 'TIMED_OUT'],
    ['cancelled', 'CANCELLED']
  ] as const)('%s data set: the started job ends %s', async (key, state) => {
    const d = DATA_SETS[key]
    const done = await waitForEnd(await createAndStart(revisionJob(d.id, d.revisions.january.id)))
    expect(done.State).toBe(state)
  })

  test('stuck data set: the started job stays IN_PROGRESS', async () => {
    const d = DATA_SETS.stuck
    const c = client({ accessKeyId: 'AKIASTUCKONE' })
    const id = await createAndStart(revisionJob(d.id, d.revisions.january.id), c)
    await sleep(JOB_MS * 4)
    expect((await c.send(new GetJobCommand({ JobId: id }))).State).toBe('IN_PROGRESS')
  })

  test('an unknown job id: ResourceNotFoundException (404) naming the job', async () => {
    expect(await failure(dxc().send(new GetJobCommand({ JobId: 'f'.repeat(32) })))).toMatchObject({
      name: 'ResourceNotFoundException',
      status: 404,
      ResourceId: 'f'.repeat(32),
      ResourceType: 'JOB'
    })
  })

  test('concurrent jobs quota: a 6th revision export is accepted and ends ERROR with SERVICE_QUOTA_EXCEEDED_EXCEPTION', async () => {
    const d = DATA_SETS.stuck
    const c = client({ accessKeyId: 'AKIAQUOTA' })
    for (let i = 0; i < 5; i++) await createAndStart(revisionJob(d.id, d.revisions.january.id), c)
    const sixth = await c.send(new CreateJobCommand(revisionJob(d.id, d.revisions.january.id)))
    // StartJob documents no ServiceLimitExceededException: the start succeeds, the job fails.
    await c.send(new StartJobCommand({ JobId: sixth.Id }))
    const job = await c.send(new GetJobCommand({ JobId: sixth.Id }))
    expect(job.State).toBe('ERROR')
    expect(job.Errors).toEqual([
      expect.objectContaining({
        Code: 'SERVICE_QUOTA_EXCEEDED_EXCEPTION',
        Message: expect.stringContaining(
          'Concurrent in progress jobs to export revisions to Amazon S3'
        ),
        LimitValue: 5,
        ResourceId: d.id,
        ResourceType: 'DATA_SET'
      })
    ])
    // Not in JobError's documented LimitName enum (per-asset limits only): left off.
    expect(job.Errors?.[0]?.LimitName).toBeUndefined()
    const other = client({ accessKeyId: 'AKIAOTHERACCOUNT' })
    await createAndStart(revisionJob(d.id, d.revisions.january.id), other)
  })

  test('quotaExceeded data set: started jobs end ERROR with one SERVICE_QUOTA_EXCEEDED_EXCEPTION', async () => {
    const d = DATA_SETS.quotaExceeded
    const done = await waitForEnd(await createAndStart(revisionJob(d.id, d.revisions.january.id)))
    expect(done.State).toBe('ERROR')
    expect(done.Errors?.map((e) => [e.Code, e.LimitName])).toEqual([
      ['SERVICE_QUOTA_EXCEEDED_EXCEPTION', undefined]
    ])
  })
})

describe('CreateJob validation', () => {
  const a = asset()
  const signed = { DataSetId: sales.id, RevisionId: january.id, AssetId: a.id }
  const toS3 = {
    DataSetId: sales.id,
    RevisionId: january.id,
    AssetDestinations: [{ AssetId: a.id, Bucket: 'reports' }]
  }
  const revisions = {
    DataSetId: sales.id,
    RevisionDestinations: [{ RevisionId: january.id, Bucket: 'reports' }]
  }
  const cases: [string, unknown, RegExp][] = [
    ['Type missing', { Details: { ExportAssetToSignedUrl: signed } }, /Type is required/],
    [
      'Type not in the enum',
      { Type: 'EXPORT_EVERYTHING', Details: { ExportAssetToSignedUrl: signed } },
      /EXPORT_EVERYTHING/
    ],
    ['Details missing', { Type: 'EXPORT_ASSET_TO_SIGNED_URL' }, /Details is required/],
    [
      'Details without the member of Type',
      { Type: 'EXPORT_ASSET_TO_SIGNED_URL', Details: { ExportAssetsToS3: toS3 } },
      /ExportAssetToSignedUrl/
    ],
    [
      'Details with a second member',
      {
        Type: 'EXPORT_ASSET_TO_SIGNED_URL',
        Details: { ExportAssetToSignedUrl: signed, ExportAssetsToS3: toS3 }
      },
      /only ExportAssetToSignedUrl/
    ],
    [
      'AssetId missing',
      {
        Type: 'EXPORT_ASSET_TO_SIGNED_URL',
        Details: { ExportAssetToSignedUrl: { ...signed, AssetId: undefined } }
      },
      /AssetId is required/
    ],
    [
      'RevisionId missing',
      {
        Type: 'EXPORT_ASSETS_TO_S3',
        Details: { ExportAssetsToS3: { ...toS3, RevisionId: undefined } }
      },
      /RevisionId is required/
    ],
    [
      'AssetDestinations empty',
      {
        Type: 'EXPORT_ASSETS_TO_S3',
        Details: { ExportAssetsToS3: { ...toS3, AssetDestinations: [] } }
      },
      /AssetDestinations must hold at least one/
    ],
    [
      'a destination without Bucket',
      {
        Type: 'EXPORT_ASSETS_TO_S3',
        Details: { ExportAssetsToS3: { ...toS3, AssetDestinations: [{ AssetId: a.id }] } }
      },
      /AssetDestinations\[0\]\.Bucket is required/
    ],
    [
      'aws:kms without KmsKeyArn',
      {
        Type: 'EXPORT_ASSETS_TO_S3',
        Details: { ExportAssetsToS3: { ...toS3, Encryption: { Type: 'aws:kms' } } }
      },
      /KmsKeyArn is required/
    ],
    [
      'an encryption type not in the enum',
      {
        Type: 'EXPORT_REVISIONS_TO_S3',
        Details: { ExportRevisionsToS3: { ...revisions, Encryption: { Type: 'aws:s3' } } }
      },
      /aws:s3/
    ],
    [
      'a revision destination without RevisionId',
      {
        Type: 'EXPORT_REVISIONS_TO_S3',
        Details: {
          ExportRevisionsToS3: { ...revisions, RevisionDestinations: [{ Bucket: 'reports' }] }
        }
      },
      /RevisionId is required/
    ],
    [
      'a KeyPattern without ${Asset.Name} or ${Asset.Id}',
      {
        Type: 'EXPORT_REVISIONS_TO_S3',
        Details: {
          ExportRevisionsToS3: {
            ...revisions,
            RevisionDestinations: [
              { RevisionId: january.id, Bucket: 'reports', KeyPattern: '${Revision.Id}/x' }
            ]
          }
        }
      },
      /must include/
    ],
    [
      'a KeyPattern with an undocumented reference',
      {
        Type: 'EXPORT_REVISIONS_TO_S3',
        Details: {
          ExportRevisionsToS3: {
            ...revisions,
            RevisionDestinations: [
              {
                RevisionId: january.id,
                Bucket: 'reports',
                KeyPattern: '${Asset.Size}/${Asset.Name}'
              }
            ]
          }
        }
      },
      /\$\{Asset\.Size\}/
    ]
  ]

  test.each(cases)('%s: ValidationException (400)', async (_, input, message) => {
    const f = await failure(dxc().send(new CreateJobCommand(input as CreateJobCommandInput)))
    expect(f).toMatchObject({ name: 'ValidationException', status: 400 })
    expect(f.message).toMatch(message)
  })

  test.each([
    ['data set', { ...signed, DataSetId: 'a'.repeat(32) }, 'DATA_SET', 'a'.repeat(32)],
    [
      'revision (one of another data set)',
      { ...signed, RevisionId: DATA_SETS.failing.revisions.january.id },
      'REVISION',
      DATA_SETS.failing.revisions.january.id
    ],
    ['asset', { ...signed, AssetId: asset(february, 0).id }, 'ASSET', asset(february, 0).id]
  ])('an unknown %s: ResourceNotFoundException (404) naming it', async (_, details, type, id) => {
    const f = await failure(
      dxc().send(
        new CreateJobCommand({
          Type: 'EXPORT_ASSET_TO_SIGNED_URL',
          Details: { ExportAssetToSignedUrl: details }
        })
      )
    )
    expect(f).toMatchObject({
      name: 'ResourceNotFoundException',
      status: 404,
      ResourceId: id,
      ResourceType: type
    })
  })

  test('more than 100 assets in one export to S3: ValidationException (CreateJob documents no ServiceLimitExceeded)', async () => {
    const f = await failure(
      dxc().send(
        new CreateJobCommand({
          Type: 'EXPORT_ASSETS_TO_S3',
          Details: {
            ExportAssetsToS3: {
              ...toS3,
              AssetDestinations: Array.from({ length: 101 }, (_, i) => ({
                AssetId: a.id,
                Bucket: 'reports',
                Key: `k${i}`
              }))
            }
          }
        })
      )
    )
    expect(f).toMatchObject({
      name: 'ValidationException',
      status: 400,
      message: expect.stringContaining('Asset per export job from Amazon S3')
    })
  })

  test('an import job into an entitled data set: AccessDeniedException (403)', async () => {
    const f = await failure(
      dxc().send(
        new CreateJobCommand({
          Type: 'IMPORT_ASSETS_FROM_S3',
          Details: {
            ImportAssetsFromS3: {
              DataSetId: sales.id,
              RevisionId: january.id,
              AssetSources: [{ Bucket: 'reports', Key: 'x.csv' }]
            }
          }
        })
      )
    )
    expect(f).toMatchObject({ name: 'AccessDeniedException', status: 403 })
  })

  test('an unsigned request: 403 MissingAuthenticationTokenException', async () => {
    const res = await fetch(`${dx.url}/v1/jobs`, { method: 'POST', body: '{}' })
    expect(res.status).toBe(403)
    expect(res.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException')
  })
})

describe('ListRevisionAssets and the read operations', () => {
  const daily = sales.revisions.daily

  async function allPages(maxResults?: number): Promise<{ names: string[]; pages: number }> {
    const names: string[] = []
    let token: string | undefined
    let pages = 0
    do {
      const out = await dxc().send(
        new ListRevisionAssetsCommand({
          DataSetId: sales.id,
          RevisionId: daily.id,
          MaxResults: maxResults,
          NextToken: token
        })
      )
      names.push(...(out.Assets ?? []).map((x) => x.Name ?? ''))
      token = out.NextToken
      pages++
    } while (token)
    return { names, pages }
  }

  test('pages of MaxResults, names in descending order, every asset once', async () => {
    const expected = daily.assets
      .map((x) => x.name)
      .sort()
      .reverse()
    expect(await allPages(10)).toEqual({ names: expected, pages: 3 })
    expect(await allPages()).toEqual({ names: expected, pages: 2 })
    expect(await allPages(200)).toEqual({ names: expected, pages: 1 })
  })

  test('asset entries carry their size, type and ISO dates', async () => {
    const out = await dxc().send(
      new ListRevisionAssetsCommand({ DataSetId: sales.id, RevisionId: february.id })
    )
    const big = asset(february, 2)
    expect(out.Assets?.find((x) => x.Id === big.id)).toMatchObject({
      Name: big.name,
      AssetType: 'S3_SNAPSHOT',
      DataSetId: sales.id,
      RevisionId: february.id,
      AssetDetails: { S3SnapshotAsset: { Size: big.body().length } },
      CreatedAt: new Date(february.createdAt)
    })
  })

  test.each([
    ['MaxResults 0', { MaxResults: 0 }],
    ['MaxResults 201', { MaxResults: 201 }],
    ['a forged NextToken', { NextToken: 'not-a-token' }]
  ])('%s: ValidationException', async (_, extra) => {
    const f = await failure(
      dxc().send(
        new ListRevisionAssetsCommand({ DataSetId: sales.id, RevisionId: daily.id, ...extra })
      )
    )
    expect(f).toMatchObject({ name: 'ValidationException', status: 400 })
  })

  test('a NextToken from another revision: ValidationException', async () => {
    const first = await dxc().send(
      new ListRevisionAssetsCommand({ DataSetId: sales.id, RevisionId: daily.id, MaxResults: 1 })
    )
    const f = await failure(
      dxc().send(
        new ListRevisionAssetsCommand({
          DataSetId: sales.id,
          RevisionId: february.id,
          NextToken: first.NextToken
        })
      )
    )
    expect(f).toMatchObject({ name: 'ValidationException' })
  })

  test('a revision of another data set: ResourceNotFoundException naming the revision', async () => {
    const other = DATA_SETS.failing.revisions.january.id
    const f = await failure(
      dxc().send(new ListRevisionAssetsCommand({ DataSetId: sales.id, RevisionId: other }))
    )
    expect(f).toMatchObject({
      name: 'ResourceNotFoundException',
      ResourceId: other,
      ResourceType: 'REVISION'
    })
  })

  test('GetDataSet, ListDataSetRevisions (newest first), GetRevision, GetAsset', async () => {
    const c = dxc()
    expect(await c.send(new GetDataSetCommand({ DataSetId: sales.id }))).toMatchObject({
      Id: sales.id,
      Name: 'Sales reports',
      Origin: 'ENTITLED',
      AssetType: 'S3_SNAPSHOT',
      Arn: `arn:aws:dataexchange:eu-west-1::data-sets/${sales.id}`
    })
    const revisions = await c.send(new ListDataSetRevisionsCommand({ DataSetId: sales.id }))
    expect(revisions.Revisions?.map((r) => r.Id)).toEqual([
      sales.revisions.daily.id,
      february.id,
      january.id
    ])
    expect(
      await c.send(new GetRevisionCommand({ DataSetId: sales.id, RevisionId: january.id }))
    ).toMatchObject({ Id: january.id, Finalized: true, CreatedAt: new Date(january.createdAt) })
    expect(
      await c.send(
        new GetAssetCommand({ DataSetId: sales.id, RevisionId: january.id, AssetId: asset().id })
      )
    ).toMatchObject({ Id: asset().id, Name: 'sales/2025-01.csv' })
  })
})

describe('throttling', () => {
  test('over 10 calls in a second from one access key: ThrottlingException (429); other keys pass', async () => {
    const strict = await new DataExchangeEmulator({
      s3: { endpoint: stack.s3Endpoint, accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
      files: stack.emulator.files
    }).start()
    try {
      const c = client({ url: strict.url, accessKeyId: 'AKIABUSY' })
      const results = await Promise.allSettled(
        Array.from({ length: 14 }, () => c.send(new GetDataSetCommand({ DataSetId: sales.id })))
      )
      const rejected = results.filter((r) => r.status === 'rejected')
      expect(results.length - rejected.length).toBe(10)
      expect(rejected.map((r) => (r.reason as Error).name)).toEqual(
        Array(4).fill('ThrottlingException')
      )
      expect(strict.calls.filter((x) => x.status === 429)).toHaveLength(4)
      const other = client({ url: strict.url, accessKeyId: 'AKIAQUIET' })
      await other.send(new GetDataSetCommand({ DataSetId: sales.id }))
    } finally {
      await strict.close()
    }
  })

  test('throttled data set: half of the calls naming it fail, and the SDK retries through them', async () => {
    const d = DATA_SETS.throttled
    const outcomes: string[] = []
    for (let i = 0; i < 6; i++) {
      outcomes.push(
        await dxc()
          .send(new GetDataSetCommand({ DataSetId: d.id }))
          .then(
            () => 'ok',
            (e: Error) => e.name
          )
      )
    }
    expect(outcomes.filter((o) => o === 'ThrottlingException')).toHaveLength(3)
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(3)
    const retrying = client({ maxAttempts: 3 })
    await retrying.send(new GetDataSetCommand({ DataSetId: d.id }))
    await retrying.send(new GetDataSetCommand({ DataSetId: d.id }))
    const mine = dx.calls.filter((x) => x.dataSetId === d.id).slice(-3)
    expect(mine.map((x) => [x.status, x.attempt])).toContainEqual([200, 2])
  })
})

test('every call is recorded with its operation, ids and status', async () => {
  const id = await createAndStart({
    Type: 'EXPORT_ASSET_TO_SIGNED_URL',
    Details: {
      ExportAssetToSignedUrl: { DataSetId: sales.id, RevisionId: january.id, AssetId: asset().id }
    }
  })
  const calls = dx.calls.filter((x) => x.jobId === id)
  expect(calls.map((x) => [x.operation, x.status, x.dataSetId, x.accessKeyId])).toEqual([
    ['CreateJob', 201, sales.id, 'AKIADXTEST'],
    ['StartJob', 202, sales.id, 'AKIADXTEST']
  ])
})
