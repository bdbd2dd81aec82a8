import { mkdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { startStack } from '../emulator/stack.js'
import { ROOT, runAction } from './run-action.js'
import { withRunTempDir } from './temp-dir.js'

/**
 * `npm run demo:pack`: a report pack end to end on this machine. Starts the QuickSight emulator and
 * an S3 server, runs dist/index.js as a runner would on examples/nightly-pack.yml (dashboards,
 * sheets and visuals by name, relative dates in Europe/Berlin, `sheet: all`, `visuals: all`), and
 * leaves the files in ./quicksight-export-pack/, one folder per report, with the job summary in
 * ./quicksight-export-pack/job-summary.md. Exits non-zero when the action fails.
 */
const CONFIG = 'examples/nightly-pack.yml'
const outputDir = path.join(ROOT, 'quicksight-export-pack')

// Everything the run puts in the temp dir (s3rver's objects, the runner's files) goes with it.
await withRunTempDir('demo-pack', async () => {
  const stack = await startStack({ jobDurationMs: 2500 })
  try {
    // A fresh folder: files of an earlier run with another config would mislead.
    await rm(outputDir, { recursive: true, force: true })
    await mkdir(outputDir, { recursive: true })
    const run = await runAction(
      { 'config-file': CONFIG, 'output-dir': outputDir },
      { env: stack.env, workspace: ROOT }
    )
    // A runner consumes ::add-mask:: commands; they are not part of the log people read.
    process.stdout.write(run.stdout.replace(/^::add-mask::.*\n/gm, ''))
    const summary = path.join(outputDir, 'job-summary.md')
    await writeFile(summary, run.summary)
    if (run.code !== 0) {
      process.stderr.write(run.stderr)
      process.exitCode = 1
      const where = run.summary === '' ? '' : `; its job summary is in ${summary}`
      console.error(`\nThe action failed (exit ${run.code})${where}`)
    } else {
      console.log(`\nFiles written from ${CONFIG}:`)
      for (const file of JSON.parse(run.outputs.files ?? '[]') as string[])
        console.log(`  ${path.relative(process.cwd(), file)}`)
      console.log(`  ${path.relative(process.cwd(), summary)} (the job summary)`)
    }
  } finally {
    await stack.close()
  }
})
