import { describe, expect, test } from '@jest/globals'
import { ExportFormat, ExportSpec } from '../../../src/inputs/exports.js'
import { JOB_LIMITS, planJobs } from '../../../src/kinds/snapshot/pack-exports.js'

const specs = (formats: ExportFormat[]): ExportSpec[] =>
  formats.map((format, i) => ({
    index: i + 1,
    format,
    sheets: [{ sheetId: 's', visualIds: format === 'pdf' ? [] : ['v'] }]
  }))
const repeat = (f: ExportFormat, n: number): ExportFormat[] => Array<ExportFormat>(n).fill(f)

describe('planJobs', () => {
  test('one job keeps the given id', () => {
    expect(planJobs(specs(['pdf', 'csv', 'excel']), 'job')).toEqual([
      { snapshotJobId: 'job', exports: specs(['pdf', 'csv', 'excel']) }
    ])
  })

  test.each([
    [[...repeat('csv', 5), 'excel', 'pdf', 'pdf'] as ExportFormat[], 2],
    [[...repeat('pdf', 12), ...repeat('csv', 24)] as ExportFormat[], 12],
    [repeat('csv', 11), 3],
    [[...repeat('pdf', 3), ...repeat('csv', 7), 'excel'] as ExportFormat[], 3]
  ])('packs %j into the fewest jobs (%i) within every per-job limit', (formats, expected) => {
    const plans = planJobs(specs(formats), 'j')
    expect(plans).toHaveLength(expected)
    expect(plans.map((p) => p.snapshotJobId)).toEqual(plans.map((_, i) => `j-${i + 1}`))
    expect(plans.flatMap((p) => p.exports.map((e) => e.index)).sort((a, b) => a - b)).toEqual(
      formats.map((_, i) => i + 1)
    )
    for (const { exports } of plans) {
      const count = (f: ExportFormat) => exports.filter((e) => e.format === f).length
      expect(count('pdf')).toBeLessThanOrEqual(JOB_LIMITS.pdf)
      expect(count('excel')).toBeLessThanOrEqual(JOB_LIMITS.excel)
      expect(count('csv')).toBeLessThanOrEqual(JOB_LIMITS.csv)
      expect(exports.length).toBeLessThanOrEqual(JOB_LIMITS.fileGroups)
    }
  })
})
