import { afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals'
import { setOutput } from '../src/file-commands.js'
import * as runner from '../src/workflow-commands.js'

let lines: string[] = []
const saved = process.env.GITHUB_OUTPUT
beforeEach(() => {
  runner.useStdoutStream()
  lines = []
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk))
    return true
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  if (saved === undefined) delete process.env.GITHUB_OUTPUT
  else process.env.GITHUB_OUTPUT = saved
})

describe('workflow commands', () => {
  test('a group is closed when its work throws; messages are escaped as the runner reads them', async () => {
    await expect(
      runner.group('Plan 100%', async () => {
        runner.info('planning')
        runner.warning('50% done\r\nthen: more, later')
        throw new Error('no dashboard')
      })
    ).rejects.toThrow('no dashboard')
    runner.notice('a%0A stays literal')
    runner.addMask('s3cr%t')
    expect(lines.join('')).toBe(
      [
        '::group::Plan 100%25',
        'planning',
        '::warning::50%25 done%0D%0Athen: more, later',
        '::endgroup::',
        '::notice::a%250A stays literal',
        '::add-mask::s3cr%25t',
        ''
      ].join('\n')
    )
  })

  test('fail sets exit code 1 and writes an error annotation', () => {
    const before = process.exitCode
    runner.fail('two\nlines')
    expect(process.exitCode).toBe(1)
    process.exitCode = before
    expect(lines).toEqual(['::error::two%0Alines\n'])
  })

  test('without GITHUB_OUTPUT an output is the set-output command, name escaped', () => {
    delete process.env.GITHUB_OUTPUT
    setOutput('files:a,b', '["x"]\n')
    expect(lines.join('')).toBe('\n::set-output name=files%3Aa%2Cb::["x"]%0A\n')
  })
})
