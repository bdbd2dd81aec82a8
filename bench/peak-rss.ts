import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Peak RSS of a node process from the OS: a preload (`NODE_OPTIONS=--import`) that, as the process
 * exits, copies the kernel's high-water mark (VmHWM in /proc/self/status) to a file. The preload
 * is a few lines of plain JavaScript, the same for every process measured.
 */
export interface PeakRss {
  /** Environment for one measured process; its figure goes to `file`. */
  env: (file: string) => Record<string, string>
  /** The figure a process wrote, MiB. */
  read: (file: string) => Promise<number>
}

const REPORTER = `import { readFileSync, writeFileSync } from 'node:fs'
process.on('exit', () => {
  const kb = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]
  writeFileSync(process.env.BENCH_PEAK_RSS_FILE, kb ?? '')
})
`

export async function peakRss(dir: string): Promise<PeakRss> {
  const reporter = path.join(dir, 'peak-rss-reporter.mjs')
  await writeFile(reporter, REPORTER)
  return {
    env: (file) => ({ NODE_OPTIONS: `--import=${reporter}`, BENCH_PEAK_RSS_FILE: file }),
    read: async (file) => {
      const kb = Number(await readFile(file, 'utf8'))
      if (!kb) throw new Error(`no peak RSS in ${file}: the process did not exit normally`)
      return kb / 1024
    }
  }
}
