import { InputError } from './input-error.js'

type Parse = typeof import('yaml').parse
let yamlParse: Parse | undefined

/** Loads the YAML parser; only runs when a YAML input is set, to keep start-up lean. */
export async function loadYaml(): Promise<void> {
  yamlParse ??= (await import('yaml')).parse
}

/** Parses a YAML input; a syntax error becomes an InputError that points at the line. */
export function parseYamlInput(input: string, text: string, example: string): unknown {
  if (!yamlParse) throw new Error('loadYaml() must run before YAML inputs are parsed')
  try {
    return yamlParse(text, { prettyErrors: true, uniqueKeys: true, maxAliasCount: 10 })
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]
    throw new InputError(input, text, `is not valid YAML (${first})`, example)
  }
}
