import { describe, expect, test } from '@jest/globals'
import { inputsOf, readInputs } from '../../src/kinds/read-inputs.js'
import { snapshot } from '../../src/kinds/snapshot/index.js'
import { withInputs } from '../inputs/with-inputs.js'

const env = (inputs: Record<string, string>): NodeJS.ProcessEnv => ({
  AWS_REGION: 'eu-west-1',
  GITHUB_WORKSPACE: '/ws',
  ...Object.fromEntries(
    Object.entries({ 'dashboard-id': 'sales', ...inputs }).map(([k, v]) => [
      `INPUT_${k.toUpperCase()}`,
      v
    ])
  )
})
const read = (inputs: Record<string, string>, masked: string[] = []) =>
  withInputs(env(inputs), () => readInputs(env(inputs), (s) => masked.push(s)))
const snapshotOf = async (inputs: Record<string, string>, masked: string[] = []) => {
  const read_ = await read(inputs, masked)
  return { ...read_, snapshot: inputsOf(read_, snapshot) }
}
const report = async (inputs: Record<string, string>, masked: string[] = []) => {
  const { snapshot } = await snapshotOf(inputs, masked)
  expect(snapshot.reports).toHaveLength(1)
  return snapshot.reports[0]!
}

describe('readInputs', () => {
  test('parameters keep their values and forced types; relative dates are parsed', async () => {
    const { parameters } = await report({
      'sheet-id': 's',
      parameters:
        'Year: 2025\nRate: [1, 2.5]\nFrom: 2025-01-31\nRegion: [EMEA, APAC]\nCode: {type: string, values: ["007"]}\nN: {type: integer, values: ["12"]}\nStart: start-of-month-1M'
    })
    expect(parameters.map((p) => [p.name, p.type, p.values.length])).toEqual([
      ['Year', undefined, 1],
      ['Rate', undefined, 2],
      ['From', undefined, 1],
      ['Region', undefined, 2],
      ['Code', 'string', 1],
      ['N', 'integer', 1],
      ['Start', undefined, 1]
    ])
    expect(parameters[6]?.values[0]).toMatchObject({ text: 'start-of-month-1M' })
  })

  test('a relative date that does not parse is an error naming the parameter', async () => {
    await expect(read({ 'sheet-id': 's', parameters: 'Start: start-of-moth' })).rejects.toThrow(
      /^Invalid input 'parameters': Start: Invalid relative date 'start-of-moth'/
    )
  })

  test('shortcuts: csv makes one export per visual, excel one workbook, pdf all visuals', async () => {
    const { exports } = await report({
      format: 'pdf, csv ,excel',
      'sheet-id': 'details',
      'visual-ids': 'a\nb'
    })
    expect(exports.map((e) => [e.index, e.format, e.sheets[0]?.visuals])).toEqual([
      [1, 'pdf', []],
      [2, 'csv', ['a']],
      [3, 'csv', ['b']],
      [4, 'excel', ['a', 'b']]
    ])
  })

  test('rls tag values are masked as soon as they are read', async () => {
    const masked: string[] = []
    const { rlsTags } = await report(
      { 'sheet-id': 's', 'rls-tags': 'region: EMEA\ntenant: 42' },
      masked
    )
    expect(rlsTags).toEqual([
      { Key: 'region', Value: 'EMEA' },
      { Key: 'tenant', Value: '42' }
    ])
    expect(masked).toEqual(expect.arrayContaining(['EMEA', '42']))
  })

  test('defaults: region from AWS_REGION, output-dir inside the workspace, no bucket', async () => {
    const inputs = await snapshotOf({ 'sheet-id': 's' })
    expect(inputs.awsRegion).toBe('eu-west-1')
    expect(inputs.outputDir).toBe('/ws/quicksight-export')
    expect(inputs.snapshot.reports[0]).toMatchObject({
      dashboard: 'sales',
      fileName: '{dashboard-id}-{name}.{ext}',
      timezone: 'UTC',
      registeredUser: false
    })
    expect(inputs.snapshot.reports[0]?.s3Bucket).toBeUndefined()
    expect(inputs.snapshot.maxConcurrentJobs).toBe(10)
    expect(inputs.timeoutMs).toBe(30 * 60_000)
    expect(inputs.pollIntervalMs).toBe(15_000)
  })

  test('errors name the input, quote the value and give an example', async () => {
    await expect(read({ 'sheet-id': 's', 'timeout-minutes': '-3' })).rejects.toThrow(
      /^Invalid input 'timeout-minutes' = "-3": must be a number of minutes greater than 0 and at most 1440\. For example: timeout-minutes: '45'$/
    )
  })
})
