import { describe, expect, test } from '@jest/globals'
import {
  identityEnhancedCredentials,
  type IdentityApi,
  QUICKSIGHT_CONTEXT_PROVIDER,
  roleOfSession,
  sessionName
} from '../../../src/aws/identity/identity-flow.js'
import type { UserIdentity } from '../../../src/aws/identity/user-identity.js'

const error = (name: string, message = name): Error => Object.assign(new Error(message), { name })
const EXPIRES = new Date('2030-01-01T00:00:00Z')

function setup(o: { callerArn?: string; contextError?: string; assumeError?: string } = {}) {
  const requests: { op: string; input: unknown }[] = []
  const masked: string[] = []
  const lines: string[] = []
  const api: IdentityApi = {
    async getIdentityContext(input) {
      requests.push({ op: 'GetIdentityContext', input })
      if (o.contextError) throw error(o.contextError, 'service says no')
      return { Context: 'qsidc.secret-context', Status: 200, RequestId: 'r' }
    },
    async assumeRole(input) {
      requests.push({ op: 'AssumeRole', input })
      if (o.assumeError) throw error(o.assumeError, 'not authorized to perform: sts:SetContext')
      return {
        Credentials: {
          AccessKeyId: 'ASIAUSER',
          SecretAccessKey: 'user-secret',
          SessionToken: 'user-token',
          Expiration: EXPIRES
        }
      }
    },
    async caller() {
      requests.push({ op: 'GetCallerIdentity', input: {} })
      return {
        account: '123456789012',
        arn: o.callerArn ?? 'arn:aws:sts::123456789012:assumed-role/github-actions/run-1'
      }
    }
  }
  const run = (identity: UserIdentity) =>
    identityEnhancedCredentials(identity, {
      api,
      accountId: '123456789012',
      mask: (s) => masked.push(s),
      log: (l) => lines.push(l)
    })
  return { run, requests, masked, lines }
}

const jane: UserIdentity = { user: { UserName: 'jane' }, namespace: 'default' }

describe('identityEnhancedCredentials', () => {
  test("GetIdentityContext, then AssumeRole of the step's own role with the context; secrets masked", async () => {
    const s = setup()
    const c = await s.run(jane)
    expect(c).toEqual({
      accessKeyId: 'ASIAUSER',
      secretAccessKey: 'user-secret',
      sessionToken: 'user-token',
      expiration: EXPIRES
    })
    expect(s.requests).toEqual([
      { op: 'GetCallerIdentity', input: {} },
      {
        op: 'GetIdentityContext',
        input: {
          AwsAccountId: '123456789012',
          UserIdentifier: { UserName: 'jane' },
          Namespace: 'default'
        }
      },
      {
        op: 'AssumeRole',
        input: {
          RoleArn: 'arn:aws:iam::123456789012:role/github-actions',
          RoleSessionName: 'qse-jane',
          ProvidedContexts: [
            { ProviderArn: QUICKSIGHT_CONTEXT_PROVIDER, ContextAssertion: 'qsidc.secret-context' }
          ]
        }
      }
    ])
    expect(s.masked).toEqual(
      expect.arrayContaining(['qsidc.secret-context', 'user-secret', 'user-token', 'ASIAUSER'])
    )
    expect(s.lines.join('\n')).not.toMatch(/secret|token|ASIAUSER/)
  })

  test('a user ARN is sent without a namespace; a given role is assumed as it is', async () => {
    const s = setup()
    const arn = 'arn:aws:quicksight:eu-west-1:123456789012:user/partners/ana'
    await s.run({
      user: { UserArn: arn },
      namespace: 'partners',
      roleArn: 'arn:aws:iam::123456789012:role/reports/quicksight-reporter'
    })
    expect(s.requests.map((r) => r.op)).toEqual(['GetIdentityContext', 'AssumeRole'])
    expect(s.requests[0]?.input).toEqual({
      AwsAccountId: '123456789012',
      UserIdentifier: { UserArn: arn },
      Namespace: undefined
    })
    expect(s.requests[1]?.input).toMatchObject({
      RoleArn: 'arn:aws:iam::123456789012:role/reports/quicksight-reporter',
      RoleSessionName: 'qse-ana'
    })
  })

  test.each([
    ['AccessDeniedException', /quicksight:GetIdentityContext/],
    ['ResourceNotFoundException', /no user jane in namespace default of account 123456789012/]
  ])('GetIdentityContext %s: an error that says what to change', async (name, message) => {
    await expect(setup({ contextError: name }).run(jane)).rejects.toThrow(message)
  })

  test("AssumeRole AccessDenied names the trust policy's sts:AssumeRole + sts:SetContext and the caller", async () => {
    const p = setup({ assumeError: 'AccessDenied' }).run(jane)
    await expect(p).rejects.toThrow(
      /trust policy must allow.*run-1.*sts:AssumeRole and sts:SetContext/
    )
    await expect(p).rejects.toThrow(/drops the role's path/)
  })

  test('credentials that are no role session need identity-role-arn', async () => {
    const s = setup({ callerArn: 'arn:aws:iam::123456789012:user/ci' })
    await expect(s.run(jane)).rejects.toThrow(/Set identity-role-arn/)
    expect(s.requests.map((r) => r.op)).toEqual(['GetCallerIdentity'])
  })

  test('roles from session ARNs, and session names', () => {
    expect(roleOfSession('arn:aws-cn:sts::123456789012:assumed-role/r/s')).toBe(
      'arn:aws-cn:iam::123456789012:role/r'
    )
    expect(roleOfSession('arn:aws:iam::123456789012:user/ci')).toBeUndefined()
    expect(sessionName({ user: { Email: 'jane@example.com' }, namespace: 'default' })).toBe(
      'qse-jane@example.com'
    )
    expect(
      sessionName({ user: { UserName: `Reader/${'j'.repeat(80)} x` }, namespace: 'default' })
    ).toMatch(/^qse-j+$/)
  })
})
