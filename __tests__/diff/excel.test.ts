import type { CellErrorValue, CellValue } from 'exceljs'
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { compareFiles } from '../../src/diff/compare-files.js'
import { cellText } from '../../src/diff/excel/cell-text.js'
import type { FileDiff } from '../../src/diff/file-diff.js'
import { workbookTables } from '../../src/diff/excel/workbook-tables.js'
import { rezip, tempDir, workbook } from './fixtures.js'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

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

/**
 * compareFiles run by tsx in a process of its own: the temporary directory of libraries
 * (os.tmpdir()) follows the real environment, which a test's `process.env` (a copy) is not.
 */
async function compareInChild(
  before: string,
  after: string,
  env: NodeJS.ProcessEnv
): Promise<FileDiff> {
  const module = pathToFileURL(path.join(ROOT, 'src', 'diff', 'compare-files.ts')).href
  const script = `const { compareFiles } = await import(${JSON.stringify(module)})
const [before, after] = process.argv.slice(1)
const diff = await compareFiles('book.xlsx', 'excel', before, after, { keyColumns: ['Id'] })
process.stdout.write(JSON.stringify(diff))`
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx')
  const args = ['--input-type=module', '--eval', script, before, after]
  const { stdout } = await promisify(execFile)(tsx, args, { env: { ...env, NODE_OPTIONS: '' } })
  return JSON.parse(stdout) as FileDiff
}

describe('reading workbooks', () => {
  const sheets = (n: number): Record<string, CellValue[][]> =>
    Object.fromEntries(
      Array.from({ length: n }, (_, i) => [
        `S${i + 1}`,
        [
          ['Id', 'Name'],
          [1, `East ${i}`],
          [2, `West ${i}`]
        ]
      ])
    )
  const names = (diff: FileDiff): (string | undefined)[] => (diff.tables ?? []).map((t) => t.sheet)

  test('a temporary directory deep in the tree (RUNNER_TEMP on a self-hosted runner) changes nothing', async () => {
    const top = path.join(dir, 'deep')
    const deep = path.join(top, ...Array.from({ length: 24 }, (_, i) => `level-${i}`))
    await mkdir(deep, { recursive: true })
    try {
      const before = await workbook(dir, 'deep-before.xlsx', sheets(3))
      const after = await workbook(dir, 'deep-after.xlsx', {
        ...sheets(3),
        S2: [
          ['Id', 'Name'],
          [1, 'East 1'],
          [3, 'North']
        ]
      })
      const diff = await compareInChild(before, after, { ...process.env, TMPDIR: deep })
      expect(diff).toMatchObject({ status: 'changed', added: 1, removed: 1, changed: 0 })
      expect(names(diff)).toEqual(['S1', 'S2', 'S3'])
    } finally {
      await rm(top, { recursive: true, force: true })
    }
  })

  test('worksheets after xl/workbook.xml and the shared strings (as Excel writes them) are all read', async () => {
    const book = await workbook(dir, 'layout.xlsx', sheets(6))
    const isSheet = (name: string): boolean => name.startsWith('xl/worksheets/')
    const excel = await rezip(book, path.join(dir, 'layout-excel.xlsx'), (all) => [
      ...all.filter((name) => !isSheet(name)),
      ...all.filter(isSheet)
    ])
    const diff = await compareFiles('book.xlsx', 'excel', book, excel, { keyColumns: ['Id'] })
    expect(diff.status).toBe('unchanged')
    expect(names(diff)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6'])
  })

  test('text stays whole where a UTF-8 character spans two chunks of a part', async () => {
    const text = Array.from({ length: 4000 }, (_, i) => `${i} ${'日本語€ü'.repeat(8)}`)
    const file = await workbook(dir, 'utf8.xlsx', {
      U: [['Id', 'Name'], ...text.map((t, i) => [i, t])]
    })
    const [sheet] = await workbookTables(file, path.join(dir, 'utf8-sheet'))
    const read: string[] = []
    for await (const row of sheet!.table.open()) read.push(row[1] ?? '')
    expect(read).toEqual(['Name', ...text])
  })

  test('a zip without xl/workbook.xml is named as not a workbook', async () => {
    const book = await workbook(dir, 'broken.xlsx', sheets(1))
    const broken = await rezip(book, path.join(dir, 'broken-copy.xlsx'), (all) =>
      all.filter((name) => name !== 'xl/workbook.xml')
    )
    await expect(compareFiles('book.xlsx', 'excel', book, broken, {})).rejects.toThrow(
      `${broken} is not an XLSX workbook: no xl/workbook.xml`
    )
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
