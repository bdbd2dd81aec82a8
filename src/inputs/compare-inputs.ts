import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { FailOnChange, parseFailOnChange } from '../diff/fail-on-change.js'
import { parseTolerance, Tolerance } from '../diff/tolerance.js'
import { InputError } from './input-error.js'
import { Input, InputName, InputReader } from './names.js'

/** Where the files to compare with come from. */
export type Baseline =
  | { kind: 'none' }
  /** Committed files, matched by their path relative to output-dir. */
  | { kind: 'folder'; dir: string; label: string }
  /** The artifact of the latest successful run of this workflow on `branch` (absent: the default branch). */
  | { kind: 'previous-run'; branch?: string }

/** How this run's exports are compared with a baseline (report diffs). */
export interface CompareInputs {
  baseline: Baseline
  /** The action's key-columns (a report's own replace them). */
  keyColumns?: string[]
  tolerance?: Tolerance
  failOnChange: FailOnChange
}

/** Inputs that only mean something when there is a baseline. */
const NEEDS_BASELINE: InputName[] = [
  Input.CompareBranch,
  Input.KeyColumns,
  Input.Tolerance,
  Input.FailOnChange
]
const BRANCH = /^(?!\/)(?!.*\/\/)(?!.*\.\.)[^\0-\x20~^:?*[\\\x7f]{1,255}(?<!\/|\.lock|\.)$/

/** Reads compare-to, compare-branch, key-columns, tolerance and fail-on-change. */
export function readCompareInputs(
  input: InputReader,
  workspace: string,
  outputDir: string
): CompareInputs {
  const baseline = readBaseline(input.get(Input.CompareTo), workspace, outputDir)
  if (baseline.kind === 'none') {
    const stray = NEEDS_BASELINE.find((name) => input.isSet(name))
    if (stray)
      throw new InputError(
        stray,
        input.get(stray),
        "applies only when there is something to compare with, and compare-to is 'none'; it would be ignored",
        'compare-to: previous-run (or a folder of committed files, such as compare-to: reports/golden)'
      )
  }
  if (baseline.kind === 'previous-run' && input.get(Input.GithubToken) === '')
    throw new InputError(
      Input.GithubToken,
      '',
      "is needed by 'compare-to: previous-run' to find and download the previous run's artifact",
      'github-token: ${{ github.token }} (with permissions: actions: read)'
    )
  const branch = input.get(Input.CompareBranch)
  if (branch !== '') {
    if (baseline.kind !== 'previous-run')
      throw new InputError(
        Input.CompareBranch,
        branch,
        "chooses the branch of 'compare-to: previous-run'; with a folder there is no run to look for",
        'compare-to: previous-run with compare-branch: main'
      )
    if (!BRANCH.test(branch))
      throw new InputError(
        Input.CompareBranch,
        branch,
        'must be a branch name',
        'compare-branch: main'
      )
    baseline.branch = branch
  }
  const keys = input.get(Input.KeyColumns)
  const tolerance = input.get(Input.Tolerance)
  return {
    baseline,
    keyColumns: keys === '' ? undefined : keyColumns(keys),
    tolerance: tolerance === '' ? undefined : readTolerance(tolerance),
    failOnChange: readFailOnChange(input.get(Input.FailOnChange))
  }
}

function readBaseline(value: string, workspace: string, outputDir: string): Baseline {
  if (value === 'none') return { kind: 'none' }
  if (value === 'previous-run') return { kind: 'previous-run' }
  const example = 'compare-to: reports/golden (committed files laid out as in output-dir)'
  const dir = path.resolve(workspace, value)
  const inside = (child: string, parent: string): boolean => {
    const rel = path.relative(parent, child)
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
  }
  if (/[\0]/.test(value) || !inside(dir, workspace))
    throw new InputError(
      Input.CompareTo,
      value,
      "must be 'none', 'previous-run', or a folder inside the workspace",
      example
    )
  if (inside(dir, outputDir) || inside(outputDir, dir))
    throw new InputError(
      Input.CompareTo,
      value,
      `must not be output-dir (${path.relative(workspace, outputDir) || '.'}), inside it or around it: this run's files would overwrite or join the baseline`,
      example
    )
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new InputError(
      Input.CompareTo,
      value,
      "is not a folder of the workspace (check it is committed and checked out), nor 'none' or 'previous-run'",
      example
    )
  return { kind: 'folder', dir, label: path.relative(workspace, dir) || '.' }
}

/** Comma-separated column names, as written in the files' header rows. */
export function keyColumns(text: string): string[] {
  const names = text.split(',').map((n) => n.trim())
  if (names.some((n) => n === '') || names.length > 50 || names.some((n) => n.length > 255))
    throw new InputError(
      Input.KeyColumns,
      text,
      'must be 1-50 comma-separated column names (as in the header row), none empty',
      'key-columns: Date, Region, Product'
    )
  return names
}

function readTolerance(text: string): Tolerance {
  try {
    return parseTolerance(text)
  } catch (error) {
    throw new InputError(
      Input.Tolerance,
      text,
      `${(error as Error).message.replace(/^tolerance "[^"]*" /, '')}`,
      "tolerance: '0.5' (absolute) or tolerance: '1%' (relative)"
    )
  }
}

function readFailOnChange(text: string): FailOnChange {
  try {
    return parseFailOnChange(text)
  } catch {
    throw new InputError(
      Input.FailOnChange,
      text,
      'must be false, true (any change fails the step) or rows>N% (changes over N % of the baseline rows or pages fail it)',
      "fail-on-change: 'rows>5%'"
    )
  }
}
