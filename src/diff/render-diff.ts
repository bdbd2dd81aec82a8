import type { FileDiff, RowChange, TableDiff } from './file-diff.js'

/**
 * The JSON the action publishes for one file: `{file, status, added, removed, changed, columns,
 * pages}`, where row counts and columns are there for CSV and Excel, pages for PDF, and neither
 * for a new or missing file.
 */
export function diffJson(d: FileDiff): object {
  const json: Record<string, unknown> = { file: d.file, status: d.status }
  if (d.added !== undefined) {
    Object.assign(json, { added: d.added, removed: d.removed ?? 0, changed: d.changed ?? 0 })
  }
  if (d.columns) json.columns = d.columns
  if (d.pages) json.pages = d.pages
  return json
}

const count = (n: number, one: string, many = `${one}s`): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`

/**
 * A readable Markdown report of one file's diff: a summary line, then per table the column
 * changes, duplicate keys, notes and the changed rows as a table of old → new values (per page
 * of a PDF, a short line diff). Every value that comes from a file (names, cells, text) goes
 * through the caller's `cell` escaper.
 */
export function diffMarkdown(d: FileDiff, cell: (text: string) => string): string {
  const lines = [`### ${cell(d.file)}`, '', summary(d)]
  if (d.status === 'changed' && d.tables) {
    const shown = d.tables.filter((t) => t.status || changes(t) > 0)
    for (const t of shown) lines.push(...tableSection(t, cell, d.format === 'excel'))
    const quiet = d.tables.length - shown.length
    if (d.format === 'excel' && quiet > 0) {
      lines.push('', `${count(quiet, 'other worksheet')} unchanged.`)
    }
  }
  for (const page of d.pageDiffs ?? []) lines.push(...pageSection(page, cell))
  return `${lines.join('\n')}\n`
}

function summary(d: FileDiff): string {
  if (d.status === 'new') return 'New: there is no baseline to compare with.'
  if (d.status === 'missing')
    return 'Missing: the baseline has this file, this run did not produce it.'
  if (d.pages) {
    const { before, after, changed } = d.pages
    const pages = before === after ? count(after, 'page') : `${before} → ${count(after, 'page')}`
    if (changed.length === 0) return `Unchanged (${pages}).`
    return `**${count(changed.length, 'page')} changed** (${pages}): ${changed.join(', ')}.`
  }
  const rows = `against ${count(d.baselineRows ?? 0, 'baseline row')}`
  if (d.status === 'unchanged') return `Unchanged (${count(d.baselineRows ?? 0, 'row')}).`
  return `**${d.added ?? 0} added, ${d.removed ?? 0} removed, ${d.changed ?? 0} changed** rows ${rows}.`
}

const changes = (t: TableDiff): number =>
  t.added +
  t.removed +
  t.changed +
  t.columns.added.length +
  t.columns.removed.length +
  t.columns.renamed.length

function tableSection(t: TableDiff, cell: (text: string) => string, excel: boolean): string[] {
  const lines = excel ? ['', `#### Worksheet ${cell(t.sheet ?? '')}`, ''] : ['']
  if (t.status === 'new') return [...lines, `New worksheet: ${count(t.added, 'row')}.`]
  if (t.status === 'missing')
    return [...lines, `Worksheet removed: it had ${count(t.removed, 'row')}.`]
  const list = (names: string[]): string => names.map(cell).join(', ')
  const key = t.keyColumns ? `key: ${list(t.keyColumns)}` : 'rows matched whole'
  if (excel)
    lines.push(
      `${t.added} added, ${t.removed} removed, ${t.changed} changed of ${count(t.baselineRows, 'row')} (${key}).`
    )
  else lines.push(`Rows matched by ${t.keyColumns ? `key ${list(t.keyColumns)}` : 'whole row'}.`)
  const { added, removed, renamed } = t.columns
  if (added.length > 0) lines.push(`- Columns added: ${list(added)}`)
  if (removed.length > 0) lines.push(`- Columns removed: ${list(removed)}`)
  if (renamed.length > 0) {
    lines.push(
      `- Columns renamed: ${renamed.map((r) => `${cell(r.from)} → ${cell(r.to)}`).join(', ')}`
    )
  }
  if (t.duplicateKeys > 0) {
    lines.push(
      `- ${count(t.duplicateKeys, 'key')} seen more than once: their rows were matched in order.`
    )
  }
  for (const note of t.note?.split('; ') ?? []) lines.push(`- Note: ${cell(note)}`)
  if (t.sample.length > 0) lines.push(...changedRows(t, cell))
  return lines
}

function changedRows(t: TableDiff, cell: (text: string) => string): string[] {
  const columns = [...new Set(t.sample.flatMap((r) => r.cells.map((c) => c.column)))]
  const value = (text: string): string => (text === '' ? '*(empty)*' : cell(text))
  const row = (r: RowChange): string[] => [
    cell(r.key),
    ...columns.map((column) => {
      const c = r.cells.find((x) => x.column === column)
      return c ? `${value(c.before)} → ${value(c.after)}` : ''
    })
  ]
  const shown =
    t.sample.length < t.changed ? `first ${t.sample.length} of ${t.changed}` : `${t.changed}`
  const key = t.keyColumns?.map(cell).join(', ') ?? 'Row'
  return [
    '',
    `Changed rows (${shown}):`,
    '',
    `| ${[key, ...columns.map(cell)].join(' | ')} |`,
    `| ${['---', ...columns.map(() => '---')].join(' | ')} |`,
    ...t.sample.map((r) => `| ${row(r).join(' | ')} |`)
  ]
}

function pageSection(
  page: { page: number; lines: string[] },
  cell: (text: string) => string
): string[] {
  const row = (line: string): string => {
    const hunk = /^@@ (.*) @@$/.exec(line)
    if (hunk) return `| @@ | ${hunk[1] ?? ''} |`
    if (line.startsWith('…')) return `| … | ${cell(line.slice(2))} |`
    const marker = { '-': '−', '+': '+' }[line[0] ?? ''] ?? ''
    return `| ${marker} | ${cell(line.slice(1))} |`
  }
  if (page.lines.length === 0) return ['', `**Page ${page.page}**: no text on either side.`]
  return ['', `**Page ${page.page}**`, '', '|  | Text |', '| --- | --- |', ...page.lines.map(row)]
}
