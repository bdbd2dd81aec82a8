import { describe, expect, test } from '@jest/globals'
import { readInputs } from '../../src/inputs/read-inputs.js'

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
  readInputs(env(inputs), (s) => masked.push(s))

describe('readInputs', () => {
  test('parameters are typed: integers, decimals, ISO dates, strings, and forced types', async () => {
    const { parameters } = await read({
      'sheet-id': 's',
      parameters:
        'Year: 2025\nRate: [1, 2.5]\nFrom: 2025-01-31\nRegion: [EMEA, APAC]\nCode: {type: string, values: ["007"]}\nN: {type: integer, values: ["12"]}'
    })
    expect(parameters?.IntegerParameters).toEqual([
      { Name: 'Year', Values: [2025] },
      { Name: 'N', Values: [12] }
    ])
    expect(parameters?.DecimalParameters).toEqual([{ Name: 'Rate', Values: [1, 2.5] }])
    expect(parameters?.DateTimeParameters).toEqual([
      { Name: 'From', Values: [new Date('2025-01-31T00:00:00Z')] }
    ])
    expect(parameters?.StringParameters).toEqual([
      { Name: 'Region', Values: ['EMEA', 'APAC'] },
      { Name: 'Code', Values: ['007'] }
    ])
  })

  test('shortcuts: csv makes one export per visual, excel one workbook, pdf all visuals', async () => {
    const { exports } = await read({
      format: 'pdf, csv ,excel',
      'sheet-id': 'details',
      'visual-ids': 'a\nb'
    })
    expect(exports.map((e) => [e.index, e.format, e.sheets[0]?.visualIds])).toEqual([
      [1, 'pdf', []],
      [2, 'csv', ['a']],
      [3, 'csv', ['b']],
      [4, 'excel', ['a', 'b']]
    ])
  })

  test('rls tag values are masked as soon as they are read', async () => {
    const masked: string[] = []
    const { rlsTags } = await read(
      { 'sheet-id': 's', 'rls-tags': 'region: EMEA\ntenant: 42' },
      masked
    )
    expect(rlsTags).toEqual([
      { Key: 'region', Value: 'EMEA' },
      { Key: 'tenant', Value: '42' }
    ])
    expect(masked).toEqual(expect.arrayContaining(['EMEA', '42']))
  })

  test('defaults: region from AWS_REGION, output-dir inside the workspace, prefix per run', async () => {
    const inputs = await readInputs(
      {
        ...env({ 'sheet-id': 's', 's3-bucket': 'reports' }),
        GITHUB_REPOSITORY: 'o/r',
        GITHUB_RUN_ID: '7',
        GITHUB_RUN_ATTEMPT: '2'
      },
      () => undefined
    )
    expect(inputs.awsRegion).toBe('eu-west-1')
    expect(inputs.outputDir).toBe('/ws/quicksight-export')
    expect(inputs.s3).toEqual({
      bucket: 'reports',
      prefix: 'quicksight-export/o/r/7-2',
      region: 'eu-west-1'
    })
    expect(inputs.timeoutMs).toBe(30 * 60_000)
    expect(inputs.pollIntervalMs).toBe(15_000)
  })

  test('errors name the input, quote the value and give an example', async () => {
    await expect(read({ 'sheet-id': 's', 'timeout-minutes': '-3' })).rejects.toThrow(
      /^Invalid input 'timeout-minutes' = "-3": must be a number of minutes greater than 0 and at most 1440\. For example: timeout-minutes: '45'$/
    )
  })
})
