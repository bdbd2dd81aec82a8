import type { Parameter, Visual } from './catalog.js'
import { periodOf } from './periods.js'

export type Row = Record<string, string | number>

export interface Filters {
  /** Parameter name → values (strings, numbers, or epoch seconds for date-times). */
  parameters: Record<string, (string | number)[]>
  /** RLS tag key → value (a comma-separated list allows several). */
  rlsTags: Record<string, string>
}

const REGIONS = ['EMEA', 'APAC', 'AMER']
const PRODUCTS = ['Widget', 'Gadget', 'Gizmo', 'Doohickey']
const PRICES: Record<string, number> = { Widget: 12.5, Gadget: 40, Gizmo: 7.25, Doohickey: 99.99 }

/** The dataset behind every visual: deterministic monthly sales rows, `extraRows` more on demand. */
export function salesRows(extraRows = 0): Row[] {
  const rows: Row[] = []
  let n = 0
  for (const year of [2024, 2025]) {
    for (let month = 1; month <= 12; month++) {
      for (const region of REGIONS) {
        for (const product of PRODUCTS) {
          rows.push(row(year, month, region, product, n++))
        }
      }
    }
  }
  for (let i = 0; i < extraRows; i++) {
    rows.push(row(2025, 1 + (i % 12), REGIONS[i % 3] ?? 'EMEA', PRODUCTS[i % 4] ?? 'Widget', n++))
  }
  return rows
}

function row(year: number, month: number, region: string, product: string, n: number): Row {
  const units = 10 + ((n * 37 + month * 11) % 90)
  const revenue = Math.round(units * (PRICES[product] ?? 1) * 100) / 100
  const note =
    n % 7 === 0
      ? `Rush order, "priority" | ${region}`
      : n % 5 === 0
        ? `<script>alert(${n})</script> ping @octocat, see #123 [click](https://evil.example) \`rm -rf\` **bold**`
        : `Order ${n}`
  return {
    Date: `${year}-${String(month).padStart(2, '0')}-01`,
    Year: year,
    Month: month,
    Region: region,
    Product: product,
    Units: units,
    Revenue: revenue,
    Note: note
  }
}

/** Keeps the rows that RLS tags and the dashboard's parameter filters allow. */
export function applyFilters(rows: Row[], f: Filters, declared: Parameter[]): Row[] {
  return rows.filter((r) => {
    for (const [key, value] of Object.entries(f.rlsTags)) {
      const column = columnOf(r, key)
      if (
        column &&
        !value
          .split(',')
          .map((v) => v.trim())
          .includes(String(r[column]))
      )
        return false
    }
    for (const [name, values] of Object.entries(f.parameters)) {
      const parameter = declared.find((p) => p.name === name)
      if (parameter && !parameterAllows(r, parameter, values)) return false
    }
    return true
  })
}

function parameterAllows(r: Row, p: Parameter, values: (string | number)[]): boolean {
  if (!p.filter) return true
  const cell = r[p.filter.column]
  const date = Date.parse(`${String(cell)}T00:00:00Z`) / 1000
  switch (p.filter.match) {
    case 'equals':
      return values.map(String).includes(String(cell))
    case 'atLeast':
      return values.every((v) => Number(cell) >= Number(v))
    case 'from':
      return values.every((v) => date >= Number(v))
    case 'to':
      return values.every((v) => date <= Number(v))
    case 'period':
      return values.some((v) => {
        const { start, end } = periodOf(Number(v) * 1000, p.granularity ?? 'DAY')
        return date * 1000 >= start && date * 1000 < end
      })
  }
}

function columnOf(r: Row, key: string): string | undefined {
  return Object.keys(r).find((c) => c.toLowerCase() === key.toLowerCase())
}

/** The rows one visual shows: its columns, grouped and summed when it groups. */
export function visualRows(visual: Visual, rows: Row[]): Row[] {
  if (!visual.groupBy) return rows.map((r) => pick(r, visual.columns))
  const groups = new Map<string, Row>()
  for (const r of rows) {
    const key = visual.groupBy.map((c) => r[c]).join('\u0000')
    const acc = groups.get(key) ?? pick(r, visual.columns, visual.groupBy)
    for (const c of visual.columns) {
      if (!visual.groupBy.includes(c))
        acc[c] = Math.round(((Number(acc[c]) || 0) + Number(r[c])) * 100) / 100
    }
    groups.set(key, acc)
  }
  return [...groups.values()]
}

function pick(r: Row, columns: string[], keep?: string[]): Row {
  return Object.fromEntries(columns.map((c) => [c, keep && !keep.includes(c) ? 0 : (r[c] ?? '')]))
}
