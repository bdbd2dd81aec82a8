import type { ExportFormat, ExportSpec } from '../../inputs/exports.js'

/** QuickSight's per-job limits (StartDashboardSnapshotJob). */
export const JOB_LIMITS = { pdf: 1, excel: 1, csv: 5, fileGroups: 6 } as const

export interface JobPlan {
  snapshotJobId: string
  /** One FileGroup per export, in this order. */
  exports: ExportSpec[]
}

/**
 * Packs the exports into as few snapshot jobs as QuickSight's limits allow. PDFs and workbooks
 * (one of each per job) are spread first, then CSVs fill the remaining room evenly.
 */
export function planJobs(exports: ExportSpec[], baseJobId: string): JobPlan[] {
  const count = (f: ExportFormat): number => exports.filter((e) => e.format === f).length
  const lowerBound = Math.max(
    1,
    count('pdf'),
    count('excel'),
    Math.ceil(count('csv') / JOB_LIMITS.csv),
    Math.ceil(exports.length / JOB_LIMITS.fileGroups)
  )
  for (let n = lowerBound; ; n++) {
    const jobs = tryPack(exports, n)
    if (jobs) {
      return jobs.map((list, i) => ({
        snapshotJobId: jobs.length === 1 ? baseJobId : `${baseJobId}-${i + 1}`,
        exports: list.sort((a, b) => a.index - b.index)
      }))
    }
  }
}

function tryPack(exports: ExportSpec[], n: number): ExportSpec[][] | undefined {
  const jobs: ExportSpec[][] = Array.from({ length: n }, () => [])
  const pdfs = exports.filter((e) => e.format === 'pdf')
  const excels = exports.filter((e) => e.format === 'excel')
  if (pdfs.length > n || excels.length > n) return undefined
  // PDFs from the first job on, workbooks from the last: fewer jobs end up with neither.
  pdfs.forEach((e, i) => jobs[i]?.push(e))
  excels.forEach((e, i) => jobs[n - 1 - i]?.push(e))
  for (const csv of exports.filter((e) => e.format === 'csv')) {
    const room = jobs
      .filter(
        (j) =>
          j.length < JOB_LIMITS.fileGroups &&
          j.filter((e) => e.format === 'csv').length < JOB_LIMITS.csv
      )
      .sort((a, b) => a.length - b.length)[0]
    if (!room) return undefined
    room.push(csv)
  }
  return jobs
}

/** What a job makes, regardless of names and order: jobs of one kind take about as long. */
export function jobKind(plan: JobPlan): string {
  return plan.exports
    .map((e) => `${e.format}:${e.sheets.map((s) => s.sheetId).join('+')}`)
    .sort()
    .join(',')
}
