import { createReadStream } from 'node:fs'
import { readFile } from 'node:fs/promises'

/**
 * The lines of a UTF-8 text file, streamed in batches (the lines of each chunk read, so that a
 * caller spends one await per chunk, not per line); a file that does not exist has none.
 */
export async function* readLines(path: string): AsyncGenerator<string[]> {
  let rest = ''
  try {
    for await (const chunk of createReadStream(path, {
      encoding: 'utf8',
      highWaterMark: 256 * 1024
    })) {
      const lines = (rest + (chunk as string)).split('\n')
      rest = lines.pop() ?? ''
      if (lines.length > 0) yield lines
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  if (rest) yield [rest]
}

/**
 * The lines of a small UTF-8 text file, read at once (one decode, one split: faster than
 * streaming for a partition, whose size is bounded); a file that does not exist has none.
 */
export async function readAllLines(path: string): Promise<string[]> {
  try {
    const lines = (await readFile(path, 'utf8')).split('\n')
    if (lines.at(-1) === '') lines.pop()
    return lines
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}
