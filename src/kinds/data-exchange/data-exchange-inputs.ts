import { InputError } from '../../inputs/input-error.js'
import { Input, InputReader } from '../../inputs/names.js'
import { formatPath, Path, Problems } from '../../inputs/problems.js'
import { bucket, prefix } from '../../inputs/report-request.js'
import { loadYaml, parseYamlInput } from '../../inputs/yaml-input.js'
import { checkKeys, isPlainObject, text, typeName } from '../../inputs/yaml-values.js'

/** An export to create: the three export job types of AWS Data Exchange. */
export type DataExchangeExport =
  | {
      type: 'EXPORT_REVISIONS_TO_S3'
      dataSetId: string
      revisionIds: string[]
      bucket: string
      keyPattern?: string
    }
  | {
      type: 'EXPORT_ASSETS_TO_S3'
      dataSetId: string
      revisionId: string
      assetIds: string[]
      bucket: string
      prefix?: string
    }
  | { type: 'EXPORT_ASSET_TO_SIGNED_URL'; dataSetId: string; revisionId: string; assetId: string }

export interface DataExchangeInputs {
  /** Follow this job (started first when it is still WAITING). */
  jobId?: string
  /** Or create and start this export. */
  export?: DataExchangeExport
  encryption?: { Type: 'AES256' | 'aws:kms'; KmsKeyArn?: string }
}

const ID = /^[a-zA-Z0-9]{1,64}$/
const KMS_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)\/\S+$/
const KEYS: Record<string, { type: DataExchangeExport['type']; keys: string[] }> = {
  'revisions-to-s3': {
    type: 'EXPORT_REVISIONS_TO_S3',
    keys: ['data-set-id', 'revision-ids', 's3-bucket', 'key-pattern']
  },
  'assets-to-s3': {
    type: 'EXPORT_ASSETS_TO_S3',
    keys: ['data-set-id', 'revision-id', 'asset-ids', 's3-bucket', 's3-prefix']
  },
  'asset-to-signed-url': {
    type: 'EXPORT_ASSET_TO_SIGNED_URL',
    keys: ['data-set-id', 'revision-id', 'asset-id']
  }
}
const EXAMPLE = `data-exchange-export: |
  revisions-to-s3:
    data-set-id: 64c29aec3032a87b02f6f015a4ddc195
    revision-ids: [a1e7e199249494840af5a1dac7cd201e]
    s3-bucket: my-data-bucket
    key-pattern: \${Revision.Id}/\${Asset.Name}`

/** Reads the data-exchange inputs: a job to follow, or an export to create. */
export async function readDataExchangeInputs(input: InputReader): Promise<DataExchangeInputs> {
  const jobId = input.get(Input.DataExchangeJobId)
  const exportText = input.get(Input.DataExchangeExport)
  if ((jobId === '') === (exportText === ''))
    throw new InputError(
      jobId === '' ? Input.DataExchangeExport : Input.DataExchangeJobId,
      jobId === '' ? '' : jobId,
      jobId === ''
        ? "or 'data-exchange-job-id' is required: the export to create, or the job to follow"
        : "cannot be used with 'data-exchange-export': follow a job, or create one, not both",
      EXAMPLE
    )
  if (jobId !== '' && !/^[a-zA-Z0-9-]{1,100}$/.test(jobId))
    throw new InputError(
      Input.DataExchangeJobId,
      jobId,
      'must be a Data Exchange job id',
      'data-exchange-job-id: 3e7f5c538e9d6f88029d7c6a3a549ba6'
    )
  let spec: DataExchangeExport | undefined
  if (exportText !== '') {
    await loadYaml()
    spec = readExport(parseYamlInput(Input.DataExchangeExport, exportText, EXAMPLE))
  }
  return { jobId: jobId || undefined, export: spec, encryption: encryption(input, spec) }
}

function readExport(value: unknown): DataExchangeExport {
  const problems = new Problems()
  const result = readExportValue(value, problems)
  const first = problems.list[0]
  if (first || !result)
    throw new InputError(
      Input.DataExchangeExport,
      undefined,
      first ? `${formatPath(first.path) || '(top)'}: ${first.message}` : 'is empty',
      EXAMPLE
    )
  return result
}

function readExportValue(value: unknown, problems: Problems): DataExchangeExport | undefined {
  if (!isPlainObject(value) || Object.keys(value).length !== 1) {
    problems.add(
      [],
      `must be a mapping with exactly one of ${Object.keys(KEYS).join(', ')}, not ${typeName(value)}`
    )
    return undefined
  }
  checkKeys(value, Object.keys(KEYS), [], problems)
  const [kind = '', body] = Object.entries(value)[0] ?? []
  const spec = KEYS[kind]
  if (!spec) return undefined
  if (!isPlainObject(body)) {
    problems.add([kind], `must be a mapping of ${spec.keys.join(', ')}, not ${typeName(body)}`)
    return undefined
  }
  checkKeys(body, spec.keys, [kind], problems)
  const at = (key: string): Path => [kind, key]
  const dataSetId = id(body['data-set-id'], at('data-set-id'), problems)
  if (spec.type === 'EXPORT_REVISIONS_TO_S3') {
    const keyPattern =
      body['key-pattern'] === undefined
        ? undefined
        : text(body['key-pattern'], at('key-pattern'), problems, 'key-pattern', 1024)
    if (keyPattern !== undefined && !/\$\{Asset\.(Name|Id)\}/.test(keyPattern))
      problems.add(
        at('key-pattern'),
        'must contain ${Asset.Name} or ${Asset.Id}, so that every asset gets its own key'
      )
    return {
      type: spec.type,
      dataSetId,
      revisionIds: ids(body['revision-ids'], at('revision-ids'), problems),
      bucket: bucket(body['s3-bucket'], at('s3-bucket'), problems) ?? '',
      keyPattern
    }
  }
  const revisionId = id(body['revision-id'], at('revision-id'), problems)
  if (spec.type === 'EXPORT_ASSETS_TO_S3') {
    const p =
      body['s3-prefix'] === undefined
        ? undefined
        : prefix(body['s3-prefix'], at('s3-prefix'), problems)
    return {
      type: spec.type,
      dataSetId,
      revisionId,
      assetIds: ids(body['asset-ids'], at('asset-ids'), problems, 100),
      bucket: bucket(body['s3-bucket'], at('s3-bucket'), problems) ?? '',
      prefix: p
    }
  }
  return {
    type: spec.type,
    dataSetId,
    revisionId,
    assetId: id(body['asset-id'], at('asset-id'), problems)
  }
}

function id(value: unknown, path: Path, problems: Problems): string {
  const t = text(value, path, problems, 'an id', 64)
  if (t !== undefined && !ID.test(t))
    problems.add(path, `'${t}' is not a Data Exchange id (letters and digits)`)
  return t ?? ''
}

function ids(value: unknown, path: Path, problems: Problems, max = 100): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  if (list.length === 0) problems.add(path, 'must list at least one id')
  if (list.length > max) problems.add(path, `lists ${list.length} ids; at most ${max}`)
  const out = list.map((v, i) => id(v, [...path, i], problems))
  const twice = out.find((v, i) => out.indexOf(v) !== i)
  if (twice) problems.add(path, `lists '${twice}' twice`)
  return out
}

/** Server-side encryption of the objects an S3 export writes. */
function encryption(
  input: InputReader,
  spec: DataExchangeExport | undefined
): DataExchangeInputs['encryption'] {
  const type = input.get(Input.S3Encryption)
  const key = input.get(Input.KmsKeyArn)
  if (type === '' && key === '') return undefined
  const named = type !== '' ? Input.S3Encryption : Input.KmsKeyArn
  if (!spec || spec.type === 'EXPORT_ASSET_TO_SIGNED_URL')
    throw new InputError(
      named,
      input.get(named),
      spec
        ? 'applies only to exports to S3 (revisions-to-s3, assets-to-s3), not to a signed URL; it would be ignored'
        : 'applies only to an export the action creates (data-exchange-export), not to a job it follows; it would be ignored',
      'data-exchange-export: { revisions-to-s3: {...} } with s3-encryption: AES256'
    )
  if (type === '')
    throw new InputError(
      Input.KmsKeyArn,
      key,
      'needs s3-encryption: aws:kms; alone it would be ignored',
      's3-encryption: aws:kms'
    )
  if (type !== 'AES256' && type !== 'aws:kms')
    throw new InputError(
      Input.S3Encryption,
      type,
      'must be AES256 or aws:kms',
      's3-encryption: aws:kms'
    )
  if (type === 'aws:kms' && !KMS_ARN.test(key))
    throw new InputError(
      Input.KmsKeyArn,
      key,
      'is required with s3-encryption: aws:kms, as a KMS key ARN',
      'kms-key-arn: arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'
    )
  if (type === 'AES256' && key !== '')
    throw new InputError(
      Input.KmsKeyArn,
      key,
      "applies only to s3-encryption: aws:kms (AES256 uses S3's own keys); it would be ignored",
      's3-encryption: aws:kms'
    )
  return type === 'aws:kms' ? { Type: type, KmsKeyArn: key } : { Type: type }
}
