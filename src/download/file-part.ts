import type { Readable } from 'node:stream'

/** One GET of a result file, asked from byte `from` on. */
export interface FilePart {
  body: Readable
  /** Where `body` starts: `from` for a range answer, 0 when the server sent the whole file. */
  offset: number
  /** The whole file's size, when the answer says. */
  total?: number
  /** Sent back with If-Match on a resumed request, so that a changed file is never spliced. */
  etag?: string
}

/** The Range header that resumes at `from` (none from the start). */
export function rangeFrom(from: number): string | undefined {
  return from > 0 ? `bytes=${from}-` : undefined
}

/** Offset and total from a `Content-Range: bytes 100-199/200` answer, else the whole body. */
export function partBounds(
  contentRange: string | undefined,
  contentLength: number | undefined
): { offset: number; total?: number } {
  const m = /^bytes (\d+)-\d+\/(\d+|\*)$/.exec(contentRange ?? '')
  if (!m) return { offset: 0, total: contentLength }
  return { offset: Number(m[1]), total: m[2] === '*' ? undefined : Number(m[2]) }
}
