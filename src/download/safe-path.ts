import path from 'node:path'

const MAX_SEGMENT = 200

/** A relative path made of safe segments: no empty, dot-only, over-long or control-character parts. */
export function safeRelativePath(rendered: string): string {
  const segments = rendered
    .split(/[/\\]+/)
    .map((s) => s.replace(/[\0-\x1f\x7f]/g, '').trim())
    .map((s) => (/^\.+$/.test(s) ? s.replace(/\./g, '_') : s))
    .map((s) => (Buffer.byteLength(s) > MAX_SEGMENT ? shorten(s) : s))
    .filter((s) => s !== '')
  return segments.length > 0 ? path.join(...segments) : 'export'
}

function shorten(segment: string): string {
  const ext = path.extname(segment).slice(0, 10)
  return `${segment.slice(0, MAX_SEGMENT - ext.length - 1)}~${ext}`
}

/** The path, or the path with -2, -3 before the extension when another file has it already. */
export function unique(candidate: string, taken: Set<string>): string {
  const ext = path.extname(candidate)
  const stem = candidate.slice(0, candidate.length - ext.length)
  let result = candidate
  for (let n = 2; taken.has(result.toLowerCase()); n++) result = `${stem}-${n}${ext}`
  taken.add(result.toLowerCase())
  return result
}
