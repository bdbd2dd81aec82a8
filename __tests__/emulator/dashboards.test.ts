import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  DescribeDashboardDefinitionCommand,
  ListDashboardsCommand,
  QuickSightClient,
  SearchDashboardsCommand,
  SearchDashboardsCommandInput
} from '@aws-sdk/client-quicksight'
import { CATALOG } from '../../emulator/catalog.js'
import { QuickSightEmulator } from '../../emulator/server.js'
import { ACCOUNT, client } from './helpers.js'

let emulator: QuickSightEmulator
let qs: QuickSightClient
beforeAll(async () => {
  emulator = await new QuickSightEmulator({
    callsPerSecond: 1000,
    deny: { AKIANODEFINITION: ['quicksight:DescribeDashboardDefinition'] }
  }).start()
  qs = client(emulator)
})
afterAll(async () => {
  qs.destroy()
  await emulator.close()
})

const list = (NextToken?: string, MaxResults?: number) =>
  qs.send(new ListDashboardsCommand({ AwsAccountId: ACCOUNT, NextToken, MaxResults }))
const search = (
  filter: Record<string, string>,
  extra: Partial<SearchDashboardsCommandInput> = {}
) =>
  qs.send(
    new SearchDashboardsCommand({
      AwsAccountId: ACCOUNT,
      Filters: [filter as never],
      ...extra
    })
  )
const byName = (Value: string) => search({ Name: 'DASHBOARD_NAME', Operator: 'StringLike', Value })
const definition = (
  DashboardId: string,
  extra: { VersionNumber?: number; AliasName?: string } = {}
) =>
  qs.send(new DescribeDashboardDefinitionCommand({ AwsAccountId: ACCOUNT, DashboardId, ...extra }))

describe('ListDashboards', () => {
  test('pages of 10 with opaque NextTokens cover the whole catalog once, even with MaxResults 100', async () => {
    const pages: string[][] = []
    let token: string | undefined
    do {
      const page = await list(token, 100)
      pages.push((page.DashboardSummaryList ?? []).map((d) => d.DashboardId ?? ''))
      token = page.NextToken
    } while (token)
    expect(pages.map((p) => p.length)).toEqual([10, 10, 10, 2])
    expect(pages.flat()).toEqual(CATALOG.map((d) => d.id))
    expect(pages.flat().indexOf('regional-emea')).toBe(21)
    expect(pages.flat().indexOf('regional-apac')).toBe(31)
  })

  test('summaries carry the ARN of the call region, the name and epoch-second times', async () => {
    const { DashboardSummaryList = [] } = await list()
    const sales = DashboardSummaryList.find((d) => d.DashboardId === 'sales')
    expect(sales).toMatchObject({
      Arn: `arn:aws:quicksight:eu-west-1:${ACCOUNT}:dashboard/sales`,
      Name: 'Sales Overview',
      PublishedVersionNumber: 1,
      CreatedTime: new Date('2024-01-15T09:00:00Z')
    })
  })

  test('MaxResults below the page size shortens the page', async () => {
    const page = await list(undefined, 3)
    expect(page.DashboardSummaryList).toHaveLength(3)
    const next = await list(page.NextToken, 3)
    expect(next.DashboardSummaryList?.[0]?.DashboardId).toBe(CATALOG[3]?.id)
  })

  test.each([0, 101])('max-results %i is rejected as the API documents (1..100)', async (max) => {
    await expect(list(undefined, max)).rejects.toMatchObject({
      name: 'InvalidParameterValueException',
      $metadata: { httpStatusCode: 400 }
    })
  })

  test('a forged, altered or foreign NextToken is an InvalidNextTokenException', async () => {
    const { NextToken = '' } = await list()
    const [data = '', signature = ''] = NextToken.split('.')
    const altered = `${Buffer.from('{"o":20}').toString('base64url')}.${signature}`
    const search = await byName('Team')
    for (const token of ['garbage', altered, `${data}.x`, search.NextToken ?? '']) {
      await expect(list(token)).rejects.toMatchObject({
        name: 'InvalidNextTokenException',
        $metadata: { httpStatusCode: 400 }
      })
    }
  })
})

describe('SearchDashboards', () => {
  test('DASHBOARD_NAME with StringLike matches names containing the value, case-insensitively', async () => {
    const { DashboardSummaryList = [] } = await byName('sales overview')
    expect(DashboardSummaryList.map((d) => d.Name)).toEqual([
      'Sales Overview',
      'Sales Overview Archive'
    ])
  })

  test('two dashboards share the name "Regional Sales"', async () => {
    const { DashboardSummaryList = [] } = await byName('Regional Sales')
    expect(DashboardSummaryList.map((d) => d.DashboardId)).toEqual([
      'regional-emea',
      'regional-apac'
    ])
  })

  test('search results are paginated like the list', async () => {
    const first = await byName('Team Report')
    expect(first.DashboardSummaryList).toHaveLength(10)
    const second = await search(
      { Name: 'DASHBOARD_NAME', Operator: 'StringLike', Value: 'Team Report' },
      { NextToken: first.NextToken }
    )
    expect(second.DashboardSummaryList?.[0]?.Name).toBe('Team Report 11')
  })

  test('an ownership filter takes StringEquals and a user ARN', async () => {
    const r = await search({
      Name: 'QUICKSIGHT_USER',
      Operator: 'StringEquals',
      Value: `arn:aws:quicksight:us-east-1:${ACCOUNT}:user/default/alice`
    })
    expect(r.DashboardSummaryList).toHaveLength(10)
  })

  test.each([
    [
      'StringEquals with DASHBOARD_NAME',
      { Name: 'DASHBOARD_NAME', Operator: 'StringEquals', Value: 'Sales Overview' }
    ],
    [
      'StringLike with an ownership filter',
      { Name: 'QUICKSIGHT_OWNER', Operator: 'StringLike', Value: 'x' }
    ],
    [
      'an ownership filter without an ARN',
      { Name: 'QUICKSIGHT_USER', Operator: 'StringEquals', Value: 'alice' }
    ],
    ['an unknown operator', { Name: 'DASHBOARD_NAME', Operator: 'Contains', Value: 'Sales' }],
    ['an empty value', { Name: 'DASHBOARD_NAME', Operator: 'StringLike', Value: '' }]
  ])('%s is an InvalidParameterValueException', async (_rule, filter) => {
    await expect(search(filter)).rejects.toMatchObject({ name: 'InvalidParameterValueException' })
  })

  test('Filters must hold exactly one filter', async () => {
    const filter = { Name: 'DASHBOARD_NAME', Operator: 'StringLike', Value: 'Sales' } as const
    for (const Filters of [[], [filter, filter]])
      await expect(
        qs.send(new SearchDashboardsCommand({ AwsAccountId: ACCOUNT, Filters }))
      ).rejects.toMatchObject({ name: 'InvalidParameterValueException' })
  })
})

describe('DescribeDashboardDefinition', () => {
  test('sheets with names, visuals as unions keyed by type with titles, parameters as unions', async () => {
    const r = await definition('finance-monthly')
    expect(r).toMatchObject({
      DashboardId: 'finance-monthly',
      Name: 'Finance Monthly Report',
      Status: 200
    })
    const sheets = r.Definition?.Sheets ?? []
    expect(sheets.map((s) => [s.SheetId, s.Name])).toEqual([
      ['fin-summary', 'Summary'],
      ['fin-ledger', 'Ledger']
    ])
    const summary = sheets[0]?.Visuals ?? []
    expect(summary.map((v) => Object.keys(v).filter((k) => v[k as keyof typeof v]))).toEqual([
      ['KPIVisual'],
      ['BarChartVisual'],
      ['LineChartVisual'],
      ['TableVisual']
    ])
    expect(summary[1]?.BarChartVisual).toEqual({
      VisualId: 'fin-region-bar',
      Title: { Visibility: 'VISIBLE', FormatText: { PlainText: 'Revenue by region' } }
    })
    expect(summary[3]?.TableVisual?.Title?.FormatText).toEqual({
      RichText: '<visual><b>Region breakdown</b></visual>'
    })
    expect(r.Definition?.DataSetIdentifierDeclarations?.[0]?.DataSetArn).toBe(
      `arn:aws:quicksight:eu-west-1:${ACCOUNT}:dataset/sales-dataset`
    )
    expect(r.Definition?.ParameterDeclarations).toEqual([
      { StringParameterDeclaration: { ParameterValueType: 'MULTI_VALUED', Name: 'Region' } },
      {
        DateTimeParameterDeclaration: {
          Name: 'ReportMonth',
          TimeGranularity: 'MONTH',
          DefaultValues: {
            RollingDate: {
              DataSetIdentifier: 'Sales',
              Expression: "addDateTime(-1, 'MM', truncDate('MM', now()))"
            }
          }
        }
      },
      { IntegerParameterDeclaration: { ParameterValueType: 'SINGLE_VALUED', Name: 'MinUnits' } },
      { DecimalParameterDeclaration: { ParameterValueType: 'SINGLE_VALUED', Name: 'MinRevenue' } }
    ])
  })

  test('a visual without a title has no Title; static date-time defaults are Dates', async () => {
    const ops = await definition('ops-weekly')
    const trend = ops.Definition?.Sheets?.[0]?.Visuals?.[3]?.LineChartVisual
    expect(trend).toEqual({ VisualId: 'ops-units-trend' })
    const exec = await definition('exec-kpis')
    const asOf = exec.Definition?.ParameterDeclarations?.[1]?.DateTimeParameterDeclaration
    expect(asOf?.DefaultValues?.StaticValues).toEqual([new Date('2025-06-30T00:00:00Z')])
  })

  test('a dashboard id with scenario directives describes its catalog dashboard', async () => {
    const r = await definition('sales--duration-500')
    expect(r.DashboardId).toBe('sales--duration-500')
    expect(r.Definition?.Sheets?.map((s) => s.SheetId)).toEqual(['overview', 'details', 'regions'])
  })

  test('unknown dashboards, versions and aliases are ResourceNotFoundException', async () => {
    for (const call of [
      definition('no-such-dashboard'),
      definition('sales', { VersionNumber: 2 }),
      definition('sales', { AliasName: 'beta' })
    ])
      await expect(call).rejects.toMatchObject({
        name: 'ResourceNotFoundException',
        $metadata: { httpStatusCode: 404 }
      })
    await expect(definition('sales', { AliasName: '$PUBLISHED' })).resolves.toBeDefined()
    await expect(definition('sales', { VersionNumber: 1 })).resolves.toBeDefined()
  })

  test('malformed ids, versions and aliases are InvalidParameterValueException', async () => {
    for (const call of [
      definition('sales!'),
      definition('sales', { VersionNumber: 0 }),
      definition('sales', { AliasName: 'no spaces' })
    ])
      await expect(call).rejects.toMatchObject({ name: 'InvalidParameterValueException' })
  })

  test('credentials whose policy denies the action get AccessDeniedException (401); the rest works', async () => {
    const denied = client(emulator, 'AKIANODEFINITION')
    await expect(
      denied.send(
        new DescribeDashboardDefinitionCommand({ AwsAccountId: ACCOUNT, DashboardId: 'sales' })
      )
    ).rejects.toMatchObject({ name: 'AccessDeniedException', $metadata: { httpStatusCode: 401 } })
    const listed = await denied.send(new ListDashboardsCommand({ AwsAccountId: ACCOUNT }))
    expect(listed.DashboardSummaryList?.length).toBe(10)
    denied.destroy()
  })
})
