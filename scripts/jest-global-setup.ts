import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import path from 'node:path'

/**
 * Jest's globalSetup: the test run's temp dir inside the checkout (`.tmp/jest-<pid>-*`,
 * git-ignored), set as TMPDIR before jest starts its workers, which inherit it and hand it to every
 * process they start (the action, s3rver, Azurite): nothing a test makes lands in the system temp
 * dir. jest-global-teardown.ts removes it, failed tests or not; a run killed before its teardown is
 * cleaned up by the next. (Self-contained: jest loads this file outside its module mapping, so it
 * cannot import scripts/temp-dir.ts, which does the same for the demos.)
 */
export default async function globalSetup(config: { rootDir: string }): Promise<void> {
  const runs = path.join(config.rootDir, '.tmp')
  await mkdir(runs, { recursive: true })
  for (const name of await readdir(runs)) {
    const pid = Number(/^jest-(\d+)-/.exec(name)?.[1])
    if (pid && !isAlive(pid)) await rm(path.join(runs, name), { recursive: true, force: true })
  }
  const dir = await mkdtemp(path.join(runs, `jest-${process.pid}-`))
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
