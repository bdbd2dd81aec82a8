import { describe, expect, test } from '@jest/globals'
import { DEFAULTS, Input } from '../../src/inputs/names.js'
import { actionDefaults } from '../../scripts/run-action.js'

describe('the input table matches action.yml', () => {
  test('every input of action.yml is known, with the same default', async () => {
    const declared = await actionDefaults()
    expect(Object.keys(declared).sort()).toEqual(Object.values(Input).sort())
    for (const [name, value] of Object.entries(declared)) {
      if (name === Input.GithubToken) continue
      expect([name, DEFAULTS[name as keyof typeof DEFAULTS] ?? '']).toEqual([name, value])
    }
  })
})
