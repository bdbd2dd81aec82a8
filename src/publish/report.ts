import path from 'node:path'
import { formatDuration } from '../jobs/poll.js'
import type { FileOutcome, JobOutcome } from '../outcome.js'
import { allSucceeded } from '../outcome.js'
import { cell, code, table } from './markdown.js'

export interface ReportInput {
  dashboardId: string
  jobs: JobOutcome[]
  outputDir: string
  durationMs: number
  artifactUrl?: string
}

export interface ReportOptions {
  /** Hidden first line (the sticky comment's marker). */
  marker?: string
  /** CSV preview rows per file; 0 leaves previews out. */
  previewRows: number
  /** Characters at most; previews shrink first, then file rows go, with a visible note. */
  maxLength: number
}

const FORMAT_LABEL = { pdf: 'PDF', csv: 'CSV', excel: 'Excel' } as const

/** The run's report in Markdown, within `maxLength` characters. */
export function renderReport(r: ReportInput, o: ReportOptions): string {
  const files = r.jobs.flatMap((j) => j.files).sort((a, b) => a.spec.index - b.spec.index)
  for (let rows = o.previewRows; ; rows = rows > 1 ? Math.floor(rows / 2) : 0) {
    const text = compose(r, files, files.length, rows, o.marker)
    if (text.length <= o.maxLength || rows === 0) {
      if (text.length <= o.maxLength) return text
      break
    }
  }
  for (let shown = files.length - 1; shown >= 0; shown--) {
    const text = compose(r, files, shown, 0, o.marker)
    if (text.length <= o.maxLength) return text
  }
  return compose(r, [], 0, 0, o.marker).slice(0, o.maxLength)
}

function compose(
  r: ReportInput,
  files: FileOutcome[],
  shown: number,
  previewRows: number,
  marker?: string
): string {
  const ok = allSucceeded(r.jobs)
  const lines = [
    ...(marker ? [marker] : []),
    `### ${ok ? '✅' : '❌'} QuickSight export: ${code(r.dashboardId)}`,
    '',
    `**Status:** ${ok ? 'COMPLETED' : 'FAILED'} · **Jobs:** ${r.jobs.map((j) => `${code(j.snapshotJobId)} (${j.status})`).join(', ')} · **Duration:** ${formatDuration(r.durationMs)}`,
    ...(r.artifactUrl ? ['', `**Artifact:** [download the files](${r.artifactUrl})`] : []),
    '',
    ...table(
      ['File', 'Format', 'Sheet', 'Visuals', 'Size', 'Contents', 'Location'],
      files.slice(0, shown).map((f) => fileRow(r, f)),
      ['---', '---', '---', '---', '---:', '---', '---']
    )
  ]
  if (shown < files.length) {
    lines.push(
      '',
      `_${files.length - shown} more file(s) not shown: the report would exceed its size limit. All files are in the artifact and the \`files\` output._`
    )
  }
  const errors = r.jobs.filter((j) => j.error)
  if (errors.length > 0)
    lines.push(
      '',
      ...errors.map((j) => `> **${code(j.snapshotJobId)}:** ${cell(j.error ?? '', 2000)}`)
    )
  if (previewRows > 0)
    lines.push(...files.slice(0, shown).flatMap((f) => preview(r, f, previewRows)))
  return `${lines.join('\n')}\n`
}

function fileRow(r: ReportInput, f: FileOutcome): string[] {
  return [
    f.path ? code(path.relative(r.outputDir, f.path)) : '—',
    FORMAT_LABEL[f.spec.format],
    f.spec.sheets.map((s) => cell(s.sheetId)).join(', '),
    f.spec.sheets
      .flatMap((s) => s.visualIds)
      .map((v) => cell(v))
      .join(', ') || 'all',
    f.size === undefined ? '—' : formatBytes(f.size),
    contents(f),
    f.error ? `❌ ${cell(f.error, 300)}` : f.s3Uri ? code(f.s3Uri) : 'QuickSight default bucket'
  ]
}

function contents(f: FileOutcome): string {
  const d = f.details
  if (d?.pages !== undefined) return `${d.pages} page${d.pages === 1 ? '' : 's'}`
  if (d?.worksheets)
    return `${d.worksheets.length} worksheet${d.worksheets.length === 1 ? '' : 's'}: ${d.worksheets.map((w) => cell(w, 40)).join(', ')}`
  if (d?.rows !== undefined) return `${d.rows} row${d.rows === 1 ? '' : 's'}`
  return '—'
}

function preview(r: ReportInput, f: FileOutcome, rows: number): string[] {
  const data = f.details?.preview
  if (f.spec.format !== 'csv' || !f.path || !data || data.length === 0) return []
  const [header = [], ...body] = data
  const width = Math.max(header.length, ...body.map((b) => b.length))
  const pad = (row: string[]): string[] =>
    Array.from({ length: width }, (_, i) => cell(row[i] ?? '', 60))
  const shownRows = body.slice(0, rows)
  return [
    '',
    `<details><summary>Preview of ${code(path.relative(r.outputDir, f.path))}: first ${shownRows.length} of ${f.details?.rows ?? body.length} rows</summary>`,
    '',
    ...table(pad(header), shownRows.map(pad)),
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
