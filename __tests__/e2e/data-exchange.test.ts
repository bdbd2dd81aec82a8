import { afterAll, beforeAll, describe, expect, test as jestTest } from '@jest/globals'
import { CreateJobCommand, DataExchangeClient } from '@aws-sdk/client-dataexchange'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { DATA_SETS } from '../../emulator/data-exchange/index.js'
import { startStack, Stack } from '../../emulator/stack.js'
import { runAction } from '../../scripts/run-action.js'
import { errorLine, outputFiles, visible } from './helpers.js'

/** The tests of this file run at once (up to jest's maxConcurrency): each makes its own jobs. */
const test = jestTest.concurrent

let stack: Stack
beforeAll(async () => {
  // Signed URLs live 60 s × 0.05 = 3 s here.
  stack = await startStack({ jobDurationMs: 800, timeScale: 0.05 })
})
afterAll(() => stack.close())

const run = (inputs: Record<string, string>) =>
  runAction(
    { 'export-type': 'data-exchange', 'upload-artifact': 'false', ...inputs },
    { env: stack.env }
  )
const sales = DATA_SETS.sales
const jan = sales.revisions.january
const feb = sales.revisions.february
const s3uris = (outputs: Record<string, string>) =>
  JSON.parse(outputs['s3-uris'] ?? '[]') as string[]

describe('AWS Data Exchange exports (dist/index.js)', () => {
  test('revisions to S3 with a key pattern: every object the pattern made is downloaded, byte for byte', async () => {
    const r = await run({
      'data-exchange-export': `revisions-to-s3:
  data-set-id: ${sales.id}
  revision-ids: [${jan.id}, ${feb.id}]
  s3-bucket: reports
  key-pattern: exports/\${Revision.Id}/\${Asset.Name}`,
      's3-encryption': 'AES256'
    })
    expect(r.code).toBe(0)
    const files = outputFiles(r.outputs)
    expect(files).toHaveLength(jan.assets.length + feb.assets.length)
    for (const asset of [...jan.assets, ...feb.assets]) {
      const revision = jan.assets.includes(asset) ? jan.id : feb.id
      const file = files.find((f) => f.endsWith(path.join('exports', revision, asset.name)))
      expect(file).toBeDefined()
      expect((await readFile(file ?? '')).equals(asset.body())).toBe(true)
    }
    expect(s3uris(r.outputs)).toContain(`s3://reports/exports/${jan.id}/${jan.assets[0]?.name}`)
    expect(r.outputs['data-exchange-job-id']).toMatch(/^[0-9a-f]{32}$/)
    const job = stack.dataExchange.jobs.get(r.outputs['data-exchange-job-id'] ?? '')
    expect(job?.request).toMatchObject({ encryption: { Type: 'AES256' } })
  })

  test('assets to S3 under a prefix, and the default key pattern for revisions', async () => {
    const [a, b] = feb.assets
    const r = await run({
      'data-exchange-export': `assets-to-s3:
  data-set-id: ${sales.id}
  revision-id: ${feb.id}
  asset-ids: [${a?.id}, ${b?.id}]
  s3-bucket: reports
  s3-prefix: nightly/feb`
    })
    expect(r.code).toBe(0)
    expect(s3uris(r.outputs).sort()).toEqual(
      [`s3://reports/nightly/feb/${a?.name}`, `s3://reports/nightly/feb/${b?.name}`].sort()
    )
    const plain = await run({
      'data-exchange-export': `revisions-to-s3: { data-set-id: ${sales.id}, revision-ids: [${jan.id}], s3-bucket: reports }`
    })
    expect(plain.code).toBe(0)
    expect(s3uris(plain.outputs)).toContain(`s3://reports/${jan.assets[0]?.name}`)
  })

  test('an asset to a signed URL: downloaded at once, the URL never shown', async () => {
    const asset = jan.assets[0]
    const r = await run({
      'data-exchange-export': `asset-to-signed-url: { data-set-id: ${sales.id}, revision-id: ${jan.id}, asset-id: ${asset?.id} }`
    })
    expect(r.code).toBe(0)
    const [file] = outputFiles(r.outputs)
    expect((await readFile(file ?? '')).equals(asset?.body() ?? Buffer.alloc(0))).toBe(true)
    expect(visible(r.stdout + r.summary + JSON.stringify(r.outputs))).not.toMatch(
      /X-Amz-Signature=|https:\/\/127/
    )
  })

  test('an expired signed URL: the action that created the job creates one new job and downloads from it', async () => {
    const d = DATA_SETS.expiredUrl
    const asset = d.revisions.january.assets[1]
    const r = await run({
      'data-exchange-export': `asset-to-signed-url: { data-set-id: ${d.id}, revision-id: ${d.revisions.january.id}, asset-id: ${asset?.id} }`
    })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(
      /the signed URL expired before it was used; created job [0-9a-f]{32} for a fresh one/
    )
    expect(
      (await readFile(outputFiles(r.outputs)[0] ?? '')).equals(asset?.body() ?? Buffer.alloc(0))
    ).toBe(true)
  })

  test('following an existing WAITING job starts it; a followed job whose URL expired is reported clearly', async () => {
    const client = new DataExchangeClient({
      region: 'eu-west-1',
      endpoint: stack.dataExchange.url,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }
    })
    try {
      const waiting = await client.send(
        new CreateJobCommand({
          Type: 'EXPORT_ASSETS_TO_S3',
          Details: {
            ExportAssetsToS3: {
              DataSetId: sales.id,
              RevisionId: jan.id,
              AssetDestinations: [
                { AssetId: jan.assets[1]?.id, Bucket: 'reports', Key: 'followed/regions.csv' }
              ]
            }
          }
        })
      )
      const r = await run({ 'data-exchange-job-id': waiting.Id ?? '' })
      expect(r.code).toBe(0)
      expect(s3uris(r.outputs)).toEqual(['s3://reports/followed/regions.csv'])

      const d = DATA_SETS.expiredUrl
      const stale = await client.send(
        new CreateJobCommand({
          Type: 'EXPORT_ASSET_TO_SIGNED_URL',
          Details: {
            ExportAssetToSignedUrl: {
              DataSetId: d.id,
              RevisionId: d.revisions.january.id,
              AssetId: d.revisions.january.assets[0]?.id
            }
          }
        })
      )
      const expired = await run({ 'data-exchange-job-id': stale.Id ?? '' })
      expect(expired.code).toBe(1)
      expect(errorLine(expired.stdout)).toMatch(
        /The signed URL expired at .*: AWS Data Exchange signed URLs work for one minute after the job creates them\. This job was created elsewhere/
      )
    } finally {
      client.destroy()
    }
  })

  test('a job that ends in ERROR reports every error: code, message, limit, resource', async () => {
    const d = DATA_SETS.failing
    const r = await run({
      'data-exchange-export': `revisions-to-s3: { data-set-id: ${d.id}, revision-ids: [${d.revisions.january.id}], s3-bucket: reports }`
    })
    expect(r.code).toBe(1)
    const error = errorLine(r.stdout)
    expect(error).toContain('The Data Exchange job ended ERROR')
    expect(error).toMatch(/ACCESS_DENIED_EXCEPTION: .*\[ASSET [0-9a-f]{32}\]/)
    expect(error).toMatch(/SERVICE_QUOTA_EXCEEDED_EXCEPTION: .*\(limit Asset size in GB: 100\)/)
    expect(error).toContain('INTERNAL_SERVER_EXCEPTION')
  })

  test('inputs of another export type, and encryption that cannot apply, are refused', async () => {
    const other = await run({ 'data-exchange-job-id': 'abc', 'dashboard-id': 'sales' })
    expect(errorLine(other.stdout)).toMatch(
      /Invalid input 'dashboard-id' = "sales": belongs to export-type snapshot or asset-bundle, not data-exchange/
    )
    const signedKms = await run({
      'data-exchange-export': `asset-to-signed-url: { data-set-id: ${sales.id}, revision-id: ${jan.id}, asset-id: ${jan.assets[0]?.id} }`,
      's3-encryption': 'AES256'
    })
    expect(errorLine(signedKms.stdout)).toMatch(
      /Invalid input 's3-encryption' = "AES256": applies only to exports to S3/
    )
    const both = await run({
      'data-exchange-job-id': 'abc',
      'data-exchange-export': 'asset-to-signed-url: {}'
    })
    expect(errorLine(both.stdout)).toMatch(
      /Invalid input 'data-exchange-job-id' = "abc": cannot be used with 'data-exchange-export'/
    )
  })
})
