import { open, type FileHandle } from 'node:fs/promises'
import { WRITE_BUFFER_BYTES } from './limits.js'

/** A partition file and its size; a partition that received nothing has no file. */
export interface Partition {
  path: string
  bytes: number
}

interface Pending extends Partition {
  buffer?: Buffer
  used: number
  handle?: FileHandle
}

/**
 * Writes lines to `count` partition files, `pathOf(i)`, keeping their order within each. Lines
 * are encoded into a buffer per partition (WRITE_BUFFER_BYTES in all, outside the JavaScript
 * heap, so buffered rows are not kept alive as strings) and a file is opened when its buffer is
 * first written.
 */
export class PartitionWriter {
  private readonly parts: Pending[]
  private readonly bufferSize: number

  constructor(count: number, pathOf: (i: number) => string) {
    this.parts = Array.from({ length: count }, (_, i) => ({ path: pathOf(i), bytes: 0, used: 0 }))
    this.bufferSize = Math.max(16 * 1024, Math.floor(WRITE_BUFFER_BYTES / count))
  }

  /**
   * Adds a line (without newline) to partition `i`; returns a promise only when that partition's
   * buffer is being written, which the caller must await before adding more.
   */
  add(i: number, line: string): Promise<void> | undefined {
    const part = this.parts[i]
    if (!part) throw new Error(`partition ${i} out of range for ${this.parts.length}`)
    part.buffer ??= Buffer.allocUnsafe(this.bufferSize)
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    const fits =
      line.length * 3 < part.buffer.length - part.used ||
      Buffer.byteLength(line) < part.buffer.length - part.used
    if (!fits) return this.flush(part).then(() => this.addLarge(part, line))
    this.append(part, line)
  }

  /** Writes what is buffered, closes the files and returns every partition, in order. */
  async close(): Promise<Partition[]> {
    try {
      for (const part of this.parts) await this.flush(part)
    } finally {
      await this.abandon()
    }
    return this.parts.map(({ path, bytes }) => ({ path, bytes }))
  }

  /** Closes the files without writing what is buffered (after an error). */
  async abandon(): Promise<void> {
    await Promise.all(this.parts.map((part) => part.handle?.close()))
    for (const part of this.parts) delete part.handle
  }

  private append(part: Pending, line: string): void {
    const buffer = part.buffer as Buffer
    part.used += buffer.write(line, part.used)
    buffer[part.used++] = 0x0a
  }

  /** After a flush: a line longer than the whole buffer is written on its own. */
  private async addLarge(part: Pending, line: string): Promise<void> {
    if (Buffer.byteLength(line) < (part.buffer?.length ?? 0)) return this.append(part, line)
    await this.write(part, Buffer.from(`${line}\n`))
  }

  private async flush(part: Pending): Promise<void> {
    if (!part.buffer || part.used === 0) return
    await this.write(part, part.buffer.subarray(0, part.used))
    part.used = 0
  }

  private async write(part: Pending, data: Buffer): Promise<void> {
    part.handle ??= await open(part.path, 'w')
    await part.handle.writeFile(data)
    part.bytes += data.length
  }
}

/** Writes batches of lines each to the partition `route` gives it (see PartitionWriter). */
export async function writePartitions(
  batches: AsyncIterable<string[]>,
  route: (line: string) => number,
  count: number,
  pathOf: (i: number) => string
): Promise<Partition[]> {
  const writer = new PartitionWriter(count, pathOf)
  try {
    for await (const lines of batches) {
      for (const line of lines) {
        const writing = writer.add(route(line), line)
        if (writing) await writing
      }
    }
  } catch (error) {
    await writer.abandon()
    throw error
  }
  return writer.close()
}
