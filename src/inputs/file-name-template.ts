import { InputError } from './input-error.js'
import { Input } from './names.js'

export const PLACEHOLDERS = [
  'dashboard-id',
  'report',
  'sheet-id',
  'visual-id',
  'format',
  'name',
  'job-id',
  'index',
  'date',
  'ext',
  'recipient'
] as const
export type Placeholder = (typeof PLACEHOLDERS)[number]
export type FileNameValues = Record<Placeholder, string>

const EXAMPLE = `file-name: '{dashboard-id}-{name}.{ext}' or '{date}/{format}-{index}.{ext}'`

/** Checks a `file-name` template: known placeholders only, a relative path that stays inside output-dir. */
export function validateFileNameTemplate(template: string): string {
  const fail = (rule: string): InputError => new InputError(Input.FileName, template, rule, EXAMPLE)
  if (template === '') throw fail('must not be empty')
  if (/[\0-\x1f]/.test(template)) throw fail('must not contain control characters')
  if (template.replace(/\{[^{}]*\}/g, '').match(/[{}]/)) throw fail("has an unbalanced '{' or '}'")
  for (const [, name] of template.matchAll(/\{([^{}]*)\}/g)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(name ?? '')) {
      throw fail(
        `has unknown placeholder {${name}}; known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`
      )
    }
  }
  if (/^([/\\]|[A-Za-z]:)/.test(template))
    throw fail('must be a relative path inside output-dir, not an absolute one')
  if (template.split(/[/\\]/).some((part) => part === '..'))
    throw fail("must not contain '..': files stay inside output-dir")
  if (/[/\\]$/.test(template)) throw fail('must end with a file name, not a folder')
  return template
}

/** Fills a template. Values are made safe first: no separators, no dot-dot, no control characters. */
export function renderFileName(template: string, values: FileNameValues): string {
  return template.replace(/\{([^{}]+)\}/g, (_, name: Placeholder) =>
    safeSegment(values[name] ?? '')
  )
}

/** Makes one value usable inside a single path segment. */
export function safeSegment(value: string): string {
  return value
    .replace(/[^\w.-]/g, '_')
    .replace(/\.{2,}/g, '_')
    .slice(0, 120)
}
