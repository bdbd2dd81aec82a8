import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** What an identity context (GetIdentityContext's `Context`) asserts. */
export interface IdentityContext {
  account: string
  namespace: string
  userName: string
  userArn: string
  /** The region the context is for (the call's, or ContextRegion). */
  region: string
  /** Until when STS accepts the assertion (epoch ms, real time). */
  expiresAt: number
  /** The request's SessionExpiresAt (epoch ms): sessions from this context end by then. */
  sessionExpiresAt?: number
}

const PREFIX = 'qsidc.'

/**
 * Signs identity contexts so that STS can tell them from forged or altered ones: the real token
 * is opaque ("signed and encrypted"); this one is base64url JSON plus an HMAC of it.
 */
export class ContextSigner {
  constructor(private readonly secret: Buffer = randomBytes(32)) {}

  sign(context: IdentityContext): string {
    const body = Buffer.from(JSON.stringify(context)).toString('base64url')
    return `${PREFIX}${body}.${this.mac(body)}`
  }

  /** The context a token asserts, or undefined when it is not one this emulator signed. */
  verify(token: string): IdentityContext | undefined {
    if (!token.startsWith(PREFIX)) return undefined
    const [body = '', mac = ''] = token.slice(PREFIX.length).split('.')
    const expected = Buffer.from(this.mac(body))
    const given = Buffer.from(mac)
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined
    try {
      return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as IdentityContext
    } catch {
      return undefined
    }
  }

  private mac(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url')
  }
}
