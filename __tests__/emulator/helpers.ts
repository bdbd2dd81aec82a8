import { QuickSightClient } from '@aws-sdk/client-quicksight'
import { request } from 'node:http'
import { get } from 'node:https'
import { QuickSightEmulator } from '../../emulator/server.js'

export const ACCOUNT = '123456789012'
export const REGION = 'eu-west-1'

/** A QuickSight client of the real SDK pointed at the emulator, without retries. */
export function client(
  emulator: QuickSightEmulator,
  accessKeyId = 'AKIAEMULATORTEST'
): QuickSightClient {
  return new QuickSightClient({
    region: REGION,
    endpoint: emulator.url,
    credentials: { accessKeyId, secretAccessKey: 'secret' },
    maxAttempts: 1
  })
}

/** GETs a presigned URL of the emulator's file server (self-signed TLS). */
export function download(
  emulator: QuickSightEmulator,
  url: string
): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { ca: emulator.files.certPem }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    }).on('error', reject)
  })
}

/** POSTs a JSON body to the emulator without the SDK (no signature, any shape). */
export function postJson(
  url: string,
  body: unknown
): Promise<{ status: number; errorType?: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method: 'POST', agent: false, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume()
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            errorType: res.headers['x-amzn-errortype'] as string | undefined
          })
        )
      }
    )
    req.on('error', reject)
    req.end(JSON.stringify(body))
  })
}

/** A zip entry as its central directory records it. */
export interface ZipEntry {
  name: string
  /** The "version made by" host system: 3 is Unix. */
  os: number
  /** The Unix mode from the external attributes (0o120777 for a symbolic link). */
  mode: number
}

/** Reads a zip's central directory: entry names and the Unix modes the entries carry. */
export function zipEntries(zip: Buffer): ZipEntry[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const count = zip.readUInt16LE(end + 10)
  let at = zip.readUInt32LE(end + 16)
  const entries: ZipEntry[] = []
  for (let i = 0; i < count; i++) {
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      os: zip.readUInt8(at + 5),
      mode: zip.readUInt32LE(at + 38) >>> 16
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))

/** Polls `read` until `done` holds for its value, or fails after `timeoutMs`. */
export async function until<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 5000
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value)) return value
    if (Date.now() > deadline) throw new Error(`Still waiting: ${JSON.stringify(value)}`)
    await sleep(25)
  }
}
