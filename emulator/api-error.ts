/** A QuickSight service error, sent with x-amzn-ErrorType so the SDK raises the matching class. */
export class ApiError extends Error {
  constructor(
    readonly type: string,
    readonly status: number,
    message: string
  ) {
    super(message)
  }
}

export const STATUS: Record<string, number> = {
  AccessDeniedException: 401,
  ConflictException: 409,
  ExpiredTokenException: 403,
  InvalidNextTokenException: 400,
  InvalidParameterValueException: 400,
  LimitExceededException: 409,
  ResourceExistsException: 409,
  ResourceNotFoundException: 404,
  ThrottlingException: 429,
  UnsupportedUserEditionException: 403,
  UnsupportedPricingPlanException: 403,
  UnrecognizedClientException: 403,
  InternalFailureException: 500
}

export function apiError(type: string, message: string): ApiError {
  return new ApiError(type, STATUS[type] ?? 400, message)
}

export const invalid = (message: string): ApiError =>
  apiError('InvalidParameterValueException', message)
