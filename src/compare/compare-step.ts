import { rm } from 'node:fs/promises'
import { FailOnChange, overThreshold } from '../diff/fail-on-change.js'
import { diffJson } from '../diff/render-diff.js'
import { errorMessage } from '../errors.js'
import type { CompareInputs } from '../inputs/compare-inputs.js'
import type { PlannedJob } from '../jobs/job-kind.js'
import type { JobOutcome, ReportInfo } from '../outcome.js'
import { compareRun, ReportFileDiff, RunDiff } from './compare-run.js'
import { BaselineFiles, fetchBaseline, FetchOptions } from './fetch-baseline.js'

/** The baseline on its way: fetched while the export jobs run. */
export type PendingBaseline = Promise<BaselineFiles | { error: string }>

/** A comparison under way: its baseline is being fetched; `finish` compares once the jobs are done. */
export interface Comparison {
  finish: (
    planned: PlannedJob[],
    jobs: JobOutcome[],
    reports: ReportInfo[],
    outputDir: string,
    say: Say
  ) => Promise<StepDiff>
  /** The `changed` and `diff` outputs. */
  outputs: (d: StepDiff) => Record<string, string>
  /** Why fail-on-change fails the step; undefined when it passes. */
  failure: (d: StepDiff) => string | undefined
}

type Say = { notice: (text: string) => void; warning: (text: string) => void }

/** Starts fetching the baseline (a folder at once; a previous run's artifact in the background). */
export function startComparison(c: CompareInputs, o: FetchOptions): Comparison {
  const pending: PendingBaseline = fetchBaseline(c.baseline, o).catch((error: unknown) => ({
    error: errorMessage(error)
  }))
  return {
    finish: (planned, jobs, reports, outputDir, say) =>
      compareWithBaseline(pending, planned, jobs, reports, outputDir, say),
    outputs: diffOutputs,
    failure: (d) => {
      const lines = changeFailures(d, c.failOnChange)
      if (lines.length === 0) return undefined
      if (d.error) return `fail-on-change is set, and nothing was compared: ${lines.join('; ')}`
      return `fail-on-change: ${lines.length} file(s) changed beyond the rule:\n- ${lines.join('\n- ')}`
    }
  }
}

export interface StepDiff extends Partial<RunDiff> {
  /** Why there is no comparison: the baseline could not be fetched or read. */
  error?: string
}

/** Waits for the baseline and compares the run's exports with it; the temporary folder is removed. */
export async function compareWithBaseline(
  pending: PendingBaseline,
  planned: PlannedJob[],
  jobs: JobOutcome[],
  reports: ReportInfo[],
  outputDir: string,
  say: Say
): Promise<StepDiff> {
  const baseline = await pending
  if ('error' in baseline) {
    say.warning(`Could not fetch the baseline to compare with: ${baseline.error}`)
    return { error: baseline.error }
  }
  try {
    if (baseline.notice) say.notice(baseline.notice)
    return await compareRun(planned, jobs, reports, outputDir, baseline)
  } catch (error) {
    // The exports are there: publish them, say why they were not compared.
    say.warning(`Could not compare with the baseline: ${errorMessage(error)}`)
    return { error: errorMessage(error) }
  } finally {
    if (baseline.temporary) await rm(baseline.temporary, { recursive: true, force: true })
  }
}

/** The `changed` and `diff` outputs. */
export function diffOutputs(d: StepDiff): Record<string, string> {
  const files = d.files ?? []
  const changed =
    d.baseline?.dir !== undefined && files.some((f) => f.error || f.diff?.status !== 'unchanged')
  return {
    changed: String(changed),
    diff: JSON.stringify(
      files.map((f) =>
        f.diff ? diffJson(f.diff) : { file: f.file, status: 'changed', error: f.error }
      )
    )
  }
}

/**
 * The files fail-on-change fails the step for, one line each; a baseline that could not be
 * fetched fails it too (nothing was compared). Empty when the step passes.
 */
export function changeFailures(d: StepDiff, rule: FailOnChange): string[] {
  if (rule.kind === 'never') return []
  if (d.error) return [`the baseline could not be fetched (${d.error})`]
  if (!d.baseline?.dir) return []
  return (d.files ?? []).flatMap((f) => {
    if (f.error) return [`${f.file}: could not be compared (${f.error})`]
    if (!f.diff || !overThreshold(f.diff, rule)) return []
    return [`${f.file}: ${describe(f.diff)}`]
  })
}

function describe(d: NonNullable<ReportFileDiff['diff']>): string {
  if (d.status !== 'changed') return d.status
  if (d.pages) return `${d.pages.changed.length} of ${d.pages.before} pages changed`
  const { added = [], removed = [], renamed = [] } = d.columns ?? {}
  const columns = added.length + removed.length + renamed.length
  return `${d.added ?? 0} added, ${d.removed ?? 0} removed, ${d.changed ?? 0} changed of ${d.baselineRows ?? 0} rows${columns > 0 ? `, ${columns} column change(s)` : ''}`
}
