import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import { access, appendFile, constants } from 'node:fs/promises'
import { EOL } from 'node:os'
import { escapeData, escapeProperty, write } from './workflow-commands.js'

/*
 * The runner's file commands, written as @actions/core's file-command.ts and summary.ts write them.
 */

/** A step output: a `name<<delimiter` block in the GITHUB_OUTPUT file. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT
  if (!file) {
    write(`${EOL}::set-output name=${escapeProperty(name)}::${escapeData(value)}${EOL}`)
    return
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`Unexpected input: the output ${name} contains the delimiter "${delimiter}"`)
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8')
}

/** Appends Markdown to the job summary (GITHUB_STEP_SUMMARY), which must exist and be writable. */
export async function appendJobSummary(file: string, markdown: string): Promise<void> {
  try {
    await access(file, constants.R_OK | constants.W_OK)
  } catch {
    throw new Error(
      `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`
    )
  }
  await appendFile(file, markdown, 'utf8')
}
