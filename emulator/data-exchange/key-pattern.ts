/**
 * KeyPattern of EXPORT_REVISIONS_TO_S3: the dynamic references of the user guide's "Key patterns
 * when exporting revisions" page, and nothing else.
 */
export const KEY_PATTERN_REFERENCES = [
  'Asset.Id',
  'Asset.Name',
  'DataSet.Id',
  'DataSet.Name',
  'Revision.CreatedAt',
  'Revision.CreatedAt.Day',
  'Revision.CreatedAt.Month',
  'Revision.CreatedAt.Year',
  'Revision.Id'
] as const

type Reference = (typeof KEY_PATTERN_REFERENCES)[number]

/** The pattern used when a revision destination has no KeyPattern. */
export const DEFAULT_KEY_PATTERN = '${Asset.Name}'

/** The attributes a KeyPattern can reference. */
export interface KeyContext {
  asset: { id: string; name: string }
  dataSet: { id: string; name: string }
  revision: { id: string; createdAt: string }
}

const REFERENCE = /\$\{([^}]*)\}/g

/** Why a pattern is refused, or undefined when it is valid. */
export function keyPatternProblem(pattern: string): string | undefined {
  const unknown = [...pattern.matchAll(REFERENCE)]
    .map((m) => m[1] ?? '')
    .filter((name) => !(KEY_PATTERN_REFERENCES as readonly string[]).includes(name))
  if (unknown.length > 0)
    return `KeyPattern ${pattern} uses unknown dynamic references: ${unknown.map((u) => `\${${u}}`).join(', ')}.`
  if (pattern.replace(REFERENCE, '').includes('${'))
    return `KeyPattern ${pattern} has a dynamic reference without its closing brace.`
  if (!pattern.includes('${Asset.Name}') && !pattern.includes('${Asset.Id}'))
    return `KeyPattern ${pattern} must include \${Asset.Name} or \${Asset.Id}.`
  return undefined
}

/**
 * The S3 key of one asset under a (valid) pattern. `padDates`: `.Day` and `.Month` with a leading
 * zero (`01`), else without (`1`) — the documentation does not say which the service writes.
 */
export function expandKeyPattern(pattern: string, c: KeyContext, padDates = true): string {
  const created = new Date(c.revision.createdAt)
  const two = (n: number): string => (padDates ? String(n).padStart(2, '0') : String(n))
  const values: Record<Reference, string> = {
    'Asset.Id': c.asset.id,
    'Asset.Name': c.asset.name,
    'DataSet.Id': c.dataSet.id,
    'DataSet.Name': c.dataSet.name,
    'Revision.CreatedAt': c.revision.createdAt,
    'Revision.CreatedAt.Day': two(created.getUTCDate()),
    'Revision.CreatedAt.Month': two(created.getUTCMonth() + 1),
    'Revision.CreatedAt.Year': String(created.getUTCFullYear()),
    'Revision.Id': c.revision.id
  }
  return pattern.replace(REFERENCE, (_, name: Reference) => values[name])
}
