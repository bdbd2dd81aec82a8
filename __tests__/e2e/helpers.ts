import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { CallRecord } from '../../emulator/server.js'
import type { Caller, Stack } from '../../emulator/stack.js'
import { ActionRun, runAction, RunOptions } from '../../scripts/run-action.js'

/** The `files` output: downloaded paths. */
export const outputFiles = (outputs: Record<string, string>): string[] =>
  JSON.parse(outputs.files ?? '[]') as string[]

/** What a runner shows of stdout: `::add-mask::` commands are consumed, not logged. */
export const visible = (text: string): string => text.replace(/^::add-mask::.*$/gm, '')

/** The step's `::error::` line, or '' when there is none. */
export const errorLine = (stdout: string): string =>
  stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''

/** Every file below a folder. */
export async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
  )
  return nested.flat()
}

/** A run of the action by one caller, with the QuickSight and STS calls it made. */
export interface CallerRun extends ActionRun {
  caller: Caller
  calls: CallRecord[]
}

/**
 * Runs dist/index.js on a stack shared by tests running at once, as `caller` (a fresh one unless
 * given: its own access key and account): the run's call rate and job slots are its own, and
 * `calls` are its calls only. `o.env` goes on top of the caller's environment.
 */
export async function runAs(
  stack: Stack,
  inputs: Record<string, string>,
  o: RunOptions & { caller?: Caller } = {}
): Promise<CallerRun> {
  const { caller = stack.newCaller(), ...options } = o
  const r = await runAction(inputs, { ...options, env: { ...caller.env, ...options.env } })
  const calls = stack.emulator.calls.filter((c) => c.accessKeyId === caller.accessKeyId)
  return { ...r, caller, calls }
}

/**
 * Resolves once `condition()` holds (checked every 10 ms): for state another process changes,
 * such as the emulator's jobs. Gives up naming `what` after `limitMs`.
 */
export async function waitFor(
  what: string,
  condition: () => boolean,
  limitMs = 60_000
): Promise<void> {
  const giveUpAt = Date.now() + limitMs
  while (!condition()) {
    if (Date.now() > giveUpAt) throw new Error(`Still waiting for ${what} after ${limitMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}
