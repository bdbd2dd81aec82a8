import { describe, expect, test } from '@jest/globals'
import type { SessionCredentials } from '../../../src/aws/clients.js'
import {
  CredentialCache,
  RENEW_BEFORE_MS,
  RETRY_RENEWAL_MS
} from '../../../src/aws/identity/credential-cache.js'
import type { UserIdentity } from '../../../src/aws/identity/user-identity.js'

const HOUR = 3_600_000
const jane: UserIdentity = { user: { UserName: 'jane' }, namespace: 'default' }
const janeByMail: UserIdentity = { user: { Email: 'Jane@Example.com' }, namespace: 'default' }
const janeMail: UserIdentity = { user: { Email: 'jane@example.com' }, namespace: 'default' }
const raj: UserIdentity = { user: { UserName: 'raj' }, namespace: 'default' }

/** A cache over a fake flow: each fetch gives new keys valid `lifeMs` from the fake clock's now. */
function setup(lifeMs = HOUR) {
  let now = 1_000_000
  const fetched: string[] = []
  const renewalsFailed: string[] = []
  let release: (() => void) | undefined
  let hold = false
  let failing = false
  const cache = new CredentialCache(
    async (identity): Promise<SessionCredentials> => {
      const n = fetched.push(JSON.stringify(identity.user))
      const at = now
      if (hold) await new Promise<void>((r) => (release = r))
      if (failing) throw new Error(`AccessDenied ${n}`)
      return {
        accessKeyId: `ASIA${n}`,
        secretAccessKey: `secret${n}`,
        sessionToken: `token${n}`,
        expiration: new Date(at + lifeMs)
      }
    },
    () => now,
    (identity, error) => renewalsFailed.push(`${JSON.stringify(identity.user)}: ${String(error)}`)
  )
  return {
    cache,
    fetched,
    renewalsFailed,
    advance: (ms: number) => (now += ms),
    holdFetches: () => (hold = true),
    failFetches: (fail: boolean) => (failing = fail),
    releaseFetch: () => release?.()
  }
}

describe('CredentialCache', () => {
  test('one flow per user, however many jobs ask at once', async () => {
    const s = setup()
    s.holdFetches()
    const asked = Array.from({ length: 12 }, () => s.cache.get(jane))
    await Promise.resolve()
    s.releaseFetch()
    const all = await Promise.all(asked)
    expect(s.fetched).toHaveLength(1)
    expect(new Set(all.map((c) => c.accessKeyId))).toEqual(new Set(['ASIA1']))
    // Later jobs of the same user share them too.
    expect((await s.cache.get(jane)).accessKeyId).toBe('ASIA1')
    expect(s.fetched).toHaveLength(1)
  })

  test('users, namespaces and roles each have their own; e-mails match in any case', async () => {
    const s = setup()
    await Promise.all([
      s.cache.get(jane),
      s.cache.get(raj),
      s.cache.get(janeByMail),
      s.cache.get(janeMail),
      s.cache.get({ ...jane, namespace: 'partners' }),
      s.cache.get({ ...jane, roleArn: 'arn:aws:iam::123456789012:role/other' })
    ])
    expect(s.fetched).toHaveLength(5)
  })

  test(`renews ${RENEW_BEFORE_MS / 60_000} minutes before the expiration, not earlier`, async () => {
    const s = setup()
    expect((await s.cache.get(jane)).accessKeyId).toBe('ASIA1')
    s.advance(HOUR - RENEW_BEFORE_MS - 1)
    expect((await s.cache.get(jane)).accessKeyId).toBe('ASIA1')
    s.advance(1)
    const renewed = await s.cache.get(jane)
    expect(renewed.accessKeyId).toBe('ASIA2')
    expect(renewed.expiration.getTime()).toBe(1_000_000 + HOUR - RENEW_BEFORE_MS + HOUR)
    // A long step: renewed again an hour later, and used in between.
    s.advance(HOUR / 2)
    expect((await s.cache.get(jane)).accessKeyId).toBe('ASIA2')
    s.advance(HOUR / 2)
    expect((await s.cache.get(jane)).accessKeyId).toBe('ASIA3')
    expect(s.fetched).toHaveLength(3)
  })

  test('short sessions are renewed after half their life', async () => {
    const s = setup(60_000)
    await s.cache.get(jane)
    s.advance(29_999)
    expect((await s.cache.get(jane)).accessKeyId).toBe('ASIA1')
    s.advance(1)
    expect((await s.cache.get(jane)).accessKeyId).toBe('ASIA2')
  })

  test('a renewal asked for by several jobs at once is one flow', async () => {
    const s = setup()
    await s.cache.get(jane)
    s.advance(HOUR)
    s.holdFetches()
    const asked = [s.cache.get(jane), s.cache.get(jane), s.cache.get(jane)]
    await Promise.resolve()
    s.releaseFetch()
    expect((await Promise.all(asked)).map((c) => c.accessKeyId)).toEqual([
      'ASIA2',
      'ASIA2',
      'ASIA2'
    ])
    expect(s.fetched).toHaveLength(2)
  })

  test('a failed flow fails every job of that user once, without repeating the flow', async () => {
    let calls = 0
    const cache = new CredentialCache(async () => {
      calls++
      throw new Error('AccessDenied')
    })
    await expect(cache.get(jane)).rejects.toThrow('AccessDenied')
    await expect(cache.get(jane)).rejects.toThrow('AccessDenied')
    expect(calls).toBe(1)
  })

  test('a failed renewal keeps the working credentials while they are valid, and is retried after a cool-down', async () => {
    const s = setup()
    expect((await s.cache.get(jane)).accessKeyId).toBe('ASIA1')
    s.advance(HOUR - RENEW_BEFORE_MS)
    s.failFetches(true)
    expect((await s.cache.get(jane)).accessKeyId).toBe('ASIA1')
    expect(s.fetched).toHaveLength(2)
    // Not retried at every job during the cool-down.
    s.advance(RETRY_RENEWAL_MS - 1)
    expect((await s.cache.get(jane)).accessKeyId).toBe('ASIA1')
    expect(s.fetched).toHaveLength(2)
    s.advance(1)
    expect((await s.cache.get(jane)).accessKeyId).toBe('ASIA1')
    expect(s.fetched).toHaveLength(3)
    s.failFetches(false)
    s.advance(RETRY_RENEWAL_MS)
    expect((await s.cache.get(jane)).accessKeyId).toBe('ASIA4')
    expect(s.fetched).toHaveLength(4)
    expect(s.renewalsFailed).toEqual([
      '{"UserName":"jane"}: Error: AccessDenied 2',
      '{"UserName":"jane"}: Error: AccessDenied 3'
    ])
  })

  test('a renewal failing once the old credentials expired is that error, retried after the cool-down', async () => {
    const s = setup()
    await s.cache.get(jane)
    s.advance(HOUR)
    s.failFetches(true)
    await expect(s.cache.get(jane)).rejects.toThrow('AccessDenied 2')
    await expect(s.cache.get(jane)).rejects.toThrow('AccessDenied 2')
    s.failFetches(false)
    s.advance(RETRY_RENEWAL_MS)
    expect((await s.cache.get(jane)).accessKeyId).toBe('ASIA3')
  })
})
