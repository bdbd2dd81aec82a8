import { readdir, rename, writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { FileDiff } from '../diff/file-diff.js'
import { relativePath } from '../download/relative-path.js'
import { diffMarkdown } from '../diff/render-diff.js'
import { errorMessage } from '../errors.js'
import type { PlannedJob } from '../jobs/job-kind.js'
import type { JobOutcome, ReportInfo } from '../outcome.js'
import { cell } from '../markdown.js'
import type { BaselineFiles } from './fetch-baseline.js'

/** The folder of output-dir the full diffs go to (they travel in the artifact). */
export const DIFF_DIR = 'diff'
const EXTENSIONS = { '.csv': 'csv', '.xlsx': 'excel', '.pdf': 'pdf' } as const
type Compared = FileDiff['format']

/** One file's comparison, in its report. */
export interface ReportFileDiff {
  report: string
  /** Path relative to output-dir. */
  file: string
  format: Compared
  diff?: FileDiff
  /** The files could not be read as their format. */
  error?: string
}

/** What the run's exports look like against the baseline. */
export interface RunDiff {
  baseline: BaselineFiles
  files: ReportFileDiff[]
  /** The full diffs written under output-dir/diff/ (.json and .md). */
  written: string[]
}

/**
 * Compares every CSV, Excel and PDF export with the file of the same path in the baseline, one
 * file at a time (memory stays bounded), and writes each diff to output-dir/diff/<file>.json and
 * .md. Baseline files this run did not produce are `missing`; with no baseline every file is `new`.
 */
export async function compareRun(
  planned: PlannedJob[],
  jobs: JobOutcome[],
  reports: ReportInfo[],
  outputDir: string,
  baseline: BaselineFiles
): Promise<RunDiff> {
  const { compareFiles } = await import('../diff/compare-files.js')
  const ours = plannedFiles(planned, jobs, outputDir)
  const theirs = baseline.dir ? await baselineFiles(baseline.dir) : new Map<string, string>()
  const pairs = [
    ...ours.map((f) => ({ ...f, before: theirs.get(f.file) })),
    ...[...theirs.keys()]
      .filter((file) => !ours.some((f) => f.file === file))
      .map((file) => ({
        file,
        report: reportOf(file, ours, reports),
        format: formatOf(file) as Compared,
        after: undefined as string | undefined,
        before: theirs.get(file)
      }))
  ].filter((p) => p.before !== undefined || p.after !== undefined)
  const files: ReportFileDiff[] = []
  const written: string[] = []
  for (const p of pairs) {
    const compare = reports.find((r) => r.name === p.report)?.compare ?? {}
    try {
      const diff = await compareFiles(p.file, p.format, p.before, p.after, compare)
      files.push({ report: p.report, file: p.file, format: p.format, diff })
      if (baseline.dir) written.push(...(await writeDiff(outputDir, diff)))
    } catch (error) {
      files.push({ report: p.report, file: p.file, format: p.format, error: errorMessage(error) })
    }
  }
  return { baseline, files, written }
}

/** This run's comparable files, downloaded or not, by their planned path. */
function plannedFiles(planned: PlannedJob[], jobs: JobOutcome[], outputDir: string) {
  return planned.flatMap((job) => {
    const outcome = jobs.find((j) => j.jobId === job.id)
    return job.files.flatMap((f) => {
      const format = formatOf(f.path)
      if (!format) return []
      const got = outcome?.files.find((o) => o.index === f.index && o.path && !o.error)
      return [
        {
          file: relativePath(outputDir, f.path),
          report: job.report,
          format,
          after: got?.path
        }
      ]
    })
  })
}

/** Every CSV, XLSX and PDF below the baseline folder (its own diff/ folder aside), by relative path. */
async function baselineFiles(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const found = new Map<string, string>()
  for (const e of entries) {
    if (!e.isFile()) continue
    const full = path.join(e.parentPath, e.name)
    const rel = relativePath(dir, full)
    if (rel.startsWith(`${DIFF_DIR}/`) || !formatOf(rel)) continue
    found.set(rel, full)
  }
  return found
}

/** A missing file belongs to the report whose files share the longest folder with it. */
function reportOf(
  file: string,
  ours: { file: string; report: string }[],
  reports: ReportInfo[]
): string {
  let best = { report: reports[0]?.name ?? '', length: -1 }
  for (const f of ours) {
    const length = sharedFolder(file, f.file)
    if (length > best.length) best = { report: f.report, length }
  }
  return best.report
}

function sharedFolder(a: string, b: string): number {
  const x = a.split('/').slice(0, -1)
  const y = b.split('/').slice(0, -1)
  let n = 0
  while (n < x.length && x[n] === y[n]) n++
  return n
}

function formatOf(file: string): Compared | undefined {
  return EXTENSIONS[path.extname(file).toLowerCase() as keyof typeof EXTENSIONS]
}

/** output-dir/diff/<file>.json (the whole diff) and .md (readable), each renamed into place when written. */
async function writeDiff(outputDir: string, diff: FileDiff): Promise<string[]> {
  const base = path.join(outputDir, DIFF_DIR, diff.file)
  await mkdir(path.dirname(base), { recursive: true })
  const written: string[] = []
  for (const [ext, text] of [
    ['.json', `${JSON.stringify(diff, null, 2)}\n`],
    ['.md', diffMarkdown(diff, (t) => cell(t, 200))]
  ] as const) {
    const target = `${base}${ext}`
    await writeFile(`${target}.part`, text)
    await rename(`${target}.part`, target)
    written.push(target)
  }
  return written
}
