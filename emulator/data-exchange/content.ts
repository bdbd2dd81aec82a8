/**
 * Deterministic bytes for the emulated assets: CSV files whose content depends only on their
 * name, so every run (and every test) sees the same objects.
 */
const REGIONS = ['EMEA', 'APAC', 'AMER', 'LATAM']
const PRODUCTS = ['Widget', 'Gadget', 'Gizmo', 'Doohickey']
const PRICES = [12.5, 40, 7.25, 99.99]

/** A small seeded PRNG (mulberry32): same seed, same sequence. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function seedOf(text: string): number {
  let h = 2166136261
  for (const c of text) h = Math.imul(h ^ c.charCodeAt(0), 16777619)
  return h >>> 0
}

const pick = <T>(items: T[], r: number): T => items[Math.floor(r * items.length)] as T
const day = (year: number, month: number, d: number): string =>
  `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`

/** One row per day and region of a month: `date,region,product,units,revenue` (~4 KB). */
export function monthlySales(name: string, year: number, month: number): Buffer {
  const next = random(seedOf(name))
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const lines = ['date,region,product,units,revenue']
  for (let d = 1; d <= days; d++) {
    for (const region of REGIONS) {
      const p = Math.floor(next() * PRODUCTS.length)
      const units = 1 + Math.floor(next() * 120)
      lines.push(
        `${day(year, month, d)},${region},${PRODUCTS[p]},${units},${(units * (PRICES[p] ?? 1)).toFixed(2)}`
      )
    }
  }
  return Buffer.from(`${lines.join('\n')}\n`)
}

/** Totals per region of a month: `region,units,revenue`. */
export function regionTotals(name: string): Buffer {
  const next = random(seedOf(name))
  const lines = ['region,units,revenue']
  for (const region of REGIONS) {
    const units = 500 + Math.floor(next() * 3000)
    lines.push(`${region},${units},${(units * 31.4).toFixed(2)}`)
  }
  return Buffer.from(`${lines.join('\n')}\n`)
}

/** Transactions of one day: `transaction_id,time,region,product,units,unit_price,revenue`. */
export function transactions(name: string, date: string, minBytes: number): Buffer {
  const next = random(seedOf(name))
  const lines = ['transaction_id,time,region,product,units,unit_price,revenue']
  let size = 0
  for (let n = 1; size < minBytes; n++) {
    const p = Math.floor(next() * PRODUCTS.length)
    const units = 1 + Math.floor(next() * 20)
    const price = PRICES[p] ?? 1
    const seconds = Math.floor(next() * 86400)
    const time = new Date(Date.parse(`${date}T00:00:00Z`) + seconds * 1000).toISOString()
    const line = `T${String(n).padStart(8, '0')},${time},${pick(REGIONS, next())},${PRODUCTS[p]},${units},${price.toFixed(2)},${(units * price).toFixed(2)}`
    lines.push(line)
    size += line.length + 1
  }
  return Buffer.from(`${lines.join('\n')}\n`)
}
