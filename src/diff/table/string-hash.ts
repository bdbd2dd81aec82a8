/** Murmur3's finaliser: spreads every input bit over the whole 32-bit result. */
function mix(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/**
 * A 32-bit FNV-1a hash of the text's UTF-16 code units, finalised; a different `seed` gives an
 * unrelated hash, so a partition can be split again by the same keys.
 */
export function hashString(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ mix(seed + 1)) >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return mix(h)
}
