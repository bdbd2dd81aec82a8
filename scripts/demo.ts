import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { startStack } from '../emulator/stack.js'
import { ROOT, runAction } from './run-action.js'
import { withRunTempDir } from './temp-dir.js'

/**
 * `npm run demo`: the whole action end to end on this machine. Starts the QuickSight emulator and
 * an S3 server, runs dist/index.js as a runner would, and leaves real PDF, CSV and XLSX files in
 * ./quicksight-export (with the job summary in ./quicksight-export/job-summary.md).
 */
// Everything the run puts in the temp dir (s3rver's objects, the runner's files) goes with it.
await withRunTempDir('demo', async () => {
  const stack = await startStack({ jobDurationMs: 2500 })
  try {
    const outputDir = path.join(ROOT, 'quicksight-export')
    await mkdir(outputDir, { recursive: true })
    const run = await runAction(
      {
        'dashboard-id': 'sales',
        exports: [
          '- { format: pdf, sheet: overview, name: overview }',
          '- { format: csv, sheet: details, visual: orders-table, name: orders }',
          '- { format: excel, name: workbook, sheets: [{ sheet: details, visuals: [units-table, top-products] }, { sheet: overview, visuals: [revenue-by-region] }] }'
        ].join('\n'),
        parameters: 'Year: 2025\nMinRevenue: 500.5',
        'rls-tags': 'region: EMEA',
        's3-bucket': stack.bucket,
        'output-dir': outputDir
      },
      { env: stack.env, workspace: ROOT }
    )
    process.stdout.write(run.stdout.replace(/^::add-mask::.*\n/gm, ''))
    await writeFile(path.join(outputDir, 'job-summary.md'), run.summary)
    if (run.code !== 0) {
      process.stderr.write(run.stderr)
      throw new Error(`The action failed (exit ${run.code})`)
    }
    console.log('\nFiles written:')
    for (const file of JSON.parse(run.outputs.files ?? '[]') as string[])
      console.log(`  ${path.relative(process.cwd(), file)}`)
    console.log(
      `  ${path.relative(process.cwd(), path.join(outputDir, 'job-summary.md'))} (the job summary)`
    )
  } finally {
    await stack.close()
  }
})
