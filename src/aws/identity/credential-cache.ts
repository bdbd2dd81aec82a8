import type { SessionCredentials } from '../clients.js'
import { identityKey, type UserIdentity } from './user-identity.js'

/** Renew credentials this long before they expire (the SDK, too, asks again 5 minutes before). */
export const RENEW_BEFORE_MS = 5 * 60_000
/** After a failed renewal, wait this long before the next try. */
export const RETRY_RENEWAL_MS = 30_000

interface Entry {
  credentials: Promise<SessionCredentials>
  /** When to fetch new ones (epoch ms); undefined while the fetch runs. */
  renewAt?: number
  /** The last credentials fetched: what a failed renewal falls back on while they are valid. */
  last?: SessionCredentials
}

/**
 * A registered user's credentials for the step: fetched once per user, namespace and role however
 * many jobs ask at once, and fetched again before they expire (5 minutes before, or half their
 * lifetime for short ones). A failed first fetch stays failed for the step: every job of that
 * user gets the same error, and the flow is not repeated per job. A failed renewal keeps the
 * working credentials while they are valid (their error once they are not) and is tried again
 * after a cool-down.
 */
export class CredentialCache {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly fetch: (identity: UserIdentity) => Promise<SessionCredentials>,
    private readonly now: () => number = Date.now,
    /** Told of each failed renewal (the job goes on with the working credentials if valid). */
    private readonly renewalFailed: (identity: UserIdentity, error: unknown) => void = () => {}
  ) {}

  get(identity: UserIdentity): Promise<SessionCredentials> {
    const key = identityKey(identity)
    const entry = this.entries.get(key)
    if (entry && (entry.renewAt === undefined || this.now() < entry.renewAt))
      return entry.credentials
    const last = entry?.last
    const fetchedAt = this.now()
    const next: Entry = {
      ...(last ? { last } : {}),
      credentials: this.fetch(identity).then(
        (c) => {
          const life = c.expiration.getTime() - fetchedAt
          next.last = c
          next.renewAt = c.expiration.getTime() - Math.min(RENEW_BEFORE_MS, life / 2)
          return c
        },
        (error: unknown) => {
          if (!last) {
            next.renewAt = Infinity
            throw error
          }
          this.renewalFailed(identity, error)
          const now = this.now()
          next.renewAt = now + RETRY_RENEWAL_MS
          if (now < last.expiration.getTime()) return last
          throw error
        }
      )
    }
    this.entries.set(key, next)
    return next.credentials
  }
}
