import { afterAll, beforeAll, describe, expect, test as jestTest } from '@jest/globals'
import { startStack, Stack } from '../../emulator/stack.js'
import { errorLine, runAs } from './helpers.js'

/** The tests of this file run at once (up to jest's maxConcurrency), each as its own caller. */
const test = jestTest.concurrent

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

/** [what is wrong, inputs on top of a valid set, the input the error must name]. */
const CASES: [string, Record<string, string>, string][] = [
  ['missing dashboard', { 'dashboard-id': '' }, 'dashboard-id'],
  ['account id of 11 digits', { 'aws-account-id': '12345678901' }, 'aws-account-id'],
  ['account id with letters', { 'aws-account-id': '12345678901a' }, 'aws-account-id'],
  ['region that is not a region', { 'aws-region': 'Europe' }, 'aws-region'],
  ['unknown format', { format: 'docx' }, 'format'],
  ['format listed twice', { format: 'pdf,pdf' }, 'format'],
  ['no sheet for the shortcut', { 'sheet-id': '' }, 'sheet-id'],
  ['csv without visuals', { format: 'csv' }, 'visual-ids'],
  ['excel with six visuals', { format: 'excel', 'visual-ids': 'a,b,c,d,e,f' }, 'visual-ids'],
  ['exports that is not YAML', { exports: '- format: [pdf' }, 'exports'],
  ['exports that is a mapping', { exports: 'format: pdf' }, 'exports'],
  [
    'export with unknown key',
    { exports: '- {format: pdf, sheet: overview, visual: x}' },
    'exports'
  ],
  [
    'excel export with six sheets',
    {
      exports: `- format: excel\n  sheets: [${Array.from({ length: 6 }, (_, i) => `{sheet: s${i}, visuals: [v]}`).join(', ')}]`
    },
    'exports'
  ],
  ['excel export with no visuals', { exports: '- {format: excel, sheet: details}' }, 'exports'],
  ['export without a format', { exports: '- {sheet: overview}' }, 'exports'],
  ['parameters as a list', { parameters: '- Year: 2025' }, 'parameters'],
  [
    'parameter with an unknown forced type',
    { parameters: 'Year: {type: bool, values: [1]}' },
    'parameters'
  ],
  [
    'integer parameter that is not whole',
    { parameters: 'Year: {type: integer, values: [20.5]}' },
    'parameters'
  ],
  [
    'datetime parameter that is not a date',
    { parameters: 'From: {type: datetime, values: [tomorrow]}' },
    'parameters'
  ],
  ['rls tags as a list', { 'rls-tags': '- region' }, 'rls-tags'],
  ['rls tag with a list value', { 'rls-tags': 'region: [EMEA, APAC]' }, 'rls-tags'],
  [
    'rls tags with a registered user',
    { 'rls-tags': 'region: EMEA', 'registered-user': 'true' },
    'rls-tags'
  ],
  ['registered-user that is not a boolean', { 'registered-user': 'yes' }, 'registered-user'],
  ['bucket given as an s3:// URI', { 's3-bucket': 's3://reports/x' }, 's3-bucket'],
  ['bucket with capitals', { 's3-bucket': 'My_Bucket' }, 's3-bucket'],
  ['prefix without a bucket', { 's3-prefix': 'reports' }, 's3-prefix'],
  [
    'bucket region other than the API region',
    { 's3-bucket': 'reports', 's3-bucket-region': 'us-east-1' },
    's3-bucket-region'
  ],
  ['job id with spaces', { 'snapshot-job-id': 'my job' }, 'snapshot-job-id'],
  ['timeout of zero', { 'timeout-minutes': '0' }, 'timeout-minutes'],
  ['timeout that is not a number', { 'timeout-minutes': 'ten' }, 'timeout-minutes'],
  ['poll interval below one second', { 'poll-interval-seconds': '0.5' }, 'poll-interval-seconds'],
  ['file name with an unknown placeholder', { 'file-name': '{dashboard}.{ext}' }, 'file-name'],
  ['file name that climbs out of output-dir', { 'file-name': '../{name}.{ext}' }, 'file-name'],
  ['absolute file name', { 'file-name': '/etc/{name}.{ext}' }, 'file-name'],
  ['file name with an unbalanced brace', { 'file-name': '{name.{ext}' }, 'file-name'],
  ['file name ending in a folder', { 'file-name': 'reports/' }, 'file-name'],
  ['file name with a control character', { 'file-name': 'a\u0007{ext}' }, 'file-name'],
  ['region with a zone letter', { 'aws-region': 'us-east-1a' }, 'aws-region'],
  ['format list of commas', { format: ',,' }, 'format'],
  ['visual listed twice', { format: 'csv', 'visual-ids': 'a,a' }, 'visual-ids'],
  [
    'exports with a duplicate key',
    { exports: '- format: pdf\n  format: csv\n  sheet: s' },
    'exports'
  ],
  ['exports that is empty list', { exports: '[]' }, 'exports'],
  [
    'more exports than the step allows',
    { exports: Array.from({ length: 121 }, () => '- {format: pdf, sheet: s}').join('\n') },
    'exports'
  ],
  ['pdf export without a sheet', { exports: '- {format: pdf}' }, 'exports'],
  ['csv export without a visual', { exports: '- {format: csv, sheet: details}' }, 'exports'],
  [
    'excel export with both sheet and sheets',
    { exports: '- {format: excel, sheet: a, sheets: [{sheet: b, visuals: [v]}]}' },
    'exports'
  ],
  [
    'excel sheet selection with an unknown key',
    { exports: '- {format: excel, sheets: [{sheet: b, visual: v}]}' },
    'exports'
  ],
  ['export name with a slash', { exports: '- {format: pdf, sheet: s, name: a/b}' }, 'exports'],
  ['export item that is a string', { exports: '- pdf' }, 'exports'],
  ['parameter with an empty list', { parameters: 'Region: []' }, 'parameters'],
  ['parameter with no value', { parameters: 'Region:' }, 'parameters'],
  ['parameter with a nested mapping value', { parameters: 'Region: [{a: 1}]' }, 'parameters'],
  [
    'parameter long form with an unknown key',
    { parameters: 'Year: {type: integer, value: [1]}' },
    'parameters'
  ],
  [
    'integer parameter beyond 2^53',
    { parameters: 'Year: {type: integer, values: ["99999999999999999999"]}' },
    'parameters'
  ],
  [
    'decimal parameter that is text',
    { parameters: 'Rate: {type: decimal, values: [abc]}' },
    'parameters'
  ],
  ['parameters that are a string', { parameters: 'just text' }, 'parameters'],
  ['rls tags empty mapping', { 'rls-tags': '{}' }, 'rls-tags'],
  ['rls tag key with a space', { 'rls-tags': '"my key": v' }, 'rls-tags'],
  ['rls tag value over 256 characters', { 'rls-tags': `region: ${'x'.repeat(257)}` }, 'rls-tags'],
  [
    'more than 50 rls tags',
    { 'rls-tags': Array.from({ length: 51 }, (_, i) => `k${i}: v`).join('\n') },
    'rls-tags'
  ],
  ['rls tags that are not YAML', { 'rls-tags': 'region: [EMEA' }, 'rls-tags'],
  ['prefix starting with a slash', { 's3-bucket': 'reports', 's3-prefix': '/abs' }, 's3-prefix'],
  ['bucket region without a bucket', { 's3-bucket-region': 'eu-west-1' }, 's3-bucket-region'],
  ['bucket that looks like an IP address', { 's3-bucket': '192.168.1.1' }, 's3-bucket'],
  ['job id over 500 characters', { 'snapshot-job-id': 'j'.repeat(501) }, 'snapshot-job-id'],
  ['timeout over a day', { 'timeout-minutes': '1441' }, 'timeout-minutes'],
  ['negative poll interval', { 'poll-interval-seconds': '-5' }, 'poll-interval-seconds'],
  ['poll interval over ten minutes', { 'poll-interval-seconds': '601' }, 'poll-interval-seconds'],
  ['upload-artifact that is not a boolean', { 'upload-artifact': 'maybe' }, 'upload-artifact'],
  ['artifact name with a slash', { 'artifact-name': 'reports/nightly' }, 'artifact-name'],
  ['retention of zero days', { 'retention-days': '0' }, 'retention-days'],
  ['retention over 90 days', { 'retention-days': '91' }, 'retention-days'],
  ['compression level 10', { 'compression-level': '10' }, 'compression-level'],
  ['compression level that is text', { 'compression-level': 'max' }, 'compression-level'],
  ['comment-on-pr that is not a boolean', { 'comment-on-pr': 'yes' }, 'comment-on-pr'],
  ['comment tag with a space', { 'comment-tag': 'my tag' }, 'comment-tag'],
  ['csv preview of 101 rows', { 'csv-preview-rows': '101' }, 'csv-preview-rows'],
  ['job-summary that is not a boolean', { 'job-summary': 'off' }, 'job-summary'],
  ['unknown export type', { 'export-type': 'dashboards' }, 'export-type'],
  ['relative date that does not parse', { parameters: 'From: start-of-moth' }, 'parameters'],
  ['relative date with an ambiguous unit', { parameters: 'From: today-1m' }, 'parameters'],
  ['unknown time zone', { timezone: 'Europe/Berln' }, 'timezone'],
  ['time zone given as an offset', { timezone: '+02:00' }, 'timezone'],
  ['max-concurrent-jobs of 13', { 'max-concurrent-jobs': '13' }, 'max-concurrent-jobs'],
  ['max-concurrent-jobs of zero', { 'max-concurrent-jobs': '0' }, 'max-concurrent-jobs'],
  ['fail-fast that is not a boolean', { 'fail-fast': 'yes' }, 'fail-fast'],
  [
    'config file that does not exist',
    { 'dashboard-id': '', 'config-file': 'missing.yml' },
    'config-file'
  ]
]

/**
 * Inputs that cannot apply together: [what, inputs on top of dashboard-id, the input named, the
 * other input the message names].
 */
const PAIRS: [string, Record<string, string>, string, string][] = [
  [
    'visuals with a PDF',
    { 'sheet-id': 'overview', 'visual-ids': 'orders-table' },
    'visual-ids',
    'pdf'
  ],
  [
    'visuals with an explicit PDF',
    { format: 'pdf', 'sheet-id': 'overview', 'visual-ids': 'orders-table' },
    'visual-ids',
    'pdf'
  ],
  [
    'sheet-id with exports',
    { exports: '- {format: pdf, sheet: overview}', 'sheet-id': 'details' },
    'sheet-id',
    'exports'
  ],
  [
    'visual-ids with exports',
    { exports: '- {format: pdf, sheet: overview}', 'visual-ids': 'a' },
    'visual-ids',
    'exports'
  ],
  [
    'format with exports',
    { exports: '- {format: pdf, sheet: overview}', format: 'csv' },
    'format',
    'exports'
  ],
  [
    'format pdf with exports',
    { exports: '- {format: pdf, sheet: overview}', format: 'pdf' },
    'format',
    'exports'
  ],
  ['dashboard-id with config-file', { 'config-file': 'pack.yml' }, 'dashboard-id', 'config-file'],
  [
    'exports with config-file',
    { 'dashboard-id': '', 'config-file': 'pack.yml', exports: '- {format: pdf, sheet: s}' },
    'exports',
    'config-file'
  ],
  [
    'sheet-id with config-file',
    { 'dashboard-id': '', 'config-file': 'pack.yml', 'sheet-id': 's' },
    'sheet-id',
    'config-file'
  ],
  [
    'format with config-file',
    { 'dashboard-id': '', 'config-file': 'pack.yml', format: 'csv' },
    'format',
    'config-file'
  ],
  [
    's3-prefix without s3-bucket',
    { 'sheet-id': 'overview', 's3-prefix': 'nightly' },
    's3-prefix',
    's3-bucket'
  ],
  [
    's3-bucket-region without s3-bucket',
    { 'sheet-id': 'overview', 's3-bucket-region': 'eu-west-1' },
    's3-bucket-region',
    's3-bucket'
  ],
  [
    'rls-tags with a registered user',
    { 'sheet-id': 'overview', 'rls-tags': 'region: EMEA', 'registered-user': 'true' },
    'rls-tags',
    'registered-user'
  ]
]

describe('invalid inputs fail before any AWS call, naming the input, the value and an example', () => {
  test.each(CASES)('%s', async (_, inputs, input) => {
    const alone = ['exports', 'config-file', 'sheet-id'].some((k) => k in inputs)
    const r = await runAs(stack, {
      'dashboard-id': 'sales',
      ...(alone ? {} : { 'sheet-id': 'overview' }),
      ...inputs
    })
    expect(r.code).toBe(1)
    const error = errorLine(r.stdout)
    expect(error).toContain(`Invalid input '${input}'`)
    expect(error).toContain('For example:')
    expect(error).not.toMatch(/\n\s+at /)
    expect(r.stderr).not.toMatch(/^\s+at /m)
    expect(r.calls).toEqual([])
  })

  test.each(PAIRS)(
    '%s: an error naming both, before any AWS call',
    async (_, inputs, input, other) => {
      const r = await runAs(stack, { 'dashboard-id': 'sales', ...inputs })
      expect(r.code).toBe(1)
      const error = errorLine(r.stdout)
      expect(error).toContain(`Invalid input '${input}'`)
      expect(error).toContain(other)
      expect(error).toContain('For example:')
      expect(r.calls).toEqual([])
    }
  )

  test('a file name that cannot tell exports apart: an error naming both exports, before any job starts', async () => {
    const r = await runAs(stack, {
      'dashboard-id': 'sales',
      format: 'csv',
      'sheet-id': 'Details',
      'visual-ids': 'Orders, Units by product',
      'file-name': 'report.{ext}'
    })
    expect(errorLine(r.stdout)).toMatch(
      /Invalid input 'file-name' = "report\.\{ext\}": gives export 1 .* and export 2 .* the same file name 'report\.csv'/
    )
    expect(r.calls.some((c) => c.operation === 'StartDashboardSnapshotJob')).toBe(false)
  })

  test('an rls-tags error never shows the tag value', async () => {
    const r = await runAs(stack, {
      'dashboard-id': 'sales',
      'sheet-id': 'overview',
      'rls-tags': 'tenant: secret-tenant-42\nbad: [x'
    })
    expect(r.code).toBe(1)
    expect(r.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain('secret-tenant-42')
  })

  test('no region anywhere is an input error that says where to set it', async () => {
    const r = await runAs(
      stack,
      { 'dashboard-id': 'sales', 'sheet-id': 'overview' },
      { env: { AWS_REGION: '' } }
    )
    expect(r.code).toBe(1)
    expect(r.stdout).toMatch(
      /Invalid input 'aws-region' \(empty\): is required: set the input, or AWS_REGION/
    )
  })
})
