const MAX_CELL = 80
/** Characters that would end a cell or become markup; the rest of the specials get a backslash. */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '|': '&#124;',
  '`': '&#96;',
  '@': '&#64;',
  '#': '&#35;'
}

/**
 * Makes untrusted text inert inside a Markdown table cell: no table breaks (|, newlines), no
 * code spans, no HTML, no links or images, no @mentions or #references, no emphasis; long text is
 * cut with an ellipsis.
 */
export function cell(text: string, max = MAX_CELL): string {
  const flat = text.replace(/[\r\n\t]+/g, ' ').trim()
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
  return cut.replace(/[&<>|`@#\\*_~[\]()!:]/g, (c) => ENTITIES[c] ?? `\\${c}`)
}

/** Inline code for names we produced ourselves (file names, job ids): backticks cannot occur. */
export function code(text: string): string {
  return `\`${text.replace(/`/g, "'").replace(/[\r\n]/g, ' ')}\``
}

export function table(header: string[], rows: string[][], align?: string[]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${(align ?? header.map(() => '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`)
  ]
}
