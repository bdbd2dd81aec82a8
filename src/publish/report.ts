import path from 'node:path'
import type { JobOutcome } from '../outcome.js'
import { allSucceeded } from '../outcome.js'
import { formatDuration } from '../jobs/poll.js'

export interface ReportInput {
  dashboardId: string
  jobs: JobOutcome[]
  outputDir: string
  durationMs: number
}

const FORMAT_LABEL = { pdf: 'PDF', csv: 'CSV', excel: 'Excel' } as const

/** The run's report in Markdown: status, jobs, one row per file, and every error with its hint. */
export function renderReport(r: ReportInput): string {
  const ok = allSucceeded(r.jobs)
  const files = r.jobs
    .flatMap((j) => j.files.map((f) => ({ ...f, jobId: j.snapshotJobId })))
    .sort((a, b) => a.spec.index - b.spec.index)
  const lines = [
    `### ${ok ? '✅' : '❌'} QuickSight export: \`${cell(r.dashboardId)}\``,
    '',
    `**Status:** ${ok ? 'COMPLETED' : 'FAILED'} · **Jobs:** ${r.jobs.map((j) => `\`${j.snapshotJobId}\` (${j.status})`).join(', ')} · **Duration:** ${formatDuration(r.durationMs)}`,
    '',
    '| File | Format | Sheet | Visuals | Size | Location |',
    '| --- | --- | --- | --- | ---: | --- |',
    ...files
      .map((f) =>
        [
          f.path ? `\`${cell(path.relative(r.outputDir, f.path))}\`` : '—',
          FORMAT_LABEL[f.spec.format],
          f.spec.sheets.map((s) => cell(s.sheetId)).join(', '),
          f.spec.sheets
            .flatMap((s) => s.visualIds)
            .map(cell)
            .join(', ') || 'all',
          f.size === undefined ? '—' : formatBytes(f.size),
          f.error
            ? `❌ ${cell(f.error)}`
            : f.s3Uri
              ? `\`${cell(f.s3Uri)}\``
              : 'QuickSight default bucket'
        ].join(' | ')
      )
      .map((row) => `| ${row} |`)
  ]
  const errors = r.jobs.filter((j) => j.error)
  if (errors.length > 0)
    lines.push('', ...errors.map((j) => `> **${j.snapshotJobId}:** ${cell(j.error ?? '')}`))
  return `${lines.join('\n')}\n`
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`
  return `${(n / 1024 ** 3).toFixed(2)} GiB`
}

/** Makes text safe inside a Markdown table cell. */
export function cell(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/\|/g, '\\|')
    .replace(/`/g, "'")
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
}
