import type { UserIdentity } from '../aws/identity/user-identity.js'
import { readParameters, type RawParameter } from './parameters.js'
import type { Path, Problems } from './problems.js'
import {
  identityOf,
  readRegisteredUser,
  type RegisteredUserKeys,
  type RegisteredUserSetting
} from './registered-user.js'
import { readRlsTags, type RlsTag } from './rls-tags.js'
import { checkKeys, isPlainObject, typeName } from './yaml-values.js'

/** A report makes each recipient's files with that recipient's user: at most this many. */
export const MAX_RECIPIENTS = 100
/** A folder name and part of a job id: letters, digits, '_' and '-'. */
const NAME = /^[A-Za-z0-9][\w-]{0,63}$/
const KEYS = ['name', 'rls-tags', 'registered-user', 'parameters'] as const

/** One recipient as written: who gets the report's files, as which user. */
export interface RecipientRequest {
  /** Where it was written (for problems found when it meets its report). */
  path: Path
  name: string
  /** An anonymous user with these tags (layered over the report's). */
  rlsTags?: RlsTag[]
  /** A registered user's own permissions and row-level security: a user, or true (the step's credentials). */
  registeredUser?: RegisteredUserSetting
  /** Layered over the report's parameters. */
  parameters?: RawParameter[]
}

/** A recipient with its report's settings applied: the user and parameters of its jobs. */
export interface RecipientSpec {
  path: Path
  name: string
  rlsTags: RlsTag[]
  registeredUser: boolean
  /** The registered user the action gets identity-enhanced credentials for (once per user and step). */
  identity?: UserIdentity
  parameters: RawParameter[]
}

/**
 * Reads a list of recipients (a report's or defaults' `recipients`, the `recipients` input).
 * Names are required, safe as folder names and unique per list (case-insensitively: folders
 * must not collide on any file system); `rls-tags` and `registered-user: true` exclude each other.
 */
export function readRecipients(
  list: unknown,
  path: Path,
  problems: Problems,
  mask: (secret: string) => void
): RecipientRequest[] {
  if (!Array.isArray(list) || list.length === 0) {
    problems.add(
      path,
      `must be a non-empty list of recipients, each with a name (and rls-tags, registered-user or parameters), not ${typeName(list)}`
    )
    return []
  }
  if (list.length > MAX_RECIPIENTS) {
    problems.add(path, `has ${list.length} recipients; a report takes at most ${MAX_RECIPIENTS}`)
    return []
  }
  const seen = new Map<string, number>()
  return list.flatMap((item, i): RecipientRequest[] => {
    const at: Path = [...path, i]
    if (!isPlainObject(item)) {
      problems.add(at, `must be a mapping with a name, not ${typeName(item)}`)
      return []
    }
    checkKeys(item, KEYS, at, problems)
    const name = typeof item.name === 'number' ? String(item.name) : item.name
    if (typeof name !== 'string' || !NAME.test(name)) {
      problems.add(
        [...at, 'name'],
        name === undefined
          ? 'name is missing: each recipient needs one (its folder and {recipient})'
          : `name ${JSON.stringify(name)} must be 1-64 letters, digits, '_' or '-', starting with a letter or digit (it names the recipient's folder)`
      )
      return []
    }
    const twice = seen.get(name.toLowerCase())
    if (twice !== undefined) {
      problems.add(
        [...at, 'name'],
        `name ${name} is taken by recipient ${twice + 1} (names are folders: they must differ, ignoring case)`
      )
      return []
    }
    seen.set(name.toLowerCase(), i)
    const recipient: RecipientRequest = {
      path: at,
      name,
      rlsTags:
        item['rls-tags'] === undefined
          ? undefined
          : readRlsTags(item['rls-tags'], [...at, 'rls-tags'], problems, mask),
      registeredUser:
        item['registered-user'] === undefined
          ? undefined
          : readRegisteredUser(item['registered-user'], [...at, 'registered-user'], problems),
      parameters:
        item.parameters === undefined
          ? undefined
          : readParameters(item.parameters, [...at, 'parameters'], problems)
    }
    if (recipient.registeredUser && recipient.rlsTags)
      problems.add(
        [...at, 'rls-tags'],
        "cannot be used with 'registered-user': a registered user's own row-level security applies; give this recipient one of the two"
      )
    return [recipient]
  })
}

/**
 * A recipient over its report: tags merge key by key over the report's and make an anonymous
 * user; `registered-user` replaces the report's user (a user named takes the report's
 * user-namespace and identity-role-arn); parameters merge by name. A registered recipient of a
 * report with rls-tags is a problem (the tags would be dropped).
 */
export function applyRecipient(
  r: RecipientRequest,
  report: {
    rlsTags: RlsTag[]
    registeredUser: boolean
    identity?: UserIdentity
    parameters: RawParameter[]
  },
  /** The report's user-namespace and identity-role-arn, as its layers give them. */
  keys: RegisteredUserKeys,
  problems: Problems,
  merge: {
    tags: (...lists: (RlsTag[] | undefined)[]) => RlsTag[]
    parameters: (...lists: RawParameter[][]) => RawParameter[]
  }
): RecipientSpec {
  // The recipient's own user, else an anonymous one when it gives tags, else the report's user.
  const user =
    r.registeredUser !== undefined
      ? identityOf(r.path, { ...keys, registeredUser: r.registeredUser }, {}, problems)
      : r.rlsTags
        ? { registeredUser: false }
        : { registeredUser: report.registeredUser, identity: report.identity }
  if (user.registeredUser && r.registeredUser !== undefined && report.rlsTags.length > 0)
    problems.add(
      [...r.path, 'registered-user'],
      "cannot go with the report's rls-tags: a registered user's own row-level security applies; give the rls-tags to the anonymous recipients instead"
    )
  return {
    path: r.path,
    name: r.name,
    rlsTags: user.registeredUser ? [] : merge.tags(report.rlsTags, r.rlsTags),
    ...user,
    parameters: merge.parameters(report.parameters, r.parameters ?? [])
  }
}
