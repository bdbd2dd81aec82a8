/**
 * A worksheet cell's value (as exceljs's streaming reader gives it) as text: numbers in
 * JavaScript's shortest form, dates as ISO 8601 (the date alone at midnight UTC), formulas by
 * their cached result, rich text and hyperlinks by their text, errors by their code (`#N/A`).
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) {
    const iso = Number.isNaN(value.getTime()) ? '' : value.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
  }
  if (typeof value !== 'object') return String(value)
  const v = value as {
    result?: unknown
    formula?: unknown
    richText?: { text: string }[]
    text?: unknown
    error?: unknown
  }
  if ('formula' in v || 'sharedFormula' in v) return cellText(v.result)
  if (Array.isArray(v.richText)) return v.richText.map((r) => r.text).join('')
  if ('text' in v) return cellText(v.text)
  if ('error' in v) return String(v.error)
  return ''
}
