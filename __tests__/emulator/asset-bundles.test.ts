import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  DescribeAssetBundleExportJobCommand,
  DescribeAssetBundleExportJobCommandOutput,
  QuickSightClient,
  StartAssetBundleExportJobCommand,
  StartAssetBundleExportJobCommandInput
} from '@aws-sdk/client-quicksight'
import { strFromU8, unzipSync } from 'fflate'
import { QuickSightEmulator } from '../../emulator/server.js'
import { ACCOUNT, client, download, until, zipEntries } from './helpers.js'

let emulator: QuickSightEmulator
let qs: QuickSightClient
beforeAll(async () => {
  // Jobs take 2000 ms × 0.05 = 100 ms; URLs live 300 s × 0.05 = 15 s.
  emulator = await new QuickSightEmulator({ callsPerSecond: 1000, timeScale: 0.05 }).start()
  qs = client(emulator)
})
afterAll(async () => {
  qs.destroy()
  await emulator.close()
})

const arn = (type: string, id: string) => `arn:aws:quicksight:eu-west-1:${ACCOUNT}:${type}/${id}`
let jobs = 0
const start = (input: Partial<StartAssetBundleExportJobCommandInput> = {}) =>
  qs.send(
    new StartAssetBundleExportJobCommand({
      AwsAccountId: ACCOUNT,
      AssetBundleExportJobId: `job-${++jobs}`,
      ResourceArns: [arn('dashboard', 'sales')],
      ExportFormat: 'QUICKSIGHT_JSON',
      ...input
    })
  )
const describeJob = (id: string) =>
  qs.send(
    new DescribeAssetBundleExportJobCommand({ AwsAccountId: ACCOUNT, AssetBundleExportJobId: id })
  )
const ended = (id: string): Promise<DescribeAssetBundleExportJobCommandOutput> =>
  until(
    () => describeJob(id),
    (d) => d.JobStatus === 'SUCCESSFUL' || d.JobStatus === 'FAILED'
  )
const bundleOf = async (job: DescribeAssetBundleExportJobCommandOutput) => {
  const { status, body } = await download(emulator, job.DownloadUrl ?? '')
  expect(status).toBe(200)
  return body
}
const jsonFiles = (zip: Buffer) =>
  Object.fromEntries(
    Object.entries(unzipSync(zip)).map(([name, data]) => [
      name,
      JSON.parse(strFromU8(data)) as Record<string, unknown>
    ])
  )

describe('asset bundle export jobs: happy paths', () => {
  test('QUICKSIGHT_JSON with dependencies: queued, in progress, then a zip of one JSON per asset', async () => {
    const started = await start({
      IncludeAllDependencies: true,
      AssetBundleExportJobId: 'deps',
      ResourceArns: [arn('dashboard', 'sales--duration-30000')]
    })
    expect(started).toMatchObject({
      AssetBundleExportJobId: 'deps',
      Arn: `arn:aws:quicksight:eu-west-1:${ACCOUNT}:asset-bundle-export-job/deps`
    })
    const statuses = new Set<string>()
    const job = await until(
      () => describeJob('deps'),
      (d) => (statuses.add(d.JobStatus ?? ''), d.JobStatus === 'SUCCESSFUL')
    )
    expect([...statuses]).toEqual(
      expect.arrayContaining(['QUEUED_FOR_IMMEDIATE_EXECUTION', 'IN_PROGRESS', 'SUCCESSFUL'])
    )
    expect(job).toMatchObject({
      ExportFormat: 'QUICKSIGHT_JSON',
      IncludeAllDependencies: true,
      IncludePermissions: false,
      ResourceArns: [arn('dashboard', 'sales--duration-30000')]
    })
    expect(job.Errors).toBeUndefined()
    expect(new URL(job.DownloadUrl ?? '').pathname).toMatch(/\/assetbundle-deps\.qs$/)
    const files = jsonFiles(await bundleOf(job))
    expect(Object.keys(files).sort()).toEqual([
      'analysis/sales-analysis.json',
      'dashboard/sales--duration-30000.json',
      'dataset/sales-dataset.json',
      'datasource/sales-datasource.json',
      'theme/corporate-theme.json'
    ])
    // lowerCamelCase keys, as QuickSight writes them (AWS's backup sample reads resourceType,
    // <type>Id, dataSetArn, dataSourceArn, permissions[].actions).
    expect(files['dashboard/sales--duration-30000.json']).toMatchObject({
      resourceType: 'dashboard',
      dashboardId: 'sales--duration-30000',
      name: 'Sales Overview',
      themeArn: arn('theme', 'corporate-theme'),
      definition: {
        sheets: expect.arrayContaining([
          expect.objectContaining({
            sheetId: 'overview',
            visuals: expect.arrayContaining([
              { kpiVisual: expect.objectContaining({ visualId: 'revenue-kpi' }) }
            ])
          })
        ]),
        dataSetIdentifierDeclarations: [
          { identifier: 'Sales', dataSetArn: arn('dataset', 'sales-dataset') }
        ]
      }
    })
    expect(JSON.stringify(files)).not.toMatch(/"[A-Z][A-Za-z]*":/)
    expect(files['datasource/sales-datasource.json']).toMatchObject({
      resourceType: 'datasource',
      dataSourceId: 'sales-datasource',
      name: 'Sales warehouse',
      type: 'ATHENA'
    })
    expect(files['dataset/sales-dataset.json']).toMatchObject({
      resourceType: 'dataset',
      dataSetId: 'sales-dataset',
      importMode: 'SPICE',
      physicalTableMap: {
        orders: { relationalTable: { dataSourceArn: arn('datasource', 'sales-datasource') } }
      }
    })
  })

  test('without IncludeAllDependencies only the listed resources; permissions and tags on request', async () => {
    const { AssetBundleExportJobId = '' } = await start({
      ResourceArns: [arn('dashboard', 'finance-monthly'), arn('theme', 'corporate-theme')],
      IncludePermissions: true,
      IncludeTags: true
    })
    const files = jsonFiles(await bundleOf(await ended(AssetBundleExportJobId)))
    expect(Object.keys(files).sort()).toEqual([
      'dashboard/finance-monthly.json',
      'theme/corporate-theme.json'
    ])
    expect(files['dashboard/finance-monthly.json']).toMatchObject({
      resourceType: 'dashboard',
      dashboardId: 'finance-monthly',
      name: 'Finance Monthly Report',
      permissions: [
        {
          principal: `arn:aws:quicksight:eu-west-1:${ACCOUNT}:group/default/analysts`,
          actions: ['quicksight:DescribeDashboard']
        }
      ],
      tags: [{ key: 'team', value: 'analytics' }]
    })
    expect(files['theme/corporate-theme.json']).toMatchObject({
      resourceType: 'theme',
      themeId: 'corporate-theme',
      name: 'Corporate'
    })
  })

  test('CLOUDFORMATION_JSON: a template of AWS::QuickSight resources, overrides as parameters', async () => {
    const overrides = {
      ResourceIdOverrideConfiguration: { PrefixForAllResources: true },
      Dashboards: [{ Arn: arn('dashboard', 'ops-weekly'), Properties: ['Name' as const] }]
    }
    const { AssetBundleExportJobId = '' } = await start({
      ResourceArns: [arn('dashboard', 'ops-weekly')],
      ExportFormat: 'CLOUDFORMATION_JSON',
      IncludeAllDependencies: true,
      CloudFormationOverridePropertyConfiguration: overrides
    })
    const job = await ended(AssetBundleExportJobId)
    expect(job.CloudFormationOverridePropertyConfiguration).toEqual(overrides)
    expect(new URL(job.DownloadUrl ?? '').pathname).toMatch(/assetbundle-job-\d+\.json$/)
    const template = JSON.parse((await bundleOf(job)).toString('utf8')) as {
      Parameters: Record<string, { Default?: string }>
      Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>
    }
    expect(
      Object.values(template.Resources)
        .map((r) => r.Type)
        .sort()
    ).toEqual([
      'AWS::QuickSight::Analysis',
      'AWS::QuickSight::Dashboard',
      'AWS::QuickSight::DataSet',
      'AWS::QuickSight::DataSource',
      'AWS::QuickSight::Theme'
    ])
    expect(template.Parameters.DashboardOpsWeeklyName?.Default).toBe('Operations Weekly')
    expect(template.Resources.DashboardOpsWeekly?.Properties).toMatchObject({
      AwsAccountId: { Ref: 'AWS::AccountId' },
      DashboardId: { 'Fn::Sub': '${ResourceIdPrefix}ops-weekly' },
      Name: { Ref: 'DashboardOpsWeeklyName' }
    })
  })
})

describe('asset bundle export jobs: failures and warnings', () => {
  test('a resource the account does not have ends the job FAILED with Errors and no URL', async () => {
    const missing = arn('dashboard', 'no-such-dashboard')
    const { AssetBundleExportJobId = '' } = await start({
      ResourceArns: [arn('dashboard', 'sales'), missing]
    })
    const job = await ended(AssetBundleExportJobId)
    expect(job.JobStatus).toBe('FAILED')
    expect(job.Errors).toEqual([
      { Arn: missing, Type: 'ResourceNotFoundException', Message: expect.stringContaining(missing) }
    ])
    expect(job.DownloadUrl).toBeUndefined()
  })

  test('the --fail directive fails the export with its ErrorType', async () => {
    const failing = arn('dashboard', 'sales--fail-DATASET_DELETED')
    const job = await ended((await start({ ResourceArns: [failing] })).AssetBundleExportJobId ?? '')
    expect(job.Errors).toEqual([expect.objectContaining({ Arn: failing, Type: 'DATASET_DELETED' })])
  })

  test('a dashboard with UI warnings gives Warnings on success and on failure', async () => {
    const exec = arn('dashboard', 'exec-kpis')
    const ok = await ended((await start({ ResourceArns: [exec] })).AssetBundleExportJobId ?? '')
    expect(ok.JobStatus).toBe('SUCCESSFUL')
    expect(ok.Warnings).toEqual([{ Arn: exec, Message: expect.stringContaining('OldMargin') }])
    const failed = await ended(
      (await start({ ResourceArns: [exec, arn('analysis', 'nope')] })).AssetBundleExportJobId ?? ''
    )
    expect(failed.JobStatus).toBe('FAILED')
    expect(failed.Warnings).toHaveLength(1)
    expect(failed.Errors).toHaveLength(1)
  })

  test('StrictModeForAllResources turns the warnings into Errors', async () => {
    const exec = arn('dashboard', 'exec-kpis')
    const job = await ended(
      (
        await start({
          ResourceArns: [exec],
          ValidationStrategy: { StrictModeForAllResources: true }
        })
      ).AssetBundleExportJobId ?? ''
    )
    expect(job.JobStatus).toBe('FAILED')
    expect(job.Errors).toEqual([expect.objectContaining({ Arn: exec })])
    expect(job.Warnings).toBeUndefined()
  })
})

describe('asset bundle download URLs', () => {
  test('each describe hands out a fresh URL; the --expire-N directive expires the first N', async () => {
    const id =
      (await start({ ResourceArns: [arn('dashboard', 'sales--expire-2')] }))
        .AssetBundleExportJobId ?? ''
    const urls = [await ended(id), await describeJob(id)].map((d) => d.DownloadUrl ?? '')
    for (const url of urls) {
      const r = await download(emulator, url)
      expect(r.status).toBe(403)
      expect(r.body.toString()).toContain('Request has expired')
    }
    const fresh = (await describeJob(id)).DownloadUrl ?? ''
    expect(new Set([...urls, fresh]).size).toBe(3)
    expect((await download(emulator, fresh)).status).toBe(200)
  })

  test('the hostile bundle holds ../, absolute and symbolic link entries', async () => {
    const id =
      (await start({ ResourceArns: [arn('dashboard', 'sales--hostile')] }))
        .AssetBundleExportJobId ?? ''
    const zip = await bundleOf(await ended(id))
    const entries = zipEntries(zip)
    expect(entries.map((e) => e.name)).toEqual(
      expect.arrayContaining(['dashboard/sales--hostile.json', '../escape.json', '/tmp/abs.json'])
    )
    const link = entries.find((e) => e.name === 'dashboard/outside-link.json')
    expect(link).toEqual({ name: 'dashboard/outside-link.json', os: 3, mode: 0o120777 })
    expect(strFromU8(unzipSync(zip)['dashboard/outside-link.json'] ?? new Uint8Array())).toBe(
      '../../../../../../etc/passwd'
    )
  })
})

describe('asset bundle job ids and limits', () => {
  test('a running id is a ConflictException; once ended, the id starts a new job', async () => {
    const slow = { ResourceArns: [arn('dashboard', 'sales--duration-4000')] }
    await start({ ...slow, AssetBundleExportJobId: 'again' })
    await expect(start({ ...slow, AssetBundleExportJobId: 'again' })).rejects.toMatchObject({
      name: 'ConflictException',
      $metadata: { httpStatusCode: 409 }
    })
    const first = await ended('again')
    await start({ AssetBundleExportJobId: 'again', ExportFormat: 'CLOUDFORMATION_JSON' })
    const second = await describeJob('again')
    expect(second.ExportFormat).toBe('CLOUDFORMATION_JSON')
    expect(second.CreatedTime?.getTime()).toBeGreaterThan(first.CreatedTime?.getTime() ?? 0)
  })

  test('a sixth concurrent export job of an account is a LimitExceededException', async () => {
    const stuck = { ResourceArns: [arn('dashboard', 'sales--stuck')] }
    const busy = await new QuickSightEmulator({ callsPerSecond: 1000 }).start()
    const qsBusy = client(busy)
    const startOn = (id: string, account = ACCOUNT) =>
      qsBusy.send(
        new StartAssetBundleExportJobCommand({
          AwsAccountId: account,
          AssetBundleExportJobId: id,
          ExportFormat: 'QUICKSIGHT_JSON',
          ResourceArns: [stuck.ResourceArns[0]?.replace(ACCOUNT, account) ?? '']
        })
      )
    for (let i = 0; i < 5; i++) await startOn(`s${i}`)
    await expect(startOn('s5')).rejects.toMatchObject({ name: 'LimitExceededException' })
    await expect(startOn('s5', '210987654321')).resolves.toBeDefined()
    qsBusy.destroy()
    await busy.close()
  })

  test('describing an unknown job is a ResourceNotFoundException', async () => {
    await expect(describeJob('never-started')).rejects.toMatchObject({
      name: 'ResourceNotFoundException',
      $metadata: { httpStatusCode: 404 }
    })
  })

  test.each([
    ['a job id with a space', { AssetBundleExportJobId: 'bad id' }],
    ['a job id over 512 characters', { AssetBundleExportJobId: 'x'.repeat(513) }],
    ['no resource ARNs', { ResourceArns: [] }],
    ['101 resource ARNs', { ResourceArns: Array(101).fill(arn('dashboard', 'sales')) }],
    ['an ARN that is not QuickSight', { ResourceArns: ['arn:aws:s3:::bucket'] }],
    [
      'an ARN of another account',
      { ResourceArns: [arn('dashboard', 'sales').replace(ACCOUNT, '210987654321')] }
    ],
    [
      'an ARN of another region',
      { ResourceArns: [arn('dashboard', 'sales').replace('eu-west-1', 'us-east-1')] }
    ],
    ['an unknown ExportFormat', { ExportFormat: 'YAML' as never }],
    [
      'CloudFormation overrides with QUICKSIGHT_JSON',
      {
        CloudFormationOverridePropertyConfiguration: {
          ResourceIdOverrideConfiguration: { PrefixForAllResources: true }
        }
      }
    ],
    [
      'an override of a property the type does not have',
      {
        ExportFormat: 'CLOUDFORMATION_JSON' as const,
        CloudFormationOverridePropertyConfiguration: {
          Dashboards: [{ Arn: arn('dashboard', 'sales'), Properties: ['Host' as never] }]
        }
      }
    ],
    [
      'an override list holding an ARN of another type',
      {
        ExportFormat: 'CLOUDFORMATION_JSON' as const,
        CloudFormationOverridePropertyConfiguration: {
          Themes: [{ Arn: arn('dashboard', 'sales'), Properties: ['Name' as const] }]
        }
      }
    ],
    ['an unknown IncludeFolderMembers', { IncludeFolderMembers: 'ALL' as never }]
  ])('%s is an InvalidParameterValueException', async (_rule, input) => {
    await expect(start(input)).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      $metadata: { httpStatusCode: 400 }
    })
  })
})
