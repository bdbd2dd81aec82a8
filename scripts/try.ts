import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { CATALOG } from '../emulator/catalog.js'
import { startStack } from '../emulator/stack.js'
import { actionDefaults, runAction } from './run-action.js'
import { readTryArgs, TryArgsError } from './try-args.js'
import { bucketsNamed, createBuckets, mapDashboards } from './try-stack.js'
import { withRunTempDir } from './temp-dir.js'

/**
 * `npm run try -- --config-file my-pack.yml`: the bundled action (action.yml's runs.main) on your
 * own inputs or report pack, against the local QuickSight emulator and S3 server, as a runner runs
 * it (action.yml's defaults applied). Paths are relative to the folder you run it from, which is
 * the workspace. Prints where the files and the job summary are; exits as the action did.
 */
const HELP = `Usage: npm run try -- [inputs] [--map 'Your dashboard=emulator dashboard' ...]

Runs the action (dist/) on your inputs against the local QuickSight emulator and S3 server.

  --<input> value         any input of action.yml, e.g. --config-file my-pack.yml,
                          --dashboard-id sales --format pdf --sheet-id overview
  --input name=value      the same, as one argument (repeatable)
  --with file.yml         inputs from a YAML mapping, as in a workflow step's with:
  --map 'Name=dashboard'  let the emulator dashboard (an id or a name) stand in for your dashboard
                          Name (repeatable)
  --map-file file.yml     mappings from a YAML file of Name: emulator dashboard lines
  --list                  list the emulator's dashboards, sheets and table visuals
  --help                  this text

Paths are relative to the current folder (the workspace). The files go to output-dir
(default quicksight-export/), the job summary to <output-dir>/job-summary.md.`

const workspace = process.env.INIT_CWD ?? process.cwd()
const defaults = await actionDefaults()
let args
try {
  args = await readTryArgs(process.argv.slice(2), Object.keys(defaults), workspace)
} catch (error) {
  if (!(error instanceof TryArgsError)) throw error
  console.error(`npm run try: ${error.message}\nSee npm run try -- --help`)
  process.exit(2)
}

if (args.help) {
  console.log(HELP)
} else if (args.list) {
  for (const d of CATALOG) {
    console.log(`${d.name} (${d.id})`)
    for (const s of d.sheets) {
      const tables = s.visuals.filter((v) => v.type === 'TABLE' || v.type === 'PIVOT_TABLE')
      console.log(`  sheet ${s.name} (${s.id}): ${tables.map((v) => v.title).join(', ') || '-'}`)
    }
  }
} else {
  await withRunTempDir('try', () => tryOut(args.inputs, args.maps))
}

async function tryOut(inputs: Record<string, string>, maps: Record<string, string>): Promise<void> {
  let mapped: string[]
  try {
    mapped = mapDashboards(maps)
  } catch (error) {
    console.error(`npm run try: --map: ${(error as Error).message}; see npm run try -- --list`)
    process.exitCode = 2
    return
  }
  for (const line of mapped) console.log(line)
  const stack = await startStack({ jobDurationMs: 2500 })
  try {
    await createBuckets(stack, await bucketsNamed(inputs, workspace))
    const run = await runAction(inputs, { env: stack.env, workspace })
    // A runner consumes ::add-mask:: commands; they are not part of the log people read.
    process.stdout.write(run.stdout.replace(/^::add-mask::.*\n/gm, ''))
    process.stderr.write(run.stderr)
    const outputDir = path.resolve(workspace, inputs['output-dir'] || defaults['output-dir'] || '.')
    const summary = path.join(outputDir, 'job-summary.md')
    const here = (file: string): string => path.relative(workspace, file) || '.'
    if (run.summary !== '') {
      await mkdir(outputDir, { recursive: true })
      await writeFile(summary, run.summary)
    }
    const files = JSON.parse(run.outputs.files || '[]') as string[]
    console.log(
      `\n${run.code === 0 ? 'The action succeeded' : `The action failed (exit ${run.code})`}.`
    )
    if (files.length > 0) console.log(`Files in ${here(outputDir)}:`)
    for (const file of files) console.log(`  ${here(file)}`)
    if (run.summary !== '') console.log(`Job summary: ${here(summary)}`)
    process.exitCode = run.code ?? 1
  } finally {
    await stack.close()
  }
}
