import path from 'node:path'
import { relativePath } from '../download/relative-path.js'
import { formatDuration } from '../jobs/poll.js'
import type { FileOutcome, JobOutcome, ReportInfo } from '../outcome.js'
import { allFiles, allSucceeded } from '../outcome.js'
import type { StepDiff } from '../compare/compare-step.js'
import type { FollowUpOutcome } from '../jobs/follow-ups.js'
import { baselineLine, diffDetails, diffTable } from './diff-section.js'
import { cell, code, table } from '../markdown.js'

export interface ReportInput {
  /** What the step exported: a dashboard id, a config file. */
  subject: string
  /** One section per report when there are several. */
  reports: ReportInfo[]
  jobs: JobOutcome[]
  outputDir: string
  durationMs: number
  artifactUrl?: string
  /** The comparison with a baseline (compare-to). */
  diff?: StepDiff
  /** What the kind did after the jobs (e-mail schedules): a line each. */
  followUps?: FollowUpSection
}

/** A kind's follow-ups under their heading. */
export interface FollowUpSection {
  title: string
  results: FollowUpOutcome[]
}

export interface ReportOptions {
  /** Hidden first line (the sticky comment's marker). */
  marker?: string
  /** CSV preview rows per file; 0 leaves previews (and asset lists) out. */
  previewRows: number
  /** Characters at most; previews shrink first, then file rows go, with a visible note. */
  maxLength: number
}

const FORMAT_LABEL = {
  pdf: 'PDF',
  csv: 'CSV',
  excel: 'Excel',
  bundle: 'Asset bundle',
  data: 'Data'
} as const
/** Jobs named one by one in the status line; the rest are counted. */
const JOBS_NAMED = 12

/** The run's report in Markdown, within `maxLength` characters. */
export function renderReport(r: ReportInput, o: ReportOptions): string {
  const files = allFiles(r.jobs)
  // Shrinks in this order: previews, then the changed rows of diffs, then file rows.
  for (let rows = o.previewRows; ; rows = rows > 1 ? Math.floor(rows / 2) : 0) {
    const text = compose(r, files.length, rows, true, o.marker)
    if (text.length <= o.maxLength) return text
    if (rows === 0) break
  }
  for (let shown = files.length; shown >= 0; shown--) {
    const text = compose(r, shown, 0, false, o.marker)
    if (text.length <= o.maxLength) return text
  }
  return compose(r, 0, 0, false, o.marker).slice(0, o.maxLength)
}

/**
 * The report with the first `shown` files (in step order), `previewRows` rows of preview, and the
 * changed rows of diffs when `diffRows`.
 */
function compose(
  r: ReportInput,
  shown: number,
  previewRows: number,
  diffRows: boolean,
  marker?: string
): string {
  const ok = allSucceeded(r.jobs) && (r.followUps?.results ?? []).every((f) => f.ok)
  const files = allFiles(r.jobs)
  const visible = new Set(files.slice(0, shown).map((f) => f.index))
  const pack = r.reports.length > 1
  const lines = [
    ...(marker ? [marker] : []),
    pack
      ? `### ${ok ? '✅' : '❌'} QuickSight report pack: ${code(r.subject)} (${r.reports.length} reports)`
      : `### ${ok ? '✅' : '❌'} QuickSight export: ${code(r.subject)}`,
    '',
    `**Status:** ${ok ? 'COMPLETED' : 'FAILED'} · **Jobs:** ${jobList(r.jobs)} · **Duration:** ${formatDuration(r.durationMs)}`,
    ...(r.artifactUrl ? ['', `**Artifact:** [download the files](${r.artifactUrl})`] : []),
    ...(r.diff ? ['', baselineLine(r.diff)] : [])
  ]
  for (const report of r.reports) {
    const jobs = r.jobs.filter((j) => j.report === report.name)
    const mine = allFiles(jobs)
    if (pack) {
      const good = allSucceeded(jobs)
      const dashboard = report.dashboardId ? ` · ${code(report.dashboardId)}` : ''
      lines.push('', `#### ${good ? '✅' : '❌'} ${cell(report.name, 120)}${dashboard}`)
    }
    if (report.notes.length > 0) lines.push('', ...report.notes.map((n) => `- ${cell(n, 300)}`))
    if (report.recipients)
      // Each recipient's files under their name: what a later step hands to each of them.
      for (const who of report.recipients) {
        const theirs = jobs.filter((j) => j.recipient === who.name)
        const user = who.registeredUser ? ` · registered user ${code(who.registeredUser)}` : ''
        lines.push(
          '',
          `##### ${allSucceeded(theirs) ? '✅' : '❌'} Recipient ${code(who.name)}${user}`,
          '',
          ...fileTable(
            r,
            allFiles(theirs).filter((f) => visible.has(f.index))
          )
        )
      }
    else
      lines.push(
        '',
        ...fileTable(
          r,
          mine.filter((f) => visible.has(f.index))
        )
      )
    // Diff rows go with their files when the report must shrink (missing files, with the last).
    const shownPaths = new Set(
      files
        .filter((f) => visible.has(f.index) && f.path)
        .map((f) => relativePath(r.outputDir, f.path ?? ''))
    )
    const diffs = (r.diff?.files ?? []).filter(
      (d) => d.report === report.name && (shown === files.length || shownPaths.has(d.file))
    )
    lines.push(...diffTable(diffs, r.outputDir), ...(diffRows ? diffDetails(diffs) : []))
    const errors = jobs.filter((j) => j.error)
    if (errors.length > 0)
      lines.push('', ...errors.map((j) => `> **${code(j.jobId)}:** ${cell(j.error ?? '', 2000)}`))
    const warnings = jobs.flatMap((j) => j.warnings)
    if (warnings.length > 0) lines.push('', ...warnings.map((w) => `> ⚠️ ${cell(w, 500)}`))
  }
  if (r.followUps && r.followUps.results.length > 0)
    lines.push(
      '',
      `#### ${cell(r.followUps.title, 120)}`,
      '',
      ...r.followUps.results.map(
        (f) => `- ${f.ok ? (f.notice ? '⏭️' : '✅') : '❌'} ${cell(f.line, 1000)}`
      )
    )
  if (shown < files.length) {
    lines.push(
      '',
      `_${files.length - shown} more file(s) not shown: the report would exceed its size limit. All files are in the artifact and the \`files\` output._`
    )
  }
  if (previewRows > 0)
    for (const f of files.slice(0, shown))
      lines.push(...preview(r, f, previewRows), ...assetList(r, f))
  return `${lines.join('\n')}\n`
}

function jobList(jobs: JobOutcome[]): string {
  const named = jobs.slice(0, JOBS_NAMED).map((j) => `${code(j.jobId)} (${j.status})`)
  const failed = jobs.filter((j) => !j.succeeded).length
  const more = jobs.length > JOBS_NAMED ? `, … ${jobs.length - JOBS_NAMED} more` : ''
  const tally = jobs.length > JOBS_NAMED ? ` (${jobs.length} jobs, ${failed} failed)` : ''
  return `${named.join(', ')}${more}${tally}`
}

function fileTable(r: ReportInput, files: FileOutcome[]): string[] {
  const selections = files.some((f) => f.source.sheets)
  const header = selections
    ? ['File', 'Format', 'Sheet', 'Visuals', 'Size', 'Contents', 'Location']
    : ['File', 'Format', 'Source', 'Size', 'Contents', 'Location']
  const align = header.map((h) => (h === 'Size' ? '---:' : '---'))
  return table(
    header,
    files.map((f) => [
      f.path ? code(path.relative(r.outputDir, f.path)) : '—',
      FORMAT_LABEL[f.format],
      ...(selections
        ? [
            (f.source.sheets ?? []).map((s) => cell(s)).join(', ') || '—',
            (f.source.visuals ?? []).map((v) => cell(v)).join(', ') || 'all'
          ]
        : [f.source.note ? cell(f.source.note, 200) : '—']),
      f.size === undefined ? '—' : formatBytes(f.size),
      contents(f),
      location(f)
    ]),
    align
  )
}

function location(f: FileOutcome): string {
  if (f.error) return `❌ ${cell(f.error, 300)}`
  if (f.s3Uri) return code(f.s3Uri)
  if (f.source.sheets) return 'QuickSight default bucket'
  return 'presigned URL (not kept)'
}

function contents(f: FileOutcome): string {
  const d = f.details
  if (d?.pages !== undefined) return `${d.pages} page${d.pages === 1 ? '' : 's'}`
  if (d?.worksheets)
    return `${d.worksheets.length} worksheet${d.worksheets.length === 1 ? '' : 's'}: ${d.worksheets.map((w) => cell(w, 40)).join(', ')}`
  if (d?.rows !== undefined) return `${d.rows} row${d.rows === 1 ? '' : 's'}`
  if (d?.assets) {
    const types = [...new Set(d.assets.map((a) => a.type))]
    return `${d.assets.length} asset${d.assets.length === 1 ? '' : 's'}: ${types.map((t) => cell(t, 40)).join(', ')}`
  }
  return '—'
}

function preview(r: ReportInput, f: FileOutcome, rows: number): string[] {
  const data = f.details?.preview
  if (f.format !== 'csv' || !f.path || !data || data.length === 0) return []
  const [header = [], ...body] = data
  const width = Math.max(header.length, ...body.map((b) => b.length))
  const pad = (row: string[]): string[] =>
    Array.from({ length: width }, (_, i) => cell(row[i] ?? '', 60))
  const shownRows = body.slice(0, rows)
  // No count when csv-parse rejected the file further on: the preview is then not called a whole.
  const of = f.details?.rows === undefined ? '' : ` of ${f.details.rows}`
  return [
    '',
    `<details><summary>Preview of ${code(path.relative(r.outputDir, f.path))}: first ${shownRows.length}${of} rows</summary>`,
    '',
    ...table(pad(header), shownRows.map(pad)),
    '',
    '</details>'
  ]
}

function assetList(r: ReportInput, f: FileOutcome): string[] {
  const assets = f.details?.assets
  if (!f.path || !assets || assets.length === 0) return []
  return [
    '',
    `<details><summary>Assets in ${code(path.relative(r.outputDir, f.path))}: ${assets.length}</summary>`,
    '',
    ...table(
      ['Type', 'Id', 'Name'],
      assets.map((a) => [cell(a.type, 40), cell(a.id, 120), a.name ? cell(a.name, 120) : '—'])
    ),
    '',
    '</details>'
  ]
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`
  return `${(n / 1024 ** 3).toFixed(2)} GiB`
}
