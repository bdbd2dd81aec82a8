import { describe, expect, test } from '@jest/globals'
import type { FileDiff, TableDiff } from '../../src/diff/file-diff.js'
import { diffJson, diffMarkdown } from '../../src/diff/render-diff.js'

const noColumns = { added: [], removed: [], renamed: [] }
const orders: TableDiff = {
  added: 1,
  removed: 2,
  changed: 1,
  baselineRows: 100,
  columns: { added: ['Margin'], removed: [], renamed: [{ from: 'Region', to: 'Area' }] },
  keyColumns: ['Id'],
  duplicateKeys: 3,
  sample: [{ key: '7', cells: [{ column: 'Sales', before: '10', after: '' }] }],
  countsOnly: true,
  note: 'key note; count note'
}
const csv: FileDiff = {
  file: 'orders.csv',
  format: 'csv',
  status: 'changed',
  added: 1,
  removed: 2,
  changed: 1,
  baselineRows: 100,
  columns: orders.columns,
  tables: [orders]
}
const pdf: FileDiff = {
  file: 'report.pdf',
  format: 'pdf',
  status: 'changed',
  pages: { before: 2, after: 3, changed: [2, 3] },
  pageDiffs: [
    { page: 2, lines: ['@@ -1,2 +1,2 @@', ' Title', '-Total 1', '+Total 2'] },
    { page: 3, lines: [] }
  ]
}

describe('diffJson', () => {
  test.each<[string, FileDiff, object]>([
    [
      'CSV: rows and columns, no pages',
      csv,
      {
        file: 'orders.csv',
        status: 'changed',
        added: 1,
        removed: 2,
        changed: 1,
        columns: orders.columns
      }
    ],
    ['PDF: pages, no rows', pdf, { file: 'report.pdf', status: 'changed', pages: pdf.pages }],
    [
      'a new file: status only',
      { file: 'a.xlsx', format: 'excel', status: 'new' },
      { file: 'a.xlsx', status: 'new' }
    ],
    [
      'an unchanged workbook',
      {
        ...csv,
        format: 'excel',
        status: 'unchanged',
        added: 0,
        removed: 0,
        changed: 0,
        columns: noColumns
      },
      {
        file: 'orders.csv',
        status: 'unchanged',
        added: 0,
        removed: 0,
        changed: 0,
        columns: noColumns
      }
    ]
  ])('%s', (_, diff, expected) => {
    expect(JSON.parse(JSON.stringify(diffJson(diff)))).toEqual(expected)
  })
})

describe('diffMarkdown', () => {
  const mark = (text: string): string => `«${text}»`

  test('CSV: summary, column changes, duplicates, notes, then changed rows old → new', () => {
    expect(diffMarkdown(csv, mark)).toBe(
      [
        '### «orders.csv»',
        '',
        '**1 added, 2 removed, 1 changed** rows against 100 baseline rows.',
        '',
        'Rows matched by key «Id».',
        '- Columns added: «Margin»',
        '- Columns renamed: «Region» → «Area»',
        '- 3 keys seen more than once: their rows were matched in order.',
        '- Note: «key note»',
        '- Note: «count note»',
        '',
        'Changed rows (1):',
        '',
        '| «Id» | «Sales» |',
        '| --- | --- |',
        '| «7» | «10» → *(empty)* |',
        ''
      ].join('\n')
    )
  })

  test('PDF: pages changed, a line diff per page', () => {
    expect(diffMarkdown(pdf, mark)).toBe(
      [
        '### «report.pdf»',
        '',
        '**2 pages changed** (2 → 3 pages): 2, 3.',
        '',
        '**Page 2**',
        '',
        '|  | Text |',
        '| --- | --- |',
        '| @@ | -1,2 +1,2 |',
        '|  | «Title» |',
        '| − | «Total 1» |',
        '| + | «Total 2» |',
        '',
        '**Page 3**: no text on either side.',
        ''
      ].join('\n')
    )
  })

  test('Excel: a section per changed worksheet, unchanged ones counted', () => {
    const book: FileDiff = {
      ...csv,
      file: 'book.xlsx',
      format: 'excel',
      tables: [
        { ...orders, sheet: 'Orders', sample: [], note: undefined, duplicateKeys: 0 },
        { ...orders, sheet: 'Quiet', added: 0, removed: 0, changed: 0, columns: noColumns },
        { ...orders, sheet: 'Extra', status: 'new', added: 4 }
      ]
    }
    const text = diffMarkdown(book, mark)
    expect(text).toContain(
      '#### Worksheet «Orders»\n\n1 added, 2 removed, 1 changed of 100 rows (key: «Id»).'
    )
    expect(text).toContain('#### Worksheet «Extra»\n\nNew worksheet: 4 rows.')
    expect(text).toContain('1 other worksheet unchanged.')
    expect(text).not.toContain('Quiet')
  })

  test.each<[string, FileDiff, string]>([
    [
      'new',
      { file: 'a.csv', format: 'csv', status: 'new' },
      'New: there is no baseline to compare with.'
    ],
    [
      'missing',
      { file: 'a.csv', format: 'csv', status: 'missing' },
      'Missing: the baseline has this file'
    ],
    ['unchanged CSV', { ...csv, status: 'unchanged' }, 'Unchanged (100 rows).'],
    [
      'unchanged PDF',
      { ...pdf, status: 'unchanged', pages: { before: 1, after: 1, changed: [] } },
      'Unchanged (1 page).'
    ]
  ])('%s', (_, diff, summary) => {
    expect(diffMarkdown(diff, mark)).toContain(summary)
  })

  test('every value from a file goes through the escaper', () => {
    const hostile = '| <b>@x</b> |'
    const diff: FileDiff = {
      ...csv,
      file: hostile,
      columns: { added: [hostile], removed: [hostile], renamed: [{ from: hostile, to: hostile }] },
      tables: [
        {
          ...orders,
          keyColumns: [hostile],
          columns: {
            added: [hostile],
            removed: [hostile],
            renamed: [{ from: hostile, to: hostile }]
          },
          sample: [{ key: hostile, cells: [{ column: hostile, before: hostile, after: hostile }] }],
          note: hostile
        }
      ]
    }
    const text =
      diffMarkdown(diff, mark) +
      diffMarkdown(
        { ...pdf, pageDiffs: [{ page: 1, lines: [`-${hostile}`, `+${hostile}`] }] },
        mark
      )
    expect(text.split(hostile).length - 1).toBe(text.split(`«${hostile}»`).length - 1)
    expect(text).toContain(`«${hostile}»`)
  })
})
