import path from 'node:path'

/**
 * The artifact's name: artifact-name, else quicksight-<subject>-<first job id>, unique per run and
 * matrix leg. `prefix` is what every run of the same step names its artifact with (previous-run
 * baselines are found by it).
 */
export function artifactName(
  subject: string,
  given: string | undefined,
  firstJobId = 'export'
): { name: string; prefix: string } {
  if (given) return { name: given, prefix: given }
  const prefix = `quicksight-${slug(subject)}-`
  return { name: `${prefix}${firstJobId}`, prefix }
}

/** A subject made fit for an artifact name: a config file's base name, no characters artifacts refuse. */
function slug(subject: string): string {
  const base = path.basename(subject).replace(/\.(ya?ml)$/i, '')
  return base.replace(/[^\w.-]+/g, '-').replace(/^[-.]+|-+$/g, '') || 'export'
}

/**
 * What every artifact of this step is named with, run after run: artifact-name, else the default
 * name up to its job id's fixed part (`quicksight-sales-qse-`: so `quicksight-sales-emea-...` of a
 * dashboard `sales-emea` is not taken for one of `sales`).
 */
export function artifactPrefix(
  subject: string,
  given: string | undefined,
  firstJobId: string | undefined
): string {
  const { prefix } = artifactName(subject, given)
  return given || !firstJobId?.startsWith('qse-') ? prefix : `${prefix}qse-`
}
