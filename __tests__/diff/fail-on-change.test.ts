import { describe, expect, test } from '@jest/globals'
import { overThreshold, parseFailOnChange } from '../../src/diff/fail-on-change.js'
import type { FileDiff, TableDiff } from '../../src/diff/file-diff.js'

describe('parseFailOnChange', () => {
  test.each([
    ['false', { kind: 'never' }],
    ['FALSE', { kind: 'never' }],
    ['true', { kind: 'any' }],
    ['True', { kind: 'any' }],
    ['rows>5%', { kind: 'over', percent: 5 }],
    [' rows > 0.5 % ', { kind: 'over', percent: 0.5 }],
    ['ROWS>0%', { kind: 'over', percent: 0 }]
  ])('%j is %j', (text, expected) => {
    expect(parseFailOnChange(text)).toEqual(expected)
  })

  test.each(['', 'yes', 'rows>5', 'rows<5%', 'rows>-1%', 'pages>5%', '5%'])(
    '%j is refused with the accepted forms',
    (text) => {
      expect(() => parseFailOnChange(text)).toThrow(
        /false, true or rows>N% \(for example rows>5%\)/
      )
    }
  )
})

const noColumns = { added: [], removed: [], renamed: [] }
const csv = (rows: Partial<FileDiff>): FileDiff => ({
  file: 'orders.csv',
  format: 'csv',
  status: 'changed',
  added: 0,
  removed: 0,
  changed: 0,
  baselineRows: 100,
  columns: noColumns,
  ...rows
})
const sheet = (status?: 'new' | 'missing'): TableDiff => ({
  status,
  added: 0,
  removed: 0,
  changed: 0,
  baselineRows: 0,
  columns: noColumns,
  duplicateKeys: 0,
  sample: []
})
const pdf = (before: number, changed: number[]): FileDiff => ({
  file: 'report.pdf',
  format: 'pdf',
  status: changed.length > 0 ? 'changed' : 'unchanged',
  pages: { before, after: before, changed }
})

describe('overThreshold', () => {
  const over5 = parseFailOnChange('rows>5%')
  test.each<[string, FileDiff, boolean]>([
    ['5 of 100 rows is not over 5%', csv({ added: 2, removed: 1, changed: 2 }), false],
    ['6 of 100 rows is over 5%', csv({ added: 2, removed: 2, changed: 2 }), true],
    ['a column added is always over', csv({ columns: { ...noColumns, added: ['Region'] } }), true],
    [
      'a column renamed is always over',
      csv({ columns: { ...noColumns, renamed: [{ from: 'a', to: 'b' }] } }),
      true
    ],
    ['a worksheet added is always over', csv({ format: 'excel', tables: [sheet('new')] }), true],
    ['a new file is always over', { file: 'x.csv', format: 'csv', status: 'new' }, true],
    ['a missing file is always over', { file: 'x.csv', format: 'csv', status: 'missing' }, true],
    ['an unchanged file is never over', csv({ status: 'unchanged' }), false],
    ['any row added to an empty baseline is over', csv({ baselineRows: 0, added: 1 }), true],
    ['1 of 10 pages is over 5%', pdf(10, [3]), true],
    ['1 of 20 pages is not over 5%', pdf(20, [3]), false]
  ])('%s', (_, diff, expected) => {
    expect(overThreshold(diff, over5)).toBe(expected)
  })

  test('never fails on anything; true fails on any change and on new or missing files', () => {
    const never = parseFailOnChange('false')
    const any = parseFailOnChange('true')
    const small = csv({ changed: 1, baselineRows: 1_000_000 })
    expect(overThreshold(small, never)).toBe(false)
    expect(overThreshold({ file: 'x', format: 'pdf', status: 'missing' }, never)).toBe(false)
    expect(overThreshold(small, any)).toBe(true)
    expect(overThreshold({ file: 'x', format: 'pdf', status: 'new' }, any)).toBe(true)
    expect(overThreshold(csv({ status: 'unchanged' }), any)).toBe(false)
  })
})
