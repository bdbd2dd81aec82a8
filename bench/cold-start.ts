import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { actionMain, ROOT } from '../scripts/run-action.js'
import { bundleLikeDist } from './bundle.js'
import { fmt, isMain, median, timed } from './stats.js'

/**
 * Figure 1: wall time of the action's entry (action.yml `runs.main`) from spawn to its exit on the
 * first input error (`format: docx`), against a bare ncc bundle that loads `@actions/core`, reads
 * one required input (absent) and fails (bench/bare-core-input.ts, bundled as dist/ is). Runs
 * alternate in one invocation; medians. `node -e 0` is timed beside them for scale.
 */
export async function coldStart(runs = 21): Promise<{
  action: number
  bare: number
  ratio: number
  node: number
  distKiB: number
  indexKiB: number
}> {
  const env = {
    PATH: process.env.PATH,
    INPUT_FORMAT: 'docx',
    'INPUT_DASHBOARD-ID': 'sales',
    AWS_REGION: 'eu-west-1'
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qse-cold-'))
  const action: number[] = []
  const bare: number[] = []
  const node: number[] = []
  try {
    const baseline = await bundleLikeDist('bare-core-input.ts', path.join(dir, 'bare'))
    const main = await actionMain()
    for (let i = 0; i < runs; i++) {
      const r = await timed(process.execPath, [main], env)
      if (!r.stdout.includes("::error::Invalid input 'format'"))
        throw new Error(`unexpected output: ${r.stdout}`)
      action.push(r.ms)
      const b = await timed(process.execPath, [baseline], { PATH: env.PATH })
      if (!b.stdout.includes('::error::Input required and not supplied: format'))
        throw new Error(`unexpected baseline output: ${b.stdout}`)
      bare.push(b.ms)
      node.push((await timed(process.execPath, ['-e', '0'], env)).ms)
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  const dist = path.join(ROOT, 'dist')
  const sizes = await Promise.all(
    (await readdir(dist)).map((f) => stat(path.join(dist, f)).then((s) => s.size))
  )
  return {
    action: median(action),
    bare: median(bare),
    ratio: median(action) / median(bare),
    node: median(node),
    distKiB: sizes.reduce((a, b) => a + b, 0) / 1024,
    indexKiB: (await stat(path.join(dist, 'index.js'))).size / 1024
  }
}

if (isMain(import.meta.url)) {
  console.log(`cold start: ${coldStartLine(await coldStart())}`)
}

/** The figure in one line, for this script and `npm run bench`. */
export function coldStartLine(r: Awaited<ReturnType<typeof coldStart>>): string {
  return [
    `action ${fmt(r.action)} ms, bare @actions/core bundle ${fmt(r.bare)} ms, ratio ${fmt(r.ratio, 2)}x (target <= 1.5x);`,
    `node -e 0 ${fmt(r.node)} ms; dist ${fmt(r.distKiB, 0)} KiB, entry (action.yml runs.main) ${fmt(r.indexKiB, 0)} KiB`
  ].join(' ')
}
