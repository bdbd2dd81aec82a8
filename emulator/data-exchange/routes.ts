/** The operations this emulator answers, with their HTTP method and path (from the SDK model). */
export type Operation =
  | 'CreateJob'
  | 'GetJob'
  | 'StartJob'
  | 'CancelJob'
  | 'GetDataSet'
  | 'ListDataSetRevisions'
  | 'GetRevision'
  | 'ListRevisionAssets'
  | 'GetAsset'

/** A matched request: its operation and path parameters. */
export interface Route {
  operation: Operation
  jobId?: string
  dataSetId?: string
  revisionId?: string
  assetId?: string
}

const JOB = /^\/v1\/jobs\/([^/]+)$/
const JOB_METHODS: Record<string, Operation> = {
  GET: 'GetJob',
  PATCH: 'StartJob',
  DELETE: 'CancelJob'
}
const SEGMENT = '([^/]+)'
/** Read operations on data sets, most specific path first. */
const READS: [RegExp, Operation][] = [
  [path(`${SEGMENT}/revisions/${SEGMENT}/assets/${SEGMENT}`), 'GetAsset'],
  [path(`${SEGMENT}/revisions/${SEGMENT}/assets`), 'ListRevisionAssets'],
  [path(`${SEGMENT}/revisions/${SEGMENT}`), 'GetRevision'],
  [path(`${SEGMENT}/revisions`), 'ListDataSetRevisions'],
  [path(SEGMENT), 'GetDataSet']
]

function path(rest: string): RegExp {
  return new RegExp(`^/v1/data-sets/${rest}$`)
}

/** The operation of a request, or undefined when no operation has this method and path. */
export function route(method: string, url: string): Route | undefined {
  if (url === '/v1/jobs') return method === 'POST' ? { operation: 'CreateJob' } : undefined
  const job = JOB.exec(url)
  if (job) {
    const operation = JOB_METHODS[method]
    return operation ? { operation, jobId: decode(job[1]) } : undefined
  }
  if (method !== 'GET') return undefined
  for (const [pattern, operation] of READS) {
    const m = pattern.exec(url)
    if (m)
      return {
        operation,
        dataSetId: decode(m[1]),
        revisionId: decode(m[2]),
        assetId: decode(m[3])
      }
  }
  return undefined
}

function decode(part: string | undefined): string | undefined {
  return part === undefined ? undefined : decodeURIComponent(part)
}
