import { errorMessage } from '../errors.js'

/** Successful runs looked through for one with this step's artifact. */
export const RUNS_LOOKED_AT = 20

export interface PreviousRunOptions {
  token: string
  /** owner/repo (GITHUB_REPOSITORY). */
  repository: string
  /** GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/<file>@<ref>. */
  workflowRef: string
  /** This run (GITHUB_RUN_ID): never its own baseline. */
  runId?: string
  /** compare-branch; absent: the event's default branch, else the repository's. */
  branch?: string
  /** Artifacts whose names start with this hold this step's files (matrix legs may have several). */
  namePrefix: string
  /** Where the artifacts are unpacked. */
  dir: string
  log: (line: string) => void
}

/** The run the baseline came from, or how far the search went. */
export type PreviousRun =
  | { found: true; runId: number; url: string; branch: string; artifacts: string[] }
  | { found: false; branch: string; workflow: string; looked: number }

/**
 * Downloads the files of the latest successful run of this workflow on the branch (any event):
 * looks through up to 20 successful runs, newest first, for artifacts named like this step's, and
 * unpacks every one of them into `dir` with @actions/artifact.
 */
export async function downloadPreviousRun(o: PreviousRunOptions): Promise<PreviousRun> {
  const workflow = /\/\.github\/workflows\/([^/@]+)@/.exec(o.workflowRef)?.[1]
  if (!workflow)
    throw new Error(
      `compare-to previous-run needs GITHUB_WORKFLOW_REF (owner/repo/.github/workflows/<file>@<ref>), which GitHub Actions sets; got "${o.workflowRef}"`
    )
  const [owner = '', repo = ''] = o.repository.split('/')
  const { context, getOctokit } = await import('@actions/github')
  const octokit = getOctokit(o.token)
  const eventBranch: unknown = context.payload.repository?.default_branch
  const branch =
    o.branch ??
    (typeof eventBranch === 'string' && eventBranch !== '' ? eventBranch : undefined) ??
    (await readable(() => octokit.rest.repos.get({ owner, repo }), 'the repository')).data
      .default_branch
  // A workflow the branch does not have yet (new in this pull request) has no runs there: 404.
  const runs = (
    await readable(
      async () =>
        (
          await octokit.rest.actions.listWorkflowRuns({
            owner,
            repo,
            workflow_id: workflow,
            branch,
            status: 'success',
            per_page: RUNS_LOOKED_AT + 1
          })
        ).data.workflow_runs,
      `the runs of ${workflow}`,
      []
    )
  )
    .filter((r) => String(r.id) !== o.runId)
    .slice(0, RUNS_LOOKED_AT)
  for (const run of runs) {
    const artifacts = (
      await readable(
        () =>
          octokit.paginate(octokit.rest.actions.listWorkflowRunArtifacts, {
            owner,
            repo,
            run_id: run.id,
            per_page: 100
          }),
        `the artifacts of run ${run.id}`
      )
    ).filter((a) => !a.expired && a.name.startsWith(o.namePrefix))
    if (artifacts.length === 0) continue
    const { DefaultArtifactClient } = await import('@actions/artifact')
    const client = new DefaultArtifactClient()
    for (const a of artifacts) {
      o.log(`Baseline: artifact ${a.name} of run ${run.id} (${run.html_url})`)
      await withoutBufferDeprecation(() =>
        client.downloadArtifact(a.id, {
          path: o.dir,
          findBy: {
            token: o.token,
            workflowRunId: run.id,
            repositoryOwner: owner,
            repositoryName: repo
          }
        })
      )
    }
    return {
      found: true,
      runId: run.id,
      url: run.html_url,
      branch,
      artifacts: artifacts.map((a) => a.name)
    }
  }
  return { found: false, branch, workflow, looked: runs.length }
}

/** Calls the REST API; a refusal says which permission github-token needs. */
async function readable<T>(call: () => Promise<T>, what: string, notFound?: T): Promise<T> {
  try {
    return await call()
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 404 && notFound !== undefined) return notFound
    if (status === 401 || status === 403 || status === 404)
      throw new Error(
        `github-token cannot read ${what} (HTTP ${status}): give the job 'permissions: actions: read' (and contents: read), or set compare-to to a folder. ${errorMessage(error)}`,
        { cause: error }
      )
    throw error
  }
}

/**
 * @actions/artifact unzips with unzip-stream, which calls `new Buffer()`; bundled (outside
 * node_modules), Node then prints DeprecationWarning DEP0005 on stderr, a warning about the
 * library that users can do nothing about. That one code is dropped while `task` runs; every other
 * warning goes through.
 */
async function withoutBufferDeprecation<T>(task: () => Promise<T>): Promise<T> {
  const emit = process.emitWarning
  process.emitWarning = function (this: unknown, warning: string | Error, ...rest: unknown[]) {
    const [type, code] = rest
    const given =
      typeof type === 'object' && type !== null ? (type as { code?: unknown }).code : code
    if (given === 'DEP0005') return
    return (emit as (...args: unknown[]) => void).call(process, warning, ...rest)
  } as typeof process.emitWarning
  try {
    return await task()
  } finally {
    process.emitWarning = emit
  }
}
