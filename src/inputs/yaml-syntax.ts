import type { Document, LineCounter } from 'yaml'

type Yaml = typeof import('yaml')

/** A YAML syntax error where it is: 1-based line and column in the text given. */
export interface SyntaxProblem {
  line: number
  col: number
  text: string
}

/** Enough for the cause and a few independent mistakes; the rest is usually their echo. */
const MAX_PROBLEMS = 5

/**
 * The syntax errors of a parsed document at their real line and column (the parser's `linePos` is
 * only set with `prettyErrors`, which puts the source into the message: not for secrets). A flow
 * collection (`{` or `[`) left open is reported where it opens, and the errors the parser found
 * after that point, which are its echo, are left out; otherwise one error per line, in order.
 */
export function syntaxProblems(
  yaml: Yaml,
  source: string,
  doc: Document,
  lines: LineCounter
): SyntaxProblem[] {
  if (doc.errors.length === 0) return []
  const at = (offset: number): { line: number; col: number } => {
    const { line, col } = lines.linePos(offset)
    return { line, col }
  }
  const open = unclosedFlow(yaml, source)
  const errors = doc.errors.filter((e) => open === undefined || e.pos[0] < open.offset)
  const problems: SyntaxProblem[] = errors.map((e) => ({
    ...at(e.pos[0]),
    text: e.message.split('\n')[0] ?? e.code
  }))
  if (open)
    problems.push({
      ...at(open.offset),
      text: `'${open.char}' is never closed: end the flow ${open.char === '{' ? 'mapping' : 'list'} with '${open.char === '{' ? '}' : ']'}' on the same item, or write it as a block`
    })
  const seen = new Set<number>()
  return problems
    .filter((p) => !seen.has(p.line) && seen.add(p.line))
    .sort((a, b) => a.line - b.line || a.col - b.col)
    .slice(0, MAX_PROBLEMS)
}

/** The first `{` or `[` that the concrete syntax tree shows without its closing bracket. */
function unclosedFlow(yaml: Yaml, source: string): { offset: number; char: string } | undefined {
  let first: { offset: number; char: string } | undefined
  const check = (node: import('yaml').CST.Token | undefined): void => {
    if (node?.type !== 'flow-collection') return
    const closed = node.end.some((t) => t.type === 'flow-map-end' || t.type === 'flow-seq-end')
    if (!closed && (first === undefined || node.start.offset < first.offset))
      first = { offset: node.start.offset, char: node.start.source }
  }
  for (const token of new yaml.Parser().parse(source)) {
    if (token.type !== 'document') continue
    check(token.value)
    yaml.CST.visit(token, (item) => {
      check(item.key ?? undefined)
      check(item.value)
    })
  }
  return first
}
