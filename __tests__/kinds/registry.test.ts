import { describe, expect, test } from '@jest/globals'
import { actionDefaults } from '../../scripts/run-action.js'
import { DEFAULTS, Input } from '../../src/inputs/names.js'
import type { AnyKind } from '../../src/kinds/kind.js'
import { readInputs } from '../../src/kinds/read-inputs.js'
import { KINDS } from '../../src/kinds/registry.js'
import { withInputs } from '../inputs/with-inputs.js'

describe('the registry of kinds', () => {
  test("names each kind once, action.yml's default first, each owning inputs action.yml declares", async () => {
    const names = KINDS.map((k) => k.name)
    expect(new Set(names).size).toBe(names.length)
    expect(names[0]).toBe(DEFAULTS[Input.ExportType])
    const declared = Object.keys(await actionDefaults())
    for (const kind of KINDS) expect(declared).toEqual(expect.arrayContaining([...kind.ownInputs]))
  })

  test("the step's kind reads its own inputs and nothing else is asked", async () => {
    const asked: string[] = []
    const fake = (name: string, ownInputs: AnyKind['ownInputs']): AnyKind => ({
      name,
      ownInputs,
      readInputs: async (input, common) => {
        asked.push(name)
        return { dashboard: input.get(Input.DashboardId), region: common.awsRegion }
      },
      plan: () => Promise.reject(new Error('not planned here'))
    })
    const kinds = [fake('one', [Input.DashboardId]), fake('two', [Input.DataExchangeJobId])]
    const env = {
      AWS_REGION: 'eu-west-1',
      'INPUT_EXPORT-TYPE': 'one',
      'INPUT_DASHBOARD-ID': 'sales'
    }
    const read = (e: NodeJS.ProcessEnv) =>
      withInputs(e, () => readInputs(e, () => undefined, kinds))
    const inputs = await read(env)
    expect(inputs.exportType).toBe('one')
    expect(inputs.kind).toBe(kinds[0])
    expect(inputs.kindInputs).toEqual({ dashboard: 'sales', region: 'eu-west-1' })
    expect(asked).toEqual(['one'])
    await expect(read({ ...env, 'INPUT_DATA-EXCHANGE-JOB-ID': 'j' })).rejects.toThrow(
      /^Invalid input 'data-exchange-job-id' = "j": belongs to export-type two, not one/
    )
    await expect(read({ ...env, 'INPUT_EXPORT-TYPE': 'three' })).rejects.toThrow(
      /^Invalid input 'export-type' = "three": must be one of one, two\./
    )
    expect(asked).toEqual(['one'])
  })
})
