import { InputError } from './input-error.js'
import { Input, InputReader } from './names.js'
import { boolean, whole } from './scalars.js'

/** Where the files and the report go besides output-dir. */
export interface PublishInputs {
  uploadArtifact: boolean
  /** Empty: quicksight-<dashboard-id>-<snapshot job id>, unique per job and matrix leg. */
  artifactName?: string
  retentionDays?: number
  compressionLevel?: number
  commentOnPr: boolean
  commentTag: string
  csvPreviewRows: number
  githubToken: string
  jobSummary: boolean
}

/** Characters upload-artifact refuses in artifact names. */
const BAD_ARTIFACT_CHARS = /["':<>|*?\r\n\\/]/

export function publishInputs(input: InputReader, mask: (secret: string) => void): PublishInputs {
  const get = input.get
  const artifactName = get(Input.ArtifactName)
  if (artifactName !== '' && (BAD_ARTIFACT_CHARS.test(artifactName) || artifactName.length > 256)) {
    throw new InputError(
      Input.ArtifactName,
      artifactName,
      'must be at most 256 characters without " : < > | * ? \\ / or line breaks',
      'artifact-name: sales-report-${{ matrix.region }}'
    )
  }
  const tag = get(Input.CommentTag)
  if (!/^[\w.-]{1,64}$/.test(tag))
    throw new InputError(
      Input.CommentTag,
      tag,
      "must be 1-64 letters, digits, '_', '-' or '.'",
      'comment-tag: nightly-sales'
    )
  const token = get(Input.GithubToken)
  if (token) mask(token)
  const retention = get(Input.RetentionDays)
  const compression = get(Input.CompressionLevel)
  return {
    uploadArtifact: boolean(get(Input.UploadArtifact), Input.UploadArtifact),
    artifactName: artifactName || undefined,
    retentionDays:
      retention === ''
        ? undefined
        : whole(retention, Input.RetentionDays, 1, 90, "retention-days: '14'"),
    compressionLevel:
      compression === ''
        ? undefined
        : whole(compression, Input.CompressionLevel, 0, 9, "compression-level: '6'"),
    commentOnPr: boolean(get(Input.CommentOnPr), Input.CommentOnPr),
    commentTag: tag,
    csvPreviewRows: whole(
      get(Input.CsvPreviewRows),
      Input.CsvPreviewRows,
      0,
      100,
      "csv-preview-rows: '5'"
    ),
    githubToken: token,
    jobSummary: boolean(get(Input.JobSummary), Input.JobSummary)
  }
}
