/** The dashboards the emulator knows: their sheets, visuals and declared parameters. */
export type VisualType = 'TABLE' | 'PIVOT_TABLE' | 'KPI' | 'LINE_CHART' | 'BAR_CHART' | 'PIE_CHART'
export type ParameterType = 'STRING' | 'INTEGER' | 'DECIMAL' | 'DATETIME'
export type TimeGranularity =
  'YEAR' | 'QUARTER' | 'MONTH' | 'WEEK' | 'DAY' | 'HOUR' | 'MINUTE' | 'SECOND' | 'MILLISECOND'

export interface Visual {
  id: string
  /** The title as plain text (also the worksheet name in Excel files). */
  title: string
  /** How DescribeDashboardDefinition gives the title: PlainText (default), RichText only, or no Title. */
  titleFormat?: 'plain' | 'rich' | 'none'
  type: VisualType
  columns: string[]
  /** Rows are summed over the other numeric columns per distinct value of these. */
  groupBy?: string[]
  /** Every file that holds this visual fails with this snapshot ErrorType. */
  failsWith?: string
}

export interface Sheet {
  id: string
  name: string
  visuals: Visual[]
}

/** How a parameter's values narrow the data rows. */
export interface ParameterFilter {
  column: string
  /** equals: the column is one of the values; atLeast: ≥ every value; from/to: date bounds;
   * period: the date lies in the value's TimeGranularity period (a month, a week...). */
  match: 'equals' | 'atLeast' | 'from' | 'to' | 'period'
}

export interface Parameter {
  name: string
  type: ParameterType
  multiValued?: boolean
  /** DATETIME only: the TimeGranularity of the declaration. */
  granularity?: TimeGranularity
  /** Static default values; date-times as ISO strings. */
  defaults?: (string | number)[]
  /** DATETIME only: a RollingDate default expression instead of static values. */
  rollingDefault?: string
  filter?: ParameterFilter
}

export interface Dashboard {
  id: string
  name: string
  sheets: Sheet[]
  parameters: Parameter[]
  /** When the dashboard was created and published (ISO). */
  createdAt: string
  /** Asset bundle export warnings (UI errors skipped unless StrictModeForAllResources). */
  exportWarnings?: string[]
}
