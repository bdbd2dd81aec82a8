import { accessDenied, invalid } from './errors.js'
import { keyPatternProblem } from './key-pattern.js'

/** Every job type of the API (the `Type` enum), with its member of `Details`. */
const DETAILS_MEMBER = {
  CREATE_S3_DATA_ACCESS_FROM_S3_BUCKET: 'CreateS3DataAccessFromS3Bucket',
  EXPORT_ASSETS_TO_S3: 'ExportAssetsToS3',
  EXPORT_ASSET_TO_SIGNED_URL: 'ExportAssetToSignedUrl',
  EXPORT_REVISIONS_TO_S3: 'ExportRevisionsToS3',
  IMPORT_ASSETS_FROM_LAKE_FORMATION_TAG_POLICY: 'ImportAssetsFromLakeFormationTagPolicy',
  IMPORT_ASSETS_FROM_REDSHIFT_DATA_SHARES: 'ImportAssetsFromRedshiftDataShares',
  IMPORT_ASSETS_FROM_S3: 'ImportAssetsFromS3',
  IMPORT_ASSET_FROM_API_GATEWAY_API: 'ImportAssetFromApiGatewayApi',
  IMPORT_ASSET_FROM_SIGNED_URL: 'ImportAssetFromSignedUrl'
} as const

type AnyJobType = keyof typeof DETAILS_MEMBER

/** The job types this emulator runs: the three exports. */
export type JobType =
  'EXPORT_ASSETS_TO_S3' | 'EXPORT_ASSET_TO_SIGNED_URL' | 'EXPORT_REVISIONS_TO_S3'

/** ExportServerSideEncryption as validated. */
export interface Encryption {
  Type: 'AES256' | 'aws:kms'
  KmsKeyArn?: string
}

/** A validated export request, per job type. */
export type JobRequest =
  | {
      type: 'EXPORT_ASSETS_TO_S3'
      dataSetId: string
      revisionId: string
      destinations: { assetId: string; bucket: string; key?: string }[]
      encryption?: Encryption
    }
  | { type: 'EXPORT_ASSET_TO_SIGNED_URL'; dataSetId: string; revisionId: string; assetId: string }
  | {
      type: 'EXPORT_REVISIONS_TO_S3'
      dataSetId: string
      destinations: { revisionId: string; bucket: string; keyPattern?: string }[]
      encryption?: Encryption
    }

/** A CreateJob request that passed validation: its typed form and its `Details` member as sent. */
export interface CreateJobInput {
  request: JobRequest
  details: Record<string, unknown>
}

type Json = Record<string, unknown>

/**
 * Checks a CreateJob body against the API model: `Type` and `Details` required, `Details` holding
 * exactly the member of `Type`, each member's required fields, the encryption rules and the
 * KeyPattern rules. Import jobs are refused: every data set here is ENTITLED, and only owners
 * may import.
 */
export function validateCreateJob(body: unknown): CreateJobInput {
  const root = object(body, 'the request body')
  const type = root.Type
  if (type === undefined) throw invalid('Type is required.')
  if (typeof type !== 'string' || !(type in DETAILS_MEMBER))
    throw invalid(
      `Type ${JSON.stringify(type)} is not one of ${Object.keys(DETAILS_MEMBER).join(', ')}.`
    )
  if (root.Details === undefined) throw invalid('Details is required.')
  const details = object(root.Details, 'Details')
  const member = DETAILS_MEMBER[type as AnyJobType]
  const others = Object.values(DETAILS_MEMBER).filter(
    (m) => m !== member && details[m] !== undefined
  )
  if (others.length > 0)
    throw invalid(`Details for a ${type} job must hold only ${member}, not ${others.join(', ')}.`)
  if (details[member] === undefined)
    throw invalid(`Details.${member} is required for a ${type} job.`)
  const d = object(details[member], `Details.${member}`)
  const path = `Details.${member}`
  if (type === 'EXPORT_ASSET_TO_SIGNED_URL') {
    return {
      request: {
        type,
        dataSetId: text(d, 'DataSetId', path),
        revisionId: text(d, 'RevisionId', path),
        assetId: text(d, 'AssetId', path)
      },
      details: d
    }
  }
  if (type === 'EXPORT_ASSETS_TO_S3') {
    return {
      request: {
        type,
        dataSetId: text(d, 'DataSetId', path),
        revisionId: text(d, 'RevisionId', path),
        destinations: list(d, 'AssetDestinations', path).map((e, i) => {
          const at = `${path}.AssetDestinations[${i}]`
          const entry = object(e, at)
          return {
            assetId: text(entry, 'AssetId', at),
            bucket: text(entry, 'Bucket', at),
            key: optionalText(entry, 'Key', at)
          }
        }),
        encryption: encryption(d, path)
      },
      details: d
    }
  }
  if (type === 'EXPORT_REVISIONS_TO_S3') {
    return {
      request: {
        type,
        dataSetId: text(d, 'DataSetId', path),
        destinations: list(d, 'RevisionDestinations', path).map((e, i) => {
          const at = `${path}.RevisionDestinations[${i}]`
          const entry = object(e, at)
          const keyPattern = optionalText(entry, 'KeyPattern', at)
          const problem = keyPattern === undefined ? undefined : keyPatternProblem(keyPattern)
          if (problem) throw invalid(`${at}: ${problem}`)
          return {
            revisionId: text(entry, 'RevisionId', at),
            bucket: text(entry, 'Bucket', at),
            keyPattern
          }
        }),
        encryption: encryption(d, path)
      },
      details: d
    }
  }
  throw accessDenied(
    `A ${type} job imports into a data set you own; entitled data sets only allow exports.`
  )
}

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalid(`${path} must be an object.`)
  return value as Json
}

function text(o: Json, name: string, path: string): string {
  const value = optionalText(o, name, path)
  if (value === undefined) throw invalid(`${path}.${name} is required.`)
  return value
}

function optionalText(o: Json, name: string, path: string): string | undefined {
  const value = o[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string') throw invalid(`${path}.${name} must be a string.`)
  if (value === '') throw invalid(`${path}.${name} must not be empty.`)
  return value
}

function list(o: Json, name: string, path: string): unknown[] {
  const value = o[name]
  if (value === undefined) throw invalid(`${path}.${name} is required.`)
  if (!Array.isArray(value)) throw invalid(`${path}.${name} must be a list.`)
  if (value.length === 0) throw invalid(`${path}.${name} must hold at least one entry.`)
  return value
}

/** ExportServerSideEncryption: Type AES256 or aws:kms; KmsKeyArn (1–2048) required for aws:kms. */
function encryption(d: Json, path: string): Encryption | undefined {
  if (d.Encryption === undefined) return undefined
  const at = `${path}.Encryption`
  const e = object(d.Encryption, at)
  const type = text(e, 'Type', at)
  if (type !== 'AES256' && type !== 'aws:kms')
    throw invalid(`${at}.Type ${type} is not one of AES256, aws:kms.`)
  const arn = optionalText(e, 'KmsKeyArn', at)
  if (type === 'aws:kms' && arn === undefined)
    throw invalid(`${at}.KmsKeyArn is required when Type is aws:kms.`)
  if (arn !== undefined && arn.length > 2048)
    throw invalid(`${at}.KmsKeyArn must be at most 2048 characters.`)
  return arn === undefined ? { Type: type } : { Type: type, KmsKeyArn: arn }
}
