import { readdir } from 'node:fs/promises'
import path from 'node:path'

/** The `files` output: downloaded paths. */
export const outputFiles = (outputs: Record<string, string>): string[] =>
  JSON.parse(outputs.files ?? '[]') as string[]

/** What a runner shows of stdout: `::add-mask::` commands are consumed, not logged. */
export const visible = (text: string): string => text.replace(/^::add-mask::.*$/gm, '')

/** The step's `::error::` line, or '' when there is none. */
export const errorLine = (stdout: string): string =>
  stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''

/** Every file below a folder. */
export async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]))
  )
  return nested.flat()
}
