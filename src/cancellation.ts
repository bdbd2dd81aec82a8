import { unlinkSync } from 'node:fs'
import { partialFiles } from './download/partial-file.js'
import { fail } from './workflow-commands.js'

/**
 * On SIGINT/SIGTERM (the runner cancels with SIGINT, then SIGTERM 7.5 s later): stop at once,
 * remove half-written files, and say which jobs go on running (QuickSight has no cancel call).
 */
export function exitOnCancel(
  startedJobIds: () => string[],
  noun: () => string,
  exit: (code: number) => never = process.exit
): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    for (const file of partialFiles) {
      try {
        unlinkSync(file)
      } catch {
        // Already gone.
      }
    }
    const ids = startedJobIds()
    fail(
      `Cancelled by ${signal}.` +
        (ids.length > 0
          ? ` QuickSight has no cancel call: ${noun()}(s) ${ids.join(', ')} may still run and finish.`
          : ` No ${noun()} had started.`)
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
