import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { actionMain, ROOT } from '../scripts/run-action.js'
import { fmt, isMain, median, timed } from './stats.js'

/**
 * Figure 1: wall time of the action's entry (action.yml `runs.main`) from spawn to its exit on the
 * first input error, against bare `node -e 0`, alternating runs in one invocation. Beside them, an ES module that
 * only prints the same error line: the floor of any ESM entry (dist/ is ESM because
 * @actions/artifact and @actions/github are). Also the size of dist/ and whether its entry is
 * ASCII (V8 keeps a source with any other character as UTF-16, and decodes and scans it more
 * slowly).
 */
export async function coldStart(runs = 21): Promise<{
  action: number
  bare: number
  ratio: number
  emptyEsmRatio: number
  distKiB: number
  indexKiB: number
  indexAscii: boolean
}> {
  const env = {
    PATH: process.env.PATH,
    INPUT_FORMAT: 'docx',
    'INPUT_DASHBOARD-ID': 'sales',
    AWS_REGION: 'eu-west-1'
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qse-cold-'))
  const empty = path.join(dir, 'empty.mjs')
  await writeFile(
    empty,
    `process.stdout.write("::error::Invalid input 'format'\\n"); process.exitCode = 1\n`
  )
  const main = await actionMain()
  const action: number[] = []
  const bare: number[] = []
  const emptyEsm: number[] = []
  try {
    for (let i = 0; i < runs; i++) {
      bare.push((await timed(process.execPath, ['-e', '0'], env)).ms)
      const r = await timed(process.execPath, [main], env)
      if (!r.stdout.includes("::error::Invalid input 'format'"))
        throw new Error(`unexpected output: ${r.stdout}`)
      action.push(r.ms)
      emptyEsm.push((await timed(process.execPath, [empty], env)).ms)
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  const files = await readdir(path.join(ROOT, 'dist'))
  const sizes = await Promise.all(
    files.map((f) => stat(path.join(ROOT, 'dist', f)).then((s) => s.size))
  )
  const index = await readFile(main)
  return {
    action: median(action),
    bare: median(bare),
    ratio: median(action) / median(bare),
    emptyEsmRatio: median(emptyEsm) / median(bare),
    distKiB: sizes.reduce((a, b) => a + b, 0) / 1024,
    indexKiB: index.length / 1024,
    indexAscii: index.every((byte) => byte < 0x80)
  }
}

if (isMain(import.meta.url)) {
  console.log(`cold start: ${coldStartLine(await coldStart())}`)
}

/** The figure in one line, for this script and `npm run bench`. */
export function coldStartLine(r: Awaited<ReturnType<typeof coldStart>>): string {
  return [
    `action ${fmt(r.action)} ms, bare node ${fmt(r.bare)} ms, ratio ${fmt(r.ratio, 2)}x (target <= 1.25x);`,
    `an empty ES module ${fmt(r.emptyEsmRatio, 2)}x;`,
    `dist ${fmt(r.distKiB, 0)} KiB, entry (action.yml runs.main) ${fmt(r.indexKiB, 0)} KiB${r.indexAscii ? ' (ASCII)' : ', NOT ASCII'}`
  ].join(' ')
}
