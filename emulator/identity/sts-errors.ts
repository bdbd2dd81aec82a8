import { randomUUID } from 'node:crypto'

/** An STS error as the query protocol sends it: `<ErrorResponse><Error><Code>`. */
export class StsError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly type: 'Sender' | 'Receiver' = 'Sender'
  ) {
    super(message)
  }

  xml(): string {
    return `<ErrorResponse xmlns="${STS_NS}"><Error><Type>${this.type}</Type><Code>${this.code}</Code><Message>${escapeXml(this.message)}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`
  }
}

export const STS_NS = 'https://sts.amazonaws.com/doc/2011-06-15/'

/** ValidationError (400): a parameter breaks its documented constraint. */
export const validation = (message: string): StsError =>
  new StsError('ValidationError', 400, message)

/** AccessDenied (403): `caller` may not perform `action` on `resource`. */
export const denied = (caller: string, action: string, resource: string): StsError =>
  new StsError(
    'AccessDenied',
    403,
    `User: ${caller} is not authorized to perform: ${action} on resource: ${resource}`
  )

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c
  )
}
