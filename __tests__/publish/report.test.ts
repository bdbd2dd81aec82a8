import { describe, expect, test } from '@jest/globals'
import { cell } from '../../src/markdown.js'
import { renderReport, ReportInput } from '../../src/publish/report.js'

const report = (files: number): ReportInput => ({
  subject: 'sales',
  reports: [{ name: 'sales', dashboardId: 'sales', notes: [] }],
  outputDir: '/out',
  durationMs: 4200,
  jobs: [
    {
      jobId: 'job-1',
      report: 'sales',
      status: 'COMPLETED',
      started: true,
      succeeded: true,
      warnings: [],
      durationMs: 4000,
      files: Array.from({ length: files }, (_, i) => ({
        index: i + 1,
        format: 'csv' as const,
        source: { sheets: ['details'], visuals: [`visual-${i}`] },
        path: `/out/file-${i}.csv`,
        size: 1000,
        details: {
          rows: 3,
          preview: [
            ['A', 'B'],
            ['1', '2'],
            ['3', '4'],
            ['5', '6']
          ]
        }
      }))
    }
  ]
})

describe('renderReport', () => {
  test('one row per file, the marker first, previews in details blocks', () => {
    const text = renderReport(report(2), {
      marker: '<!-- m -->',
      previewRows: 2,
      maxLength: 65_000
    })
    expect(text.startsWith('<!-- m -->\n### ✅ QuickSight export: `sales`')).toBe(true)
    expect(text).toContain(
      '| `file-1.csv` | CSV | details | visual-1 | 1000 B | 3 rows | QuickSight default bucket |'
    )
    expect(text).toContain('first 2 of 3 rows')
  })

  test('a CSV whose rows went uncounted (csv-parse rejected it further on): no total claimed', () => {
    const input = report(1)
    const file = input.jobs[0]?.files[0]
    if (file?.details) delete file.details.rows
    const text = renderReport(input, { previewRows: 2, maxLength: 65_000 })
    expect(text).toContain('| 1000 B | — |')
    expect(text).toContain('Preview of `file-0.csv`: first 2 rows</summary>')
  })

  test('over the limit: previews shrink, then go, then rows drop with a visible note', () => {
    const full = renderReport(report(40), { previewRows: 3, maxLength: 1e9 })
    const shrunk = renderReport(report(40), { previewRows: 3, maxLength: full.length - 10 })
    expect(shrunk).toContain('first 1 of 3 rows')
    const noPreview = renderReport(report(40), { previewRows: 0, maxLength: 1e9 })
    const cut = renderReport(report(40), { previewRows: 3, maxLength: noPreview.length - 100 })
    expect(cut.length).toBeLessThanOrEqual(noPreview.length - 100)
    expect(cut).not.toContain('<details>')
    expect(cut).toMatch(/_\d+ more file\(s\) not shown/)
  })
})

describe('cell', () => {
  test.each([
    ['a|b', 'a&#124;b'],
    ['<img src=x>', '&lt;img src=x&gt;'],
    ['hi @octocat', 'hi &#64;octocat'],
    ['fixes #12', 'fixes &#35;12'],
    ['[x](http://e)', '\\[x\\]\\(http\\://e\\)'],
    ['`code`', '&#96;code&#96;'],
    ['line\nbreak', 'line break']
  ])('%j becomes %j', (input, output) => expect(cell(input)).toBe(output))

  test('long text is cut with an ellipsis', () =>
    expect(cell('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`))
})
