import { describe, expect, test } from '@jest/globals'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parse } from 'yaml'
import { KINDS } from '../../src/kinds/registry.js'
import { ROOT } from '../../scripts/run-action.js'

/**
 * The README states each input's default once, as action.yml has it: these tests hold its tables
 * to action.yml, action.yml's descriptions to the export types the code gives each input, and the
 * links of the README and docs/ to files and headings that exist.
 */
interface ActionYml {
  description: string
  inputs: Record<string, { description: string; default?: string }>
  outputs: Record<string, { description: string }>
}

const EXPORT_TYPES = KINDS.map((k) => k.name)
const OWN_INPUTS = Object.fromEntries(KINDS.map((k) => [k.name, k.ownInputs]))

const action = parse(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as ActionYml
const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8')

/** The lines of a `## title` section, up to the next `## `. */
function section(markdown: string, title: string): string[] {
  const lines = markdown.split('\n')
  const start = lines.indexOf(`## ${title}`)
  if (start < 0) throw new Error(`no section '## ${title}'`)
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '))
  return lines.slice(start + 1, end < 0 ? undefined : end)
}

/** Table rows whose first cell is a code span: name, the cells after it, and the `### ` above. */
function rows(lines: string[]): { name: string; cells: string[]; group: string }[] {
  let group = ''
  const found = []
  for (const line of lines) {
    if (line.startsWith('### ')) group = line.slice(4)
    const cells = line.split(/(?<!\\)\|/).map((c) => c.trim())
    const name = /^`([^`]+)`$/.exec(cells[1] ?? '')?.[1]
    if (line.startsWith('|') && name) found.push({ name, cells: cells.slice(2, -1), group })
  }
  return found
}

/** The export types an input's description names first: `snapshot, asset-bundle: ...`. */
function declaredTypes(description: string): string[] | 'all' | undefined {
  const prefix = /^(all export types|[a-z-]+(?:, [a-z-]+)*): /.exec(description)?.[1]
  if (prefix === 'all export types') return 'all'
  return prefix?.split(', ')
}

const inputRows = rows(section(readme, 'Inputs'))

describe('README inputs table', () => {
  test('lists every input of action.yml once, and none that action.yml lacks', () => {
    const listed = inputRows.map((r) => r.name)
    const declared = Object.keys(action.inputs)
    expect({
      missing: declared.filter((n) => !listed.includes(n)),
      unknown: listed.filter((n) => !declared.includes(n)),
      twice: listed.filter((n, i) => listed.indexOf(n) !== i)
    }).toEqual({ missing: [], unknown: [], twice: [] })
  })

  test("gives each input's default as action.yml has it (an empty cell for '')", () => {
    const defaults = (list: { name: string; value: string }[]): Record<string, string> =>
      Object.fromEntries(list.map((d) => [d.name, d.value]))
    const inReadme = inputRows.map((r) => ({
      name: r.name,
      value: /^`(.*)`$/.exec(r.cells[0] ?? '')?.[1] ?? r.cells[0] ?? ''
    }))
    const inAction = Object.entries(action.inputs).map(([name, spec]) => ({
      name,
      value: spec.default ?? ''
    }))
    expect(defaults(inReadme)).toEqual(defaults(inAction))
  })

  test('puts each input under the export type its action.yml description names first', () => {
    const misplaced = inputRows.flatMap((r) => {
      const types = declaredTypes(action.inputs[r.name]?.description ?? '')
      const want = types === 'all' ? 'Every export type' : `(\`export-type: ${types?.[0] ?? '?'}\`)`
      return r.group.includes(want) ? [] : [`${r.name} is under '${r.group}', not ${want}`]
    })
    expect(misplaced).toEqual([])
  })

  test('lists every output of action.yml once, and none that action.yml lacks', () => {
    const listed = rows(section(readme, 'Outputs')).map((r) => r.name)
    expect(listed.sort()).toEqual(Object.keys(action.outputs).sort())
  })

  test('the front page stays a guide: at most 300 lines', () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(300)
  })
})

describe('action.yml descriptions', () => {
  test('the action names all three export types', () => {
    expect(EXPORT_TYPES.filter((t) => !action.description.includes(`(${t})`))).toEqual([])
  })

  test('each input starts with the export types it belongs to, as the code has them', () => {
    const wrong = Object.entries(action.inputs).flatMap(([name, spec]) => {
      const owners = EXPORT_TYPES.filter((t) =>
        (OWN_INPUTS[t] as readonly string[] | undefined)?.includes(name)
      )
      const want = owners.length === 0 ? 'all export types' : owners.join(', ')
      return spec.description.startsWith(`${want}: `)
        ? []
        : [`${name}: should start with '${want}: ', is '${spec.description.slice(0, 40)}...'`]
    })
    expect(wrong).toEqual([])
  })
})

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const slug = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')

describe('links of the README and docs/', () => {
  test('point at files and headings that exist', async () => {
    const docs = (await readdir(path.join(ROOT, 'docs'))).filter((f) => f.endsWith('.md'))
    const pages = ['README.md', 'CHANGELOG.md', ...docs.map((f) => `docs/${f}`)]
    const broken: string[] = []
    for (const page of pages) {
      const text = await readFile(path.join(ROOT, page), 'utf8')
      const prose = text.replace(/```[\s\S]*?```/g, '')
      for (const [, target = ''] of prose.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/.test(target)) continue
        const [file = '', anchor] = target.split('#')
        const resolved =
          file === '' ? path.join(ROOT, page) : path.join(ROOT, path.dirname(page), file)
        if (!existsSync(resolved)) {
          broken.push(`${page}: ${target} (no such file)`)
        } else if (anchor !== undefined && resolved.endsWith('.md')) {
          const headings = (await readFile(resolved, 'utf8'))
            .replace(/```[\s\S]*?```/g, '')
            .split('\n')
            .filter((l) => /^#{1,6} /.test(l))
            .map((l) => slug(l.replace(/^#+ /, '')))
          if (!headings.includes(anchor)) broken.push(`${page}: ${target} (no such heading)`)
        }
      }
    }
    expect(broken).toEqual([])
  })
})
