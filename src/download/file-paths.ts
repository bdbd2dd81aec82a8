import path from 'node:path'
import { ExportSpec } from '../inputs/exports.js'
import { FileNameValues, renderFileName } from '../inputs/file-name-template.js'
import type { JobPlan } from '../plan.js'

export const EXTENSIONS = { pdf: 'pdf', csv: 'csv', excel: 'xlsx' } as const
const MAX_SEGMENT = 200

/** The {name} placeholder's default: {format}-{sheet-id}[-{visual-id}]. */
export function defaultName(spec: ExportSpec): string {
  const sheet = spec.sheets[0]
  const visuals = spec.sheets.flatMap((s) => s.visualIds)
  const visual = visuals.length === 1 ? `-${visuals[0]}` : ''
  return `${spec.format}-${sheet?.sheetId ?? 'sheet'}${visual}`
}

/**
 * Gives every export its file path inside `outputDir`, from the `file-name` template. Paths never
 * leave the folder; names that clash get -2, -3 before the extension (case-insensitively).
 */
export function assignFilePaths(
  plans: JobPlan[],
  dashboardId: string,
  template: string,
  outputDir: string,
  now: Date
): Map<number, string> {
  const taken = new Set<string>()
  const paths = new Map<number, string>()
  const jobs = plans.flatMap((plan) =>
    plan.exports.map((spec) => ({ spec, jobId: plan.snapshotJobId }))
  )
  for (const { spec, jobId } of jobs.sort((a, b) => a.spec.index - b.spec.index)) {
    const values: FileNameValues = {
      'dashboard-id': dashboardId,
      'sheet-id': spec.sheets.map((s) => s.sheetId).join('_'),
      'visual-id': spec.sheets.flatMap((s) => s.visualIds).join('_'),
      format: spec.format,
      name: spec.name ?? defaultName(spec),
      'job-id': jobId,
      index: String(spec.index),
      date: now.toISOString().slice(0, 10),
      ext: EXTENSIONS[spec.format]
    }
    const relative = safeRelativePath(renderFileName(template, values))
    paths.set(spec.index, unique(path.join(outputDir, relative), taken))
  }
  return paths
}

/** A relative path made of safe segments: no empty, dot-only, over-long or control-character parts. */
export function safeRelativePath(rendered: string): string {
  const segments = rendered
    .split(/[/\\]+/)
    .map((s) => s.replace(/[\0-\x1f\x7f]/g, '').trim())
    .map((s) => (/^\.+$/.test(s) ? s.replace(/\./g, '_') : s))
    .map((s) => (Buffer.byteLength(s) > MAX_SEGMENT ? shorten(s) : s))
    .filter((s) => s !== '')
  return segments.length > 0 ? path.join(...segments) : 'export'
}

function shorten(segment: string): string {
  const ext = path.extname(segment).slice(0, 10)
  return `${segment.slice(0, MAX_SEGMENT - ext.length - 1)}~${ext}`
}

function unique(candidate: string, taken: Set<string>): string {
  const ext = path.extname(candidate)
  const stem = candidate.slice(0, candidate.length - ext.length)
  let result = candidate
  for (let n = 2; taken.has(result.toLowerCase()); n++) result = `${stem}-${n}${ext}`
  taken.add(result.toLowerCase())
  return result
}
