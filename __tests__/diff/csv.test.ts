import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readdir } from 'node:fs/promises'
import { compareFiles, type CompareOptions } from '../../src/diff/compare-files.js'
import type { TableDiff } from '../../src/diff/file-diff.js'
import { parseTolerance } from '../../src/diff/tolerance.js'
import { tempDir, textFile } from './fixtures.js'

let dir: string
let remove: () => Promise<void>
beforeAll(async () => ({ dir, remove } = await tempDir()))
afterAll(() => remove())

let n = 0
async function diffCsv(before: string, after: string, o: CompareOptions = {}) {
  n++
  const a = await textFile(dir, `before-${n}.csv`, before)
  const b = await textFile(dir, `after-${n}.csv`, after)
  const diff = await compareFiles('orders.csv', 'csv', a, b, o)
  return { diff, table: diff.tables?.[0] as TableDiff }
}

const ORDERS = 'Id,Region,Sales\n1,East,10\n2,West,20\n3,North,30\n'
const byId = { keyColumns: ['Id'] }

describe('compareFiles on CSV: rows', () => {
  test.each<[string, string, CompareOptions, Record<string, unknown>]>([
    ['the same file', ORDERS, byId, { added: 0, removed: 0, changed: 0, baselineRows: 3 }],
    [
      'by key: a changed cell, a row added, a row removed',
      'Id,Region,Sales\n1,East,10\n2,West,25\n4,South,40\n',
      byId,
      { added: 1, removed: 1, changed: 1, keyColumns: ['Id'] }
    ],
    [
      'whole rows: a changed row is one removed and one added',
      'Id,Region,Sales\n1,East,10\n2,West,25\n3,North,30\n',
      {},
      { added: 1, removed: 1, changed: 0, keyColumns: undefined }
    ],
    [
      'whole rows: order does not matter',
      'Id,Region,Sales\n3,North,30\n1,East,10\n2,West,20\n',
      {},
      { added: 0, removed: 0, changed: 0 }
    ],
    [
      'a key column absent from a file: rows matched whole, with a note',
      ORDERS,
      { keyColumns: ['OrderId'] },
      { added: 0, removed: 0, keyColumns: undefined, note: expect.stringContaining('OrderId') }
    ],
    [
      'several key columns',
      'Id,Region,Sales\n1,East,10\n2,East,20\n3,North,31\n',
      { keyColumns: ['Id', 'Region'] },
      { added: 1, removed: 1, changed: 1 }
    ]
  ])('%s', async (_, after, o, expected) => {
    const { table } = await diffCsv(ORDERS, after, o)
    const { keyColumns, ...counts } = expected
    expect(table).toMatchObject(counts)
    if ('keyColumns' in expected) expect(table.keyColumns).toEqual(keyColumns)
  })

  test('the changed cells of each changed row, old and new, keyed by the key values', async () => {
    const { diff, table } = await diffCsv(
      ORDERS,
      'Id,Region,Sales\n1,East,10\n2,South,25\n3,North,30\n',
      byId
    )
    expect(diff).toMatchObject({ status: 'changed', added: 0, removed: 0, changed: 1 })
    expect(table.sample).toEqual([
      {
        key: '2',
        cells: [
          { column: 'Region', before: 'West', after: 'South' },
          { column: 'Sales', before: '20', after: '25' }
        ]
      }
    ])
  })

  test('the sample is the first changed rows in the new file, at most sampleRows', async () => {
    const rows = (sales: (i: number) => number, order: number[]) =>
      `Id,Sales\n${order.map((i) => `${i},${sales(i)}`).join('\n')}\n`
    const ids = Array.from({ length: 200 }, (_, i) => i + 1)
    const { table } = await diffCsv(
      rows(() => 0, ids),
      rows((i) => i, [...ids].reverse()),
      { ...byId, sampleRows: 3 }
    )
    expect(table.changed).toBe(200)
    expect(table.sample.map((r) => r.key)).toEqual(['200', '199', '198'])
  })

  test('duplicate keys are counted, then matched in order of appearance', async () => {
    const { table } = await diffCsv(
      'Id,Sales\n1,10\n1,11\n2,20\n',
      'Id,Sales\n1,10\n2,20\n1,12\n1,13\n2,20\n',
      byId
    )
    expect(table).toMatchObject({ duplicateKeys: 2, added: 2, removed: 0, changed: 1 })
    expect(table.sample).toEqual([
      { key: '1', cells: [{ column: 'Sales', before: '11', after: '12' }] }
    ])
  })
})

describe('compareFiles on CSV: tolerance', () => {
  test.each([
    ['absolute, within', '0.5', '20.5', 0],
    ['absolute, beyond', '0.5', '20.6', 1],
    ['relative, within', '1%', '20.2', 0],
    ['relative, beyond', '1%', '20.3', 1],
    ['numbers with thousands separators', '0', '"20.000"', 0]
  ])('%s', async (_, tolerance, sales, changed) => {
    const { table } = await diffCsv(
      ORDERS,
      `Id,Region,Sales\n1,East,10\n2,West,${sales}\n3,North,30\n`,
      {
        ...byId,
        tolerance: parseTolerance(tolerance)
      }
    )
    expect(table.changed).toBe(changed)
  })

  test('text cells compare exactly whatever the tolerance', async () => {
    const { table } = await diffCsv(ORDERS, 'Id,Region,Sales\n1,east,10\n2,West,20\n3,North,30\n', {
      ...byId,
      tolerance: parseTolerance('100%')
    })
    expect(table.sample).toEqual([
      { key: '1', cells: [{ column: 'Region', before: 'East', after: 'east' }] }
    ])
  })

  test('comma-grouped thousands compare as numbers', async () => {
    const { table } = await diffCsv('Id,Sales\n1,"1,234.5"\n', 'Id,Sales\n1,1234.5\n', {
      ...byId,
      tolerance: parseTolerance('0')
    })
    expect(table.changed).toBe(0)
  })
})

describe('compareFiles on CSV: columns', () => {
  test.each<[string, string, CompareOptions, TableDiff['columns'], number]>([
    [
      'a column added',
      'Id,Region,Sales,Margin\n1,East,10,1\n2,West,20,2\n3,North,30,3\n',
      byId,
      { added: ['Margin'], removed: [], renamed: [] },
      0
    ],
    [
      'a column removed',
      'Id,Sales\n1,10\n2,20\n3,30\n',
      byId,
      { added: [], removed: ['Region'], renamed: [] },
      0
    ],
    [
      'a column renamed: the same values under another header',
      'Id,Area,Sales\n1,East,10\n2,West,20\n3,North,30\n',
      byId,
      { added: [], removed: [], renamed: [{ from: 'Region', to: 'Area' }] },
      0
    ],
    [
      'renamed when rows are matched whole too',
      'Id,Area,Sales\n3,North,30\n1,East,10\n2,West,20\n',
      {},
      { added: [], removed: [], renamed: [{ from: 'Region', to: 'Area' }] },
      0
    ],
    [
      'another header with other values is removed and added, not renamed',
      'Id,Area,Sales\n1,East,10\n2,South,20\n3,North,30\n',
      byId,
      { added: ['Area'], removed: ['Region'], renamed: [] },
      0
    ],
    [
      'columns in another order are no change',
      'Sales,Region,Id\n30,North,3\n10,East,1\n20,West,2\n',
      byId,
      { added: [], removed: [], renamed: [] },
      0
    ]
  ])('%s', async (_, after, o, columns, changed) => {
    const { diff, table } = await diffCsv(ORDERS, after, o)
    expect(table.columns).toEqual(columns)
    expect(diff.columns).toEqual(columns)
    expect(table.changed).toBe(changed)
    const same = columns.added.length + columns.removed.length + columns.renamed.length === 0
    expect(diff.status).toBe(same ? 'unchanged' : 'changed')
  })
})

describe('compareFiles on CSV: reading', () => {
  test.each<[string, string, string, Partial<TableDiff>]>([
    [
      'quoted fields with commas, quotes and newlines',
      'Id,Note\n1,"a, b"\n2,"say ""hi"""\n3,"two\nlines"\n',
      'Id,Note\r\n3,"two\nlines"\r\n1,"a, b"\r\n2,"say ""hi"""\r\n',
      { added: 0, removed: 0, changed: 0, baselineRows: 3 }
    ],
    [
      'a change inside a quoted multi-line field',
      'Id,Note\n1,"two\nlines"\n',
      'Id,Note\n1,"two\nlines!"\n',
      {
        changed: 1,
        sample: [
          { key: '1', cells: [{ column: 'Note', before: 'two\nlines', after: 'two\nlines!' }] }
        ]
      }
    ],
    [
      'a byte-order mark on one side only',
      'Id,Note\n1,a\n',
      '\uFEFFId,Note\n1,a\n',
      { changed: 0, columns: { added: [], removed: [], renamed: [] } }
    ],
    ['two empty files', '', '', { added: 0, removed: 0, baselineRows: 0 }],
    [
      'an empty baseline',
      '',
      'Id,Note\n1,a\n2,b\n',
      {
        added: 2,
        removed: 0,
        baselineRows: 0,
        columns: { added: ['Id', 'Note'], removed: [], renamed: [] }
      }
    ],
    ['headers only', 'Id,Note\n', 'Id,Note\n', { added: 0, removed: 0, baselineRows: 0 }],
    [
      'blank lines are skipped',
      'Id,Note\n1,a\n\n2,b\n',
      'Id,Note\n1,a\n2,b\n\n',
      { baselineRows: 2, changed: 0 }
    ],
    [
      'short rows read missing cells as empty',
      'Id,Note,Extra\n1,a,\n',
      'Id,Note,Extra\n1,a\n',
      { changed: 0 }
    ],
    [
      'repeated and empty header names stay distinct',
      'Id,X,X,\n1,a,b,c\n',
      'Id,X,X,\n1,a,B,c\n',
      { changed: 1, sample: [{ key: '1', cells: [{ column: 'X (2)', before: 'b', after: 'B' }] }] }
    ]
  ])('%s', async (_, before, after, expected) => {
    const { table } = await diffCsv(before, after, byId)
    expect(table).toMatchObject(expected)
  })
})

describe('compareFiles: new and missing files, temporary files', () => {
  test('no baseline makes the file new, no new file makes it missing; neither is read', async () => {
    await expect(compareFiles('a.csv', 'csv', undefined, '/nowhere.csv', {})).resolves.toEqual({
      file: 'a.csv',
      format: 'csv',
      status: 'new'
    })
    await expect(compareFiles('a.pdf', 'pdf', '/nowhere.pdf', undefined, {})).resolves.toEqual({
      file: 'a.pdf',
      format: 'pdf',
      status: 'missing'
    })
  })

  test('partition files go to tempDir and are removed afterwards', async () => {
    const { dir: work, remove: removeWork } = await tempDir()
    try {
      const a = await textFile(dir, 't-a.csv', ORDERS)
      const b = await textFile(dir, 't-b.csv', 'Id,Region,Sales\n1,East,11\n')
      const diff = await compareFiles('t.csv', 'csv', a, b, { ...byId, tempDir: work })
      expect(diff).toMatchObject({ changed: 1, removed: 2 })
      expect(await readdir(work)).toEqual([])
    } finally {
      await removeWork()
    }
  })

  test('an unreadable file is an error', async () => {
    await expect(
      compareFiles('a.csv', 'csv', '/nowhere/a.csv', '/nowhere/b.csv', {})
    ).rejects.toThrow(/ENOENT/)
  })
})
