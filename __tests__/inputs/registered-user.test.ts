import { describe, expect, test } from '@jest/globals'
import { Problems } from '../../src/inputs/problems.js'
import {
  identityOf,
  readNamespace,
  readRegisteredUser,
  readRoleArn
} from '../../src/inputs/registered-user.js'

const read = (value: unknown) => {
  const problems = new Problems()
  return {
    value: readRegisteredUser(value, ['registered-user'], problems),
    problems: problems.list
  }
}

describe('registered-user', () => {
  test.each([
    [true, true],
    [false, false],
    ['true', true],
    ['FALSE', false],
    ['jane', { UserName: 'jane' }],
    ['QuickSightReader/jane', { UserName: 'QuickSightReader/jane' }],
    [' jane@example.com ', { Email: 'jane@example.com' }],
    [
      'arn:aws:quicksight:eu-west-1:123456789012:user/partners/ana',
      { UserArn: 'arn:aws:quicksight:eu-west-1:123456789012:user/partners/ana' }
    ]
  ])('%j reads as %j', (value, expected) => {
    expect(read(value)).toEqual({ value: expected, problems: [] })
  })

  test.each([
    ['yes', /yes\/no word/],
    ['Off', /yes\/no word/],
    ['', /must be true, false, or a user/],
    [3, /must be true, false, or a user/],
    ['jane@', /not an e-mail/],
    ['arn:aws:iam::123456789012:user/jane', /not a QuickSight user ARN/],
    ['a\tb', /control characters/]
  ])('%j is a problem', (value, message) => {
    const { value: v, problems } = read(value)
    expect(v).toBeUndefined()
    expect(problems).toHaveLength(1)
    expect(problems[0]?.message).toMatch(message)
  })

  test('namespaces and role ARNs follow QuickSight and IAM', () => {
    const problems = new Problems()
    expect(readNamespace('partners', [], problems)).toBe('partners')
    expect(readRoleArn('arn:aws:iam::123456789012:role/reports/reporter', [], problems)).toBe(
      'arn:aws:iam::123456789012:role/reports/reporter'
    )
    expect(problems.list).toEqual([])
    expect(readNamespace('a/b', ['user-namespace'], problems)).toBeUndefined()
    expect(readNamespace('x'.repeat(65), ['user-namespace'], problems)).toBeUndefined()
    expect(readRoleArn('arn:aws:iam::123456789012:user/ci', ['r'], problems)).toBeUndefined()
    expect(problems.list.map((p) => p.path)).toEqual([
      ['user-namespace'],
      ['user-namespace'],
      ['r']
    ])
  })
})

describe('identityOf', () => {
  test('a user name takes the namespace (default: default) and the role', () => {
    const problems = new Problems()
    expect(
      identityOf(
        [],
        { registeredUser: { UserName: 'jane' }, identityRoleArn: 'arn:r' },
        {},
        problems
      )
    ).toEqual({
      registeredUser: true,
      identity: { user: { UserName: 'jane' }, namespace: 'default', roleArn: 'arn:r' }
    })
    expect(problems.list).toEqual([])
  })

  test('a user ARN brings its own namespace; another user-namespace is a problem', () => {
    const arn = 'arn:aws:quicksight:eu-west-1:123456789012:user/partners/ana'
    const problems = new Problems()
    expect(identityOf([], { registeredUser: { UserArn: arn } }, {}, problems).identity).toEqual({
      user: { UserArn: arn },
      namespace: 'partners',
      roleArn: undefined
    })
    identityOf(
      ['reports', 0],
      { registeredUser: { UserArn: arn }, userNamespace: 'default' },
      {},
      problems
    )
    expect(problems.list).toEqual([
      {
        path: ['reports', 0, 'user-namespace'],
        message: expect.stringMatching(/namespace partners/)
      }
    ])
  })

  test('user-namespace or identity-role-arn of its own beside true or false is a problem; inherited ones are not', () => {
    const problems = new Problems()
    expect(
      identityOf([], { registeredUser: true }, { identityRoleArn: 'arn:r' }, problems)
    ).toEqual({
      registeredUser: true
    })
    identityOf([], {}, { userNamespace: 'partners' }, problems)
    identityOf([], { userNamespace: 'partners' }, {}, problems)
    expect(problems.list.map((p) => p.path)).toEqual([['identity-role-arn'], ['user-namespace']])
  })
})
