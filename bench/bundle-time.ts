import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ROOT } from '../scripts/run-action.js'
import { fmt, isMain, median, timed } from './stats.js'

/**
 * Figure 7: `npm run bundle` (scripts/bundle.ts, into a temporary folder instead of dist/) against
 * ncc's CLI building the same entry (`ncc build src/index.ts -m --license licenses.txt`, which
 * takes each package's CommonJS build), alternating, medians. Wall time and, through
 * /usr/bin/time when there is one, the CPU seconds (user + system) of each build.
 */
export interface BuildFigure {
  wall: number
  cpu?: number
}

export async function bundleTime(runs = 3): Promise<{
  bundle: BuildFigure
  cli: BuildFigure
  load: string
}> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qse-bundle-time-'))
  const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined
  const build = async (cmd: string[]): Promise<BuildFigure> => {
    const [file = '', ...args] = time ? [time, '-f', 'cpu %U %S', ...cmd] : cmd
    const r = await timed(file, args, {
      ...process.env,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true'
    })
    if (r.code !== 0) throw new Error(`${cmd.join(' ')}: ${r.stderr}`)
    const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(r.stderr)
    return { wall: r.ms / 1000, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined }
  }
  const bin = (name: string): string => path.join(ROOT, 'node_modules', '.bin', name)
  const bundle: BuildFigure[] = []
  const cli: BuildFigure[] = []
  const load = (await readFile('/proc/loadavg', 'utf8').catch(() => '')).split(' ')[0] ?? ''
  try {
    for (let i = 0; i < runs; i++) {
      bundle.push(await build([bin('tsx'), 'scripts/bundle.ts', path.join(dir, 'bundle')]))
      cli.push(
        await build([
          bin('ncc'),
          'build',
          'src/index.ts',
          '-o',
          path.join(dir, 'cli'),
          '-m',
          '-C',
          '-q',
          '--license',
          'licenses.txt'
        ])
      )
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
  const mid = (f: BuildFigure[]): BuildFigure => ({
    wall: median(f.map((x) => x.wall)),
    cpu: f.every((x) => x.cpu !== undefined) ? median(f.map((x) => x.cpu ?? 0)) : undefined
  })
  return { bundle: mid(bundle), cli: mid(cli), load }
}

/** The figure in one line, for this script and `npm run bench`. */
export function bundleTimeLine(r: Awaited<ReturnType<typeof bundleTime>>): string {
  const cell = (f: BuildFigure): string =>
    `${fmt(f.wall)} s${f.cpu === undefined ? '' : ` (${fmt(f.cpu)} CPU s)`}`
  return `npm run bundle ${cell(r.bundle)} (target < 60 s on 2 cores), ncc CLI ${cell(r.cli)}, ratio ${fmt(r.bundle.wall / r.cli.wall, 2)}x; load average ${r.load} at the start`
}

if (isMain(import.meta.url)) {
  process.chdir(ROOT)
  console.log(
    `bundle time: ${bundleTimeLine(await bundleTime(Number(process.env.BENCH_RUNS) || 3))}`
  )
}
