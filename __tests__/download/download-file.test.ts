import { describe, expect, test } from '@jest/globals'
import type { S3Client } from '@aws-sdk/client-s3'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { downloadFile } from '../../src/download/download-file.js'

interface Asked {
  Range?: string
  IfMatch?: string
}

/** A stand-in S3 client whose answers come from `answer`, one per GetObject. */
function fakeS3(answer: (asked: Asked, call: number) => unknown): { s3: S3Client; asked: Asked[] } {
  const asked: Asked[] = []
  const s3 = {
    send: async (command: { input: Asked }) => {
      asked.push({ Range: command.input.Range, IfMatch: command.input.IfMatch })
      const a = answer(command.input, asked.length - 1)
      if (a instanceof Error) throw a
      return a
    }
  } as unknown as S3Client
  return { s3, asked }
}

/** A body that sends `bytes` and then breaks off with a connection reset. */
function cutBody(bytes: Buffer): Readable {
  let sent = false
  return new Readable({
    read() {
      // The reset comes a moment later, as on a real socket: what arrived is on disk by then.
      const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' })
      if (sent) setTimeout(() => this.destroy(reset), 20)
      else this.push(bytes)
      sent = true
    }
  })
}

function part(content: Buffer, from: number, etag: string) {
  return {
    Body: Readable.from([content.subarray(from)]),
    ContentLength: content.length - from,
    ContentRange: from > 0 ? `bytes ${from}-${content.length - 1}/${content.length}` : undefined,
    ETag: etag
  }
}

async function download(s3: S3Client) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'qse-dl-'))
  const dest = path.join(dir, 'report.csv')
  const lines: string[] = []
  const result = downloadFile('s3://bucket/key.csv', dest, {
    s3: async () => s3,
    freshUri: () => Promise.reject(new Error('no refresh for s3://')),
    clock: { now: () => 0, sleep: async () => undefined },
    log: (l) => lines.push(l),
    maxRetries: 2
  })
  return { dir, dest, lines, result }
}

const content = Buffer.from('date,region,units\n'.repeat(1000))

describe('downloadFile', () => {
  test('a cut download resumes with a Range request guarded by the first ETag', async () => {
    const { s3, asked } = fakeS3((a, call) =>
      call === 0
        ? { ...part(content, 0, '"v1"'), Body: cutBody(content.subarray(0, 5000)) }
        : part(content, Number(/\d+/.exec(a.Range ?? '0')?.[0]), '"v1"')
    )
    const { dest, lines, result } = await download(s3)
    expect(await result).toBe(content.length)
    expect(await readFile(dest)).toEqual(content)
    expect(asked).toEqual([{}, { Range: 'bytes=5000-', IfMatch: '"v1"' }])
    expect(lines[0]).toMatch(/broke off at byte 5000 .*resuming/)
  })

  test('a file that changed meanwhile (412) is downloaded again from the start, never spliced', async () => {
    const changed = Buffer.from('date,region,units\n'.repeat(900) + 'new\n')
    const { s3, asked } = fakeS3((_, call) =>
      call === 0
        ? { ...part(content, 0, '"v1"'), Body: cutBody(content.subarray(0, 5000)) }
        : call === 1
          ? Object.assign(new Error('At least one of the preconditions failed'), {
              name: 'PreconditionFailed',
              $metadata: { httpStatusCode: 412 }
            })
          : part(changed, 0, '"v2"')
    )
    const { dest, result } = await download(s3)
    expect(await result).toBe(changed.length)
    expect(await readFile(dest)).toEqual(changed)
    expect(asked.map((a) => a.Range)).toEqual([undefined, 'bytes=5000-', undefined])
  })

  test('a download that keeps breaking gives up and leaves nothing behind', async () => {
    const { s3 } = fakeS3(() => ({
      ...part(content, 0, '"v1"'),
      Body: cutBody(Buffer.alloc(0))
    }))
    const { dir, result } = await download(s3)
    await expect(result).rejects.toThrow(/ECONNRESET/)
    expect(await readdir(dir)).toEqual([])
  })
})
