import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { apiError, invalid } from './api-error.js'

/** One page of a listing and the token for the next, if any. */
export interface Page<T> {
  items: T[]
  nextToken?: string
}

/**
 * Pages like QuickSight's list and search operations: at most `pageSize` items per call (fewer
 * when MaxResults asks for fewer) and opaque, signed NextTokens bound to the account and query,
 * so a forged, altered or foreign token is an InvalidNextTokenException.
 */
export class Paginator {
  private readonly secret = randomBytes(32)

  constructor(private readonly pageSize: number) {}

  page<T>(items: T[], scope: string, maxResults: number | undefined, token?: string): Page<T> {
    if (maxResults !== undefined && !(Number.isInteger(maxResults) && maxResults >= 1))
      throw invalid(
        `1 validation error detected: Value '${maxResults}' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1`
      )
    if (maxResults !== undefined && maxResults > 100)
      throw invalid(
        `1 validation error detected: Value '${maxResults}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100`
      )
    const start = token === undefined ? 0 : this.offsetOf(token, scope)
    const size = Math.min(maxResults ?? 100, this.pageSize)
    const end = start + size
    return {
      items: items.slice(start, end),
      ...(end < items.length ? { nextToken: this.tokenFor(end, scope) } : {})
    }
  }

  private tokenFor(offset: number, scope: string): string {
    const payload = Buffer.from(JSON.stringify({ o: offset, n: randomBytes(6).toString('hex') }))
    return `${payload.toString('base64url')}.${this.sign(payload, scope)}`
  }

  private offsetOf(token: string, scope: string): number {
    const [data = '', signature = ''] = token.split('.')
    const payload = Buffer.from(data, 'base64url')
    const expected = Buffer.from(this.sign(payload, scope))
    const given = Buffer.from(signature)
    if (given.length === expected.length && timingSafeEqual(given, expected))
      return (JSON.parse(payload.toString('utf8')) as { o: number }).o
    throw apiError('InvalidNextTokenException', "The NextToken value isn't valid.")
  }

  private sign(payload: Buffer, scope: string): string {
    return createHmac('sha256', this.secret).update(scope).update(payload).digest('base64url')
  }
}
