/**
 * A snapshot job id unique per run, attempt and job: re-runs never collide with the jobs of an
 * earlier attempt, and matrix legs of one run get their own random part.
 */
export async function generateJobId(env: NodeJS.ProcessEnv): Promise<string> {
  // Loaded here, once the inputs are valid, to keep the path to an input error short.
  const { randomBytes } = await import('node:crypto')
  const random = randomBytes(4).toString('hex')
  if (!env.GITHUB_RUN_ID) return `qse-local-${Date.now()}-${random}`
  const job = (env.GITHUB_JOB ?? 'job').replace(/[^\w-]/g, '-').slice(0, 100)
  return `qse-${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${job}-${random}`
}
