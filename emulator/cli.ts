import { startStack } from './stack.js'

/** `npm run emulator`: the QuickSight emulator and an S3 server, until Ctrl-C. */
const stack = await startStack({ jobDurationMs: Number(process.env.EMULATOR_JOB_MS) || 3000 })
console.log('QuickSight emulator and S3 server are running. Use this environment:\n')
for (const [k, v] of Object.entries(stack.env)) console.log(`export ${k}=${v}`)
console.log(
  `\nBucket: ${stack.bucket}. Dashboard: sales (sheets overview, details, regions). Ctrl-C stops.`
)
const stop = (): void => void stack.close().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
