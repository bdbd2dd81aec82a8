import { afterAll, beforeAll, describe, expect, test as jestTest } from '@jest/globals'
import { CreateJobCommand, DataExchangeClient, StartJobCommand } from '@aws-sdk/client-dataexchange'
import { readFile } from 'node:fs/promises'
import { DATA_SETS } from '../../emulator/data-exchange/index.js'
import { startStack, Stack } from '../../emulator/stack.js'
import { errorLine, outputFiles, runAs, waitFor } from './helpers.js'

/** The tests of this file run at once, each as its own caller (Data Exchange quotas are per key). */
const test = jestTest.concurrent

let stack: Stack
beforeAll(async () => {
  // One EXPORT_ASSETS_TO_S3 job at a time per key, so that a test can fill the quota.
  stack = await startStack({
    jobDurationMs: 800,
    dataExchange: { concurrentJobs: { EXPORT_ASSETS_TO_S3: 1 } }
  })
})
afterAll(() => stack.close())

const run = (inputs: Record<string, string>, caller = stack.newCaller()) =>
  runAs(
    stack,
    { 'export-type': 'data-exchange', 'upload-artifact': 'false', ...inputs },
    { caller }
  )
const s3uris = (outputs: Record<string, string>) =>
  JSON.parse(outputs['s3-uris'] ?? '[]') as string[]
const DATED =
  'dated/${Revision.CreatedAt.Year}/${Revision.CreatedAt.Month}/${Revision.CreatedAt.Day}/${Asset.Name}'

describe('AWS Data Exchange without guessing (dist/index.js)', () => {
  test('revision keys written without zero-padded dates are found by listing, used and logged', async () => {
    const data = DATA_SETS.unpaddedDates
    const jan = data.revisions.january
    const r = await run({
      'data-exchange-export': `revisions-to-s3:
  data-set-id: ${data.id}
  revision-ids: [${jan.id}]
  s3-bucket: reports
  key-pattern: ${DATED}`
    })
    expect(r.code).toBe(0)
    // January's revision was created 2025-02-01: Data Exchange wrote 2025/2/1, not 2025/02/01.
    expect(s3uris(r.outputs).sort()).toEqual(
      jan.assets.map((a) => `s3://reports/dated/2025/2/1/${a.name}`).sort()
    )
    const files = outputFiles(r.outputs)
    for (const asset of jan.assets) {
      const file = files.find((f) => f.endsWith(`dated/2025/2/1/${asset.name}`)) ?? ''
      expect((await readFile(file)).equals(asset.body())).toBe(true)
      expect(r.stdout).toContain(
        `${asset.name}: s3://reports/dated/2025/02/01/${asset.name} does not exist; using s3://reports/dated/2025/2/1/${asset.name}, listed under s3://reports/dated/2025/`
      )
    }
    expect(r.stdout).toContain(
      `Revision export keys: 0 as computed from the key pattern, ${jan.assets.length} found by listing, 0 not found`
    )
  })

  test('padded keys are used as computed, without a listing', async () => {
    const jan = DATA_SETS.sales.revisions.january
    const r = await run({
      'data-exchange-export': `revisions-to-s3:
  data-set-id: ${DATA_SETS.sales.id}
  revision-ids: [${jan.id}]
  s3-bucket: reports
  key-pattern: padded/${DATED}`
    })
    expect(r.code).toBe(0)
    expect(s3uris(r.outputs)).toContain(
      `s3://reports/padded/dated/2025/02/01/${jan.assets[0]?.name}`
    )
    expect(r.stdout).not.toContain('found by listing')
  })

  test('a job that ends over a concurrency quota fails with what to do', async () => {
    const data = DATA_SETS.quotaExceeded
    const r = await run({
      'data-exchange-export': `revisions-to-s3: { data-set-id: ${data.id}, revision-ids: [${data.revisions.january.id}], s3-bucket: reports }`
    })
    expect(r.code).toBe(1)
    expect(errorLine(r.stdout)).toMatch(
      /ended ERROR: SERVICE_QUOTA_EXCEEDED_EXCEPTION: .*Concurrent in progress jobs to export revisions to Amazon S3.*\(limit \d+\).* Hint: the account runs as many jobs of this type as its AWS Data Exchange quota allows/
    )
  })

  test('a full account (a job of the key already in progress): the job ends at once, a new one starts when there is room', async () => {
    const caller = stack.newCaller()
    const sales = DATA_SETS.sales
    const stuck = DATA_SETS.stuck
    const client = new DataExchangeClient({
      region: 'eu-west-1',
      endpoint: stack.dataExchange.url,
      credentials: { accessKeyId: caller.accessKeyId, secretAccessKey: 'S3RVER' }
    })
    let holderId = ''
    try {
      // Another workflow's job holds the account's one EXPORT_ASSETS_TO_S3 slot.
      const holder = await client.send(
        new CreateJobCommand({
          Type: 'EXPORT_ASSETS_TO_S3',
          Details: {
            ExportAssetsToS3: {
              DataSetId: stuck.id,
              RevisionId: stuck.revisions.january.id,
              AssetDestinations: [
                { AssetId: stuck.revisions.january.assets[0]?.id, Bucket: 'reports' }
              ]
            }
          }
        })
      )
      holderId = holder.Id ?? ''
      await client.send(new StartJobCommand({ JobId: holderId }))
    } finally {
      client.destroy()
    }
    const feb = sales.revisions.february
    const asset = feb.assets[0]
    const running = run(
      {
        'data-exchange-export': `assets-to-s3: { data-set-id: ${sales.id}, revision-id: ${feb.id}, asset-ids: [${asset?.id}], s3-bucket: reports, s3-prefix: full }`
      },
      caller
    )
    const mine = () =>
      [...stack.dataExchange.jobs.values()].filter(
        (j) => j.owner === caller.accessKeyId && j.id !== holderId
      )
    await waitFor('the action job over the quota', () => mine().some((j) => j.state === 'ERROR'))
    // The other workflow's job ends: the slot is free.
    const holder = stack.dataExchange.jobs.get(holderId)
    if (holder) holder.state = 'COMPLETED'
    const r = await running
    expect(r.code).toBe(0)
    const [first, second] = mine()
    expect(first?.state).toBe('ERROR')
    expect(second?.state).toBe('COMPLETED')
    expect(r.stdout).toMatch(/queued, the account already runs as many Data Exchange export jobs/)
    expect(r.stdout).toContain(
      `${first?.id}: ended over the quota; created job ${second?.id} in its place`
    )
    expect(r.outputs['data-exchange-job-id']).toBe(second?.id)
    const [file] = outputFiles(r.outputs)
    expect((await readFile(file ?? '')).equals(asset?.body() ?? Buffer.alloc(0))).toBe(true)
  })
})
