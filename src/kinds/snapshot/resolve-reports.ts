import { Input } from '../../inputs/names.js'
import { placedProblemsError, PlacedProblem, ProblemPlaces } from '../../inputs/placed-problems.js'
import { formatPath, Path } from '../../inputs/problems.js'
import type { ReportRequest } from '../../inputs/report-request.js'
import type { DashboardsApi } from '../../quicksight/dashboards-api.js'
import type { S3Destination, SnapshotReport } from './report-spec.js'
import { findDashboards } from '../../quicksight/resolve-dashboards.js'
import { resolveExports } from './resolve-exports.js'
import { typeParameters } from './type-parameters.js'

export interface ResolveOptions {
  api: DashboardsApi
  accountId: string
  region: string
  /** The step's start: relative dates are taken from it. */
  now: Date
  /** The key prefix when a report names a bucket but no prefix. */
  defaultPrefix: string
  /** Where the reports were written, so that each problem names its input or file position. */
  places?: ProblemPlaces
}

/** Upper bound of files one step makes, once `all` is expanded. */
export const MAX_FILES = 500

/**
 * Resolves every report before any job starts: dashboards by id or name, sheets and visuals by id
 * or name, `all` expanded, parameters typed by the dashboard's declarations and relative dates
 * resolved. Every problem of every report (unknown dashboards included) is reported at once;
 * exports are numbered step-wide.
 */
export async function resolveReports(
  requests: ReportRequest[],
  o: ResolveOptions
): Promise<SnapshotReport[]> {
  // Dashboards that cannot be found are reported with every other report's problems.
  const { found: dashboards, unresolved } = await findDashboards(
    requests.map((r) => r.dashboard),
    o.api,
    o.accountId
  )
  const problems: PlacedProblem[] = []
  let index = 0
  const reports = requests.flatMap((request, reportIndex): SnapshotReport[] => {
    const dashboard = dashboards.get(request.dashboard)
    const missing = unresolved.get(request.dashboard)
    if (missing !== undefined)
      problems.push({
        text: missing,
        at: request.path.length > 0 ? [...request.path, 'dashboard'] : [Input.DashboardId]
      })
    if (!dashboard) return []
    const report =
      request.path.length > 0 ? `${formatPath(request.path)} (${request.dashboard}): ` : ''
    // A recipient's parameters repeat the report's: placedProblemsError says each problem once.
    const problem = (text: string, at?: Path): void => {
      problems.push(at ? { text, at } : { text: `${report}${text}` })
    }
    const resolved = resolveExports(request.exports, dashboard.model, problem)
    // Each recipient gets every export, with their own user and parameters; else the report's own.
    const users = request.recipients.length > 0 ? request.recipients : [undefined]
    return users.map((recipient, k): SnapshotReport => {
      const typed = typeParameters(
        recipient?.parameters ?? request.parameters,
        dashboard.model?.parameters,
        request.timezone,
        o.now,
        problem
      )
      return {
        name: request.name ?? dashboard.name ?? dashboard.id,
        dashboardId: dashboard.id,
        dashboardName: dashboard.name,
        exports: resolved.map((e) => ({ ...e, index: ++index })),
        parameters: typed.parameters,
        parameterNotes: typed.notes,
        rlsTags: recipient?.rlsTags ?? request.rlsTags,
        registeredUser: recipient?.registeredUser ?? request.registeredUser,
        identity: recipient ? recipient.identity : request.identity,
        s3: destination(request, o),
        fileName: request.fileName,
        timezone: request.timezone,
        compare: { keyColumns: request.keyColumns, tolerance: request.tolerance },
        failOnEmpty: request.failOnEmpty,
        // Run once per report, after every recipient's exports.
        emailSchedules: k === 0 ? request.emailSchedules : undefined,
        recipient: recipient?.name,
        reportIndex
      }
    })
  })
  if (index > MAX_FILES)
    problems.push({ text: `the reports make ${index} files; one step makes at most ${MAX_FILES}` })
  if (problems.length > 0) throw placedProblemsError(problems, o.places ?? {})
  return reports
}

function destination(request: ReportRequest, o: ResolveOptions): S3Destination | undefined {
  if (!request.s3Bucket) return undefined
  return { bucket: request.s3Bucket, prefix: request.s3Prefix ?? o.defaultPrefix, region: o.region }
}
