import path from 'node:path'
import type { ExportSpec } from '../../inputs/exports.js'
import { FileNameValues, renderFileName } from '../../inputs/file-name-template.js'
import { InputError } from '../../inputs/input-error.js'
import { Input } from '../../inputs/names.js'
import { safeRelativePath, unique } from '../../download/safe-path.js'

export const EXTENSIONS = { pdf: 'pdf', csv: 'csv', excel: 'xlsx' } as const

/** The {name} placeholder's default: {format}-{sheet-id}[-{visual-id}]. */
export function defaultName(spec: ExportSpec): string {
  const sheet = spec.sheets[0]
  const visuals = spec.sheets.flatMap((s) => s.visualIds)
  const visual = visuals.length === 1 ? `-${visuals[0]}` : ''
  return `${spec.format}-${sheet?.sheetId ?? 'sheet'}${visual}`
}

/** One export to name: its spec, its job, and its report's template and labels. */
export interface NamedExport {
  spec: ExportSpec
  jobId: string
  dashboardId: string
  report: string
  template: string
  /** The recipient whose user the export is made with ({recipient}). */
  recipient?: string
  /** The IANA zone of {date}; UTC when absent. */
  timezone?: string
}

/**
 * Gives every export its file path inside `outputDir`, from its report's `file-name` template.
 * Paths never leave the folder. Two exports whose templates give the same name are an error (the
 * template cannot tell them apart); names that only clash once made safe get -2, -3 before the
 * extension (case-insensitively).
 */
export function assignFilePaths(
  exports: NamedExport[],
  outputDir: string,
  now: Date
): Map<number, string> {
  const rendered = new Map<string, NamedExport>()
  const taken = new Set<string>()
  const paths = new Map<number, string>()
  for (const e of [...exports].sort((a, b) => a.spec.index - b.spec.index)) {
    const values: FileNameValues = {
      'dashboard-id': e.dashboardId,
      report: e.report,
      'sheet-id': e.spec.sheets.map((s) => s.sheetId).join('_'),
      'visual-id': e.spec.sheets.flatMap((s) => s.visualIds).join('_'),
      format: e.spec.format,
      name: e.spec.name ?? defaultName(e.spec),
      'job-id': e.jobId,
      index: String(e.spec.index),
      date: localDate(now, e.timezone ?? 'UTC'),
      ext: EXTENSIONS[e.spec.format],
      recipient: e.recipient ?? ''
    }
    // Told apart by the values as given; made safe for the file system afterwards.
    const given = e.template.replace(/\{([^{}]+)\}/g, (_, p: keyof FileNameValues) => values[p])
    const clash = rendered.get(given.toLowerCase())
    if (clash) throw sameName(clash, e, given)
    rendered.set(given.toLowerCase(), e)
    const name = renderFileName(e.template, values)
    paths.set(e.spec.index, unique(path.join(outputDir, safeRelativePath(name)), taken))
  }
  return paths
}

function sameName(a: NamedExport, b: NamedExport, name: string): InputError {
  const which = (e: NamedExport): string =>
    `export ${e.spec.index} (${e.spec.format} of ${e.report}, sheet ${e.spec.sheets[0]?.sheetId ?? '?'})`
  return new InputError(
    Input.FileName,
    b.template,
    `gives ${which(a)} and ${which(b)} the same file name '${name}'; its placeholders cannot tell them apart`,
    a.report === b.report
      ? `give the exports different 'name's, or add {index} or {name}: '{dashboard-id}-{index}-{name}.{ext}'`
      : `give the reports different 'name's, or add {report}: '{report}/{name}.{ext}'`
  )
}

/** YYYY-MM-DD of an instant in a time zone. */
function localDate(now: Date, timeZone: string): string {
  // The default needs no ICU: its first use pages in about 6 MiB of the node binary's data.
  if (timeZone === 'UTC') return now.toISOString().slice(0, 10)
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit'
  }).format(now)
}
