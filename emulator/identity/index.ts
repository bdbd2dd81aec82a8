import { apiError, ApiError } from '../api-error.js'
import { ContextSigner, IdentityContext } from './context-token.js'
import { IdentityContexts } from './identity-context.js'
import { Principal, RoleTrust, Sts } from './sts.js'
import type { StsError } from './sts-errors.js'
import { RegisteredUser, UserDirectory } from './users.js'

export type { IdentityContext } from './context-token.js'
export type { IssuedContext } from './identity-context.js'
export type { RoleTrust, Session } from './sts.js'
export { QUICKSIGHT_CONTEXT_PROVIDER, SEEDED_ROLES } from './sts.js'
export { SEEDED_USERS, userArn } from './users.js'
export type { RegisteredUser } from './users.js'

/**
 * The operations the API reference lists as callable with identity-enhanced credentials
 * (GetIdentityContext: "Currently, you can call the following APIs with identity-enhanced
 * Credentials").
 */
export const IDENTITY_ENHANCED_OPERATIONS: ReadonlySet<string> = new Set([
  'StartDashboardSnapshotJob',
  'DescribeDashboardSnapshotJob',
  'DescribeDashboardSnapshotJobResult'
])

export interface IdentityOptions {
  /** More registered users (every account has the seeded ones too). */
  users?: RegisteredUser[]
  /** More roles: `name` or `path/name` → trust (every account has the seeded ones too). */
  roles?: Record<string, RoleTrust>
  /** How long STS accepts an identity context after GetIdentityContext, seconds (× timeScale). */
  identityContextTtlSeconds?: number
}

/** Registered users, GetIdentityContext and STS, and who signs each QuickSight call. */
export class Identity {
  readonly users: UserDirectory
  readonly contexts: IdentityContexts
  readonly sts: Sts

  constructor(
    options: IdentityOptions,
    deps: {
      principal: (accessKeyId: string) => Principal
      denies: (accessKeyId: string, action: string) => boolean
      scaled: (ms: number) => number
    }
  ) {
    const signer = new ContextSigner()
    this.users = new UserDirectory(options.users)
    this.contexts = new IdentityContexts(this.users, signer, () =>
      deps.scaled((options.identityContextTtlSeconds ?? 3600) * 1000)
    )
    this.sts = new Sts({ signer, ...deps })
    for (const [role, trust] of Object.entries(options.roles ?? {})) this.sts.addRole(role, trust)
  }

  /**
   * The identity a QuickSight call is made with: undefined for plain credentials, the user's
   * context for identity-enhanced ones. Temporary credentials need their session token and
   * expire (HTTP 403 `UnrecognizedClientException` / `ExpiredTokenException`, as AWS's common
   * errors); identity-enhanced ones may call only the documented operations, in the user's
   * own account, for a user who still exists (`AccessDeniedException`).
   */
  callerOf(
    accessKeyId: string,
    token: string | undefined,
    operation: string,
    account: string
  ): IdentityContext | undefined {
    let session
    try {
      session = this.sts.authenticate(accessKeyId, token)
    } catch (error) {
      const e = error as StsError
      throw e.code === 'ExpiredToken'
        ? new ApiError('ExpiredTokenException', 403, e.message)
        : new ApiError('UnrecognizedClientException', 403, e.message)
    }
    const identity = session?.identity
    if (!session || !identity) return undefined
    const refuse = (why: string): ApiError =>
      apiError(
        'AccessDeniedException',
        `User: ${session.assumedRoleArn} is not authorized to perform: quicksight:${operation}: ${why}`
      )
    if (!IDENTITY_ENHANCED_OPERATIONS.has(operation))
      throw refuse(
        `identity-enhanced credentials can call only ${[...IDENTITY_ENHANCED_OPERATIONS].join(', ')}.`
      )
    if (account !== identity.account)
      throw refuse(
        `the credentials are for user ${identity.userArn} of account ${identity.account}.`
      )
    // The API reference's Access Denied cases include a user without access to the dashboard;
    // a user deleted since the credentials were issued has access to none.
    if (!this.users.ofContext(identity))
      throw refuse(`the user ${identity.userArn} no longer exists.`)
    return identity
  }
}
