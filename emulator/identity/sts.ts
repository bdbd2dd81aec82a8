import { randomBytes, randomUUID } from 'node:crypto'
import type { ContextSigner, IdentityContext } from './context-token.js'
import { denied, escapeXml, STS_NS, StsError, validation } from './sts-errors.js'

/** What a role's trust policy allows the principals it trusts (every caller, in the emulator). */
export interface RoleTrust {
  /** `sts:SetContext`: needed to pass ProvidedContexts (identity-enhanced sessions). */
  setContext: boolean
}

/** Credentials AssumeRole issued. */
export interface Session {
  accessKeyId: string
  secretAccessKey: string
  sessionToken: string
  /** When the credentials stop working (epoch ms, real time; the Expiration returned). */
  expiresAt: number
  account: string
  roleArn: string
  sessionName: string
  /** `arn:aws:sts::{account}:assumed-role/{name}/{session}`. */
  assumedRoleArn: string
  /** The access key id that called AssumeRole. */
  callerKey: string
  /** The QuickSight identity context the session carries: identity-enhanced credentials. */
  identity?: IdentityContext
}

/** Who signs with a key that is not a session's: its account and ARN. */
export interface Principal {
  account: string
  arn: string
  userId: string
}

export interface StsDependencies {
  signer: ContextSigner
  /** The principal of a plain (non-session) access key id. */
  principal: (accessKeyId: string) => Principal
  /** Whether the caller's own policy denies an action such as `sts:AssumeRole`. */
  denies: (accessKeyId: string, action: string) => boolean
  /** An emulated duration in real ms. */
  scaled: (ms: number) => number
}

export const QUICKSIGHT_CONTEXT_PROVIDER = 'arn:aws:iam::aws:contextProvider/QuickSight'
/** The emulated roles' MaxSessionDuration (IAM's default). */
export const MAX_SESSION_SECONDS = 3600
const ROLE_ARN = /^arn:aws[\w-]*:iam::(\d{12}):role\/(.+)$/
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/

/** The roles every account has: path + name → trust. */
export const SEEDED_ROLES: Readonly<Record<string, RoleTrust>> = {
  'github-actions': { setContext: true },
  'quicksight-identity': { setContext: true },
  'quicksight-no-context': { setContext: false },
  'reports/quicksight-reporter': { setContext: true }
}

/** The outcome of an STS call: the XML to send, its status, and what to record. */
export interface StsReply {
  operation: string
  status: number
  xml: string
  errorType?: string
}

/** STS over the query protocol: GetCallerIdentity, and AssumeRole with ProvidedContexts. */
export class Sts {
  readonly sessions = new Map<string, Session>()
  private readonly roles = new Map<string, RoleTrust>(Object.entries(SEEDED_ROLES))
  /** Called with every session issued (the stack lets S3 accept its keys). */
  readonly onIssue: ((s: Session) => void)[] = []

  constructor(private readonly d: StsDependencies) {}

  /** Adds (or replaces) a role in every account: `name` or `path/name`. */
  addRole(pathAndName: string, trust: RoleTrust): void {
    this.roles.set(pathAndName.replace(/^\/+/, ''), trust)
  }

  /**
   * The session of a key, checked as AWS checks temporary credentials: the session token must
   * come with it, and it must not have expired. Undefined for a plain key.
   */
  authenticate(accessKeyId: string, token: string | undefined): Session | undefined {
    const s = this.sessions.get(accessKeyId)
    if (!s) return undefined
    if (token !== s.sessionToken)
      throw new StsError(
        'InvalidClientTokenId',
        403,
        'The security token included in the request is invalid.'
      )
    if (Date.now() >= s.expiresAt)
      throw new StsError(
        'ExpiredToken',
        403,
        'The security token included in the request is expired'
      )
    return s
  }

  handle(form: URLSearchParams, accessKeyId: string, token: string | undefined): StsReply {
    const operation = form.get('Action') ?? 'Unknown'
    try {
      const session = this.authenticate(accessKeyId, token)
      const caller = session
        ? { account: session.account, arn: session.assumedRoleArn, userId: roleId(session) }
        : this.d.principal(accessKeyId)
      if (operation === 'GetCallerIdentity')
        return { operation, status: 200, xml: identity(caller) }
      if (operation === 'AssumeRole')
        return { operation, status: 200, xml: this.assumeRole(form, accessKeyId, caller) }
      throw new StsError('InvalidAction', 400, `Could not find operation ${operation}.`)
    } catch (error) {
      const e =
        error instanceof StsError
          ? error
          : new StsError('InternalFailure', 500, String(error), 'Receiver')
      return { operation, status: e.status, xml: e.xml(), errorType: e.code }
    }
  }

  private assumeRole(form: URLSearchParams, callerKey: string, caller: Principal): string {
    const roleArn = form.get('RoleArn')
    const sessionName = form.get('RoleSessionName')
    if (roleArn === null)
      throw validation(
        "1 validation error detected: Value null at 'roleArn' failed to satisfy constraint: Member must not be null"
      )
    if (sessionName === null)
      throw validation(
        "1 validation error detected: Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null"
      )
    const m = ROLE_ARN.exec(roleArn)
    if (!m || roleArn.length < 20 || roleArn.length > 2048)
      throw validation(`${roleArn} is invalid`)
    if (!SESSION_NAME.test(sessionName))
      throw validation(
        `1 validation error detected: Value '${sessionName}' at 'roleSessionName' failed to satisfy constraint: Member must have length between 2 and 64 and match [\\w+=,.@-]*`
      )
    const duration = durationOf(form.get('DurationSeconds'))
    const contexts = providedContexts(form)
    const [, account = '', pathAndName = ''] = m
    const trust = this.roles.get(pathAndName)
    if (!trust || this.d.denies(callerKey, 'sts:AssumeRole'))
      throw denied(caller.arn, 'sts:AssumeRole', roleArn)
    if (contexts.length > 0 && (!trust.setContext || this.d.denies(callerKey, 'sts:SetContext')))
      throw denied(caller.arn, 'sts:SetContext', roleArn)
    const identity = this.identityOf(contexts)
    const name = pathAndName.split('/').pop() ?? pathAndName
    let expiresAt = Date.now() + this.d.scaled(duration * 1000)
    if (identity?.sessionExpiresAt !== undefined)
      expiresAt = Math.min(expiresAt, identity.sessionExpiresAt)
    const session: Session = {
      accessKeyId: `ASIA${randomBytes(8).toString('hex').toUpperCase()}`,
      secretAccessKey: randomBytes(30).toString('base64'),
      sessionToken: `IQoJb3JpZ2luX2VtdWxhdG9y${randomBytes(96).toString('base64')}`,
      expiresAt,
      account,
      roleArn,
      sessionName,
      assumedRoleArn: `arn:aws:sts::${account}:assumed-role/${name}/${sessionName}`,
      callerKey,
      ...(identity ? { identity } : {})
    }
    this.sessions.set(session.accessKeyId, session)
    for (const f of this.onIssue) f(session)
    return `<AssumeRoleResponse xmlns="${STS_NS}"><AssumeRoleResult><AssumedRoleUser><AssumedRoleId>${roleId(session)}</AssumedRoleId><Arn>${escapeXml(session.assumedRoleArn)}</Arn></AssumedRoleUser><Credentials><AccessKeyId>${session.accessKeyId}</AccessKeyId><SecretAccessKey>${session.secretAccessKey}</SecretAccessKey><SessionToken>${session.sessionToken}</SessionToken><Expiration>${new Date(expiresAt).toISOString()}</Expiration></Credentials></AssumeRoleResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></AssumeRoleResponse>`
  }

  /** The QuickSight identity the contexts assert (ExpiredTokenException when one is not valid). */
  private identityOf(
    contexts: { provider: string; assertion: string }[]
  ): IdentityContext | undefined {
    let identity: IdentityContext | undefined
    for (const c of contexts) {
      if (c.provider !== QUICKSIGHT_CONTEXT_PROVIDER)
        throw new StsError(
          'InvalidParameterValue',
          400,
          `The context provider ${c.provider} is not supported by this emulator (only ${QUICKSIGHT_CONTEXT_PROVIDER}).`
        )
      const asserted = this.d.signer.verify(c.assertion)
      if (!asserted || Date.now() >= asserted.expiresAt)
        throw new StsError(
          'ExpiredTokenException',
          400,
          'The provided context assertion is expired or is not valid. Get a new one from the context provider and retry.'
        )
      identity = asserted
    }
    return identity
  }
}

function durationOf(raw: string | null): number {
  if (raw === null) return 3600
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 900 || n > 43200)
    throw validation(
      `1 validation error detected: Value '${raw}' at 'durationSeconds' failed to satisfy constraint: Member must have value between 900 and 43200`
    )
  if (n > MAX_SESSION_SECONDS)
    throw validation(
      'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.'
    )
  return n
}

/** `ProvidedContexts.member.N.{ProviderArn,ContextAssertion}` as the query protocol sends them. */
function providedContexts(form: URLSearchParams): { provider: string; assertion: string }[] {
  const contexts: { provider: string; assertion: string }[] = []
  for (
    let n = 1;
    form.has(`ProvidedContexts.member.${n}.ProviderArn`) ||
    form.has(`ProvidedContexts.member.${n}.ContextAssertion`);
    n++
  ) {
    const provider = form.get(`ProvidedContexts.member.${n}.ProviderArn`) ?? ''
    const assertion = form.get(`ProvidedContexts.member.${n}.ContextAssertion`) ?? ''
    if (provider.length < 20 || provider.length > 2048)
      throw validation(
        `1 validation error detected: Value at 'providedContexts.${n}.member.providerArn' failed to satisfy constraint: Member must have length between 20 and 2048`
      )
    if (assertion.length < 4 || assertion.length > 2048)
      throw validation(
        `1 validation error detected: Value at 'providedContexts.${n}.member.contextAssertion' failed to satisfy constraint: Member must have length between 4 and 2048`
      )
    contexts.push({ provider, assertion })
  }
  if (contexts.length > 5)
    throw validation(
      "1 validation error detected: Value at 'providedContexts' failed to satisfy constraint: Member must have length less than or equal to 5"
    )
  return contexts
}

function roleId(s: Session): string {
  const hash = Buffer.from(s.roleArn).toString('hex').toUpperCase().slice(-17)
  return `AROA${hash}:${s.sessionName}`
}

function identity(p: Principal): string {
  return `<GetCallerIdentityResponse xmlns="${STS_NS}"><GetCallerIdentityResult><Arn>${escapeXml(p.arn)}</Arn><UserId>${escapeXml(p.userId)}</UserId><Account>${p.account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`
}
