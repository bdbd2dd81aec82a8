import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import {
  DescribeDashboardSnapshotJobResultCommand,
  QuickSightClient,
  SnapshotConfiguration,
  SnapshotFile,
  StartDashboardSnapshotJobCommand
} from '@aws-sdk/client-quicksight'
import { parse } from 'csv-parse/sync'
import { PDFDocument } from 'pdf-lib'
import { QuickSightEmulator } from '../../emulator/server.js'
import { ACCOUNT, client, download, postJson, until } from './helpers.js'

let emulator: QuickSightEmulator
let qs: QuickSightClient
beforeAll(async () => {
  emulator = await new QuickSightEmulator({ callsPerSecond: 1000, timeScale: 0.01 }).start()
  qs = client(emulator)
})
afterAll(async () => {
  qs.destroy()
  await emulator.close()
})

let jobs = 0
const csv = (SheetId: string, visual: string): SnapshotFile => ({
  FormatType: 'CSV',
  SheetSelections: [{ SheetId, SelectionScope: 'SELECTED_VISUALS', VisualIds: [visual] }]
})
const pdf = (SheetId: string): SnapshotFile => ({
  FormatType: 'PDF',
  SheetSelections: [{ SheetId, SelectionScope: 'ALL_VISUALS' }]
})
/** Runs a snapshot job to its end; each file group's URL or error. */
async function snapshot(
  DashboardId: string,
  files: SnapshotFile[],
  Parameters?: SnapshotConfiguration['Parameters']
) {
  const SnapshotJobId = `job-${++jobs}`
  await qs.send(
    new StartDashboardSnapshotJobCommand({
      AwsAccountId: ACCOUNT,
      DashboardId,
      SnapshotJobId,
      UserConfiguration: { AnonymousUsers: [{}] },
      SnapshotConfiguration: { FileGroups: files.map((f) => ({ Files: [f] })), Parameters }
    })
  )
  const done = await until(
    () =>
      qs
        .send(
          new DescribeDashboardSnapshotJobResultCommand({
            AwsAccountId: ACCOUNT,
            DashboardId,
            SnapshotJobId
          })
        )
        .catch(() => undefined),
    (r) => r?.JobStatus === 'COMPLETED' || r?.JobStatus === 'FAILED'
  )
  return (done?.Result?.AnonymousUsers?.[0]?.FileGroups ?? []).map((g) => g.S3Results?.[0])
}
const fetchText = async (url = '') => (await download(emulator, url)).body
const pdfProvenance = async (url?: string) =>
  JSON.parse((await PDFDocument.load(await fetchText(url))).getSubject() ?? '{}') as Record<
    string,
    unknown
  >

describe('snapshot jobs on the report dashboards', () => {
  test('a visual that fails every export fails its files only: the other exports land', async () => {
    const [failing, ok, restrictedPdf] = await snapshot('ops-weekly', [
      csv('ops-restricted', 'ops-staff-costs'),
      csv('ops-restricted', 'ops-regions'),
      pdf('ops-restricted')
    ])
    const [overviewPdf] = await snapshot('ops-weekly', [pdf('ops-overview')])
    expect(failing?.ErrorInfo).toEqual([
      { ErrorType: 'CLS_CHANGED', ErrorMessage: expect.stringContaining('ops-staff-costs') }
    ])
    expect(failing?.S3Uri).toBeUndefined()
    expect(restrictedPdf?.ErrorInfo?.[0]?.ErrorType).toBe('CLS_CHANGED')
    expect(ok?.S3Uri).toMatch(/^https:\/\//)
    expect(overviewPdf?.S3Uri).toMatch(/^https:\/\//)
  })

  test('a MONTH date-time parameter: its ISO instant and month in the provenance, rows of that month', async () => {
    const month = new Date('2025-03-15T12:00:00Z')
    const params = { DateTimeParameters: [{ Name: 'ReportMonth', Values: [month] }] }
    const [report, ledger] = await snapshot(
      'finance-monthly',
      [pdf('fin-summary'), csv('fin-ledger', 'ledger-orders')],
      params
    )
    expect(await pdfProvenance(report?.S3Uri)).toMatchObject({
      dashboard: 'finance-monthly',
      parameters: { ReportMonth: ['2025-03-15T12:00:00.000Z'] },
      periods: {
        ReportMonth: [
          {
            granularity: 'MONTH',
            start: '2025-03-01T00:00:00.000Z',
            end: '2025-04-01T00:00:00.000Z'
          }
        ]
      }
    })
    const rows = parse(await fetchText(ledger?.S3Uri), { columns: true }) as { Date: string }[]
    expect(rows.length).toBeGreaterThan(0)
    expect(new Set(rows.map((r) => r.Date))).toEqual(new Set(['2025-03-01']))
  })

  test('declared static defaults apply to parameters the job leaves unset', async () => {
    const [report, orders] = await snapshot('ops-weekly', [
      pdf('ops-overview'),
      csv('ops-restricted', 'ops-order-log')
    ])
    expect(await pdfProvenance(report?.S3Uri)).toMatchObject({
      parameters: { Year: [2025], Factor: [1.5] },
      defaulted: ['Year', 'Factor']
    })
    const rows = parse(await fetchText(orders?.S3Uri), { columns: true }) as { Date: string }[]
    expect(rows.every((r) => r.Date.startsWith('2025-'))).toBe(true)
  })

  test('the Ledger sheet has 7 table visuals: more than one Excel workbook takes', async () => {
    const ledger = [
      'ledger-orders',
      'ledger-units',
      'ledger-revenue',
      'ledger-monthly',
      'ledger-region-product',
      'ledger-region-year',
      'ledger-notes'
    ]
    const excel = (VisualIds: string[]): SnapshotFile => ({
      FormatType: 'EXCEL',
      SheetSelections: [{ SheetId: 'fin-ledger', SelectionScope: 'SELECTED_VISUALS', VisualIds }]
    })
    await expect(snapshot('finance-monthly', [excel(ledger)])).rejects.toMatchObject({
      name: 'InvalidParameterValueException'
    })
    const books = [
      ...(await snapshot('finance-monthly', [excel(ledger.slice(0, 5))])),
      ...(await snapshot('finance-monthly', [excel(ledger.slice(5))]))
    ]
    expect(books.map((b) => b?.S3Uri)).toEqual([expect.any(String), expect.any(String)])
  })

  test('a date-time parameter value that is not a timestamp is an InvalidParameterValueException', async () => {
    const response = await postJson(
      `${emulator.url}/accounts/${ACCOUNT}/dashboards/finance-monthly/snapshot-jobs`,
      {
        SnapshotJobId: 'raw',
        SnapshotConfiguration: {
          FileGroups: [{ Files: [pdf('fin-summary')] }],
          Parameters: { DateTimeParameters: [{ Name: 'ReportMonth', Values: ['March'] }] }
        }
      }
    )
    expect(response.status).toBe(400)
    expect(response.errorType).toBe('InvalidParameterValueException')
  })
})
