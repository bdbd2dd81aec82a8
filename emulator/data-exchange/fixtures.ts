import { createHash } from 'node:crypto'
import { monthlySales, regionTotals, transactions } from './content.js'
import { NORMAL, Scenario } from './scenarios.js'

/** An S3 snapshot asset of a revision. Its bytes are generated on first use, then cached. */
export interface AssetFixture {
  id: string
  name: string
  body: () => Buffer
}

/** A finalized revision and its assets. */
export interface RevisionFixture {
  id: string
  dataSetId: string
  comment: string
  /** ISO 8601 with milliseconds, as the service returns it. */
  createdAt: string
  assets: AssetFixture[]
}

/** An entitled data set, its scenario and its revisions by key. */
export interface DataSetFixture<K extends string = string> {
  id: string
  name: string
  description: string
  productId: string
  createdAt: string
  scenario: Scenario
  revisions: Record<K, RevisionFixture>
}

/** A 32-character lowercase hex id, stable across runs (the service's ids look like this). */
export function fixtureId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('/')).digest('hex').slice(0, 32)
}

const cache = new Map<string, Buffer>()
function cached(key: string, make: () => Buffer): () => Buffer {
  return () => {
    let body = cache.get(key)
    if (!body) cache.set(key, (body = make()))
    return body
  }
}

interface AssetTemplate {
  name: string
  body: () => Buffer
}

interface RevisionTemplate {
  comment: string
  createdAt: string
  assets: AssetTemplate[]
}

const asset = (name: string, make: () => Buffer): AssetTemplate => ({
  name,
  body: cached(name, make)
})

/** The revisions every sales-like data set holds. */
const SALES_REVISIONS = {
  january: {
    comment: 'Sales of January 2025',
    createdAt: '2025-02-01T06:00:00.000Z',
    assets: [
      asset('sales/2025-01.csv', () => monthlySales('sales/2025-01.csv', 2025, 1)),
      asset('regions/2025-01.csv', () => regionTotals('regions/2025-01.csv'))
    ]
  },
  february: {
    comment: 'Sales of February 2025, with the transactions of its last day',
    createdAt: '2025-03-01T06:00:00.250Z',
    assets: [
      asset('sales/2025-02.csv', () => monthlySales('sales/2025-02.csv', 2025, 2)),
      asset('regions/2025-02.csv', () => regionTotals('regions/2025-02.csv')),
      asset('detail/2025-02-28-transactions.csv', () =>
        transactions('detail/2025-02-28-transactions.csv', '2025-02-28', 2 * 1024 * 1024)
      )
    ]
  },
  daily: {
    comment: 'One file per day of February 2025',
    createdAt: '2025-03-02T07:30:00.000Z',
    assets: Array.from({ length: 28 }, (_, i) => {
      const date = `2025-02-${String(i + 1).padStart(2, '0')}`
      const name = `daily/${date}.csv`
      return asset(name, () => transactions(name, date, 1024))
    })
  }
} satisfies Record<string, RevisionTemplate>

type SalesRevision = keyof typeof SALES_REVISIONS

function dataSet<K extends string>(
  key: string,
  name: string,
  description: string,
  scenario: Scenario,
  templates: Record<K, RevisionTemplate>
): DataSetFixture<K> {
  const id = fixtureId('data-set', key)
  const revisions = {} as Record<K, RevisionFixture>
  for (const [revisionKey, t] of Object.entries(templates) as [K, RevisionTemplate][]) {
    const revisionId = fixtureId('revision', key, revisionKey)
    revisions[revisionKey] = {
      id: revisionId,
      dataSetId: id,
      comment: t.comment,
      createdAt: t.createdAt,
      assets: t.assets.map((a, i) => ({
        id: fixtureId('asset', key, revisionKey, a.name, String(i)),
        name: a.name,
        body: a.body
      }))
    }
  }
  return {
    id,
    name,
    description,
    productId: `prod-${fixtureId('product', key).slice(0, 13)}`,
    createdAt: '2024-12-01T09:00:00.000Z',
    scenario,
    revisions
  }
}

const sales = (
  key: string,
  name: string,
  scenario: Partial<Scenario>
): DataSetFixture<SalesRevision> =>
  dataSet(
    key,
    name,
    `Monthly sales of the example company (${key}).`,
    { ...NORMAL, ...scenario },
    SALES_REVISIONS
  )

/**
 * The data sets the emulator knows, all ENTITLED S3-snapshot data sets. Each sales-like one holds
 * the revisions `january`, `february` (with a ~2 MB asset) and `daily` (28 assets); the others
 * differ only by their scenario.
 */
export const DATA_SETS = {
  /** Jobs complete normally. */
  sales: sales('sales', 'Sales reports', {}),
  /** The first signed URL of each asset comes back already expired; the next ones are valid. */
  expiredUrl: sales('expired-url', 'Sales reports (expired URLs)', { expiredUrls: 1 }),
  /** Started jobs end in ERROR with several errors. */
  failing: sales('failing', 'Sales reports (failing jobs)', { outcome: 'ERROR' }),
  /** Started jobs stay IN_PROGRESS forever. */
  stuck: sales('stuck', 'Sales reports (stuck jobs)', { outcome: 'IN_PROGRESS' }),
  /** Started jobs end TIMED_OUT. */
  timedOut: sales('timed-out', 'Sales reports (timed-out jobs)', { outcome: 'TIMED_OUT' }),
  /** Started jobs end CANCELLED (the service cancels them). */
  cancelled: sales('cancelled', 'Sales reports (cancelled jobs)', { outcome: 'CANCELLED' }),
  /** Started jobs end in ERROR with one SERVICE_QUOTA_EXCEEDED_EXCEPTION (a concurrency quota). */
  quotaExceeded: sales('quota-exceeded', 'Sales reports (quota exceeded)', {
    outcome: 'QUOTA_EXCEEDED'
  }),
  /** Revision exports write `${Revision.CreatedAt.Day}`/`.Month` without a leading zero. */
  unpaddedDates: sales('unpadded-dates', 'Sales reports (unpadded dates)', {
    unpaddedDates: true
  }),
  /** Half of the calls naming this data set get ThrottlingException. */
  throttled: sales('throttled', 'Sales reports (throttled)', { throttlePercent: 50 }),
  /** One revision holding two assets with the same name: revision exports by name fail. */
  duplicateNames: dataSet(
    'duplicate-names',
    'Duplicate asset names',
    'Two assets named alike.',
    NORMAL,
    {
      twins: {
        comment: 'Two assets named data.csv',
        createdAt: '2025-03-03T08:00:00.000Z',
        assets: [
          asset('data.csv', () => regionTotals('data.csv#1')),
          { name: 'data.csv', body: cached('data.csv#2', () => regionTotals('data.csv#2')) }
        ]
      }
    }
  )
}

const ALL: DataSetFixture[] = Object.values(DATA_SETS)

/** A fixture data set by id. */
export function findDataSet(id: string): DataSetFixture | undefined {
  return ALL.find((d) => d.id === id)
}

/** A revision of this data set by id (a revision of another data set is not found). */
export function findRevision(dataSet: DataSetFixture, id: string): RevisionFixture | undefined {
  return Object.values<RevisionFixture>(dataSet.revisions).find((r) => r.id === id)
}

/** An asset of this revision by id. */
export function findAsset(revision: RevisionFixture, id: string): AssetFixture | undefined {
  return revision.assets.find((a) => a.id === id)
}
