import { apiError, invalid } from '../api-error.js'

/** A user registered in an account's QuickSight namespace, with their own row-level security. */
export interface RegisteredUser {
  userName: string
  email: string
  /** The QuickSight namespace (`default` unless the account has others). */
  namespace: string
  /**
   * Row-level security of the user: column (case-insensitive) → the values the user may see
   * (comma-separated), as RLS tags filter the rows of an anonymous user.
   */
  rls: Record<string, string>
  /** Dashboards (catalog ids) the user has no access to: their jobs FAIL with DASHBOARD_ACCESS_DENIED. */
  deniedDashboards?: string[]
}

/** The users every account has (see emulator/README.md, "Registered users"). */
export const SEEDED_USERS: readonly RegisteredUser[] = [
  { userName: 'jane', email: 'jane@example.com', namespace: 'default', rls: { Region: 'EMEA' } },
  {
    userName: 'raj',
    email: 'raj@example.com',
    namespace: 'default',
    rls: { Region: 'APAC' },
    deniedDashboards: ['finance-monthly']
  },
  {
    userName: 'li',
    email: 'li@example.com',
    namespace: 'default',
    rls: { Region: 'AMER', Product: 'Widget,Gadget' }
  },
  { userName: 'ops-admin', email: 'ops-admin@example.com', namespace: 'default', rls: {} },
  {
    userName: 'ana',
    email: 'ana@partner.example',
    namespace: 'partners',
    rls: { Region: 'EMEA', Product: 'Gizmo' }
  }
]

/** A user's ARN in an account and region: `arn:aws:quicksight:{region}:{account}:user/{namespace}/{name}`. */
export function userArn(user: RegisteredUser, region: string, account: string): string {
  return `arn:aws:quicksight:${region}:${account}:user/${user.namespace}/${user.userName}`
}

const USER_ARN = /^arn:aws[\w-]*:quicksight:([a-z0-9-]+):(\d{12}):user\/([^/]+)\/(.+)$/
const NAMESPACE = /^[a-zA-Z0-9._-]{1,64}$/

/** Which user a GetIdentityContext request names: exactly one member of the union. */
export interface UserIdentifier {
  UserName?: unknown
  Email?: unknown
  UserArn?: unknown
}

/** The registered users of every account, by namespace. */
export class UserDirectory {
  private readonly users: RegisteredUser[] = []

  constructor(extra: RegisteredUser[] = []) {
    for (const u of [...SEEDED_USERS, ...extra]) this.add(u)
  }

  /** Registers a user (in every account); replaces one of the same name in the same namespace. */
  add(user: RegisteredUser): RegisteredUser {
    const copy = { ...user, rls: { ...user.rls } }
    const at = this.users.findIndex(
      (u) => u.namespace === user.namespace && u.userName === user.userName
    )
    if (at >= 0) this.users[at] = copy
    else this.users.push(copy)
    return copy
  }

  /** Removes a user from a namespace (as DeleteUser would); true when there was one. */
  remove(namespace: string, userName: string): boolean {
    const at = this.users.findIndex((u) => u.namespace === namespace && u.userName === userName)
    if (at >= 0) this.users.splice(at, 1)
    return at >= 0
  }

  /** The user an identity context asserts, with their ARN (undefined if since removed). */
  ofContext(c: {
    namespace: string
    userName: string
    userArn: string
  }): (RegisteredUser & { arn: string }) | undefined {
    const user = this.inNamespace(c.namespace).find((u) => u.userName === c.userName)
    return user && { ...user, arn: c.userArn }
  }

  /** Every user of a namespace. */
  inNamespace(namespace: string): RegisteredUser[] {
    return this.users.filter((u) => u.namespace === namespace)
  }

  /**
   * The user a `UserIdentifier` names, as GetIdentityContext resolves it: one of `UserName`,
   * `Email` (case-insensitive) or `UserArn`; `Namespace` required with a name or an e-mail.
   */
  resolve(id: UserIdentifier, namespace: unknown, account: string): RegisteredUser {
    const members = (['UserName', 'Email', 'UserArn'] as const).filter((k) => id[k] !== undefined)
    if (members.length !== 1)
      throw invalid('UserIdentifier must hold exactly one of UserName, Email and UserArn.')
    const member = members[0] ?? 'UserName'
    const value = id[member]
    if (typeof value !== 'string' || value.length === 0)
      throw invalid(`UserIdentifier.${member} must be a non-empty string.`)
    if (namespace !== undefined && (typeof namespace !== 'string' || !NAMESPACE.test(namespace)))
      throw invalid('Namespace must be 1-64 characters of [a-zA-Z0-9._-].')
    if (member === 'UserArn') return this.byArn(value, namespace as string | undefined, account)
    if (namespace === undefined)
      throw invalid(`Namespace is required when the UserIdentifier is a ${member}.`)
    const ns = namespace as string
    this.namespace(ns, account)
    const user = this.inNamespace(ns).find((u) =>
      member === 'Email' ? u.email.toLowerCase() === value.toLowerCase() : u.userName === value
    )
    if (!user)
      throw apiError(
        'ResourceNotFoundException',
        `The user with ${member === 'Email' ? 'e-mail' : 'name'} ${value} was not found in namespace ${ns} of account ${account}.`
      )
    return user
  }

  private byArn(arn: string, namespace: string | undefined, account: string): RegisteredUser {
    const m = USER_ARN.exec(arn)
    if (!m) throw invalid(`UserArn ${arn} is not a QuickSight user ARN.`)
    const [, , arnAccount = '', ns = '', name = ''] = m
    if (namespace !== undefined && namespace !== ns)
      throw invalid(`UserArn ${arn} is in namespace ${ns}, not ${namespace}.`)
    const user =
      arnAccount === account ? this.inNamespace(ns).find((u) => u.userName === name) : undefined
    if (!user)
      throw apiError(
        'ResourceNotFoundException',
        `The user ${arn} was not found in account ${account}.`
      )
    return user
  }

  private namespace(ns: string, account: string): void {
    if (!this.users.some((u) => u.namespace === ns))
      throw apiError(
        'ResourceNotFoundException',
        `Namespace ${ns} was not found in account ${account}.`
      )
  }
}
