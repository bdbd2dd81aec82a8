import { afterAll, beforeAll, describe, expect, test as jestTest } from '@jest/globals'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { startStack, Stack } from '../../emulator/stack.js'
import { errorLine, outputFiles, runAs, walk } from './helpers.js'

/** The tests of this file run at once (up to jest's maxConcurrency), each as its own caller. */
const test = jestTest.concurrent

let stack: Stack
beforeAll(async () => {
  stack = await startStack({ jobDurationMs: 800, exportJobDurationMs: 800 })
})
afterAll(() => stack.close())

const header = async (file: string): Promise<string[]> =>
  Object.keys((parse(await readFile(file), { columns: true }) as Record<string, string>[])[0] ?? {})
/** Every file the run left in its workspace's output folder. */
const written = async (workspace: string): Promise<string[]> =>
  (await walk(workspace)).filter((f) => f.includes(`${path.sep}quicksight-export${path.sep}`))

describe('results matched by content, existing jobs checked (dist/index.js)', () => {
  test('result groups in reverse order still land under the right names', async () => {
    const r = await runAs(stack, {
      'dashboard-id': 'sales--reversed',
      format: 'pdf,csv,excel',
      'sheet-id': 'details',
      'visual-ids': 'orders-table, units-table'
    })
    expect(r.code).toBe(0)
    const files = outputFiles(r.outputs)
    const named = (end: string): string => files.find((f) => f.endsWith(end)) ?? ''
    expect(files).toHaveLength(4)
    expect((await readFile(named('.pdf'))).subarray(0, 5).toString()).toBe('%PDF-')
    expect(await header(named('orders-table.csv'))).toEqual([
      'Date',
      'Region',
      'Product',
      'Units',
      'Revenue'
    ])
    expect(await header(named('units-table.csv'))).toEqual(['Product', 'Units'])
    const book = new ExcelJS.Workbook()
    await book.xlsx.readFile(named('.xlsx'))
    expect(book.worksheets.map((w) => w.name)).toEqual(['Orders', 'Units by product'])
  })

  test('a reused snapshot job id with another configuration fails naming the difference and writes nothing; the same one is followed', async () => {
    const id = `reused-${Date.now()}`
    const first = await runAs(stack, {
      'dashboard-id': 'sales',
      'sheet-id': 'overview',
      'snapshot-job-id': id
    })
    expect(first.code).toBe(0)
    const other = await runAs(
      stack,
      {
        'dashboard-id': 'sales',
        format: 'csv',
        'sheet-id': 'details',
        'visual-ids': 'orders-table',
        'snapshot-job-id': id
      },
      { caller: first.caller }
    )
    expect(other.code).toBe(1)
    expect(errorLine(other.stdout)).toContain(
      `The snapshot job ${id} exists already with another configuration than this step asks for: FileGroups[0]: PDF of sheet overview (all visuals) vs asked CSV of sheet details visuals [orders-table]`
    )
    expect(other.stdout).not.toContain('following it')
    expect(await written(other.workspace)).toEqual([])
    expect(outputFiles(other.outputs)).toEqual([])

    const again = await runAs(
      stack,
      { 'dashboard-id': 'sales', 'sheet-id': 'overview', 'snapshot-job-id': id },
      { caller: first.caller }
    )
    expect(again.code).toBe(0)
    expect(again.stdout).toContain(`${id}: exists already (COMPLETED); following it`)
    expect(outputFiles(again.outputs)).toHaveLength(1)
  })

  test('a reused asset bundle job id with other resources fails naming them and writes nothing', async () => {
    const id = `backup-${Date.now()}`
    const first = await runAs(stack, {
      'export-type': 'asset-bundle',
      'upload-artifact': 'false',
      'dashboard-id': 'sales',
      'asset-bundle-job-id': id
    })
    expect(first.code).toBe(0)
    const other = await runAs(
      stack,
      {
        'export-type': 'asset-bundle',
        'upload-artifact': 'false',
        'dashboard-id': 'ops-weekly',
        'asset-bundle-job-id': id
      },
      { caller: first.caller }
    )
    expect(other.code).toBe(1)
    const account = first.caller.accountId
    expect(errorLine(other.stdout)).toContain(
      `The asset bundle export job ${id} exists already with another configuration than this step asks for: ResourceArns[0]: arn:aws:quicksight:eu-west-1:${account}:dashboard/sales vs asked arn:aws:quicksight:eu-west-1:${account}:dashboard/ops-weekly`
    )
    expect(await written(other.workspace)).toEqual([])
  })
})
