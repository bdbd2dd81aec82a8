/** ResourceType of ResourceNotFoundException and ConflictException. */
export type ResourceType = 'DATA_SET' | 'REVISION' | 'ASSET' | 'JOB'

/**
 * A Data Exchange service error: sent with `x-amzn-ErrorType` and the HTTP status the API
 * reference gives, its body holding `Message` and the exception's own members.
 */
export class DxError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
    message: string,
    readonly members: Record<string, string | number> = {}
  ) {
    super(message)
  }

  body(): Record<string, string | number> {
    return { Message: this.message, ...this.members }
  }
}

/** ValidationException (400). */
export const invalid = (message: string): DxError =>
  new DxError('ValidationException', 400, message)

/** AccessDeniedException (403). */
export const accessDenied = (message: string): DxError =>
  new DxError('AccessDeniedException', 403, message)

/** ResourceNotFoundException (404) naming the resource. */
export const notFound = (type: ResourceType, id: string): DxError =>
  new DxError('ResourceNotFoundException', 404, `${label(type)} ${id} was not found.`, {
    ResourceId: id,
    ResourceType: type
  })

/** ConflictException (409) naming the resource. */
export const conflict = (type: ResourceType, id: string, message: string): DxError =>
  new DxError('ConflictException', 409, message, { ResourceId: id, ResourceType: type })

/** ThrottlingException (429). */
export const throttled = (): DxError => new DxError('ThrottlingException', 429, 'Rate exceeded')

/** InternalServerException (500). */
export const internal = (message: string): DxError =>
  new DxError('InternalServerException', 500, message)

function label(type: ResourceType): string {
  return { DATA_SET: 'Data set', REVISION: 'Revision', ASSET: 'Asset', JOB: 'Job' }[type]
}
