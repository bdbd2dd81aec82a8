import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Baseline } from '../inputs/compare-inputs.js'
import { downloadPreviousRun, RUNS_LOOKED_AT } from './previous-run.js'

/** The files this run's exports are compared with. */
export interface BaselineFiles {
  /** The folder holding them (paths as in output-dir); absent: there is no baseline. */
  dir?: string
  /** Where they come from, for the report: 'run 1234', 'folder reports/golden'. */
  label: string
  /** A link to the run they come from. */
  url?: string
  /** Why there is no baseline (shown as a notice). */
  notice?: string
  /** A folder the action made for them, to remove afterwards. */
  temporary?: string
}

export interface FetchOptions {
  env: NodeJS.ProcessEnv
  token: string
  /** This step's default artifact name up to its job id: previous runs' artifacts start with it. */
  artifactPrefix: string
  log: (line: string) => void
}

/** A committed folder as it is, or the previous run's artifact unpacked into a temporary folder. */
export async function fetchBaseline(b: Baseline, o: FetchOptions): Promise<BaselineFiles> {
  if (b.kind === 'none') return { label: 'nothing', notice: 'compare-to is none' }
  if (b.kind === 'folder') return { dir: b.dir, label: `folder ${b.label}` }
  const dir = await mkdtemp(path.join(o.env.RUNNER_TEMP || os.tmpdir(), 'quicksight-baseline-'))
  const run = await downloadPreviousRun({
    token: o.token,
    repository: o.env.GITHUB_REPOSITORY ?? '',
    workflowRef: o.env.GITHUB_WORKFLOW_REF ?? '',
    runId: o.env.GITHUB_RUN_ID,
    branch: b.branch,
    namePrefix: o.artifactPrefix,
    dir,
    log: o.log
  })
  if (run.found) return { dir, label: `run ${run.runId}`, url: run.url, temporary: dir }
  return {
    label: 'nothing',
    temporary: dir,
    notice: `No baseline: none of the last ${run.looked} successful runs of ${run.workflow} on ${run.branch} (at most ${RUNS_LOOKED_AT} are looked at) has an artifact named ${o.artifactPrefix}…; every file is reported as new.`
  }
}
