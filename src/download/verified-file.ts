import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rename, stat, unlink } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
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
 * Streams `body` to `dest` through a temporary name next to it, checks the byte count against the
 * expected length, then renames. A failed or short download leaves nothing at `dest`.
 */
export async function writeVerified(
  body: Readable,
  dest: string,
  expectedLength: number | undefined
): Promise<number> {
  await mkdir(path.dirname(dest), { recursive: true })
  const temp = path.join(
    path.dirname(dest),
    `.${path.basename(dest).slice(0, 180)}.${randomBytes(4).toString('hex')}.part`
  )
  partialFiles.add(temp)
  try {
    await pipeline(body, createWriteStream(temp, { flags: 'wx' }))
    const { size } = await stat(temp)
    if (expectedLength !== undefined && size !== expectedLength)
      throw new TruncatedDownloadError(dest, size, expectedLength)
    await rename(temp, dest)
    return size
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    throw error
  } finally {
    partialFiles.delete(temp)
  }
}
