import { describeUser, userLabel, type UserIdentity } from './user-identity.js'

/** Getting a registered user's identity-enhanced credentials failed: what to change, in words. */
export class IdentityError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'IdentityError'
  }
}

const nameOf = (error: unknown): string => (error as Error | undefined)?.name ?? ''
const messageOf = (error: unknown): string => (error as Error | undefined)?.message ?? String(error)

/** QuickSight GetIdentityContext failed. */
export function contextError(error: unknown, identity: UserIdentity, accountId: string): Error {
  const who = describeUser(identity)
  const said = `${nameOf(error)}: ${messageOf(error)}`
  switch (nameOf(error)) {
    case 'AccessDeniedException':
      return new IdentityError(
        `QuickSight refused GetIdentityContext for ${who}: ${said} The step's credentials need quicksight:GetIdentityContext on the user (arn:aws:quicksight:<region>:${accountId}:user/${identity.namespace}/<user name>, or user/${identity.namespace}/*).`,
        { cause: error }
      )
    case 'ResourceNotFoundException':
      return new IdentityError(
        'UserArn' in identity.user
          ? `QuickSight has no ${who} in account ${accountId} (namespace ${identity.namespace}): ${said} Check registered-user: the ARN's account, region, namespace and user name.`
          : `QuickSight has no user ${userLabel(identity.user)} in namespace ${identity.namespace} of account ${accountId}: ${said} Check registered-user (a user name, e-mail or user ARN) and user-namespace.`,
        { cause: error }
      )
    default:
      return new IdentityError(`GetIdentityContext for ${who} failed: ${said}`, { cause: error })
  }
}

/** STS AssumeRole with the user's identity context failed. */
export function assumeRoleError(
  error: unknown,
  identity: UserIdentity,
  roleArn: string,
  /** The caller's ARN, when known: the principal the trust policy must name. */
  callerArn: string | undefined,
  /** The role was taken from the step's own session (identity-role-arn empty). */
  derived: boolean
): Error {
  const who = describeUser(identity)
  const said = `${nameOf(error)}: ${messageOf(error)}`
  const caller = callerArn ? ` (${callerArn})` : ''
  switch (nameOf(error)) {
    case 'AccessDenied':
    case 'AccessDeniedException':
      return new IdentityError(
        `STS refused AssumeRole of ${roleArn} with the QuickSight identity context of ${who}: ${said} The role's trust policy must allow the step's credentials${caller} both sts:AssumeRole and sts:SetContext (SetContext is what passing ProvidedContexts needs), and their own policy must allow them too.${
          derived
            ? " The role was taken from the step's own session because identity-role-arn is empty; a session ARN drops the role's path (role/reports/name becomes role/name): for a role with a path, set identity-role-arn to its full ARN."
            : ''
        }`,
        { cause: error }
      )
    case 'ExpiredTokenException':
    case 'ExpiredToken':
      return new IdentityError(
        `STS did not take the QuickSight identity context of ${who} (expired or not valid): ${said} Re-run the step; the action fetches a new context for every session.`,
        { cause: error }
      )
    default:
      return new IdentityError(`AssumeRole of ${roleArn} for ${who} failed: ${said}`, {
        cause: error
      })
  }
}

/** The step's credentials are no role's session and no identity-role-arn was given. */
export function noRoleError(identity: UserIdentity, callerArn: string): Error {
  return new IdentityError(
    `identity-role-arn is empty and the step's credentials (${callerArn || 'unknown'}) are not a role's session, so there is no role to assume with the QuickSight identity context of ${describeUser(identity)}. Set identity-role-arn to a role whose trust policy allows sts:AssumeRole and sts:SetContext.`
  )
}
