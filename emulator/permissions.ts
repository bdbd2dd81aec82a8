import { apiError } from './api-error.js'

/**
 * IAM as the emulator sees it: per access key id (from the SigV4 Authorization header), the
 * actions its policy denies, e.g. `quicksight:DescribeDashboardDefinition` or `sts:AssumeRole`.
 * Every other key may do everything.
 */
export class Permissions {
  private readonly denied = new Map<string, Set<string>>()

  constructor(policies: Record<string, string[]> = {}) {
    for (const [key, actions] of Object.entries(policies)) this.deny(key, actions)
  }

  /** From now on, calls signed with `accessKeyId` may not perform `actions`. */
  deny(accessKeyId: string, actions: string[]): void {
    this.denied.set(accessKeyId, new Set([...(this.denied.get(accessKeyId) ?? []), ...actions]))
  }

  /** Whether the key's policy denies an action (`quicksight:X`, `sts:AssumeRole`, `sts:SetContext`). */
  denies(accessKeyId: string, action: string): boolean {
    return this.denied.get(accessKeyId)?.has(action) ?? false
  }

  /** Throws AccessDeniedException (HTTP 401) when the key's policy denies the operation. */
  check(accessKeyId: string, operation: string, account: string, resource: string): void {
    const action = `quicksight:${operation}`
    if (this.denied.get(accessKeyId)?.has(action))
      throw apiError(
        'AccessDeniedException',
        `User: arn:aws:iam::${account}:user/${accessKeyId} is not authorized to perform: ${action} on resource: ${resource}`
      )
  }
}
