import type { SessionCredentials } from '../clients.js'
import { identityKey, type UserIdentity } from './user-identity.js'

/** Renew credentials this long before they expire (the SDK, too, asks again 5 minutes before). */
export const RENEW_BEFORE_MS = 5 * 60_000

interface Entry {
  credentials: Promise<SessionCredentials>
  /** When to fetch new ones (epoch ms); undefined while the fetch runs. */
  renewAt?: number
}

/**
 * A registered user's credentials for the step: fetched once per user, namespace and role however
 * many jobs ask at once, and fetched again before they expire (5 minutes before, or half their
 * lifetime for short ones). A failed fetch stays failed for the step: every job of that user gets
 * the same error, and the flow is not repeated per job.
 */
export class CredentialCache {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly fetch: (identity: UserIdentity) => Promise<SessionCredentials>,
    private readonly now: () => number = Date.now
  ) {}

  get(identity: UserIdentity): Promise<SessionCredentials> {
    const key = identityKey(identity)
    const entry = this.entries.get(key)
    if (entry && (entry.renewAt === undefined || this.now() < entry.renewAt))
      return entry.credentials
    const fetchedAt = this.now()
    const fresh: Entry = { credentials: this.fetch(identity) }
    this.entries.set(key, fresh)
    fresh.credentials.then(
      (c) => {
        const life = c.expiration.getTime() - fetchedAt
        fresh.renewAt = c.expiration.getTime() - Math.min(RENEW_BEFORE_MS, life / 2)
      },
      () => {
        fresh.renewAt = Infinity
      }
    )
    return fresh.credentials
  }
}
