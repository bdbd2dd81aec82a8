import type { Parameter } from './catalog.js'
import { periodOf } from './periods.js'

export type ParameterValues = Record<string, (string | number)[]>

/**
 * The values a job runs with: the request's, plus the static defaults of the declared parameters
 * it leaves unset (date-times as epoch seconds, as the API carries them). RollingDate defaults
 * are not evaluated: such a parameter stays unset.
 */
export function withDefaults(
  declared: Parameter[],
  requested: ParameterValues
): { values: ParameterValues; defaulted: string[] } {
  const values = { ...requested }
  const defaulted: string[] = []
  for (const p of declared) {
    if (values[p.name] || !p.defaults) continue
    values[p.name] = p.defaults.map((v) =>
      p.type === 'DATETIME' ? Date.parse(String(v)) / 1000 : v
    )
    defaulted.push(p.name)
  }
  return { values, defaulted }
}

/**
 * Parameter values as written into a file's provenance: date-times as ISO instants, with the
 * period each one covers at its declared TimeGranularity (the month of a MONTH parameter...).
 */
export function describeValues(
  declared: Parameter[],
  values: ParameterValues
): { parameters: Record<string, (string | number)[]>; periods: Record<string, object[]> } {
  const parameters: Record<string, (string | number)[]> = {}
  const periods: Record<string, object[]> = {}
  for (const [name, list] of Object.entries(values)) {
    const p = declared.find((d) => d.name === name)
    if (p?.type !== 'DATETIME') {
      parameters[name] = list
      continue
    }
    const instants = list.map((v) => Number(v) * 1000)
    parameters[name] = instants.map((ms) => new Date(ms).toISOString())
    const granularity = p.granularity ?? 'DAY'
    periods[name] = instants.map((ms) => {
      const { start, end } = periodOf(ms, granularity)
      return {
        granularity,
        start: new Date(start).toISOString(),
        end: new Date(end).toISOString()
      }
    })
  }
  return { parameters, periods }
}
