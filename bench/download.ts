import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { createReadStream } from 'node:fs'
import { mkdtemp, open, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startStack } from '../emulator/stack.js'
import { fmt, isMain, median, timed } from './stats.js'
import { bundleLikeDist } from './bundle.js'

/**
 * Figure 3: throughput and peak RSS downloading 10 MB, 200 MB (and 1 GB with BENCH_1GB=1) objects
 * from s3rver with the action's own download code, against `aws s3 cp` on the same objects,
 * alternating runs. Both are timed as whole processes (start-up included) by /usr/bin/time -v,
 * which also gives the peak RSS. The action's code (src/download) is bundled with ncc first.
 */
export interface DownloadRow {
  mb: number
  action: { mbps: number; rssMb: number }
  cli: { mbps: number; rssMb: number } | undefined
}

const AWS = '/usr/bin/aws'

export async function download(runs = 5): Promise<DownloadRow[]> {
  const stack = await startStack()
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qse-bench-dl-'))
  const env = { ...process.env, ...stack.env, AWS_EC2_METADATA_DISABLED: 'true' }
  const s3 = new S3Client({
    region: 'eu-west-1',
    endpoint: stack.s3Endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED'
  })
  const sizes = [10, 200, ...(process.env.BENCH_1GB ? [1024] : [])]
  const hasCli = (await timed(AWS, ['--version']).catch(() => ({ code: 1 }))).code === 0
  // The action's download code, bundled by ncc as dist/ is, so the process measured is plain node.
  const bundle = path.join(dir, 'bundle')
  await bundleLikeDist('download-one.ts', bundle)
  const rows: DownloadRow[] = []
  try {
    for (const mb of sizes) {
      const source = path.join(dir, `source-${mb}`)
      const handle = await open(source, 'w')
      const chunk = Buffer.alloc(1024 * 1024, mb % 251)
      for (let i = 0; i < mb; i++) await handle.write(chunk)
      await handle.close()
      const key = `bench/object-${mb}mb`
      await s3.send(
        new PutObjectCommand({
          Bucket: stack.bucket,
          Key: key,
          Body: createReadStream(source),
          ContentLength: mb * 1024 * 1024
        })
      )
      await rm(source)
      const uri = `s3://${stack.bucket}/${key}`
      const mine: { mbps: number; rss: number }[] = []
      const cli: { mbps: number; rss: number }[] = []
      for (let i = 0; i < runs; i++) {
        const dest = path.join(dir, `out-${mb}-${i}`)
        const a = await timed(
          '/usr/bin/time',
          ['-v', process.execPath, path.join(bundle, 'index.js'), uri, dest],
          env
        )
        if (a.code !== 0) throw new Error(`download failed: ${a.stderr}`)
        mine.push({ mbps: mb / (wallOf(a.stderr) || a.ms / 1000), rss: rssOf(a.stderr) })
        await rm(dest, { force: true })
        if (hasCli) {
          const c = await timed(
            '/usr/bin/time',
            [
              '-v',
              AWS,
              's3',
              'cp',
              '--only-show-errors',
              '--endpoint-url',
              stack.s3Endpoint,
              uri,
              dest
            ],
            env
          )
          if (c.code !== 0) throw new Error(`aws s3 cp failed: ${c.stderr}`)
          cli.push({ mbps: mb / (wallOf(c.stderr) || c.ms / 1000), rss: rssOf(c.stderr) })
          await rm(dest, { force: true })
        }
      }
      rows.push({
        mb,
        action: {
          mbps: median(mine.map((m) => m.mbps)),
          rssMb: Math.max(...mine.map((m) => m.rss))
        },
        cli: hasCli
          ? { mbps: median(cli.map((m) => m.mbps)), rssMb: Math.max(...cli.map((m) => m.rss)) }
          : undefined
      })
    }
  } finally {
    s3.destroy()
    await stack.close()
    await rm(dir, { recursive: true, force: true })
  }
  return rows
}

function rssOf(timeOutput: string): number {
  return Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(timeOutput)?.[1] ?? 0) / 1024
}

function wallOf(timeOutput: string): number {
  const m = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(
    timeOutput
  )
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) : 0
}

export function downloadTable(rows: DownloadRow[]): string {
  const lines = [
    '| object | action MiB/s | aws s3 cp MiB/s | ratio | action peak RSS | CLI peak RSS |',
    '| ---: | ---: | ---: | ---: | ---: | ---: |'
  ]
  for (const r of rows) {
    lines.push(
      `| ${r.mb} MiB | ${fmt(r.action.mbps)} | ${r.cli ? fmt(r.cli.mbps) : 'n/a'} | ${r.cli ? `${fmt(r.action.mbps / r.cli.mbps, 2)}x` : 'n/a'} | ${fmt(r.action.rssMb, 0)} MiB | ${r.cli ? `${fmt(r.cli.rssMb, 0)} MiB` : 'n/a'} |`
    )
  }
  return lines.join('\n')
}

if (isMain(import.meta.url))
  console.log(downloadTable(await download(Number(process.env.BENCH_RUNS) || 5)))
