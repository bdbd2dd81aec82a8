import { mkdtemp, readdir, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

/**
 * Jest's globalSetup: one temp dir for the whole test run (`qse-run-jest-<pid>-*` in the system
 * temp dir), set as TMPDIR before jest starts its workers, which inherit it and hand it to every
 * process they start (the action, s3rver, Azurite): everything a test makes goes there, and
 * jest-global-teardown.ts removes it, failed tests or not. A run killed before its teardown is
 * cleaned up by the next. (Self-contained: jest loads this file outside its module mapping, so it
 * cannot import scripts/temp-dir.ts, which does the same for the demos.)
 */
export default async function globalSetup(): Promise<void> {
  const runs = os.tmpdir()
  for (const name of await readdir(runs)) {
    const pid = Number(/^qse-run-jest-(\d+)-/.exec(name)?.[1])
    if (pid && !isAlive(pid)) await rm(path.join(runs, name), { recursive: true, force: true })
  }
  const dir = await mkdtemp(path.join(runs, `qse-run-jest-${process.pid}-`))
  process.env.TMPDIR = dir
  process.env.QSE_RUN_TEMP_DIR = dir
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
