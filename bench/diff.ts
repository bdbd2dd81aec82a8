import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { finished } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import { compareFiles } from '../src/diff/compare-files.js'
import { countItems } from '../src/diff/table/count-items.js'
import { parseTolerance } from '../src/diff/tolerance.js'
import { fmt, median, timed } from './stats.js'

/**
 * Report diffs in bounded memory: compares a ~200 MB CSV (BENCH_DIFF_MB) with a modified copy
 * (every 1000th row changed, every 5000th removed, 300 added; deterministic) by key, in a plain
 * `node` process running this file bundled by ncc (as dist/ is, never under tsx, whose loader
 * costs memory), against a bare csv-parse streaming parse of the same two files in the same kind
 * of process. Each child reports its own peak RSS (VmHWM of /proc/self/status); runs alternate
 * (BENCH_RUNS, 3 by default) and medians are printed. The bundle then compares a small PDF and
 * workbook too, to check pdf.js and exceljs work from ncc's chunks.
 *
 *   npx tsx bench/diff.ts                       orchestrates (generates, bundles, runs)
 *   node <bundle>/index.js compare <format> <before> <after> [key,columns] [tolerance]
 *   node <bundle>/index.js parse <file>...      the baseline: parse only
 */
const CHANGED_EVERY = 1000
const REMOVED_EVERY = 5000
const ADDED = 300

interface ChildFigures {
  ms: number
  hwmMiB: number
  result: unknown
}

async function peakRssMiB(): Promise<number> {
  const status = await readFile('/proc/self/status', 'utf8')
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024
}

async function childCompare(args: string[]): Promise<void> {
  const [format, before, after, keys, tolerance] = args
  const started = process.hrtime.bigint()
  const diff = await compareFiles('bench', format as 'csv' | 'excel' | 'pdf', before, after, {
    keyColumns: keys ? keys.split(',') : undefined,
    tolerance: tolerance ? parseTolerance(tolerance) : undefined,
    tempDir: process.env.BENCH_TEMP
  })
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  const { status, added, removed, changed, pages, tables } = diff
  const notes = tables?.map((t) => t.note).filter(Boolean)
  const result = { status, added, removed, changed, pages: pages?.changed, notes }
  console.log(JSON.stringify({ ms, hwmMiB: await peakRssMiB(), result }))
}

async function childParse(files: string[]): Promise<void> {
  const { parse } = await import('csv-parse')
  const started = process.hrtime.bigint()
  let records = 0
  for (const file of files) {
    const parser = createReadStream(file).pipe(
      parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true })
    )
    records += await countItems(parser)
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6
  console.log(JSON.stringify({ ms, hwmMiB: await peakRssMiB(), result: { records } }))
}

/** One order line of about 100 bytes, the same for the same number. */
function orderRow(id: number, amountDelta = 0): string {
  const h = Math.imul(id, 2654435761) >>> 0
  const regions = ['East', 'West', 'North', 'South', 'Central']
  const quantity = 1 + (h % 17)
  const price = ((h >>> 8) % 10_000) / 100
  const amount = (quantity * price + amountDelta).toFixed(2)
  const day = String(1 + (h % 28)).padStart(2, '0')
  return `${id},2024-03-${day},${regions[h % 5]},P-${(h >>> 4) % 5000},"Customer ${(h >>> 12) % 90_000}, Ltd",${quantity},${price.toFixed(2)},${amount},note ${h.toString(36)}\n`
}

async function writeLines(file: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(file, { highWaterMark: 1024 * 1024 })
  for (const line of lines) if (!out.write(line)) await once(out, 'drain')
  out.end()
  await finished(out)
}

/** The baseline of ~`mb` MB, and its copy with rows changed, removed and added. */
async function generate(
  dir: string,
  mb: number
): Promise<{ before: string; after: string; rows: number }> {
  const rows = Math.round((mb * 1e6) / orderRow(1_000_000).length)
  const header = 'Id,Date,Region,Product,Customer,Quantity,Price,Amount,Note\n'
  const before = path.join(dir, 'before.csv')
  const after = path.join(dir, 'after.csv')
  await writeLines(
    before,
    (function* () {
      yield header
      for (let id = 1; id <= rows; id++) yield orderRow(id)
    })()
  )
  await writeLines(
    after,
    (function* () {
      yield header
      for (let id = 1; id <= rows; id++) {
        if (id % REMOVED_EVERY === 1) continue
        yield orderRow(id, id % CHANGED_EVERY === 2 ? 1 : 0)
      }
      for (let id = rows + 1; id <= rows + ADDED; id++) yield orderRow(id)
    })()
  )
  return { before, after, rows }
}

function runChild(bundle: string, args: string[], env: NodeJS.ProcessEnv): Promise<ChildFigures> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(bundle, 'index.js'), ...args], {
      env,
      stdio: ['ignore', 'pipe', 'inherit']
    })
    let stdout = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(stdout) as ChildFigures)
        : reject(new Error(`${args[0]} exited with ${code}`))
    )
  })
}

async function orchestrate(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS) || 3
  const mb = Number(process.env.BENCH_DIFF_MB) || 200
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qse-bench-diff-'))
  try {
    const bundle = path.join(dir, 'bundle')
    const built = await timed(path.join(root, 'node_modules', '.bin', 'ncc'), [
      'build',
      path.join(root, 'bench', 'diff.ts'),
      '-o',
      bundle
    ])
    if (built.code !== 0) throw new Error(`ncc failed: ${built.stderr}`)
    const { before, after, rows } = await generate(dir, mb)
    const size = (await stat(before)).size / 1e6
    const expected = {
      added: ADDED,
      removed: Math.ceil(rows / REMOVED_EVERY),
      changed: Math.floor((rows + CHANGED_EVERY - 2) / CHANGED_EVERY)
    }
    console.log(
      `${fmt(size)} MB baseline, ${rows} rows; expected ${JSON.stringify(expected)}; load average ${os
        .loadavg()
        .map((l) => fmt(l))
        .join(' ')}`
    )
    const env = { ...process.env, BENCH_TEMP: dir }
    const diffs: ChildFigures[] = []
    const parses: ChildFigures[] = []
    for (let i = 0; i < runs; i++) {
      parses.push(await runChild(bundle, ['parse', before, after], env))
      diffs.push(await runChild(bundle, ['compare', 'csv', before, after, 'Id', '0.001'], env))
      console.log(
        `run ${i + 1}: diff ${JSON.stringify(diffs[i])}\n       parse ${JSON.stringify(parses[i])}`
      )
    }
    const diffMs = median(diffs.map((d) => d.ms))
    const parseMs = median(parses.map((d) => d.ms))
    const diffMiB = Math.max(...diffs.map((d) => d.hwmMiB))
    const parseMiB = Math.max(...parses.map((d) => d.hwmMiB))
    console.log(
      [
        '',
        '| process (both files) | wall time | peak RSS |',
        '| --- | ---: | ---: |',
        `| keyed diff (key Id, tolerance 0.001) | ${fmt(diffMs / 1000, 1)} s | ${fmt(diffMiB, 0)} MiB |`,
        `| csv-parse only | ${fmt(parseMs / 1000, 1)} s | ${fmt(parseMiB, 0)} MiB |`,
        `| ratio | ${fmt(diffMs / parseMs, 2)}x | ${fmt(diffMiB / parseMiB, 2)}x |`
      ].join('\n')
    )
    const { pdf, workbook } = await import('../__tests__/diff/fixtures.js')
    const pdfs = [
      await pdf(dir, 'a.pdf', ['Total 100', 'Orders']),
      await pdf(dir, 'b.pdf', ['Total 120', 'Orders', 'Notes'])
    ]
    const books = [
      await workbook(dir, 'a.xlsx', {
        Orders: [
          ['Id', 'Amount'],
          [1, 10],
          [2, 20]
        ]
      }),
      await workbook(dir, 'b.xlsx', {
        Orders: [
          ['Id', 'Amount'],
          [1, 10],
          [2, 21]
        ]
      })
    ]
    const fromPdf = await runChild(bundle, ['compare', 'pdf', ...pdfs], env)
    const fromExcel = await runChild(bundle, ['compare', 'excel', ...books, 'Id'], env)
    console.log(`\nPDF from the bundle: ${JSON.stringify(fromPdf)}`)
    console.log(`Excel from the bundle: ${JSON.stringify(fromExcel)}`)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

const [mode, ...args] = process.argv.slice(2)
if (mode === 'compare') await childCompare(args)
else if (mode === 'parse') await childParse(args)
else await orchestrate()
