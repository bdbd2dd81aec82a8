import type { DashboardSummary } from '@aws-sdk/client-quicksight'
import { closest } from '../inputs/closest.js'
import type { DashboardsApi } from './dashboards-api.js'
import { DashboardModel, dashboardModel } from './dashboard-model.js'

/** A dashboard as the step found it. */
export interface FoundDashboard {
  id: string
  name?: string
  /** Absent when the definition could not be read (the role lacks DescribeDashboardDefinition). */
  model?: DashboardModel
}

export class ResolutionError extends Error {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? (problems[0] ?? '')
        : `${problems.length} problems:\n${problems.map((p) => `- ${p}`).join('\n')}`
    )
    this.name = 'ResolutionError'
  }
}

const ID = /^[\w-]{1,512}$/
const errorName = (e: unknown): string | undefined => (e as Error | undefined)?.name
export const DEFINITION_PERMISSION =
  'quicksight:DescribeDashboardDefinition (to read sheet names, visual titles and parameter types)'

/**
 * Finds every dashboard the reports name before any job starts. A value with id syntax is tried
 * as an id (reading its definition, one call) and looked up as a name only when QuickSight does
 * not know the id; any other value is a name, looked up in the account's dashboards (all pages,
 * listed once). Every unresolved name is reported at once.
 */
export async function resolveDashboards(
  refs: string[],
  api: DashboardsApi,
  accountId: string
): Promise<Map<string, FoundDashboard>> {
  const { found, unresolved } = await findDashboards(refs, api, accountId)
  if (unresolved.size > 0) throw new ResolutionError([...unresolved.values()].sort())
  return found
}

/** As resolveDashboards, but returns each unresolved value's problem beside what was found. */
export async function findDashboards(
  refs: string[],
  api: DashboardsApi,
  accountId: string
): Promise<{ found: Map<string, FoundDashboard>; unresolved: Map<string, string> }> {
  let listing: Promise<DashboardSummary[]> | undefined
  const list = (): Promise<DashboardSummary[]> => (listing ??= api.listDashboards(accountId))
  // One definition read per dashboard, however many ways the reports name it.
  const reads = new Map<string, Promise<FoundDashboard | 'unknown'>>()
  const read = (id: string): Promise<FoundDashboard | 'unknown'> => {
    let r = reads.get(id)
    if (!r) reads.set(id, (r = definition(api, accountId, id)))
    return r
  }
  const unresolved = new Map<string, string>()
  const found = new Map<string, FoundDashboard>()
  await Promise.all(
    [...new Set(refs)].map(async (ref) => {
      try {
        const byId = ID.test(ref) ? await read(ref) : 'unknown'
        if (byId !== 'unknown' && (byId.model || !(await mayBeName(ref, list))))
          return found.set(ref, byId)
        const match = byName(ref, await list(), ID.test(ref))
        if (typeof match === 'string') return unresolved.set(ref, match)
        const model = await read(match.DashboardId ?? '')
        found.set(
          ref,
          model === 'unknown'
            ? { id: match.DashboardId ?? '', name: match.Name }
            : { ...model, name: match.Name }
        )
      } catch (error) {
        if (errorName(error) !== 'AccessDeniedException') throw error
        unresolved.set(
          ref,
          `dashboard '${ref}' is not an id QuickSight knows, and the credentials may not list dashboards to find it by name: allow quicksight:ListDashboards, or give the dashboard id`
        )
      }
    })
  )
  return { found, unresolved }
}

/**
 * Without the definition, a value with id syntax may still be a name ("Sales"): when the account's
 * list (if the role may read it) has no such id but has such a name, it is looked up as a name.
 */
async function mayBeName(ref: string, list: () => Promise<DashboardSummary[]>): Promise<boolean> {
  try {
    const all = await list()
    return (
      !all.some((d) => d.DashboardId === ref) &&
      all.some((d) => d.Name?.toLowerCase() === ref.toLowerCase())
    )
  } catch (error) {
    if (errorName(error) === 'AccessDeniedException') return false
    throw error
  }
}

/** The dashboard with this id, its definition when readable; 'unknown' when QuickSight has no such id. */
async function definition(
  api: DashboardsApi,
  accountId: string,
  id: string
): Promise<FoundDashboard | 'unknown'> {
  try {
    const model = dashboardModel(await api.describeDefinition(accountId, id))
    return { id: model.id || id, name: model.name, model }
  } catch (error) {
    if (errorName(error) === 'ResourceNotFoundException') return 'unknown'
    if (errorName(error) === 'AccessDeniedException') return { id }
    throw error
  }
}

/** The one dashboard named `name` (exactly, else case-insensitively), or why there is none. */
function byName(
  name: string,
  all: DashboardSummary[],
  idSyntax: boolean
): DashboardSummary | string {
  const exact = all.filter((d) => d.Name === name)
  const matches =
    exact.length > 0 ? exact : all.filter((d) => d.Name?.toLowerCase() === name.toLowerCase())
  if (matches.length === 1 && matches[0]) return matches[0]
  if (matches.length > 1)
    return `dashboard name '${name}' is shared by ${matches.length} dashboards: ${matches.map((d) => d.DashboardId).join(', ')}; give the id instead`
  const near = closest(
    name,
    all.flatMap((d) => (d.Name ? [d.Name] : [])),
    5
  )
  return `no dashboard has the ${idSyntax ? 'id or name' : 'name'} '${name}' in this account and region (${all.length} dashboards)${near.length > 0 ? `; closest names: ${near.map((n) => `'${n}'`).join(', ')}` : ''}`
}
