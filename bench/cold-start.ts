import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { ROOT } from '../scripts/run-action.js'
import { fmt, median, timed } from './stats.js'

/**
 * Figure 1: wall time of `node dist/index.js` from spawn to its exit on the first input error,
 * against bare `node -e 0`, alternating runs in one invocation. Also the size of dist/.
 */
export async function coldStart(
  runs = 11
): Promise<{ action: number; bare: number; ratio: number; distKiB: number; indexKiB: number }> {
  const env = {
    PATH: process.env.PATH,
    INPUT_FORMAT: 'docx',
    'INPUT_DASHBOARD-ID': 'sales',
    AWS_REGION: 'eu-west-1'
  }
  const action: number[] = []
  const bare: number[] = []
  for (let i = 0; i < runs; i++) {
    bare.push((await timed(process.execPath, ['-e', '0'], env)).ms)
    const r = await timed(process.execPath, [path.join(ROOT, 'dist', 'index.js')], env)
    if (!r.stdout.includes("::error::Invalid input 'format'"))
      throw new Error(`unexpected output: ${r.stdout}`)
    action.push(r.ms)
  }
  const files = await readdir(path.join(ROOT, 'dist'))
  const sizes = await Promise.all(
    files.map((f) => stat(path.join(ROOT, 'dist', f)).then((s) => s.size))
  )
  const index = (await stat(path.join(ROOT, 'dist', 'index.js'))).size
  return {
    action: median(action),
    bare: median(bare),
    ratio: median(action) / median(bare),
    distKiB: sizes.reduce((a, b) => a + b, 0) / 1024,
    indexKiB: index / 1024
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await coldStart()
  console.log(
    `cold start: action ${fmt(r.action)} ms, bare node ${fmt(r.bare)} ms, ratio ${fmt(r.ratio, 2)}x (target <= 1.25x); dist ${fmt(r.distKiB, 0)} KiB, dist/index.js ${fmt(r.indexKiB, 0)} KiB`
  )
}
