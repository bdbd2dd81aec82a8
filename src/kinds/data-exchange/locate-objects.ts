import { concurrencyLimit } from '../../jobs/concurrency.js'
import type { ExportedObject } from './exported-objects.js'
import type { ObjectStore } from './object-store.js'

/** Most keys read when listing a prefix (10 pages of 1,000). */
const LIST_LIMIT = 10_000
/** At most this many objects are checked at once. */
const CHECKS_AT_ONCE = 8
/**
 * References whose text the API does not pin down: `.Day`/`.Month` may or may not be zero-padded,
 * `${Revision.CreatedAt}` may or may not carry milliseconds.
 */
const UNCERTAIN = ['Revision.CreatedAt.Day', 'Revision.CreatedAt.Month', 'Revision.CreatedAt']

/** An exported object where it was found, or why it was not. */
export type Located = ExportedObject & { error?: string }

/**
 * The computed keys of a revision export that S3 does not have are looked for by listing the
 * bucket under the pattern's prefix (up to its first date reference): the one listed key that
 * the pattern gives for that asset with the dates padded or not is used, and said in the log.
 * An object with no such key, or with several, gets an error instead of a guess.
 */
export async function locateObjects(
  objects: ExportedObject[],
  store: ObjectStore,
  log: (line: string) => void
): Promise<Located[]> {
  const limit = concurrencyLimit(CHECKS_AT_ONCE)
  const present = await Promise.all(
    objects.map((o) => (o.computed ? limit(() => store.exists(o.bucket, o.key)) : true))
  )
  const missing = objects.filter((_, i) => !present[i])
  if (missing.length === 0) return objects
  const listings = new Map<string, Promise<{ keys: string[]; truncated: boolean }>>()
  const listing = (bucket: string, prefix: string) => {
    const id = `${bucket}/${prefix}`
    let l = listings.get(id)
    if (!l) listings.set(id, (l = store.list(bucket, prefix, LIST_LIMIT)))
    return l
  }
  const claimed = new Set(objects.filter((_, i) => present[i]).map((o) => `${o.bucket}/${o.key}`))
  const located = await Promise.all(
    objects.map(async (o, i): Promise<Located> => {
      if (present[i] || !o.computed) return o
      const prefix = knownPrefix(o.computed.pattern, o.computed.values)
      const where = `s3://${o.bucket}/${prefix}`
      let listed
      try {
        listed = await listing(o.bucket, prefix)
      } catch (error) {
        return {
          ...o,
          error: `s3://${o.bucket}/${o.key} does not exist, and listing ${where} to find ${o.computed.asset} failed (${(error as Error).name}: ${(error as Error).message}). Hint: allow s3:ListBucket on the bucket, or use a key-pattern without \${Revision.CreatedAt.Day}/.Month, whose padding AWS does not document.`
        }
      }
      const shape = keyRegExp(o.computed.pattern, o.computed.values)
      const found = listed.keys.filter((k) => shape.test(k) && !claimed.has(`${o.bucket}/${k}`))
      if (found.length === 1 && found[0] !== undefined) {
        claimed.add(`${o.bucket}/${found[0]}`)
        log(
          `${o.computed.asset}: s3://${o.bucket}/${o.key} does not exist; using s3://${o.bucket}/${found[0]}, listed under ${where} (the key pattern's dates as Data Exchange wrote them)`
        )
        return { ...o, key: found[0] }
      }
      const why =
        found.length === 0
          ? `no key under ${where} fits the pattern ${o.computed.pattern} for it${listed.truncated ? ` among the first ${LIST_LIMIT} listed` : ''}`
          : `${found.length} keys under ${where} fit the pattern for it (${found.slice(0, 5).join(', ')}${found.length > 5 ? ', …' : ''}), so none is taken`
      return {
        ...o,
        error: `s3://${o.bucket}/${o.key} does not exist, and ${why}. Nothing was downloaded for asset ${o.computed.asset}.`
      }
    })
  )
  const moved = located.filter((l, i) => !l.error && l.key !== objects[i]?.key).length
  log(
    `Revision export keys: ${objects.length - missing.length} as computed from the key pattern, ${moved} found by listing, ${located.filter((l) => l.error).length} not found`
  )
  return located
}

/** The pattern filled in up to its first reference whose text is uncertain (the listing's prefix). */
export function knownPrefix(pattern: string, values: Record<string, string>): string {
  let out = ''
  for (const part of parts(pattern)) {
    if (typeof part === 'string') out += part
    else if (UNCERTAIN.includes(part.ref) || values[part.ref] === undefined) return out
    else out += values[part.ref]
  }
  return out
}

/** Every key the pattern can give for these values: the dates padded or not, milliseconds or not. */
export function keyRegExp(pattern: string, values: Record<string, string>): RegExp {
  const source = parts(pattern)
    .map((part) => {
      if (typeof part === 'string') return escape(part)
      const value = values[part.ref]
      if (value === undefined) return escape(`\${${part.ref}}`)
      if (part.ref === 'Revision.CreatedAt.Day' || part.ref === 'Revision.CreatedAt.Month')
        return `0?${Number(value)}`
      if (part.ref === 'Revision.CreatedAt')
        return `${escape(value.replace(/\.\d{3}Z$/, ''))}(?:\\.\\d{1,3})?Z`
      return escape(value)
    })
    .join('')
  return new RegExp(`^${source}$`)
}

function parts(pattern: string): (string | { ref: string })[] {
  return pattern
    .split(/(\$\{[\w.]+\})/)
    .filter((p) => p !== '')
    .map((p) => (/^\$\{[\w.]+\}$/.test(p) ? { ref: p.slice(2, -1) } : p))
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
