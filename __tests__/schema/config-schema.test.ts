import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { Ajv, type ValidateFunction } from 'ajv'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { ConfigFileError, readConfigFile } from '../../src/inputs/config-file.js'

/**
 * schema/config.schema.json against the action's own config reader: for every config here, both
 * must give the same verdict, so an editor never flags a pack the action runs, and flags what the
 * action refuses wherever a JSON schema can say so.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

let validate: ValidateFunction
let workspace: string
let count = 0
beforeAll(async () => {
  const schema = JSON.parse(await readFile(path.join(ROOT, 'schema', 'config.schema.json'), 'utf8'))
  // Strict: an unknown keyword or a keyword on the wrong type is an error in the schema itself.
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    allowUnionTypes: true,
    strictRequired: false
  })
  validate = ajv.compile(schema)
  workspace = await mkdtemp(path.join(os.tmpdir(), 'qse-schema-'))
})
afterAll(() => rm(workspace, { recursive: true, force: true }))

/** The schema's verdict on a YAML text (a text that is not YAML fails). */
function schemaAccepts(text: string): boolean {
  let value: unknown
  try {
    value = parse(text, { uniqueKeys: true })
  } catch {
    return false
  }
  return validate(value)
}

/** The action's verdict: readConfigFile, as the step reads config-file before any AWS call. */
async function actionAccepts(text: string): Promise<boolean> {
  const file = `pack-${++count}.yml`
  await writeFile(path.join(workspace, file), text)
  try {
    await readConfigFile(file, workspace, {}, () => undefined, true)
    return true
  } catch (error) {
    if (error instanceof ConfigFileError) return false
    throw error
  }
}

const pack = (report: string, top = ''): string =>
  `${top}reports:\n  - dashboard: Sales Overview\n${report
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n')}\n`

describe('schema/config.schema.json', () => {
  test('is a draft-07 schema that compiles in ajv strict mode', async () => {
    const schema = JSON.parse(
      await readFile(path.join(ROOT, 'schema', 'config.schema.json'), 'utf8')
    ) as { $schema: string }
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
    expect(typeof validate).toBe('function')
  })

  test('gives every config of the report-pack e2e tests the verdict the action gives', async () => {
    const source = await readFile(
      path.join(ROOT, '__tests__', 'e2e', 'report-packs.test.ts'),
      'utf8'
    )
    const configs = [...source.matchAll(/`((?:#[^\n]*\n)*(?:defaults|reports):[^`]*)`/g)]
      .map((m) => m[1] ?? '')
      .filter((c) => !c.includes('${'))
    expect(configs.length).toBeGreaterThanOrEqual(6)
    const verdicts = await Promise.all(
      configs.map(async (c) => ({
        config: c,
        action: await actionAccepts(c),
        schema: schemaAccepts(c)
      }))
    )
    for (const v of verdicts)
      expect({ config: v.config, schema: v.schema }).toEqual({ config: v.config, schema: v.action })
    expect(verdicts.some((v) => v.action)).toBe(true)
    expect(verdicts.some((v) => !v.action)).toBe(true)
  })

  /** [what, the config, whether the action takes it]: the schema must say the same. */
  const CASES: [string, string, boolean][] = [
    ['a pdf of one sheet', pack('exports: [{ format: pdf, sheet: Summary }]'), true],
    [
      'formats in any case, ids that are numbers',
      'reports:\n  - dashboard: 2025\n    exports: [{ format: " PDF", sheet: 7 }, { format: Excel, sheet: 7, visuals: [1, 2] }]\n',
      true
    ],
    [
      'csv with one visual',
      pack('exports: [{ format: csv, sheet: Details, visual: Orders }]'),
      true
    ],
    [
      'csv visuals as one value',
      pack('exports: [{ format: csv, sheet: Details, visuals: Orders }]'),
      true
    ],
    [
      'sheet: all, visuals: all',
      pack(
        'exports:\n  - { format: csv, sheet: all, visuals: all }\n  - { format: excel, sheet: all, visuals: all, name: everything }\n  - { format: pdf, sheet: all }'
      ),
      true
    ],
    [
      'excel over several sheets',
      pack(
        'exports:\n  - format: excel\n    name: book\n    sheets:\n      - { sheet: Details, visuals: [Orders, Units] }\n      - { sheet: Overview, visuals: all }'
      ),
      true
    ],
    [
      'parameters in every form',
      pack(
        'parameters:\n  Region: [EMEA, APAC]\n  Year: 2025\n  Rate: 0.5\n  Flag: true\n  From: today - 7d\n  To: End-Of-Month-1M\n  Since: now-90MIN\n  Day: 2025-01-31\n  Code: { type: String, values: ["007"] }\n  Month: { type: datetime, values: start-of-quarter-1Q }\n  Count: { type: integer, values: [" 12 ", 3] }\nexports: [{ format: pdf, sheet: Summary }]'
      ),
      true
    ],
    [
      'an empty parameters key',
      pack('parameters:\nexports: [{ format: pdf, sheet: Summary }]'),
      true
    ],
    [
      'every setting, in defaults and in a report',
      `defaults:
  name: Nightly
  timezone: Europe/Berlin
  rls-tags: { region: EMEA, tenant: 42 }
  registered-user: false
  file-name: '{date}/{report}/{name}.{ext}'
  s3-bucket: my-reports.example
  s3-prefix: nightly/
  parameters: { Year: 2025 }
reports:
  - dashboard: Sales Overview
    name: Sales
    timezone: America/New_York
    file-name: sales-{index}.{ext}
    exports: [{ format: pdf, sheet: Summary, name: summary.v2 }]
`,
      true
    ],
    [
      'e-mail schedules with exports, and alone',
      "reports:\n  - dashboard: sales\n    exports: [{ format: pdf, sheet: s }]\n    email-schedules: [daily-summary, 42]\n  - dashboard: ops-weekly\n    email-schedules: ['3f2b9c1e-8a47-4d6b-9e15-7c0a2d4f6b83']\n",
      true
    ],
    ['e-mail schedules that are one text', pack('email-schedules: daily-summary'), false],
    ['an empty e-mail schedule list', pack('email-schedules: []'), false],
    ['a schedule id with a slash', pack('email-schedules: [a/b]'), false],
    ['a schedule listed twice', pack('email-schedules: [a, a]'), false],
    [
      'e-mail schedules in defaults',
      'defaults: { email-schedules: [a] }\nreports:\n  - dashboard: x\n    exports: [{ format: pdf, sheet: s }]\n',
      false
    ],
    [
      'recipients in defaults and in a report',
      'defaults:\n  recipients: [{ name: all }]\nreports:\n  - dashboard: sales\n    exports: [{ format: pdf, sheet: s }]\n    recipients:\n      - { name: emea, rls-tags: { region: EMEA }, parameters: { Year: 2025 } }\n      - { name: jane_2, registered-user: true }\n      - { name: li, registered-user: li@example.com }\n      - { name: 7 }\n',
      true
    ],
    [
      'a recipient without a name',
      pack('exports: [{ format: pdf, sheet: s }]\nrecipients: [{ rls-tags: { a: b } }]'),
      false
    ],
    [
      'a recipient name with a slash',
      pack('exports: [{ format: pdf, sheet: s }]\nrecipients: [{ name: a/b }]'),
      false
    ],
    [
      'a recipient with an unknown key',
      pack('exports: [{ format: pdf, sheet: s }]\nrecipients: [{ name: a, email: a@b.c }]'),
      false
    ],
    [
      'a registered recipient with rls-tags',
      pack(
        'exports: [{ format: pdf, sheet: s }]\nrecipients: [{ name: a, registered-user: true, rls-tags: { r: x } }]'
      ),
      false
    ],
    ['no recipients', pack('exports: [{ format: pdf, sheet: s }]\nrecipients: []'), false],
    ['not a mapping', '- reports\n', false],
    [
      'an unknown top-level key',
      'report:\n  - dashboard: x\n    exports: [{ format: pdf, sheet: s }]\n',
      false
    ],
    ['no reports', 'defaults: { timezone: UTC }\nreports: []\n', false],
    ['a report without a dashboard', 'reports:\n  - exports: [{ format: pdf, sheet: s }]\n', false],
    [
      'a misspelt key',
      pack('exports: [{ format: pdf, sheet: s }]\nparamters: { Year: 2025 }'),
      false
    ],
    [
      'a dashboard in defaults',
      'defaults: { dashboard: x }\nreports:\n  - dashboard: x\n    exports: [{ format: pdf, sheet: s }]\n',
      false
    ],
    ['a report without exports', pack('name: x'), false],
    ['an unknown format', pack('exports: [{ format: pfd, sheet: s }]'), false],
    ['an export without a format', pack('exports: [{ sheet: s }]'), false],
    ['a pdf without a sheet', pack('exports: [{ format: pdf }]'), false],
    ['a pdf with visuals', pack('exports: [{ format: pdf, sheet: s, visuals: [a] }]'), false],
    ['a csv without a visual', pack('exports: [{ format: csv, sheet: s }]'), false],
    [
      'a csv with visual and visuals',
      pack('exports: [{ format: csv, sheet: s, visual: a, visuals: [b] }]'),
      false
    ],
    [
      'a csv visual that is a list',
      pack('exports: [{ format: csv, sheet: s, visual: [a, b] }]'),
      false
    ],
    ['all inside a list', pack('exports: [{ format: csv, sheet: s, visuals: [a, all] }]'), false],
    ['a visual listed twice', pack('exports: [{ format: csv, sheet: s, visuals: [a, a] }]'), false],
    [
      'an excel workbook of 6 visuals',
      pack('exports: [{ format: excel, sheet: s, visuals: [a, b, c, d, e, f] }]'),
      false
    ],
    ['an excel workbook without visuals', pack('exports: [{ format: excel, sheet: s }]'), false],
    [
      'excel sheets with sheet',
      pack('exports: [{ format: excel, sheet: s, sheets: [{ sheet: t, visuals: [a] }] }]'),
      false
    ],
    [
      'excel over 6 sheets',
      pack(
        `exports: [{ format: excel, sheets: [${Array.from({ length: 6 }, (_, i) => `{ sheet: s${i}, visuals: [a] }`).join(', ')}] }]`
      ),
      false
    ],
    [
      'all as one of several sheets',
      pack('exports: [{ format: excel, sheets: [{ sheet: all, visuals: [a] }] }]'),
      false
    ],
    ['an export name with a slash', pack('exports: [{ format: pdf, sheet: s, name: a/b }]'), false],
    [
      'a relative date with a typo',
      pack('parameters: { From: start-of-moth }\nexports: [{ format: pdf, sheet: s }]'),
      false
    ],
    [
      'a relative date in m',
      pack('parameters: { From: today-1m }\nexports: [{ format: pdf, sheet: s }]'),
      false
    ],
    [
      'a datetime that is a number',
      pack(
        'parameters: { From: { type: datetime, values: [2025] } }\nexports: [{ format: pdf, sheet: s }]'
      ),
      false
    ],
    [
      'an integer with a fraction',
      pack(
        'parameters: { Year: { type: integer, values: [20.5] } }\nexports: [{ format: pdf, sheet: s }]'
      ),
      false
    ],
    [
      'an unknown parameter type',
      pack(
        'parameters: { Year: { type: bool, values: [1] } }\nexports: [{ format: pdf, sheet: s }]'
      ),
      false
    ],
    [
      'a parameter with an empty list',
      pack('parameters: { Region: [] }\nexports: [{ format: pdf, sheet: s }]'),
      false
    ],
    [
      'a parameter without a value',
      pack('parameters:\n  Region:\nexports: [{ format: pdf, sheet: s }]'),
      false
    ],
    [
      'a parameter value that is a mapping',
      pack('parameters: { Region: [{ a: 1 }] }\nexports: [{ format: pdf, sheet: s }]'),
      false
    ],
    [
      'an rls tag with a list value',
      pack('rls-tags: { region: [EMEA, APAC] }\nexports: [{ format: pdf, sheet: s }]'),
      false
    ],
    ['empty rls-tags', pack('rls-tags: {}\nexports: [{ format: pdf, sheet: s }]'), false],
    [
      'rls-tags with a registered user',
      pack(
        'registered-user: true\nrls-tags: { region: EMEA }\nexports: [{ format: pdf, sheet: s }]'
      ),
      false
    ],
    [
      'registered-user yes',
      pack('registered-user: "yes"\nexports: [{ format: pdf, sheet: s }]'),
      false
    ],
    [
      'a registered user by name, e-mail and ARN, with a namespace and a role',
      `defaults:
  user-namespace: partners
  identity-role-arn: arn:aws:iam::123456789012:role/reports/quicksight-reporter
reports:
  - dashboard: Sales Overview
    registered-user: ana@partner.example
    exports: [{ format: pdf, sheet: s }]
  - dashboard: Sales Overview
    registered-user: jane
    user-namespace: default
    exports: [{ format: pdf, sheet: s }]
  - dashboard: Sales Overview
    registered-user: arn:aws:quicksight:eu-west-1:123456789012:user/default/jane
    user-namespace: default
    exports: [{ format: pdf, sheet: s }]
`,
      true
    ],
    [
      'rls-tags with a registered user by e-mail',
      pack(
        'registered-user: jane@example.com\nrls-tags: { region: EMEA }\nexports: [{ format: pdf, sheet: s }]'
      ),
      false
    ],
    [
      'registered-user that is not a user ARN',
      pack(
        'registered-user: arn:aws:iam::123456789012:user/jane\nexports: [{ format: pdf, sheet: s }]'
      ),
      false
    ],
    [
      'registered-user that is not an e-mail',
      pack('registered-user: jane@\nexports: [{ format: pdf, sheet: s }]'),
      false
    ],
    [
      'a namespace with a slash',
      pack('registered-user: jane\nuser-namespace: a/b\nexports: [{ format: pdf, sheet: s }]'),
      false
    ],
    [
      'identity-role-arn that is a user',
      pack(
        'registered-user: jane\nidentity-role-arn: arn:aws:iam::123456789012:user/ci\nexports: [{ format: pdf, sheet: s }]'
      ),
      false
    ],
    [
      'a file name with an unknown placeholder',
      pack("file-name: '{dashboard}.{ext}'\nexports: [{ format: pdf, sheet: s }]"),
      false
    ],
    [
      'a file name that climbs out',
      pack("file-name: '../{name}.{ext}'\nexports: [{ format: pdf, sheet: s }]"),
      false
    ],
    [
      'an absolute file name',
      pack("file-name: '/tmp/{name}.{ext}'\nexports: [{ format: pdf, sheet: s }]"),
      false
    ],
    [
      'a file name that is a folder',
      pack("file-name: 'reports/'\nexports: [{ format: pdf, sheet: s }]"),
      false
    ],
    [
      'a bucket as an s3:// URI',
      pack('s3-bucket: s3://reports/nightly\nexports: [{ format: pdf, sheet: s }]'),
      false
    ],
    [
      'a bucket with capitals',
      pack('s3-bucket: My_Bucket\nexports: [{ format: pdf, sheet: s }]'),
      false
    ],
    [
      'an absolute prefix',
      pack('s3-bucket: reports\ns3-prefix: /nightly\nexports: [{ format: pdf, sheet: s }]'),
      false
    ],
    [
      'a time zone given as an offset',
      pack("timezone: '+02:00'\nexports: [{ format: pdf, sheet: s }]"),
      false
    ],
    [
      'a report name over 100 characters',
      pack(`name: ${'x'.repeat(101)}\nexports: [{ format: pdf, sheet: s }]`),
      false
    ]
  ]

  test.each(CASES)('%s: the schema agrees with the action', async (_, config, accepted) => {
    expect(await actionAccepts(config)).toBe(accepted)
    expect(schemaAccepts(config)).toBe(accepted)
  })

  /** What a JSON schema cannot see: the action still refuses these, before any AWS call. */
  const ONLY_THE_ACTION: [string, string][] = [
    [
      'an unknown time zone',
      pack('timezone: Mars/Olympus_Mons\nexports: [{ format: pdf, sheet: s }]')
    ],
    [
      'an excel workbook of 6 visuals over two sheets',
      pack(
        'exports: [{ format: excel, sheets: [{ sheet: a, visuals: [a, b, c] }, { sheet: b, visuals: [d, e, f] }] }]'
      )
    ],
    [
      's3-prefix without any s3-bucket',
      pack('s3-prefix: nightly\nexports: [{ format: pdf, sheet: s }]')
    ],
    [
      'user-namespace beside registered-user false',
      pack('user-namespace: partners\nexports: [{ format: pdf, sheet: s }]')
    ],
    [
      'identity-role-arn beside registered-user true',
      pack(
        'registered-user: true\nidentity-role-arn: arn:aws:iam::123456789012:role/x\nexports: [{ format: pdf, sheet: s }]'
      )
    ],
    [
      'a user ARN in another namespace than user-namespace',
      pack(
        'registered-user: arn:aws:quicksight:eu-west-1:123456789012:user/default/jane\nuser-namespace: partners\nexports: [{ format: pdf, sheet: s }]'
      )
    ],
    [
      'rls-tags under a registered-user default',
      'defaults: { registered-user: true }\nreports:\n  - dashboard: x\n    rls-tags: { region: EMEA }\n    exports: [{ format: pdf, sheet: s }]\n'
    ]
  ]

  test.each(ONLY_THE_ACTION)(
    '%s: the schema lets it pass, the action refuses it',
    async (_, config) => {
      expect(schemaAccepts(config)).toBe(true)
      expect(await actionAccepts(config)).toBe(false)
    }
  )

  /** The README and the pages of docs/, one text. */
  const readDocs = async (): Promise<string> => {
    const pages = (await readdir(path.join(ROOT, 'docs'))).filter((f) => f.endsWith('.md'))
    const paths = ['README.md', ...pages.map((f) => path.join('docs', f))]
    return (await Promise.all(paths.map((p) => readFile(path.join(ROOT, p), 'utf8')))).join('\n')
  }

  test('every YAML and JSON example of the README and docs/ parses', async () => {
    const readme = await readDocs()
    const yaml = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '')
    const json = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '')
    expect(yaml.length).toBeGreaterThanOrEqual(10)
    expect(json.length).toBeGreaterThanOrEqual(1)
    for (const block of yaml) expect(() => parse(block, { uniqueKeys: true })).not.toThrow()
    for (const block of json) expect(() => JSON.parse(block)).not.toThrow()
  })

  test('accepts every report pack the README and docs/ show, as the action does', async () => {
    const readme = await readDocs()
    const configs = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)]
      .map((m) => m[1] ?? '')
      .filter(
        (block) =>
          /^(?:defaults|reports):/m.test(block.replace(/^#.*\n/gm, '')) &&
          !/^\s*(?:on|jobs|-\s+uses):/m.test(block)
      )
    expect(configs.length).toBeGreaterThanOrEqual(3)
    for (const config of configs) {
      expect({ config, action: await actionAccepts(config) }).toEqual({ config, action: true })
      expect({ config, schema: schemaAccepts(config), errors: validate.errors }).toEqual({
        config,
        schema: true,
        errors: null
      })
    }
  })
})
