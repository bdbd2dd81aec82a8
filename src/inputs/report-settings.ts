import { validateFileNameTemplate } from './file-name-template.js'
import { readParameters } from './parameters.js'
import type { Path, Problems } from './problems.js'
import { checkTimeZone } from './relative-dates.js'
import { bucket, prefix, type ReportSettings } from './report-request.js'
import { readRecipients } from './recipients.js'
import { readNamespace, readRegisteredUser, readRoleArn } from './registered-user.js'
import { readRlsTags } from './rls-tags.js'
import { bool, text } from './yaml-values.js'
import { parseTolerance, type Tolerance } from '../diff/tolerance.js'

/** Reads the setting keys of a mapping (a pack's `defaults`, or one report). */
export function readSettings(
  map: Record<string, unknown>,
  path: Path,
  problems: Problems,
  mask: (secret: string) => void,
  /** Whether the step compares with a baseline (key-columns and tolerance apply only then). */
  comparing: boolean
): ReportSettings {
  const at = (key: string): Path => [...path, key]
  const has = (key: string): boolean => map[key] !== undefined
  for (const key of ['key-columns', 'tolerance'])
    if (has(key) && !comparing)
      problems.add(
        at(key),
        "applies only when there is something to compare with, and compare-to is 'none'; set compare-to (previous-run or a folder) or remove it"
      )
  return {
    name: has('name') ? label(map.name, at('name'), problems) : undefined,
    parameters: has('parameters')
      ? readParameters(map.parameters, at('parameters'), problems)
      : undefined,
    rlsTags: has('rls-tags')
      ? readRlsTags(map['rls-tags'], at('rls-tags'), problems, mask)
      : undefined,
    registeredUser: has('registered-user')
      ? readRegisteredUser(map['registered-user'], at('registered-user'), problems)
      : undefined,
    userNamespace: has('user-namespace')
      ? readNamespace(map['user-namespace'], at('user-namespace'), problems)
      : undefined,
    identityRoleArn: has('identity-role-arn')
      ? readRoleArn(map['identity-role-arn'], at('identity-role-arn'), problems)
      : undefined,
    fileName: has('file-name') ? fileName(map['file-name'], at('file-name'), problems) : undefined,
    s3Bucket: has('s3-bucket') ? bucket(map['s3-bucket'], at('s3-bucket'), problems) : undefined,
    s3Prefix: has('s3-prefix') ? prefix(map['s3-prefix'], at('s3-prefix'), problems) : undefined,
    timezone: has('timezone') ? zone(map.timezone, at('timezone'), problems) : undefined,
    keyColumns:
      has('key-columns') && comparing
        ? columns(map['key-columns'], at('key-columns'), problems)
        : undefined,
    tolerance:
      has('tolerance') && comparing
        ? tolerance(map.tolerance, at('tolerance'), problems)
        : undefined,
    failOnEmpty: has('fail-on-empty')
      ? bool(map['fail-on-empty'], at('fail-on-empty'), problems)
      : undefined,
    recipients: has('recipients')
      ? readRecipients(map.recipients, at('recipients'), problems, mask)
      : undefined
  }
}

function label(value: unknown, path: Path, problems: Problems): string | undefined {
  return text(value, path, problems, 'name', 100)
}

function fileName(value: unknown, path: Path, problems: Problems): string | undefined {
  const template = text(value, path, problems, 'file-name', 1000)
  if (template === undefined) return undefined
  try {
    return validateFileNameTemplate(template)
  } catch (error) {
    problems.add(
      path,
      (error as Error).message.replace(/^Invalid input 'file-name' = "[^"]*": /, '')
    )
    return undefined
  }
}

/** Key columns: a list of column names (or one comma-separated text). */
function columns(value: unknown, path: Path, problems: Problems): string[] | undefined {
  const list = typeof value === 'string' ? value.split(',').map((c) => c.trim()) : value
  if (!Array.isArray(list) || list.length === 0 || list.length > 50) {
    problems.add(path, 'must be a list of 1-50 column names, such as [Date, Region, Product]')
    return undefined
  }
  const names = list.map((c, i) => text(c, [...path, i], problems, 'a key column', 255))
  return names.every((n) => n !== undefined) ? (names as string[]) : undefined
}

/** A tolerance: a number (absolute) or a text such as '0.5' or '1%'. */
function tolerance(value: unknown, path: Path, problems: Problems): Tolerance | undefined {
  if (typeof value !== 'number' && typeof value !== 'string') {
    problems.add(path, "must be a number such as 0.5 (absolute) or a percentage such as '1%'")
    return undefined
  }
  try {
    return parseTolerance(String(value))
  } catch (error) {
    problems.add(path, (error as Error).message.replace(/^tolerance "[^"]*" /, ''))
    return undefined
  }
}

function zone(value: unknown, path: Path, problems: Problems): string | undefined {
  const name = text(value, path, problems, 'timezone', 100)
  if (name === undefined) return undefined
  try {
    return checkTimeZone(name)
  } catch (error) {
    problems.add(path, (error as Error).message)
    return undefined
  }
}
