import { describe, expect, test } from '@jest/globals'
import type { DescribeAssetBundleExportJobResponse } from '@aws-sdk/client-quicksight'
import type { AssetBundleApi } from '../../../src/kinds/asset-bundle/asset-bundle-api.js'
import {
  type AssetBundleJob,
  assetBundleKind
} from '../../../src/kinds/asset-bundle/asset-bundle-kind.js'

const error = (name: string): Error => Object.assign(new Error(name), { name })
const URL_ =
  'https://bucket.s3.amazonaws.com/assetbundle-backup-1.qs?X-Amz-Signature=sig123&X-Amz-Credential=AKIA%2Fcred'

const job = (given = false): AssetBundleJob => ({
  id: 'backup-1',
  report: 'sales',
  makeUp: 'asset-bundle',
  files: [],
  given,
  outputDir: '/out',
  extract: false,
  request: {
    AwsAccountId: '123456789012',
    AssetBundleExportJobId: 'backup-1',
    ResourceArns: ['arn:a', 'arn:b'],
    ExportFormat: 'QUICKSIGHT_JSON'
  }
})

/** How DescribeAssetBundleExportJob echoes the planned request (resources in another order). */
const SAME = {
  ResourceArns: ['arn:b', 'arn:a'],
  ExportFormat: 'QUICKSIGHT_JSON' as const,
  IncludeAllDependencies: false
}

function kind(o: { start?: () => Promise<object>; describe?: () => Promise<object> } = {}) {
  const lines: string[] = []
  const masked: string[] = []
  const calls: string[] = []
  const api: AssetBundleApi = {
    start: async (request) => {
      calls.push(`start ${request.AssetBundleExportJobId}`)
      return o.start ? o.start() : { Arn: 'arn:new' }
    },
    describe: async (accountId, jobId) => {
      calls.push(`describe ${accountId} ${jobId}`)
      return o.describe ? o.describe() : { Arn: 'arn:old', JobStatus: 'IN_PROGRESS', ...SAME }
    }
  }
  const k = assetBundleKind({
    api,
    accountId: '123456789012',
    log: (l) => lines.push(l),
    mask: (s) => masked.push(s)
  })
  return { k, lines, masked, calls }
}

describe('assetBundleKind start', () => {
  test('a new job is started with the planned request', async () => {
    const { k, calls } = kind()
    expect(await k.start(job())).toEqual({ arn: 'arn:new', resumed: false })
    expect(calls).toEqual(['start backup-1'])
  })

  test('a given id whose job exists is followed, not started again', async () => {
    const { k, calls, lines } = kind()
    expect(await k.start(job(true))).toEqual({ arn: 'arn:old', resumed: true })
    expect(calls).toEqual(['describe 123456789012 backup-1'])
    expect(lines).toEqual([
      'backup-1: exists already (IN_PROGRESS); following it instead of starting a new one'
    ])
  })

  test('an existing job of other resources or options fails naming the differences, and is not followed', async () => {
    const other = kind({
      describe: async () => ({
        Arn: 'arn:old',
        JobStatus: 'SUCCESSFUL',
        ResourceArns: ['arn:a', 'arn:c'],
        ExportFormat: 'CLOUDFORMATION_JSON',
        IncludeAllDependencies: true
      })
    })
    await expect(other.k.start(job(true))).rejects.toThrow(
      'The asset bundle export job backup-1 exists already with another configuration than this step asks for: ResourceArns[1]: arn:c vs asked arn:b; ExportFormat: CLOUDFORMATION_JSON vs asked QUICKSIGHT_JSON; IncludeAllDependencies: true vs asked false. Its files were not downloaded. Hint: QuickSight keeps'
    )
    expect(other.calls).toEqual(['describe 123456789012 backup-1'])
    expect(other.lines).toEqual([])
    const conflict = kind({
      start: () => Promise.reject(error('ConflictException')),
      describe: async () => ({ ...SAME, ExportFormat: 'CLOUDFORMATION_JSON' })
    })
    await expect(conflict.k.start(job())).rejects.toThrow(/ExportFormat: CLOUDFORMATION_JSON/)
  })

  test('a given id that QuickSight does not know starts a job under that id', async () => {
    const { k, calls } = kind({
      describe: () => Promise.reject(error('ResourceNotFoundException'))
    })
    expect(await k.start(job(true))).toEqual({ arn: 'arn:new', resumed: false })
    expect(calls).toEqual(['describe 123456789012 backup-1', 'start backup-1'])
  })

  test("a ConflictException (the id's job still runs) is followed; other errors are thrown", async () => {
    const conflict = kind({ start: () => Promise.reject(error('ConflictException')) })
    expect(await conflict.k.start(job())).toEqual({ arn: 'arn:old', resumed: true })
    const denied = kind({ start: () => Promise.reject(error('AccessDeniedException')) })
    await expect(denied.k.start(job())).rejects.toThrow('AccessDeniedException')
    const describeDenied = kind({
      describe: () => Promise.reject(error('AccessDeniedException'))
    })
    await expect(describeDenied.k.start(job(true))).rejects.toThrow('AccessDeniedException')
  })

  test('LimitExceededException means the account is full; other errors do not', () => {
    const { k } = kind()
    expect(k.isAccountFull?.(error('LimitExceededException'))).toBe(true)
    expect(k.isAccountFull?.(error('ThrottlingException'))).toBe(false)
    expect(k.status({ JobStatus: 'SUCCESSFUL' })).toBe('SUCCESSFUL')
    expect(k.status({})).toBe('UNKNOWN')
  })
})

describe('assetBundleKind finish', () => {
  test("a successful job offers the bundle under its URL's name, the URL's secrets masked", async () => {
    const { k, masked } = kind()
    const d: DescribeAssetBundleExportJobResponse = {
      JobStatus: 'SUCCESSFUL',
      DownloadUrl: URL_,
      Warnings: [{ Arn: 'arn:a', Message: 'no permissions exported' }]
    }
    const done = await k.finish(job(), d)
    expect(done).toEqual({
      warnings: ['arn:a: no permissions exported'],
      files: [
        {
          index: 1,
          format: 'bundle',
          path: '/out/assetbundle-backup-1.qs',
          source: { note: '2 resource(s), QUICKSIGHT_JSON' },
          uri: URL_,
          error: undefined
        }
      ]
    })
    expect(masked).toEqual(expect.arrayContaining(['sig123', 'AKIA%2Fcred', 'AKIA/cred']))
  })

  test('a successful job without a DownloadUrl fails its file, not silently', async () => {
    const { k } = kind()
    const done = await k.finish(job(), { JobStatus: 'SUCCESSFUL' })
    expect(done.files[0]).toMatchObject({
      path: '/out/bundle.qs',
      uri: undefined,
      error: 'QuickSight returned no DownloadUrl.'
    })
  })

  test("a failed job's error lists QuickSight's errors, with a hint", async () => {
    const { k } = kind()
    const done = await k.finish(job(), {
      JobStatus: 'FAILED',
      Errors: [{ Type: 'ResourceNotFound', Arn: 'arn:b', Message: 'no such dashboard' }]
    })
    expect(done.files).toEqual([])
    expect(done.error).toMatch(
      /^The asset bundle export job FAILED: ResourceNotFound on arn:b: no such dashboard\. Hint: /
    )
    expect((await k.finish(job(), { JobStatus: 'FAILED' })).error).toMatch(/no errors given/)
  })

  test('a fresh URL comes from describing the job again; none is an error', async () => {
    const fresh = kind({ describe: async () => ({ JobStatus: 'SUCCESSFUL', DownloadUrl: URL_ }) })
    const file = { index: 1, format: 'bundle' as const, path: '/out/b.qs', source: {} }
    expect(await fresh.k.freshUri(job(), file)).toBe(URL_)
    expect(fresh.masked).toContain('sig123')
    const none = kind({ describe: async () => ({ JobStatus: 'SUCCESSFUL' }) })
    await expect(none.k.freshUri(job(), file)).rejects.toThrow(/no fresh DownloadUrl/)
  })
})
