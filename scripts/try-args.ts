import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parse } from 'yaml'

/** What `npm run try -- ...` asks for. */
export interface TryArgs {
  /** Action inputs as the user gave them (action.yml's defaults are applied by runAction). */
  inputs: Record<string, string>
  /** The user's dashboard name (or id) → the emulator dashboard (an id or a name) standing in for it. */
  maps: Record<string, string>
  list: boolean
  help: boolean
}

/** A command line that cannot run: the message says what to write instead. */
export class TryArgsError extends Error {
  override name = 'TryArgsError'
}

/**
 * Reads the try-out's command line: every action input as `--<input> value` or `--input
 * name=value`, `--with file.yml` (a workflow step's `with:` mapping), `--map 'Name=emulator
 * dashboard'` and `--map-file file.yml`; later ones win. Paths are relative to `cwd`.
 */
export async function readTryArgs(
  argv: string[],
  inputNames: string[],
  cwd: string
): Promise<TryArgs> {
  const inputOptions = Object.fromEntries(
    inputNames.map((name) => [name, { type: 'string' as const }])
  )
  let values: Record<string, string | string[] | boolean | undefined>
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: {
        ...inputOptions,
        input: { type: 'string', multiple: true },
        with: { type: 'string' },
        map: { type: 'string', multiple: true },
        'map-file': { type: 'string' },
        list: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    }).values
  } catch (error) {
    throw new TryArgsError(
      `${(error as Error).message}. Options: --<input> value for any input of action.yml ` +
        `(${inputNames.join(', ')}), --input name=value, --with file.yml, --map 'Name=dashboard', ` +
        '--map-file file.yml, --list, --help.'
    )
  }
  const inputs: Record<string, string> = {}
  if (typeof values.with === 'string')
    Object.assign(inputs, await readMapping(path.resolve(cwd, values.with), '--with'))
  for (const pair of (values.input as string[] | undefined) ?? []) {
    const [name, value] = split(pair, '--input', 'name=value', 'first')
    inputs[name] = value
  }
  for (const name of inputNames) if (typeof values[name] === 'string') inputs[name] = values[name]
  const unknown = Object.keys(inputs).filter((name) => !inputNames.includes(name))
  if (unknown.length > 0)
    throw new TryArgsError(
      `action.yml has no input ${unknown.map((n) => `'${n}'`).join(', ')}; its inputs: ${inputNames.join(', ')}`
    )
  const maps: Record<string, string> = {}
  if (typeof values['map-file'] === 'string')
    Object.assign(maps, await readMapping(path.resolve(cwd, values['map-file']), '--map-file'))
  for (const pair of (values.map as string[] | undefined) ?? []) {
    const [name, of] = split(pair, '--map', "'Your dashboard=emulator dashboard'", 'last')
    maps[name] = of
  }
  return { inputs, maps, list: values.list === true, help: values.help === true }
}

/** `a=b` split at the first '=' (input values may hold one) or the last (emulator ids hold none). */
function split(pair: string, option: string, form: string, at: 'first' | 'last'): [string, string] {
  const i = at === 'first' ? pair.indexOf('=') : pair.lastIndexOf('=')
  const name = pair.slice(0, i).trim()
  if (i < 0 || name === '') throw new TryArgsError(`${option} "${pair}": write ${option} ${form}`)
  return [name, pair.slice(i + 1).trim()]
}

/** A YAML file of `name: value` lines, values scalars (as a workflow's `with:` takes them). */
async function readMapping(file: string, option: string): Promise<Record<string, string>> {
  let data: unknown
  try {
    data = parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new TryArgsError(`${option} ${file}: ${(error as Error).message}`)
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new TryArgsError(`${option} ${file}: must be a YAML mapping of name: value lines`)
  return Object.fromEntries(
    Object.entries(data).map(([name, value]) => {
      if (value !== null && typeof value === 'object')
        throw new TryArgsError(
          `${option} ${file}: '${name}' must be a text; write a YAML list or mapping as a block (${name}: |)`
        )
      return [name, value === null ? '' : String(value)]
    })
  )
}
