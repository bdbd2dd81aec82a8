import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rename, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/** Temporary files being written, so that cancellation can remove them. */
export const partialFiles = new Set<string>()

export class TruncatedDownloadError extends Error {
  constructor(file: string, got: number, expected: number) {
    super(`Download of ${path.basename(file)} stopped at ${got} of ${expected} bytes`)
    this.name = 'TruncatedDownloadError'
  }
}

/**
 * A download in progress: a temporary file next to `dest` that grows over one or more attempts
 * and is renamed to `dest` only once its byte count is checked. Nothing half-written is ever at
 * `dest`; `discard` removes what is left when the download is given up.
 */
export class PartialFile {
  readonly temp: string

  constructor(readonly dest: string) {
    const name = `.${path.basename(dest).slice(0, 180)}.${randomBytes(4).toString('hex')}.part`
    this.temp = path.join(path.dirname(dest), name)
    partialFiles.add(this.temp)
  }

  /** Bytes already on disk: where the next attempt resumes. */
  async size(): Promise<number> {
    return stat(this.temp).then(
      (s) => s.size,
      () => 0
    )
  }

  /** Streams `body` into the file from byte `offset` on; 0 starts the file afresh. */
  async write(body: Readable, offset: number): Promise<void> {
    if (offset === 0) {
      await unlink(this.temp).catch(() => undefined)
      await mkdir(path.dirname(this.temp), { recursive: true })
    }
    // 'wx' never follows or overwrites an existing path; 'r+' continues the file this one wrote.
    const options = offset === 0 ? { flags: 'wx' } : { flags: 'r+', start: offset }
    await pipeline(body, createWriteStream(this.temp, options))
  }

  /** Checks the byte count against `expected` (when known) and moves the file into place. */
  async complete(expected: number | undefined): Promise<number> {
    const { size } = await stat(this.temp)
    if (expected !== undefined && size !== expected)
      throw new TruncatedDownloadError(this.dest, size, expected)
    await rename(this.temp, this.dest)
    partialFiles.delete(this.temp)
    return size
  }

  async discard(): Promise<void> {
    await unlink(this.temp).catch(() => undefined)
    partialFiles.delete(this.temp)
  }
}
