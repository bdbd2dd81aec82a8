import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export interface ActionRun {
  code: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  workspace: string
  /** Wall time from spawn to exit, ms. */
  ms: number
  /** Wall time from spawn to the `signal` (when one was sent), ms. */
  signalledMs?: number
}

export interface RunOptions {
  /** Extra environment (endpoints, credentials, GITHUB_* overrides). */
  env?: Record<string, string>
  /** Workspace folder; a new temporary one when absent. */
  workspace?: string
  /** A webhook event payload, written to GITHUB_EVENT_PATH. */
  event?: { name: string; payload: object }
  /** What the runner puts for `${{ github.token }}` (action.yml's github-token default). */
  githubToken?: string
  /** Send this signal as soon as stdout matches `when` (a line saying a job started, say). */
  signal?: { name: NodeJS.Signals; when: RegExp }
  /** Node options for the action's process (`--import` of a test's clock, say). */
  nodeArgs?: string[]
}

interface ActionYml {
  inputs: Record<string, { default?: string }>
  runs: { main: string }
}

let declared: Promise<ActionYml> | undefined

/** action.yml, read once per process. */
function actionYml(): Promise<ActionYml> {
  return (declared ??= readFile(path.join(ROOT, 'action.yml'), 'utf8').then(
    (text) => parse(text) as ActionYml
  ))
}

/** The defaults action.yml declares, as the runner fills them in. */
export async function actionDefaults(): Promise<Record<string, string>> {
  const action = await actionYml()
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, spec]) => [name, spec.default ?? ''])
  )
}

/** The file the runner starts: action.yml's `runs.main`. */
export async function actionMain(): Promise<string> {
  return path.join(ROOT, (await actionYml()).runs.main)
}

/**
 * Runs action.yml's `runs.main` with node as a separate process exactly as a runner does: INPUT_*
 * variables with action.yml's defaults, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and GITHUB_EVENT_PATH
 * files.
 */
export async function runAction(
  inputs: Record<string, string>,
  o: RunOptions = {}
): Promise<ActionRun> {
  const workspace = o.workspace ?? (await mkdtemp(path.join(os.tmpdir(), 'qse-ws-')))
  const files = await mkdtemp(path.join(os.tmpdir(), 'qse-runner-'))
  const outputFile = path.join(files, 'output')
  const summaryFile = path.join(files, 'summary')
  const eventFile = path.join(files, 'event.json')
  await Promise.all([
    writeFile(outputFile, ''),
    writeFile(summaryFile, ''),
    writeFile(eventFile, JSON.stringify(o.event?.payload ?? {}))
  ])
  const defaults = Object.fromEntries(
    Object.entries(await actionDefaults()).map(([k, v]) => [
      k,
      v.replace(/\$\{\{\s*github\.token\s*\}\}/g, o.githubToken ?? '')
    ])
  )
  const merged = { ...defaults, ...inputs }
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? os.tmpdir(),
    // Runners run the action on node24; on this machine's Node 20 the SDK would say it will soon
    // need Node 22 (its own switch turns only that notice off).
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    TMPDIR: os.tmpdir(),
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo-org/reports',
    GITHUB_RUN_ID: String(1000 + Math.floor(Math.random() * 1e6)),
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'export',
    GITHUB_EVENT_NAME: o.event?.name ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: files,
    ...Object.fromEntries(
      Object.entries(merged).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])
    ),
    ...o.env
  }
  const main = await actionMain()
  const started = Date.now()
  const child = spawn(process.execPath, [...(o.nodeArgs ?? []), main], {
    env,
    cwd: workspace,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  let signalledMs: number | undefined
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString()
    if (o.signal && signalledMs === undefined && o.signal.when.test(stdout)) {
      signalledMs = Date.now() - started
      child.kill(o.signal.name)
    }
  })
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)))
  const ms = Date.now() - started
  try {
    return {
      code,
      stdout,
      stderr,
      outputs: parseOutputs(await readFile(outputFile, 'utf8')),
      summary: await readFile(summaryFile, 'utf8'),
      workspace,
      ms,
      signalledMs
    }
  } finally {
    // The runner's files (outputs, summary, event, RUNNER_TEMP) are read: nothing else needs them.
    await rm(files, { recursive: true, force: true })
  }
}

/** Reads GITHUB_OUTPUT's `name<<delimiter` blocks (and plain name=value lines); the last value wins. */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const block = /^([^=<]+)<<(.+)$/.exec(line)
    if (block?.[1] && block[2]) {
      const end = lines.indexOf(block[2], i + 1)
      outputs[block[1]] = lines.slice(i + 1, end).join('\n')
      i = end
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return outputs
}
