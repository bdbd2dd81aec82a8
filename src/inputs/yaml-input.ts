import { InputError } from './input-error.js'
import { syntaxProblems } from './yaml-syntax.js'

type Yaml = typeof import('yaml')
let yaml: Yaml | undefined

/** Loads the YAML parser; only runs when a YAML input is set, to keep start-up lean. */
export async function loadYaml(): Promise<void> {
  yaml ??= await import('yaml')
}

/** A YAML input that does not parse; `where` says where, without quoting the text. */
export class YamlInputError extends InputError {
  constructor(
    input: string,
    text: string,
    /** `line 3, column 5: Tabs are not allowed as indentation`, one per distinct error. */
    readonly where: string,
    example: string
  ) {
    super(input, text, `is not valid YAML: ${where}`, example)
  }
}

/**
 * Parses a YAML input; syntax errors become a YamlInputError that gives each one's line and column
 * within the input's value (an unclosed `{` or `[` where it opens).
 */
export function parseYamlInput(input: string, text: string, example: string): unknown {
  if (!yaml) throw new Error('loadYaml() must run before YAML inputs are parsed')
  const lineCounter = new yaml.LineCounter()
  const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true })
  const problems = syntaxProblems(yaml, text, doc, lineCounter)
  if (problems.length > 0)
    throw new YamlInputError(
      input,
      text,
      problems.map((p) => `line ${p.line}, column ${p.col}: ${p.text}`).join('; '),
      example
    )
  try {
    return doc.toJS({ maxAliasCount: 10 })
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
    throw new YamlInputError(input, text, first, example)
  }
}
