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

/**
 * The dataset behind every visual: deterministic monthly sales rows, `extraRows` more on demand,
 * as of `revision` (0: the original data; see `reviseRows`).
 */
export function salesRows(extraRows = 0, revision = 0): Row[] {
  return reviseRows(baseRows(extraRows), revision)
}

function baseRows(extraRows: number): Row[] {
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

/** A row's natural key: rows of the dataset (without `extraRows`) are unique by it. */
export function rowKey(r: Row): string {
  return `${r.Date}|${r.Region}|${r.Product}`
}

/** The rows a revision changes, removes and adds: see `reviseRows`. */
export interface RevisionChanges {
  /** Rows (as in revision 0) whose Revenue is 0.25 higher. */
  revenue: Row[]
  /** Rows (as in revision 0) whose Units are 100 × N higher. */
  units: Row[]
  /** Rows (as in revision 0) that are gone. */
  removed: Row[]
  /** Rows that are new (as in revision N). */
  added: Row[]
}

/**
 * Which rows of `rows` (revision-0 rows in `salesRows` order, unfiltered) revision N changes.
 * Position k = 1-based index in `rows`; a removed row is only in `removed`:
 * - removed: k % 23 === 0
 * - Revenue + 0.25: k % 11 === 0 (below a 0.5 tolerance)
 * - Units + 100 × N: k % 17 === 0 (a row with k % 187 === 0 is in both)
 * - added (at the end): 3 rows dated 2025-12-15, a date no other row has (see `addedRows`).
 */
export function revisionChanges(rows: Row[], revision: number): RevisionChanges {
  const changes: RevisionChanges = { revenue: [], units: [], removed: [], added: [] }
  if (revision <= 0) return changes
  rows.forEach((r, i) => {
    const k = i + 1
    if (k % 23 === 0) changes.removed.push(r)
    else {
      if (k % 11 === 0) changes.revenue.push(r)
      if (k % 17 === 0) changes.units.push(r)
    }
  })
  changes.added = addedRows(revision)
  return changes
}

/** `rows` as of revision N (N ≥ 1; 0 and below return `rows` itself): see `revisionChanges`. */
export function reviseRows(rows: Row[], revision: number): Row[] {
  if (revision <= 0) return rows
  const revised: Row[] = []
  rows.forEach((r, i) => {
    const k = i + 1
    if (k % 23 === 0) return
    const next = { ...r }
    if (k % 11 === 0) next.Revenue = Math.round((Number(r.Revenue) + 0.25) * 100) / 100
    if (k % 17 === 0) next.Units = Number(r.Units) + 100 * revision
    revised.push(next)
  })
  return [...revised, ...addedRows(revision)]
}

/**
 * The rows revision N adds: mid-month orders on 2025-12-15 (a date no other row has), Widget in
 * EMEA, Gadget in APAC, Gizmo in AMER.
 */
function addedRows(revision: number): Row[] {
  return REGIONS.map((region, i) => {
    const product = PRODUCTS[i] ?? 'Widget'
    const units = 20 + 10 * i + revision
    return {
      Date: '2025-12-15',
      Year: 2025,
      Month: 12,
      Region: region,
      Product: product,
      Units: units,
      Revenue: Math.round(units * (PRICES[product] ?? 1) * 100) / 100,
      Note: `Added in revision ${revision}`
    }
  })
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
