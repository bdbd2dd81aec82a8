/** One-line advice for each AWS exception the action meets (by SDK error name). */
export const EXCEPTION_HINTS: Record<string, string> = {
  AccessDeniedException:
    'The credentials may not call this: allow quicksight:StartDashboardSnapshotJob, DescribeDashboardSnapshotJob and DescribeDashboardSnapshotJobResult on the dashboard (see the README IAM policy), and check aws-account-id.',
  ResourceNotFoundException:
    'Check dashboard-id, aws-account-id and aws-region: the dashboard must exist in that account and region.',
  UnsupportedUserEditionException:
    'Snapshot export needs QuickSight Enterprise edition in this account.',
  UnsupportedPricingPlanException:
    'CSV, Excel and paginated PDF export need the QuickSight Pixel Perfect Report add-on (or capacity pricing) on this account.',
  InvalidParameterValueException:
    'QuickSight refused a value: check the sheet and visual ids (CSV and Excel take table or pivot-table visuals), parameter names and types, and the S3 bucket and region.',
  LimitExceededException:
    'The account already runs 12 snapshot jobs; the action waits for a free slot until timeout-minutes. Raise timeout-minutes or run fewer jobs at once.',
  ThrottlingException:
    'QuickSight is throttling the account (over 10 calls per second); other jobs may share the limit.',
  ResourceExistsException:
    'A job with this snapshot-job-id already exists; ids can be reused 24 hours after the job ended. Leave snapshot-job-id empty to generate one.',
  InternalFailureException: 'QuickSight had an internal error; re-run the workflow.',
  CredentialsProviderError:
    'No AWS credentials: add aws-actions/configure-aws-credentials (OIDC, with permissions id-token: write) before this step.'
}

export function hintForException(name: string): string | undefined {
  return EXCEPTION_HINTS[name]
}
