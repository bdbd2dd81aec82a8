import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { compareFiles } from '../../src/diff/compare-files.js'
import { DOMMatrix2D } from '../../src/diff/pdf/dom-matrix.js'
import { lineDiff } from '../../src/diff/pdf/line-diff.js'
import { pdf, tempDir, textFile } from './fixtures.js'

let dir: string
let remove: () => Promise<void>
beforeAll(async () => ({ dir, remove } = await tempDir()))
afterAll(() => remove())

const PAGES = ['Sales report\nTotal 100\nRegion East', 'Orders\n42 rows', 'Appendix']

describe('compareFiles on PDF', () => {
  test.each<[string, string[], { before: number; after: number; changed: number[] }]>([
    ['the same text', PAGES, { before: 3, after: 3, changed: [] }],
    ['a page added', [...PAGES, 'Notes'], { before: 3, after: 4, changed: [4] }],
    ['a page removed', PAGES.slice(0, 2), { before: 3, after: 2, changed: [3] }],
    [
      'the text of a page changed',
      [PAGES[0] ?? '', 'Orders\n43 rows', PAGES[2] ?? ''],
      { before: 3, after: 3, changed: [2] }
    ]
  ])('%s', async (name, pages, expected) => {
    const before = await pdf(dir, `before-${name}.pdf`, PAGES)
    const after = await pdf(dir, `after-${name}.pdf`, pages)
    const diff = await compareFiles('report.pdf', 'pdf', before, after, {})
    expect(diff.pages).toEqual(expected)
    expect(diff.status).toBe(expected.changed.length > 0 ? 'changed' : 'unchanged')
    expect(diff.pageDiffs?.map((p) => p.page)).toEqual(expected.changed)
  })

  test('a changed page gets a line diff; at most sampleRows pages do', async () => {
    const before = await pdf(dir, 'many-before.pdf', ['a\nb\nc', 'x', 'y'])
    const after = await pdf(dir, 'many-after.pdf', ['a\nB\nc', 'x2', 'y2'])
    const diff = await compareFiles('report.pdf', 'pdf', before, after, { sampleRows: 2 })
    expect(diff.pages?.changed).toEqual([1, 2, 3])
    expect(diff.pageDiffs).toEqual([
      { page: 1, lines: ['@@ -1,3 +1,3 @@', ' a', '-b', '+B', ' c'] },
      { page: 2, lines: ['@@ -1,1 +1,1 @@', '-x', '+x2'] }
    ])
  })

  test('a file that is not a PDF is an error', async () => {
    const before = await pdf(dir, 'real.pdf', PAGES)
    const after = await textFile(dir, 'fake.pdf', 'Id,Sales\n1,2\n')
    await expect(compareFiles('r.pdf', 'pdf', before, after, {})).rejects.toThrow(/PDF/)
  })
})

describe('lineDiff', () => {
  test.each<[string, string[], string[], string[]]>([
    ['no change', ['a', 'b'], ['a', 'b'], []],
    [
      'a line changed, with one line of context',
      ['a', 'b', 'c', 'd'],
      ['a', 'b', 'C', 'd'],
      ['@@ -2,3 +2,3 @@', ' b', '-c', '+C', ' d']
    ],
    ['a line inserted', ['a', 'b'], ['a', 'x', 'b'], ['@@ -1,2 +1,3 @@', ' a', '+x', ' b']],
    ['all lines removed', ['a', 'b'], [], ['@@ -1,2 +1,0 @@', '-a', '-b']],
    [
      'two distant changes make two hunks',
      ['1', '2', '3', '4', '5', '6', '7'],
      ['0', '2', '3', '4', '5', '6', '8'],
      ['@@ -1,2 +1,2 @@', '-1', '+0', ' 2', '@@ -6,2 +6,2 @@', ' 6', '-7', '+8']
    ]
  ])('%s', (_, before, after, expected) => {
    expect(lineDiff(before, after)).toEqual(expected)
  })

  test('a long diff is cut with a count of the lines left out', () => {
    const lines = lineDiff(
      [],
      Array.from({ length: 30 }, (_, i) => `line ${i}`),
      5
    )
    expect(lines).toEqual(['@@ -1,0 +1,30 @@', '+line 0', '+line 1', '+line 2', '… 27 more lines'])
  })
})

describe('DOMMatrix2D', () => {
  test('scaleSelf and translateSelf compose as DOMMatrix does (the last applies first)', () => {
    const m = new DOMMatrix2D().scaleSelf(2, -4).translateSelf(0, -10)
    expect([m.a, m.b, m.c, m.d, m.e, m.f]).toEqual([2, 0, 0, -4, 0, 40])
    expect(new DOMMatrix2D([1, 2, 3, 4, 5, 6]).translateSelf(1, 1).e).toBe(1 + 3 + 5)
  })
})
