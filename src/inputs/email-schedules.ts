import { InputError } from './input-error.js'
import { Input } from './names.js'
import type { Path, Problems } from './problems.js'
import { typeName } from './yaml-values.js'

/** A cap per report: each id is one call, and a typo should not make hundreds. */
export const MAX_SCHEDULES = 100
/** The API reference's ScheduleId: 1-512 characters of [\w-]. */
const SCHEDULE_ID = /^[\w-]{1,512}$/
const RULE = `must be 1-512 letters, digits, '_' or '-' (the id the dashboard's Schedules pane shows)`
const EXAMPLE = 'email-schedule-ids: daily-summary, 3f2b9c1e-8a47-4d6b-9e15-7c0a2d4f6b83'

/** A report's `email-schedules`: a list of schedule ids of its dashboard. */
export function readScheduleList(value: unknown, path: Path, problems: Problems): string[] {
  if (!Array.isArray(value) || value.length === 0) {
    problems.add(
      path,
      `must be a non-empty list of schedule ids, such as [daily-summary], not ${typeName(value)}`
    )
    return []
  }
  if (value.length > MAX_SCHEDULES) {
    problems.add(path, `has ${value.length} schedules; at most ${MAX_SCHEDULES}`)
    return []
  }
  const seen = new Set<string>()
  return value.flatMap((item, i) => {
    const id = typeof item === 'number' ? String(item) : item
    if (typeof id !== 'string' || !SCHEDULE_ID.test(id)) {
      problems.add([...path, i], `a schedule id ${RULE}`)
      return []
    }
    if (seen.has(id)) {
      problems.add([...path, i], `schedule ${id} is listed twice`)
      return []
    }
    seen.add(id)
    return [id]
  })
}

/** The `email-schedule-ids` input: ids separated by commas or new lines. */
export function parseScheduleIds(text: string): string[] {
  const ids = text
    .split(/[,\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
  const fail = (rule: string): InputError =>
    new InputError(Input.EmailScheduleIds, text, rule, EXAMPLE)
  if (ids.length === 0) throw fail('lists no schedule id')
  if (ids.length > MAX_SCHEDULES)
    throw fail(`lists ${ids.length} schedules; at most ${MAX_SCHEDULES}`)
  const bad = ids.find((id) => !SCHEDULE_ID.test(id))
  if (bad !== undefined) throw fail(`'${bad}': a schedule id ${RULE}`)
  const twice = ids.find((id, i) => ids.indexOf(id) !== i)
  if (twice !== undefined) throw fail(`lists schedule ${twice} twice`)
  return ids
}
