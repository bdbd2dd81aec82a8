import { describe, expect, test } from '@jest/globals'
import type { SnapshotFile } from '@aws-sdk/client-quicksight'
import { matchFileGroups } from '../../../src/kinds/snapshot/match-file-groups.js'
import { describeFile, fileKey } from '../../../src/kinds/snapshot/snapshot-files.js'

const csv = (sheet: string, ...visuals: string[]): SnapshotFile => ({
  FormatType: 'CSV',
  SheetSelections: [{ SheetId: sheet, SelectionScope: 'SELECTED_VISUALS', VisualIds: visuals }]
})
const pdf = (sheet: string): SnapshotFile => ({
  FormatType: 'PDF',
  SheetSelections: [{ SheetId: sheet, SelectionScope: 'ALL_VISUALS' }]
})
const excel = (...sheets: [string, string[]][]): SnapshotFile => ({
  FormatType: 'EXCEL',
  SheetSelections: sheets.map(([SheetId, VisualIds]) => ({
    SheetId,
    SelectionScope: 'SELECTED_VISUALS',
    VisualIds
  }))
})
const groups = (...files: SnapshotFile[]) => files.map((f) => ({ Files: [f] }))

describe('matchFileGroups', () => {
  test('each asked file gets the group that echoes its configuration, whatever the order', () => {
    const asked = [pdf('overview'), csv('details', 'orders'), csv('details', 'units')]
    const m = matchFileGroups(
      asked,
      groups(csv('details', 'units'), pdf('overview'), csv('details', 'orders'))
    )
    expect(m.matches).toEqual([{ group: 1 }, { group: 2 }, { group: 0 }])
    expect(m.unclaimed).toEqual([])
  })

  test('format, sheet, scope and visual ids (in order) all count', () => {
    const asked = [csv('details', 'orders')]
    for (const other of [
      { ...csv('details', 'orders'), FormatType: 'EXCEL' as const },
      csv('regions', 'orders'),
      csv('details', 'units'),
      {
        FormatType: 'CSV' as const,
        SheetSelections: [
          { SheetId: 'details', SelectionScope: 'ALL_VISUALS' as const, VisualIds: ['orders'] }
        ]
      }
    ])
      expect(matchFileGroups(asked, groups(other)).matches[0]).toHaveProperty('error')
    const a = excel(['details', ['orders', 'units']])
    const b = excel(['details', ['units', 'orders']])
    expect(fileKey(a)).not.toBe(fileKey(b))
    expect(matchFileGroups([a, b], groups(b, a)).matches).toEqual([{ group: 1 }, { group: 0 }])
  })

  test('a missing VisualIds on a PDF echo equals an empty list', () => {
    const echo: SnapshotFile = {
      FormatType: 'PDF',
      SheetSelections: [{ SheetId: 'overview', SelectionScope: 'ALL_VISUALS', VisualIds: [] }]
    }
    expect(matchFileGroups([pdf('overview')], groups(echo)).matches).toEqual([{ group: 0 }])
  })

  test('an asked file without a group is an error naming both sides; an extra group is unclaimed', () => {
    const m = matchFileGroups(
      [csv('details', 'orders'), csv('details', 'units')],
      groups(csv('details', 'orders'), csv('regions', 'region-table'))
    )
    expect(m.matches[0]).toEqual({ group: 0 })
    expect(m.matches[1]).toEqual({
      error:
        "QuickSight's result has no file group for this export (CSV of sheet details visuals [units]); the groups no export matches: FileGroups[1]: CSV of sheet regions visuals [region-table]. Nothing was downloaded under this export's name."
    })
    expect(m.unclaimed).toEqual(['FileGroups[1]: CSV of sheet regions visuals [region-table]'])
  })

  test('fewer groups than files: the unmatched one fails, the matched one keeps its own group', () => {
    const m = matchFileGroups(
      [pdf('overview'), csv('details', 'orders')],
      groups(csv('details', 'orders'))
    )
    expect(m.matches[0]).toHaveProperty(
      'error',
      expect.stringContaining('it answered 1 group, each matched to another export')
    )
    expect(m.matches[1]).toEqual({ group: 0 })
  })

  test('identical asked files (one request, so one content) are paired in order; a third has none', () => {
    const same = csv('details', 'orders')
    expect(matchFileGroups([same, same], groups(same, same)).matches).toEqual([
      { group: 0 },
      { group: 1 }
    ])
    const three = matchFileGroups([same, same, same], groups(same, same))
    expect(three.matches.slice(0, 2)).toEqual([{ group: 0 }, { group: 1 }])
    expect(three.matches[2]).toHaveProperty('error')
  })

  test('a group that echoes no file matches nothing', () => {
    const m = matchFileGroups([pdf('overview')], [{ Files: [] }])
    expect(m.matches[0]).toHaveProperty('error')
    expect(m.unclaimed).toEqual(['FileGroups[0]: no file'])
  })
})

describe('describeFile', () => {
  test('in words', () => {
    expect(describeFile(pdf('overview'))).toBe('PDF of sheet overview (all visuals)')
    expect(describeFile(csv('details', 'orders'))).toBe('CSV of sheet details visuals [orders]')
    expect(describeFile(excel(['a', ['x', 'y']], ['b', ['z']]))).toBe(
      'EXCEL of sheet a visuals [x, y] and sheet b visuals [z]'
    )
  })
})
