/**
 * Fault and timing controls, set per dashboard id so tests reach them through the action's normal
 * inputs: `sales--duration-3000--throttle-30` is dashboard `sales` with those two directives.
 */
export interface Scenario {
  /** Job time from start to COMPLETED, ms (default: the emulator's). */
  durationMs?: number
  /** Fail the job with this ErrorType. */
  failJob?: string
  /** Fail the first file with this ErrorType (the job still completes). */
  failFile?: string
  /** Never finish. */
  stuck: boolean
  /** Run until the test releases the job (`emulator.snapshots.releaseHeld()`), then finish at once. */
  held: boolean
  /** Percent of calls answered with ThrottlingException. */
  throttlePercent: number
  /** Percent of calls answered with InternalFailureException (HTTP 500). */
  flakyPercent: number
  /** The first N presigned URLs of each file are handed out already expired. */
  expiredUrls: number
  /** StartDashboardSnapshotJob fails with this exception name (without the Exception suffix). */
  startError?: string
  /** Extra dataset rows: bigger files. */
  extraRows: number
  /** The first N downloads of each file are cut off halfway. */
  cutDownloads: number
  /** S3 keys and file names that try to escape: `../`, absolute paths. */
  hostileKeys: boolean
  /** The dataset as of this revision (0: the original; see `reviseRows` in data.ts). */
  revision: number
  /** Column → the name exported files give it in their headers (`--rename-Units-Quantity`). */
  renames: Record<string, string>
  /** DescribeDashboardSnapshotJobResult lists the FileGroups in reverse request order. */
  reversedGroups: boolean
}

export function parseScenario(dashboardId: string): Scenario {
  const s: Scenario = {
    stuck: false,
    held: false,
    throttlePercent: 0,
    flakyPercent: 0,
    expiredUrls: 0,
    extraRows: 0,
    cutDownloads: 0,
    hostileKeys: false,
    revision: 0,
    renames: {},
    reversedGroups: false
  }
  for (const part of dashboardId.split('--').slice(1)) {
    const [word = '', ...rest] = part.split('-')
    const arg = rest.join('-')
    const n = Number(arg)
    if (word === 'duration') s.durationMs = n
    else if (word === 'fail') s.failJob = arg || 'DATASET_DELETED'
    else if (word === 'failfile') s.failFile = arg || 'CAPABILITY_RESTRICTED'
    else if (word === 'stuck') s.stuck = true
    else if (word === 'held') s.held = true
    else if (word === 'throttle') s.throttlePercent = n
    else if (word === 'flaky') s.flakyPercent = n
    else if (word === 'expire') s.expiredUrls = n || 1
    else if (word === 'start') s.startError = arg
    else if (word === 'rows') s.extraRows = n
    else if (word === 'cut') s.cutDownloads = n || 1
    else if (word === 'hostile') s.hostileKeys = true
    else if (word === 'revision') s.revision = Number.isInteger(n) && n > 0 ? n : 0
    else if (word === 'reversed') s.reversedGroups = true
    else if (word === 'rename' && rest.length >= 2)
      s.renames[rest[0] ?? ''] = rest.slice(1).join('-')
  }
  return s
}
