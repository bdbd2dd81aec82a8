import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseOutputs } from '../scripts/run-action.js'
import { appendJobSummary, setOutput } from '../src/file-commands.js'

let dir = ''
const saved = process.env.GITHUB_OUTPUT
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'qse-file-commands-'))
})
afterEach(async () => {
  if (saved === undefined) delete process.env.GITHUB_OUTPUT
  else process.env.GITHUB_OUTPUT = saved
  await rm(dir, { recursive: true, force: true })
})

describe('setOutput', () => {
  test('appends name<<delimiter blocks the runner reads back, multi-line values whole', async () => {
    const file = path.join(dir, 'output')
    await writeFile(file, '')
    process.env.GITHUB_OUTPUT = file
    setOutput('files', '["a.csv",\n"b.pdf"]')
    setOutput('job-id', 'qse-1')
    const text = await readFile(file, 'utf8')
    expect(parseOutputs(text)).toEqual({ files: '["a.csv",\n"b.pdf"]', 'job-id': 'qse-1' })
    // A fresh delimiter per value, so a value cannot end its block early.
    const delimiters = [...text.matchAll(/<<(ghadelimiter_[0-9a-f-]{36})$/gm)].map((m) => m[1])
    expect(new Set(delimiters).size).toBe(2)
  })

  test('a GITHUB_OUTPUT that names no file is an error, not a lost output', () => {
    process.env.GITHUB_OUTPUT = path.join(dir, 'missing')
    expect(() => setOutput('files', '[]')).toThrow(/Missing file at path: .*missing/)
  })
})

describe('appendJobSummary', () => {
  test('appends to the summary file', async () => {
    const file = path.join(dir, 'summary.md')
    await writeFile(file, '# earlier step\n')
    await appendJobSummary(file, '## quicksight-export\n')
    expect(await readFile(file, 'utf8')).toBe('# earlier step\n## quicksight-export\n')
  })

  test('a summary file that cannot be written is an error naming it', async () => {
    const file = path.join(dir, 'gone', 'summary.md')
    await expect(appendJobSummary(file, 'x')).rejects.toThrow(
      /Unable to access summary file: '.*gone/
    )
  })
})
