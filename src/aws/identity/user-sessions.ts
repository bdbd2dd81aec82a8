import type { QuickSightClient } from '@aws-sdk/client-quicksight'
import type { AwsClients } from '../clients.js'
import { CredentialCache, RETRY_RENEWAL_MS } from './credential-cache.js'
import { identityEnhancedCredentials, type IdentityApi } from './identity-flow.js'
import { describeUser, identityKey, type UserIdentity } from './user-identity.js'

/** Registered users' identity-enhanced sessions for the step, one per user, namespace and role. */
export interface UserSessions {
  /**
   * QuickSight signing as the user (one client per user), for the snapshot calls only: with the
   * step's rate limiter and retry strategy. The flow runs when its first call is made, once per
   * user however many jobs ask, and again before the credentials expire.
   */
  quicksight(identity: UserIdentity): QuickSightClient
}

export interface UserSessionsOptions {
  accountId: string
  mask: (secret: string) => void
  log: (line: string) => void
}

export function userSessions(aws: AwsClients, o: UserSessionsOptions): UserSessions {
  const api = identityApi(aws)
  const cache = new CredentialCache(
    (identity) =>
      identityEnhancedCredentials(identity, {
        api,
        accountId: o.accountId,
        mask: o.mask,
        log: o.log
      }),
    Date.now,
    (identity, error) =>
      o.log(
        `Renewing the credentials of ${describeUser(identity)} failed (${errorText(error)}); using the current ones while they are valid and trying again in ${RETRY_RENEWAL_MS / 1000} s`
      )
  )
  const clients = new Map<string, QuickSightClient>()
  return {
    quicksight(identity) {
      const key = identityKey(identity)
      let client = clients.get(key)
      if (!client) {
        client = aws.quicksightWith(() => cache.get(identity))
        clients.set(key, client)
      }
      return client
    }
  }
}

/** GetIdentityContext and AssumeRole with the step's own credentials. */
function identityApi(aws: AwsClients): IdentityApi {
  return {
    async getIdentityContext(request) {
      const { GetIdentityContextCommand } = await import('../sdk/quicksight.js')
      return aws.quicksight.send(new GetIdentityContextCommand(request))
    },
    async assumeRole(request) {
      const { AssumeRoleCommand } = await import('../sdk/sts.js')
      return (await aws.sts()).send(new AssumeRoleCommand(request))
    },
    caller: () => aws.caller()
  }
}

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)
