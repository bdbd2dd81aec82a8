import { assignFilePaths, NamedExport } from './file-paths.js'
import type { ExportSpec } from '../../inputs/exports.js'
import type { PlannedJob } from '../../jobs/job-kind.js'
import type { FileSource } from '../../outcome.js'
import { jobKind, planJobs } from './pack-exports.js'
import type { SnapshotReport } from './report-spec.js'

/** A snapshot job of one report: the exports its file groups answer, in order. */
export interface SnapshotJob extends PlannedJob {
  dashboardId: string
  spec: SnapshotReport
  exports: ExportSpec[]
}

/**
 * Packs each report's exports into the fewest snapshot jobs and gives every file its path. Job ids
 * are `baseJobId` (one job), `baseJobId-N` (one report, several jobs) or `baseJobId-rR[-N]`
 * (several reports), so that two reports of one dashboard never share an id; a recipient's jobs
 * add `-<recipient>` after the report's part (`baseJobId-emea`, `baseJobId-r2-emea-1`).
 */
export function planSnapshotJobs(
  reports: SnapshotReport[],
  baseJobId: string,
  outputDir: string,
  now: Date
): SnapshotJob[] {
  const keyOf = (report: SnapshotReport, r: number): number => report.reportIndex ?? r
  const single = new Set(reports.map(keyOf)).size === 1
  const planned = reports.flatMap((report, r) => {
    // A report with e-mail schedules only has no jobs.
    if (report.exports.length === 0) return []
    const base = single ? baseJobId : `${baseJobId}-r${keyOf(report, r) + 1}`
    const id = report.recipient === undefined ? base : `${base}-${report.recipient}`
    return planJobs(report.exports, id).map((plan) => ({ report, plan }))
  })
  const named: NamedExport[] = planned.flatMap(({ report, plan }) =>
    plan.exports.map((spec) => ({
      spec,
      jobId: plan.snapshotJobId,
      dashboardId: report.dashboardId,
      report: report.name,
      template: report.fileName,
      timezone: report.timezone,
      recipient: report.recipient
    }))
  )
  const paths = assignFilePaths(named, outputDir, now)
  return planned.map(({ report, plan }) => ({
    id: plan.snapshotJobId,
    report: report.name,
    dashboardId: report.dashboardId,
    recipient: report.recipient,
    makeUp: `${report.dashboardId}/${jobKind(plan)}`,
    spec: report,
    exports: plan.exports,
    files: plan.exports.map((spec) => ({
      index: spec.index,
      format: spec.format,
      path: paths.get(spec.index) ?? '',
      source: { ...exportSource(spec), label: exportLabel(spec, report) }
    }))
  }))
}

/** The sheets and visuals of an export, as the report shows them. */
export function exportSource(spec: ExportSpec): FileSource {
  return {
    sheets: spec.sheets.map((s) => s.sheetName ?? s.sheetId),
    visuals: spec.sheets.flatMap((s) => s.visualIds.map((v, i) => s.visualTitles?.[i] ?? v))
  }
}

/**
 * An export in words, as a failure names it: the dashboard (unless the report is named after it),
 * the sheet and the visuals by the names the dashboard gives them, the format.
 */
function exportLabel(
  spec: ExportSpec,
  report: Pick<SnapshotReport, 'name' | 'dashboardId' | 'dashboardName'>
): string {
  const quote = (names: string[]): string => names.map((n) => `'${n}'`).join(', ')
  const dashboard = report.dashboardName ?? report.dashboardId
  const { sheets = [], visuals = [] } = exportSource(spec)
  return [
    report.name === dashboard ? [] : [`dashboard ${quote([dashboard])}`],
    `sheet${sheets.length === 1 ? '' : 's'} ${quote(sheets)}`,
    visuals.length === 0 ? [] : [`visual${visuals.length === 1 ? '' : 's'} ${quote(visuals)}`]
  ]
    .flat()
    .join(', ')
    .concat(` (${spec.format})`)
}
