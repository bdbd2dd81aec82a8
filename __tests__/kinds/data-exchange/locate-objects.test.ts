import { describe, expect, test } from '@jest/globals'
import type { ExportedObject } from '../../../src/kinds/data-exchange/exported-objects.js'
import {
  keyRegExp,
  knownPrefix,
  locateObjects
} from '../../../src/kinds/data-exchange/locate-objects.js'
import type { ObjectStore } from '../../../src/kinds/data-exchange/object-store.js'

const values = {
  'Asset.Id': 'a1',
  'Asset.Name': 'sales/2025-01.csv',
  'DataSet.Id': 'ds',
  'DataSet.Name': 'Sales',
  'Revision.Id': 'rev',
  'Revision.CreatedAt': '2025-02-01T06:00:00.000Z',
  'Revision.CreatedAt.Day': '01',
  'Revision.CreatedAt.Month': '02',
  'Revision.CreatedAt.Year': '2025'
}
const DATED =
  'x/${Revision.CreatedAt.Year}/${Revision.CreatedAt.Month}/${Revision.CreatedAt.Day}/${Asset.Name}'
const object = (
  key: string,
  pattern = DATED,
  v: Record<string, string> = values
): ExportedObject => ({
  bucket: 'b',
  key,
  note: 'n',
  computed: { pattern, values: v, asset: v['Asset.Name'] ?? '' }
})

function store(keys: string[], listError?: Error): ObjectStore & { listed: string[] } {
  const listed: string[] = []
  return {
    listed,
    exists: async (_bucket, key) => keys.includes(key),
    list: async (_bucket, prefix) => {
      listed.push(prefix)
      if (listError) throw listError
      return { keys: keys.filter((k) => k.startsWith(prefix)), truncated: false }
    }
  }
}

describe('knownPrefix and keyRegExp', () => {
  test('the prefix runs to the first reference whose text is uncertain', () => {
    expect(knownPrefix(DATED, values)).toBe('x/2025/')
    expect(knownPrefix('exports/${Revision.Id}/${Asset.Name}', values)).toBe(
      'exports/rev/sales/2025-01.csv'
    )
    expect(knownPrefix('${Revision.CreatedAt}/${Asset.Name}', values)).toBe('')
  })

  test('dates padded or not, milliseconds or not; everything else exact', () => {
    const dated = keyRegExp(DATED, values)
    expect(dated.test('x/2025/02/01/sales/2025-01.csv')).toBe(true)
    expect(dated.test('x/2025/2/1/sales/2025-01.csv')).toBe(true)
    expect(dated.test('x/2025/2/11/sales/2025-01.csv')).toBe(false)
    expect(dated.test('x/2025/2/1/sales/2025-01xcsv')).toBe(false)
    expect(dated.test('x/2025/2/1/sales/2025-01.csv.bak')).toBe(false)
    const at = keyRegExp('${Revision.CreatedAt}/${Asset.Id}', values)
    expect(at.test('2025-02-01T06:00:00.000Z/a1')).toBe(true)
    expect(at.test('2025-02-01T06:00:00Z/a1')).toBe(true)
    expect(at.test('2025-02-01T06:00:01Z/a1')).toBe(false)
  })
})

describe('locateObjects', () => {
  test('every computed key there: no listing', async () => {
    const s = store(['x/2025/02/01/sales/2025-01.csv'])
    const lines: string[] = []
    const objects = [object('x/2025/02/01/sales/2025-01.csv')]
    expect(await locateObjects(objects, s, (l) => lines.push(l))).toEqual(objects)
    expect(s.listed).toEqual([])
    expect(lines).toEqual([])
  })

  test('a missing key is replaced by the one listed key that fits; the log says which and how many', async () => {
    const s = store(['x/2025/2/1/sales/2025-01.csv', 'x/2025/2/1/sales/2025-01.csv.old'])
    const lines: string[] = []
    const [found] = await locateObjects([object('x/2025/02/01/sales/2025-01.csv')], s, (l) =>
      lines.push(l)
    )
    expect(found).toMatchObject({ key: 'x/2025/2/1/sales/2025-01.csv' })
    expect(found?.error).toBeUndefined()
    expect(s.listed).toEqual(['x/2025/'])
    expect(lines).toEqual([
      "sales/2025-01.csv: s3://b/x/2025/02/01/sales/2025-01.csv does not exist; using s3://b/x/2025/2/1/sales/2025-01.csv, listed under s3://b/x/2025/ (the key pattern's dates as Data Exchange wrote them)",
      'Revision export keys: 0 as computed from the key pattern, 1 found by listing, 0 not found'
    ])
  })

  test('two keys that fit: neither is taken', async () => {
    const s = store(['x/2025/2/1/sales/2025-01.csv', 'x/2025/02/1/sales/2025-01.csv'])
    const [o] = await locateObjects([object('x/2025/02/01/sales/2025-01.csv')], s, () => {})
    expect(o?.error).toBe(
      's3://b/x/2025/02/01/sales/2025-01.csv does not exist, and 2 keys under s3://b/x/2025/ fit the pattern for it (x/2025/2/1/sales/2025-01.csv, x/2025/02/1/sales/2025-01.csv), so none is taken. Nothing was downloaded for asset sales/2025-01.csv.'
    )
  })

  test('a listing refused: the error says what permission the fallback needs', async () => {
    const denied = Object.assign(new Error('Access Denied'), { name: 'AccessDenied' })
    const [o] = await locateObjects(
      [object('x/2025/02/01/sales/2025-01.csv')],
      store([], denied),
      () => {}
    )
    expect(o?.error).toMatch(
      /^s3:\/\/b\/x\/2025\/02\/01\/sales\/2025-01\.csv does not exist, and listing s3:\/\/b\/x\/2025\/ to find sales\/2025-01\.csv failed \(AccessDenied: Access Denied\)\. Hint: allow s3:ListBucket/
    )
  })

  test('objects of asset exports (keys given, not computed) are not checked', async () => {
    const s = store([])
    const given: ExportedObject = { bucket: 'b', key: 'k.csv', note: 'n' }
    expect(await locateObjects([given], s, () => {})).toEqual([given])
    expect(s.listed).toEqual([])
  })
})
