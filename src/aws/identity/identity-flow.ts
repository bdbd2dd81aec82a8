import type {
  GetIdentityContextRequest,
  GetIdentityContextResponse
} from '@aws-sdk/client-quicksight'
import type { AssumeRoleRequest, AssumeRoleResponse } from '@aws-sdk/client-sts'
import type { CallerIdentity, SessionCredentials } from '../clients.js'
import { assumeRoleError, contextError, noRoleError } from './identity-errors.js'
import { describeUser, userIdentifier, userLabel, type UserIdentity } from './user-identity.js'

export const QUICKSIGHT_CONTEXT_PROVIDER = 'arn:aws:iam::aws:contextProvider/QuickSight'

/** The calls of the flow, made with the step's own credentials. */
export interface IdentityApi {
  getIdentityContext(request: GetIdentityContextRequest): Promise<GetIdentityContextResponse>
  assumeRole(request: AssumeRoleRequest): Promise<AssumeRoleResponse>
  caller(): Promise<CallerIdentity>
}

export interface FlowOptions {
  api: IdentityApi
  /** The QuickSight account (aws-account-id, else the caller's). */
  accountId: string
  /** Registers a secret with the runner before anything can log it. */
  mask: (secret: string) => void
  log: (line: string) => void
}

/**
 * A registered user's identity-enhanced credentials: QuickSight GetIdentityContext for the user,
 * then STS AssumeRole of the role with that context (ProvidedContexts). The context and the
 * session's keys are masked as soon as they arrive.
 */
export async function identityEnhancedCredentials(
  identity: UserIdentity,
  o: FlowOptions
): Promise<SessionCredentials> {
  const derived = identity.roleArn === undefined
  const roleArn = identity.roleArn ?? (await sessionRole(identity, o.api))
  let context: string | undefined
  try {
    ;({ Context: context } = await o.api.getIdentityContext({
      AwsAccountId: o.accountId,
      UserIdentifier: userIdentifier(identity.user),
      // A user ARN names its namespace; a name or an e-mail needs it.
      Namespace: 'UserArn' in identity.user ? undefined : identity.namespace
    }))
  } catch (error) {
    throw contextError(error, identity, o.accountId)
  }
  if (!context)
    throw new Error(`GetIdentityContext returned no Context for ${describeUser(identity)}`)
  o.mask(context)
  let answer: AssumeRoleResponse
  try {
    answer = await o.api.assumeRole({
      RoleArn: roleArn,
      RoleSessionName: sessionName(identity),
      ProvidedContexts: [{ ProviderArn: QUICKSIGHT_CONTEXT_PROVIDER, ContextAssertion: context }]
    })
  } catch (error) {
    const caller = await o.api.caller().then(
      (c) => c.arn,
      () => undefined
    )
    throw assumeRoleError(error, identity, roleArn, caller, derived)
  }
  const c = answer.Credentials
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration)
    throw new Error(`AssumeRole of ${roleArn} returned no complete credentials`)
  o.mask(c.SecretAccessKey)
  o.mask(c.SessionToken)
  o.mask(c.AccessKeyId)
  o.log(
    `${describeUser(identity)}: identity-enhanced session of ${roleArn} until ${c.Expiration.toISOString()}`
  )
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    expiration: c.Expiration
  }
}

/**
 * The role the step's credentials are a session of: `arn:aws:sts::A:assumed-role/R/S` →
 * `arn:aws:iam::A:role/R`. The session ARN has no path, so a role with one cannot be derived.
 */
export function roleOfSession(callerArn: string): string | undefined {
  const m = /^arn:(aws[a-z-]*):sts::(\d{12}):assumed-role\/([^/]+)\/.+$/.exec(callerArn)
  return m ? `arn:${m[1]}:iam::${m[2]}:role/${m[3]}` : undefined
}

async function sessionRole(identity: UserIdentity, api: IdentityApi): Promise<string> {
  const { arn } = await api.caller()
  const role = roleOfSession(arn)
  if (!role) throw noRoleError(identity, arn)
  return role
}

/** AssumeRole's RoleSessionName (2-64 of [\w+=,.@-]): shows in CloudTrail whom the session was for. */
export function sessionName(identity: UserIdentity): string {
  const user = userLabel(identity.user).split('/').pop() ?? 'user'
  return `qse-${user}`.replace(/[^\w+=,.@-]/g, '-').slice(0, 64)
}
