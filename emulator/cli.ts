import { appendFile } from 'node:fs/promises'
import { startStack } from './stack.js'

/**
 * `npm run emulator`: the QuickSight emulator and an S3 server, until Ctrl-C. EMULATOR_JOB_MS
 * sets the job time, EMULATOR_TIME_SCALE multiplies every emulated duration (0.01: 100× faster).
 */
const stack = await startStack({
  jobDurationMs: Number(process.env.EMULATOR_JOB_MS) || 3000,
  timeScale: Number(process.env.EMULATOR_TIME_SCALE) || 1
})
console.log('QuickSight emulator and S3 server are running. Use this environment:\n')
for (const [k, v] of Object.entries(stack.env)) console.log(`export ${k}=${v}`)
// In a workflow: EMULATOR_ENV_FILE=$GITHUB_ENV hands the endpoints to the following steps.
if (process.env.EMULATOR_ENV_FILE) {
  const lines = Object.entries(stack.env).map(([k, v]) => `${k}=${v}\n`)
  await appendFile(process.env.EMULATOR_ENV_FILE, lines.join(''))
}
console.log(
  `\nBucket: ${stack.bucket}. Dashboards: see emulator/README.md (e.g. sales, finance-monthly). Ctrl-C stops.`
)
const stop = (): void => void stack.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
