import type { UserIdentifier } from '@aws-sdk/client-quicksight'

/** A registered QuickSight user, as GetIdentityContext names one: by name, e-mail or ARN. */
export type UserRef = { UserName: string } | { Email: string } | { UserArn: string }

/**
 * Who a job runs as when the action gets identity-enhanced credentials itself: the user, their
 * namespace and the IAM role whose session carries their identity context.
 */
export interface UserIdentity {
  user: UserRef
  /** The user's QuickSight namespace (for an ARN: the ARN's own). */
  namespace: string
  /** The role to assume; absent: the role the step's credentials are a session of. */
  roleArn?: string
}

/** The user as GetIdentityContext's `UserIdentifier` union. */
export const userIdentifier = (user: UserRef): UserIdentifier => user as UserIdentifier

/** How the user was written: `jane`, `jane@example.com` or the ARN. */
export function userLabel(user: UserRef): string {
  return 'UserName' in user ? user.UserName : 'Email' in user ? user.Email : user.UserArn
}

/** Who, as a message names them: `user jane (namespace default)`. */
export function describeUser(identity: UserIdentity): string {
  const user = userLabel(identity.user)
  return 'UserArn' in identity.user
    ? `user ${user}`
    : `user ${user} (namespace ${identity.namespace})`
}

/** One key per user, namespace and role: credentials are fetched once per key and step. */
export function identityKey(identity: UserIdentity): string {
  const [member, value] = Object.entries(identity.user)[0] ?? ['', '']
  const user = member === 'Email' ? value.toLowerCase() : value
  return JSON.stringify([member, user, identity.namespace, identity.roleArn ?? ''])
}
