import path from 'node:path'
import type { StepDiff } from '../compare/compare-step.js'
import type { ReportFileDiff } from '../compare/compare-run.js'
import { diffMarkdown } from '../diff/render-diff.js'
import { cell, code, table } from '../markdown.js'

const STATUS = {
  unchanged: '✅ unchanged',
  changed: '✏️ changed',
  new: '🆕 new',
  missing: '❌ missing'
}

/** The line that says what the run was compared with. */
export function baselineLine(d: StepDiff): string {
  if (d.error)
    return `**Compared with:** nothing: the baseline could not be fetched or read (${cell(d.error, 300)})`
  const b = d.baseline
  if (!b?.dir) return `**Compared with:** nothing: ${cell(b?.notice ?? 'no baseline', 300)}`
  const label = b.url ? `[${cell(b.label)}](${b.url})` : code(b.label)
  const changed = (d.files ?? []).filter((f) => f.error || f.diff?.status !== 'unchanged').length
  return `**Compared with:** ${label} · ${changed === 0 ? 'no changes' : `${changed} file(s) changed, new or missing`}`
}

/** One report's comparison table: file, status, rows (+added −removed ~changed), columns or pages. */
export function diffTable(files: ReportFileDiff[], outputDir: string): string[] {
  if (files.length === 0) return []
  return [
    '',
    ...table(
      ['Compared file', 'Status', 'Rows', 'Columns / pages'],
      files.map((f) => [
        code(f.file),
        f.error ? '❌ not compared' : STATUS[f.diff?.status ?? 'new'],
        rows(f),
        f.error ? cell(f.error, 200) : details(f)
      ])
    ),
    ...(files.some((f) => f.diff && f.diff.status === 'changed')
      ? [
          '',
          `_Full diffs: ${code(path.posix.join(path.basename(outputDir), 'diff'))} in the artifact._`
        ]
      : [])
  ]
}

/** The first changed rows (or page lines) of each changed file, folded. */
export function diffDetails(files: ReportFileDiff[]): string[] {
  return files.flatMap((f) =>
    f.diff?.status === 'changed'
      ? [
          '',
          `<details><summary>Changes in ${code(f.file)}</summary>`,
          '',
          diffMarkdown(f.diff, (t) => cell(t, 60)).trimEnd(),
          '',
          '</details>'
        ]
      : []
  )
}

function rows(f: ReportFileDiff): string {
  const d = f.diff
  if (!d || d.added === undefined) return '—'
  return `+${d.added} −${d.removed ?? 0} ~${d.changed ?? 0}`
}

function details(f: ReportFileDiff): string {
  const d = f.diff
  if (!d) return '—'
  if (d.pages) {
    const { before, after, changed } = d.pages
    const count = before === after ? `${after} pages` : `${before} → ${after} pages`
    return changed.length > 0 ? `${count}; changed: ${changed.join(', ')}` : count
  }
  const c = d.columns
  if (!c) return '—'
  const parts = [
    ...c.added.map((n) => `+${cell(n, 40)}`),
    ...c.removed.map((n) => `−${cell(n, 40)}`),
    ...c.renamed.map((r) => `${cell(r.from, 40)} → ${cell(r.to, 40)}`)
  ]
  return parts.length > 0 ? parts.join(', ') : '—'
}
