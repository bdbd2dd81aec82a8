import { describe, expect, test } from '@jest/globals'
import { DEFAULTS, Input, inputReader } from '../../src/inputs/names.js'
import { actionDefaults } from '../../scripts/run-action.js'
import { withInputs } from './with-inputs.js'

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

describe('inputReader', () => {
  test("reads the step's inputs through @actions/core: trimmed, spaces as underscores, defaults when empty", async () => {
    const env = {
      'INPUT_DASHBOARD-ID': '  sales \n',
      'INPUT_OUTPUT-DIR': '',
      'INPUT_TIMEOUT-MINUTES': '30',
      'INPUT_FAIL-FAST': 'true'
    }
    await withInputs(env, async () => {
      const input = inputReader()
      expect(input.get(Input.DashboardId)).toBe('sales')
      expect(input.get(Input.OutputDir)).toBe('quicksight-export')
      expect(
        [Input.DashboardId, Input.OutputDir, Input.TimeoutMinutes, Input.FailFast].map(input.isSet)
      ).toEqual([true, false, false, true])
      // The same getter as the action's own: what @actions/core reads from process.env.
      expect(process.env['INPUT_DASHBOARD-ID']).toBe('  sales \n')
    })
    expect(process.env['INPUT_DASHBOARD-ID']).toBeUndefined()
  })

  test('takes another getter by injection', () => {
    const input = inputReader((name) => (name === Input.Format ? 'pdf' : ''))
    expect(input.get(Input.Format)).toBe('pdf')
    expect(input.isSet(Input.SheetId)).toBe(false)
  })
})
