import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { createReadStream } from 'node:fs'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { ArtifactServiceFake } from '../__tests__/e2e/fakes/artifact-service.js'
import { startStack } from '../emulator/stack.js'
import { runAction } from '../scripts/run-action.js'
import { bigExports, writeBigCsv, writeBigPdf } from './big-export.js'
import { peakRss } from './peak-rss.js'
import { fmt, isMain, median, timed } from './stats.js'
import { bundleLikeDist } from './bundle.js'

/**
 * Figure 5: peak RSS of the step (`node dist/index.js`, run as a runner does) exporting one big
 * file, with the artifact upload and with `upload-artifact: false`, against two bare scripts on the
 * same file in the same invocation: `@actions/artifact` uploading it (at the compression level the
 * action picks for the format), and one S3 GetObject streamed to a file. Every process is separate
 * and reports its own VmHWM; runs alternate; medians.
 */
export interface MemoryRow {
  kind: Kind
  mib: number
  step: Figure
  bareUpload: Figure
  download: Figure
  bareGet: Figure
}

/** Median peak RSS, MiB, and median wall time, s, of one process. */
export interface Figure {
  rss: number
  s: number
}

/** CSV: deflated into the zip (level 6), CPU-bound. PDF: stored (level 0), network-bound. */
export type Kind = 'csv' | 'pdf'
const KINDS: Record<
  Kind,
  { level: string; write: (file: string, mib: number) => Promise<number> }
> = {
  csv: { level: '6', write: writeBigCsv },
  pdf: { level: '0', write: writeBigPdf }
}

export async function memory(
  runs = 3,
  kinds: Kind[] = ['csv', 'pdf'],
  sizes = process.env.BENCH_MIB
    ? [Number(process.env.BENCH_MIB)]
    : [200, ...(process.env.BENCH_1GB ? [1024] : [])]
): Promise<MemoryRow[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qse-bench-mem-'))
  const [stack, artifacts] = await Promise.all([
    startStack({ jobDurationMs: 300 }),
    new ArtifactServiceFake().start()
  ])
  const peak = await peakRss(dir)
  const s3 = new S3Client({
    region: 'eu-west-1',
    endpoint: stack.s3Endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED'
  })
  let source = { path: '', bytes: 0, ext: '' }
  bigExports(stack, () => source)
  const rows: MemoryRow[] = []
  try {
    const [getBundle, uploadBundle] = await Promise.all([
      bundle('bare-get-object', dir),
      bundle('bare-upload-artifact', dir)
    ])
    const env = { ...process.env, ...stack.env, ...artifacts.env(), GITHUB_WORKSPACE: dir }
    let n = 0
    const measure = async (
      run: (env: Record<string, string>) => Promise<{ ms: number; failure?: string }>
    ): Promise<Figure> => {
      const file = path.join(dir, `peak-${n++}`)
      const r = await run(peak.env(file))
      if (r.failure) throw new Error(r.failure)
      return { rss: await peak.read(file), s: r.ms / 1000 }
    }
    for (const kind of kinds)
      for (const mib of sizes) {
        const file = path.join(dir, `export-${mib}.${kind}`)
        source = { path: file, bytes: await KINDS[kind].write(file, mib), ext: kind }
        const key = `bench/export-${mib}.${kind}`
        await s3.send(
          new PutObjectCommand({
            Bucket: stack.bucket,
            Key: key,
            Body: createReadStream(file),
            ContentLength: source.bytes
          })
        )
        const step = async (upload: boolean, extra: Record<string, string>) => {
          const r = await runAction(
            {
              'dashboard-id': 'sales',
              format: kind,
              'sheet-id': 'details',
              'visual-ids': kind === 'csv' ? 'orders-table' : '',
              's3-bucket': stack.bucket,
              'upload-artifact': String(upload)
            },
            { env: { ...stack.env, ...(upload ? artifacts.env() : {}), ...extra } }
          )
          const files = JSON.parse(r.outputs.files ?? '[]') as string[]
          const bytes = files[0] ? (await stat(files[0])).size : 0
          await rm(r.workspace, { recursive: true, force: true })
          const ok = r.code === 0 && bytes === source.bytes && (!upload || r.outputs['artifact-id'])
          return {
            ms: r.ms,
            failure: ok ? undefined : `step failed (exit ${r.code}, ${bytes} bytes): ${r.stdout}`
          }
        }
        const node = async (args: string[], extra: Record<string, string>) => {
          const r = await timed(process.execPath, args, { ...env, ...extra })
          return { ms: r.ms, failure: r.code === 0 ? undefined : `${args[0]}: ${r.stderr}` }
        }
        const figures = { step: [], bareUpload: [], download: [], bareGet: [] } as Record<
          'step' | 'bareUpload' | 'download' | 'bareGet',
          Figure[]
        >
        const dest = path.join(dir, 'bare-get')
        for (let i = 0; i < runs; i++) {
          figures.step.push(await measure((e) => step(true, e)))
          figures.bareUpload.push(
            await measure((e) =>
              node([uploadBundle, `bare-${kind}-${mib}-${i}`, file, KINDS[kind].level], e)
            )
          )
          figures.download.push(await measure((e) => step(false, e)))
          figures.bareGet.push(await measure((e) => node([getBundle, stack.bucket, key, dest], e)))
          await rm(dest, { force: true })
        }
        const mid = (f: Figure[]): Figure => ({
          rss: median(f.map((x) => x.rss)),
          s: median(f.map((x) => x.s))
        })
        rows.push({
          kind,
          mib,
          step: mid(figures.step),
          bareUpload: mid(figures.bareUpload),
          download: mid(figures.download),
          bareGet: mid(figures.bareGet)
        })
        await rm(file, { force: true })
      }
  } finally {
    s3.destroy()
    await Promise.all([stack.close(), artifacts.close()])
    await rm(dir, { recursive: true, force: true })
  }
  return rows
}

/** Bundles bench/<name>.ts as dist/ is built, and returns the entry to run with node. */
function bundle(name: string, dir: string): Promise<string> {
  return bundleLikeDist(`${name}.ts`, path.join(dir, name))
}

export function memoryTable(rows: MemoryRow[]): string {
  const cell = (f: Figure): string => `${fmt(f.rss, 0)} MiB (${fmt(f.s)} s)`
  const lines = [
    '| export | step, with upload | bare uploadArtifact | ratio (≤ 1.1x) | step, upload-artifact: false | bare GetObject | ratio (≤ 1.15x) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
  ]
  for (const r of rows)
    lines.push(
      `| ${r.mib} MiB ${r.kind.toUpperCase()} | ${cell(r.step)} | ${cell(r.bareUpload)} | ${fmt(r.step.rss / r.bareUpload.rss, 2)}x | ${cell(r.download)} | ${cell(r.bareGet)} | ${fmt(r.download.rss / r.bareGet.rss, 2)}x |`
    )
  for (const kind of new Set(rows.map((r) => r.kind))) {
    const [small, big] = rows.filter((r) => r.kind === kind)
    if (small && big)
      lines.push(
        `\n${kind.toUpperCase()}: ${big.mib} MiB peak / ${small.mib} MiB peak (≤ 1.1x): with upload ${fmt(big.step.rss / small.step.rss, 2)}x, upload-artifact: false ${fmt(big.download.rss / small.download.rss, 2)}x`
      )
  }
  return lines.join('\n')
}

if (isMain(import.meta.url))
  console.log(
    memoryTable(
      await memory(
        Number(process.env.BENCH_RUNS) || 3,
        (process.env.BENCH_KINDS?.split(',') as Kind[] | undefined) ?? ['csv', 'pdf']
      )
    )
  )
