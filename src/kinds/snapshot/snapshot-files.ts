import type { SnapshotFile } from '@aws-sdk/client-quicksight'

/**
 * A file's configuration as one comparable string: format, then each sheet selection (sheet id,
 * scope, visual ids in order — an Excel workbook's worksheets follow that order). Two files with
 * the same key are the same request and give the same file.
 */
export function fileKey(file: SnapshotFile | undefined): string {
  if (!file) return '(none)'
  return JSON.stringify([
    file.FormatType ?? '',
    (file.SheetSelections ?? []).map((s) => [
      s.SheetId ?? '',
      s.SelectionScope ?? '',
      s.VisualIds ?? []
    ])
  ])
}

/** A file's configuration in words: "CSV of sheet details visuals [orders-table]". */
export function describeFile(file: SnapshotFile | undefined): string {
  if (!file) return 'no file'
  const sheets = (file.SheetSelections ?? []).map((s) =>
    s.SelectionScope === 'ALL_VISUALS' || (s.VisualIds ?? []).length === 0
      ? `sheet ${s.SheetId ?? '?'} (${(s.SelectionScope ?? 'no scope').toLowerCase().replace('_', ' ')})`
      : `sheet ${s.SheetId ?? '?'} visuals [${(s.VisualIds ?? []).join(', ')}]`
  )
  return `${file.FormatType ?? '?'} of ${sheets.join(' and ') || 'no sheet'}`
}

/** The one file of a FileGroup (QuickSight takes exactly one per group). */
export const groupFile = (
  group: { Files?: SnapshotFile[] } | undefined
): SnapshotFile | undefined => group?.Files?.[0]
