import type { SnapshotReport } from './report-spec.js'

/** QuickSight refused a registered user's start: what `registered-user: true` needs, in words. */
class RegisteredUserError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'RegisteredUserError'
  }
}

/**
 * With `registered-user: true` the action sends no UserConfiguration and uses the step's
 * credentials as they are; QuickSight takes that only from identity-enhanced credentials and
 * answers InvalidParameterValueException otherwise. Other errors pass unchanged.
 */
export function registeredUserHint(error: unknown, report: SnapshotReport): unknown {
  const e = error as Error | undefined
  if (e?.name !== 'InvalidParameterValueException' || !report.registeredUser || report.identity)
    return error
  return new RegisteredUserError(
    `QuickSight refused the job without a user configuration (registered-user: true): ${e.name}: ${e.message} A job for a registered user must be started with that user's identity-enhanced credentials (a session from STS AssumeRole with the user's QuickSight identity context), and registered-user: true means the step's credentials are those already. Give registered-user the user's name, e-mail or ARN and the action gets them (GetIdentityContext + AssumeRole of identity-role-arn), or set registered-user: false for an anonymous user with rls-tags.`,
    { cause: error }
  )
}
