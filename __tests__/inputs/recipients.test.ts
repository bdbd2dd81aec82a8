import { describe, expect, test } from '@jest/globals'
import { Problems } from '../../src/inputs/problems.js'
import { buildReport, RECIPIENT_FILE_NAME } from '../../src/inputs/report-request.js'
import { readRecipients } from '../../src/inputs/recipients.js'

const read = (list: unknown) => {
  const problems = new Problems()
  const masked: string[] = []
  const recipients = readRecipients(list, ['recipients'], problems, (s) => masked.push(s))
  return {
    recipients,
    problems: problems.list.map((p) => `${p.path.join('.')}: ${p.message}`),
    masked
  }
}

describe('readRecipients', () => {
  test('reads names, tags (masked), registered users and parameters', () => {
    const r = read([
      { name: 'emea', 'rls-tags': { region: 'EMEA' } },
      { name: 'jane', 'registered-user': true, parameters: { Year: 2025 } }
    ])
    expect(r.problems).toEqual([])
    expect(r.masked).toEqual(['EMEA'])
    expect(r.recipients.map((x) => [x.name, x.rlsTags, x.registeredUser])).toEqual([
      ['emea', [{ Key: 'region', Value: 'EMEA' }], undefined],
      ['jane', undefined, true]
    ])
  })

  test('refuses missing, unsafe and colliding names, both users at once, over 100', () => {
    expect(
      read([
        { name: 'a' },
        { name: 'A' },
        { name: '../x' },
        { 'rls-tags': { r: 'x' } },
        { name: 'b', 'registered-user': true, 'rls-tags': { r: 'x' } },
        { name: 'c', email: 'c@example.com' }
      ]).problems
    ).toEqual([
      'recipients.1.name: name A is taken by recipient 1 (names are folders: they must differ, ignoring case)',
      `recipients.2.name: name "../x" must be 1-64 letters, digits, '_' or '-', starting with a letter or digit (it names the recipient's folder)`,
      'recipients.3.name: name is missing: each recipient needs one (its folder and {recipient})',
      "recipients.4.rls-tags: cannot be used with 'registered-user': a registered user's own row-level security applies; give this recipient one of the two",
      'recipients.5.email: unknown key; allowed: name, rls-tags, registered-user, parameters'
    ])
    const many = Array.from({ length: 101 }, (_, i) => ({ name: `r${i}` }))
    expect(read(many).problems).toEqual([
      'recipients: has 101 recipients; a report takes at most 100'
    ])
    expect(read([]).problems[0]).toMatch(/^recipients: must be a non-empty list/)
  })
})

describe('a report with recipients', () => {
  const report = (settings: Parameters<typeof buildReport>[3][number]) => {
    const problems = new Problems()
    const r = buildReport(
      ['reports', 0],
      'sales',
      [],
      [settings],
      problems,
      '{report}/{name}.{ext}'
    )
    return { r, problems: problems.list.map((p) => `${p.path.join('.')}: ${p.message}`) }
  }

  test("layers each recipient over the report: tags merge, parameters merge, the user is the recipient's", () => {
    const recipients = read([
      { name: 'emea', 'rls-tags': { region: 'EMEA' }, parameters: { Year: 2024 } },
      { name: 'plain' }
    ]).recipients
    const { r, problems } = report({
      rlsTags: [{ Key: 'tenant', Value: '7' }],
      parameters: [
        { name: 'Year', values: [2025] },
        { name: 'Product', values: ['Widget'] }
      ],
      recipients
    })
    expect(problems).toEqual([])
    expect(r.fileName).toBe(RECIPIENT_FILE_NAME)
    const [emea, plain] = r.recipients
    expect(emea?.rlsTags).toEqual([
      { Key: 'tenant', Value: '7' },
      { Key: 'region', Value: 'EMEA' }
    ])
    expect(emea?.parameters.map(({ name, values }) => ({ name, values }))).toEqual([
      { name: 'Year', values: [2024] },
      { name: 'Product', values: ['Widget'] }
    ])
    expect(plain?.rlsTags).toEqual([{ Key: 'tenant', Value: '7' }])
    expect(plain?.registeredUser).toBe(false)
  })

  test('a file-name without {recipient}, and a registered recipient under report tags, are problems', () => {
    const recipients = read([{ name: 'jane', 'registered-user': true }]).recipients
    expect(
      report({ fileName: '{name}.{ext}', rlsTags: [{ Key: 'r', Value: 'x' }], recipients }).problems
    ).toEqual([
      "recipients.0.registered-user: cannot go with the report's rls-tags: a registered user's own row-level security applies; give the rls-tags to the anonymous recipients instead",
      "reports.0.recipients: need {recipient} in file-name ('{name}.{ext}'): without it every recipient's files get the same names; for example '{report}/{recipient}/{name}.{ext}'"
    ])
  })
})
