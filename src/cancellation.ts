import * as core from '@actions/core'
import { rmSync } from 'node:fs'
import { partialFiles } from './download/partial-file.js'

/**
 * On SIGINT/SIGTERM (the runner cancels with SIGINT, then SIGTERM 7.5 s later): stop at once,
 * remove half-written files, and say which jobs go on running (no service here cancels a running job).
 */
export function exitOnCancel(
  startedJobIds: () => string[],
  /** What to say of started jobs: 'QuickSight has no cancel call: snapshot job(s)'. */
  stillRunning: () => string,
  exit: (code: number) => never = process.exit
): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    for (const file of partialFiles) rmSync(file, { recursive: true, force: true })
    const ids = startedJobIds()
    core.setFailed(
      `Cancelled by ${signal}.` +
        (ids.length > 0
          ? ` ${stillRunning()} ${ids.join(', ')} may still run and finish.`
          : ' No job had started.')
    )
    exit(1)
  }
  process.once('SIGINT', onSignal)
  process.once('SIGTERM', onSignal)
  return () => {
    process.off('SIGINT', onSignal)
    process.off('SIGTERM', onSignal)
  }
}
