/** One-line advice for each ErrorType of a failed snapshot job. */
const ERROR_TYPE_HINTS: Record<string, string> = {
  DASHBOARD_ACCESS_DENIED:
    'The user lost access to the dashboard: share it with the user (or the role) again.',
  CAPABILITY_RESTRICTED:
    'The user is not allowed to export in this format: check the custom permissions profile (export to CSV/Excel/PDF).',
  RLS_CHANGED:
    'Row-level security changed while the job ran: re-run; check that the dataset RLS tag keys match rls-tags.',
  CLS_CHANGED:
    'Column-level security changed while the job ran: re-run, or remove restricted columns from the visuals.',
  DATASET_DELETED: 'A dataset of the dashboard was deleted: restore it or update the dashboard.'
}

export function hintForErrorType(type: string | undefined): string {
  return (type && ERROR_TYPE_HINTS[type]) || 'See the QuickSight console for the job, and re-run.'
}
