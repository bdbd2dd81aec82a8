import { rmSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/**
 * One temp directory per run (a demo, a try-out), so that a run leaves nothing in the system temp
 * dir: `TMPDIR` points at the run's own `qse-run-<label>-<pid>-*`, which `os.tmpdir()` and every
 * child process (the action, s3rver) honour, and the directory goes when the run ends, also when
 * it fails or is interrupted.
 */
const RUNS_DIR = os.tmpdir()

/** Makes `<temp dir>/qse-run-<label>-<pid>-XXXXXX`, points TMPDIR at it and returns it. */
export async function useRunTempDir(label: string): Promise<string> {
  await removeAbandoned(label)
  const dir = await mkdtemp(path.join(RUNS_DIR, `qse-run-${label}-${process.pid}-`))
  process.env.TMPDIR = dir
  return dir
}

/** Removes a run's directory (retrying while a server that was just stopped lets go of files). */
export async function removeRunTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 5 })
}

/**
 * Runs `fn` with a temp dir of its own (see `useRunTempDir`) and removes it afterwards, when `fn`
 * throws, and on Ctrl-C or SIGTERM (then exits 130 or 143).
 */
export async function withRunTempDir<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const dir = await useRunTempDir(label)
  const onSignal = (signal: NodeJS.Signals): void => {
    rmSync(dir, { recursive: true, force: true, maxRetries: 5 })
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  try {
    return await fn()
  } finally {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
    await removeRunTempDir(dir)
  }
}

/** Directories of earlier runs with this label whose process is gone (killed before cleaning up). */
async function removeAbandoned(label: string): Promise<void> {
  for (const name of await readdir(RUNS_DIR)) {
    const pid = Number(new RegExp(`^qse-run-${label}-(\\d+)-`).exec(name)?.[1])
    if (pid && !isAlive(pid)) await removeRunTempDir(path.join(RUNS_DIR, name))
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
