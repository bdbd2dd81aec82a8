import type { CellErrorValue, CellValue } from 'exceljs'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { compareFiles } from '../../src/diff/compare-files.js'
import { cellText } from '../../src/diff/excel/cell-text.js'
import { tempDir, workbook } from './fixtures.js'

let dir: string
let remove: () => Promise<void>
beforeAll(async () => ({ dir, remove } = await tempDir()))
afterAll(() => remove())

const day = (d: number): Date => new Date(Date.UTC(2024, 0, d))

describe('compareFiles on Excel', () => {
  test('worksheets matched by name: one changed, one added, one removed, one unchanged', async () => {
    const before = await workbook(dir, 'before.xlsx', {
      Orders: [
        ['Id', 'Amount', 'Day'],
        [1, 10, day(2)],
        [2, 20, day(3)]
      ],
      Regions: [['Region'], ['East'], ['West']],
      Old: [['A'], ['x']]
    })
    const after = await workbook(dir, 'after.xlsx', {
      Regions: [['Region'], ['West'], ['East']],
      Orders: [
        ['Id', 'Amount', 'Day'],
        [2, { formula: 'B2*2', result: 21 }, day(4)],
        [1, 10, day(2)]
      ],
      New: [['A'], ['x'], ['y']]
    })
    const diff = await compareFiles('book.xlsx', 'excel', before, after, { keyColumns: ['Id'] })
    expect(diff).toMatchObject({
      status: 'changed',
      added: 2,
      removed: 1,
      changed: 1,
      baselineRows: 5,
      columns: { added: [], removed: [], renamed: [] }
    })
    const sheets = Object.fromEntries((diff.tables ?? []).map((t) => [t.sheet, t]))
    expect(Object.keys(sheets).sort()).toEqual(['New', 'Old', 'Orders', 'Regions'])
    expect(sheets.New).toMatchObject({ status: 'new', added: 2 })
    expect(sheets.Old).toMatchObject({ status: 'missing', removed: 1, baselineRows: 1 })
    expect(sheets.Regions).toMatchObject({ added: 0, removed: 0, changed: 0 })
    expect(sheets.Regions?.status).toBeUndefined()
    expect(sheets.Orders?.sample).toEqual([
      {
        key: '2',
        cells: [
          { column: 'Amount', before: '20', after: '21' },
          { column: 'Day', before: '2024-01-03', after: '2024-01-04' }
        ]
      }
    ])
  })

  test('column changes are named <worksheet>!<column>; an identical workbook is unchanged', async () => {
    const sheets = {
      Orders: [
        ['Id', 'Region'],
        [1, 'East']
      ],
      Totals: [['Sum'], [1]]
    }
    const before = await workbook(dir, 'cols-before.xlsx', sheets)
    const same = await workbook(dir, 'cols-same.xlsx', sheets)
    const after = await workbook(dir, 'cols-after.xlsx', {
      Orders: [
        ['Id', 'Area', 'Margin'],
        [1, 'East', 0.5]
      ],
      Totals: [['Sum'], [1]]
    })
    const diff = await compareFiles('book.xlsx', 'excel', before, after, { keyColumns: ['Id'] })
    expect(diff.columns).toEqual({
      added: ['Orders!Margin'],
      removed: [],
      renamed: [{ from: 'Orders!Region', to: 'Orders!Area' }]
    })
    const unchanged = await compareFiles('book.xlsx', 'excel', before, same, {})
    expect(unchanged).toMatchObject({ status: 'unchanged', added: 0, removed: 0, changed: 0 })
  })

  test('rich text, hyperlinks, booleans and errors compare by their text', async () => {
    const row = (note: string): CellValue[] => [
      1,
      { richText: [{ text: 'bold ' }, { text: note }] },
      { text: 'link', hyperlink: 'https://example.com' },
      true,
      { error: '#N/A' } as CellErrorValue
    ]
    const header = ['Id', 'Rich', 'Link', 'Flag', 'Error']
    const before = await workbook(dir, 'rich-before.xlsx', { S: [header, row('a')] })
    const after = await workbook(dir, 'rich-after.xlsx', { S: [header, row('b')] })
    const diff = await compareFiles('book.xlsx', 'excel', before, after, { keyColumns: ['Id'] })
    expect(diff.tables?.[0]?.sample).toEqual([
      { key: '1', cells: [{ column: 'Rich', before: 'bold a', after: 'bold b' }] }
    ])
  })
})

describe('cellText', () => {
  test.each<[string, unknown, string]>([
    ['empty', null, ''],
    ['a number', 0.1, '0.1'],
    ['a string', 'East', 'East'],
    ['a boolean', false, 'false'],
    ['a date at midnight', day(2), '2024-01-02'],
    ['a date and time', new Date(Date.UTC(2024, 0, 2, 13, 5)), '2024-01-02T13:05:00.000Z'],
    ['a formula', { formula: 'A1+1', result: 3 }, '3'],
    ['a formula without result', { formula: 'A1+1' }, ''],
    ['a shared formula', { sharedFormula: 'B2', result: 'x' }, 'x'],
    ['rich text', { richText: [{ text: 'a' }, { text: 'b' }] }, 'ab'],
    ['a hyperlink', { text: 'site', hyperlink: 'https://example.com' }, 'site'],
    ['an error', { error: '#DIV/0!' }, '#DIV/0!']
  ])('%s', (_, value, text) => {
    expect(cellText(value)).toBe(text)
  })
})
