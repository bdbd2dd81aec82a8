import { randomUUID } from 'node:crypto'
import { invalid } from '../api-error.js'
import type { ContextSigner } from './context-token.js'
import { RegisteredUser, UserDirectory, UserIdentifier, userArn } from './users.js'

/** One identity context handed out by GetIdentityContext. */
export interface IssuedContext {
  time: number
  account: string
  user: RegisteredUser
  userArn: string
  /** The token itself (a secret: tests check that it stays out of logs). */
  context: string
  /** Which member of UserIdentifier named the user. */
  identifiedBy: 'UserName' | 'Email' | 'UserArn'
  sessionExpiresAt?: number
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/

/** QuickSight GetIdentityContext: an identity token for a registered user, for STS AssumeRole. */
export class IdentityContexts {
  readonly issued: IssuedContext[] = []

  constructor(
    private readonly users: UserDirectory,
    private readonly signer: ContextSigner,
    /** How long STS accepts a context, in real ms. */
    private readonly ttlMs: () => number
  ) {}

  get(account: string, region: string, body: Record<string, unknown>): object {
    const id = body.UserIdentifier
    if (typeof id !== 'object' || id === null || Array.isArray(id))
      throw invalid('UserIdentifier is required.')
    const user = this.users.resolve(id as UserIdentifier, body.Namespace, account)
    const sessionExpiresAt = this.sessionEnd(body.SessionExpiresAt)
    const contextRegion = body.ContextRegion
    if (
      contextRegion !== undefined &&
      (typeof contextRegion !== 'string' || !REGION.test(contextRegion))
    )
      throw invalid(`ContextRegion ${String(contextRegion)} is not a region.`)
    const arn = userArn(user, region, account)
    const context = this.signer.sign({
      account,
      namespace: user.namespace,
      userName: user.userName,
      userArn: arn,
      region: (contextRegion as string | undefined) ?? region,
      expiresAt: Date.now() + this.ttlMs(),
      ...(sessionExpiresAt === undefined ? {} : { sessionExpiresAt })
    })
    const identifiedBy = (['UserName', 'Email', 'UserArn'] as const).find(
      (k) => (id as UserIdentifier)[k] !== undefined
    )
    this.issued.push({
      time: Date.now(),
      account,
      user,
      userArn: arn,
      context,
      identifiedBy: identifiedBy ?? 'UserName',
      ...(sessionExpiresAt === undefined ? {} : { sessionExpiresAt })
    })
    return { Context: context, RequestId: randomUUID() }
  }

  /** SessionExpiresAt (epoch seconds on the wire) as epoch ms; it must lie in the future. */
  private sessionEnd(value: unknown): number | undefined {
    if (value === undefined) return undefined
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw invalid('SessionExpiresAt must be a timestamp.')
    if (value * 1000 <= Date.now()) throw invalid('SessionExpiresAt must be in the future.')
    return value * 1000
  }
}
