import type { UserIdentity, UserRef } from '../aws/identity/user-identity.js'
import type { Path, Problems } from './problems.js'

/**
 * `registered-user`: false (an anonymous user), true (the step's credentials are already
 * identity-enhanced), or the user to get identity-enhanced credentials for.
 */
export type RegisteredUserSetting = boolean | UserRef

/** A QuickSight user ARN: arn:{partition}:quicksight:{region}:{account}:user/{namespace}/{name}. */
const USER_ARN =
  /^arn:aws[a-z-]*:quicksight:[a-z0-9-]+:(\d{12}):user\/([a-zA-Z0-9._-]{1,64})\/(.+)$/
/** QuickSight's Namespace: 1-64 letters, digits, '.', '_' or '-'. */
const NAMESPACE = /^[a-zA-Z0-9._-]{1,64}$/
/** An IAM role ARN, its path included: arn:{partition}:iam::{account}:role/{path/}{name}. */
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/(?:[\w+=,.@-]+\/)*[\w+=,.@-]{1,64}$/
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/
/** Words YAML 1.1 reads as booleans: a user called "yes" is far less likely than a mistake. */
const AMBIGUOUS = /^(y|yes|n|no|on|off)$/i

export const REGISTERED_USER_EXAMPLE =
  'registered-user: jane@example.com (a user name, e-mail or user ARN), true (the credentials are already identity-enhanced) or false'
export const NAMESPACE_EXAMPLE = 'user-namespace: default'
export const ROLE_ARN_EXAMPLE =
  'identity-role-arn: arn:aws:iam::123456789012:role/quicksight-identity'

/** Reads registered-user from an action input (text) or a config file (a YAML boolean or text). */
export function readRegisteredUser(
  value: unknown,
  path: Path,
  problems: Problems
): RegisteredUserSetting | undefined {
  if (typeof value === 'boolean') return value
  if (typeof value !== 'string' || value.trim() === '') {
    problems.add(
      path,
      `must be true, false, or a user name, e-mail or user ARN, not ${JSON.stringify(value)}`
    )
    return undefined
  }
  const v = value.trim()
  if (/^true$/i.test(v)) return true
  if (/^false$/i.test(v)) return false
  const fail = (rule: string): undefined => {
    problems.add(path, `${JSON.stringify(v.slice(0, 200))} ${rule}`)
    return undefined
  }
  if (AMBIGUOUS.test(v))
    return fail(
      'reads as a yes/no word: write true or false (a user really called that: give their e-mail or ARN)'
    )
  if (v.length > 256 || /[\0-\x1f\x7f]/.test(v))
    return fail('must be at most 256 characters without control characters')
  if (v.startsWith('arn:'))
    return USER_ARN.test(v)
      ? { UserArn: v }
      : fail(
          'is not a QuickSight user ARN: arn:aws:quicksight:<region>:<account>:user/<namespace>/<user name>'
        )
  if (v.includes('@'))
    return EMAIL.test(v) ? { Email: v } : fail('is not an e-mail address such as jane@example.com')
  return { UserName: v }
}

/** user-namespace: a QuickSight namespace name. */
export function readNamespace(value: unknown, path: Path, problems: Problems): string | undefined {
  const v = typeof value === 'string' ? value.trim() : value
  if (typeof v === 'string' && NAMESPACE.test(v)) return v
  problems.add(
    path,
    `${JSON.stringify(v)} is not a QuickSight namespace: 1-64 letters, digits, '.', '_' or '-' (the users' namespace is 'default' unless you made others)`
  )
  return undefined
}

/** identity-role-arn: an IAM role ARN, path included. */
export function readRoleArn(value: unknown, path: Path, problems: Problems): string | undefined {
  const v = typeof value === 'string' ? value.trim() : value
  if (typeof v === 'string' && ROLE_ARN.test(v)) return v
  problems.add(
    path,
    `${JSON.stringify(v)} is not an IAM role ARN: arn:aws:iam::<account>:role/<path/><name>`
  )
  return undefined
}

/** The namespace of a user ARN. */
function arnNamespace(arn: string): string | undefined {
  return USER_ARN.exec(arn)?.[2]
}

/** The registered-user keys of a report, as picked from its layers (the last layer's own value wins). */
export interface RegisteredUserKeys {
  registeredUser?: RegisteredUserSetting
  userNamespace?: string
  identityRoleArn?: string
}

/**
 * Who a report's jobs run as: `picked` are the values the layers give, `own` the report's own
 * layer (a report of a pack, or the action's inputs for one dashboard). user-namespace and
 * identity-role-arn set beside a registered-user that is not a user would be ignored: a problem.
 */
export function identityOf(
  path: Path,
  picked: RegisteredUserKeys,
  own: RegisteredUserKeys,
  problems: Problems
): { registeredUser: boolean; identity?: UserIdentity } {
  const setting = picked.registeredUser ?? false
  if (typeof setting === 'boolean') {
    for (const [key, value] of [
      ['user-namespace', own.userNamespace],
      ['identity-role-arn', own.identityRoleArn]
    ] as const)
      if (value !== undefined)
        problems.add(
          [...path, key],
          `applies only when registered-user names a user (a user name, e-mail or ARN), and it is ${setting}: ${setting ? "the step's credentials are used as they are" : 'the jobs run as an anonymous user'}; remove ${key}, or set registered-user to the user`
        )
    return { registeredUser: setting }
  }
  let namespace = picked.userNamespace ?? 'default'
  if ('UserArn' in setting) {
    const inArn = arnNamespace(setting.UserArn) ?? namespace
    if (picked.userNamespace !== undefined && picked.userNamespace !== inArn)
      problems.add(
        [...path, 'user-namespace'],
        `is ${picked.userNamespace}, but the user ARN in registered-user is in namespace ${inArn}; remove user-namespace (an ARN names its own namespace)`
      )
    namespace = inArn
  }
  return {
    registeredUser: true,
    identity: { user: setting, namespace, roleArn: picked.identityRoleArn }
  }
}
