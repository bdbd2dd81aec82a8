/**
 * A QUICKSIGHT_JSON bundle's keys are lowerCamelCase (AWS's own backup sample reads
 * `resourceType`, `dashboardId`, `dataSetId`, `dataSourceArn`, `permissions[].actions`): the
 * API's PascalCase member name with its leading capitals lowered the way the AWS SDKs for Java
 * name members — `DataSetArn` → `dataSetArn`, `KPIVisual` → `kpiVisual`, `SPICE` → `spice`.
 */
export function lowerCamel(name: string): string {
  const lead = /^[A-Z]+/.exec(name)?.[0] ?? ''
  if (lead.length === 0) return name
  // A run of capitals followed by lowercase keeps its last capital as the next word's start.
  const lowered =
    lead.length > 1 && lead.length < name.length
      ? lead.slice(0, -1).toLowerCase() + lead.slice(-1)
      : lead.toLowerCase()
  return lowered + name.slice(lead.length)
}

/** Every object key of `value`, recursively, in lowerCamelCase; values unchanged. */
export function camelKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelKeys)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [lowerCamel(k), camelKeys(v)])
  )
}
