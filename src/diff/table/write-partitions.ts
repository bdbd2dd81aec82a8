import { open, type FileHandle } from 'node:fs/promises'
import { WRITE_BUFFER_BYTES } from './limits.js'

/** A partition file and its size; a partition that received nothing has no file. */
export interface Partition {
  path: string
  bytes: number
}

/**
 * Writes each line to the partition `route` gives it (0 ≤ route < count), into the files
 * `pathOf(i)`, keeping the lines' order within each. Buffers at most WRITE_BUFFER_BYTES in all
 * and opens a file only when its first line comes.
 */
export async function writePartitions(
  lines: AsyncIterable<string>,
  route: (line: string) => number,
  count: number,
  pathOf: (i: number) => string
): Promise<Partition[]> {
  const flushAt = Math.max(4096, Math.floor(WRITE_BUFFER_BYTES / count))
  const parts = Array.from({ length: count }, (_, i) => ({
    path: pathOf(i),
    bytes: 0,
    pending: [] as string[],
    pendingBytes: 0,
    handle: undefined as FileHandle | undefined
  }))
  const flush = async (part: (typeof parts)[number]): Promise<void> => {
    if (part.pending.length === 0) return
    part.handle ??= await open(part.path, 'w')
    await part.handle.write(part.pending.join(''))
    part.pending = []
    part.pendingBytes = 0
  }
  try {
    for await (const line of lines) {
      const part = parts[route(line)]
      if (!part) throw new Error(`partition out of range for ${count} partitions`)
      part.pending.push(line, '\n')
      part.pendingBytes += line.length + 1
      part.bytes += Buffer.byteLength(line) + 1
      if (part.pendingBytes >= flushAt) await flush(part)
    }
    for (const part of parts) await flush(part)
  } finally {
    await Promise.all(parts.map((part) => part.handle?.close()))
  }
  return parts.map(({ path, bytes }) => ({ path, bytes }))
}
