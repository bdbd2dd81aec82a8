import type { Dashboard, Parameter, Visual } from './catalog.js'

/** The union member of Visual that holds each visual type. */
const VISUAL_MEMBER: Record<Visual['type'], string> = {
  TABLE: 'TableVisual',
  PIVOT_TABLE: 'PivotTableVisual',
  KPI: 'KPIVisual',
  LINE_CHART: 'LineChartVisual',
  BAR_CHART: 'BarChartVisual',
  PIE_CHART: 'PieChartVisual'
}

const DECLARATION_MEMBER: Record<Parameter['type'], string> = {
  STRING: 'StringParameterDeclaration',
  INTEGER: 'IntegerParameterDeclaration',
  DECIMAL: 'DecimalParameterDeclaration',
  DATETIME: 'DateTimeParameterDeclaration'
}

/** Every dashboard reads the one data set the emulator has. */
export const DATA_SET_ID = 'sales-dataset'

/**
 * A dashboard's `Definition` as DescribeDashboardDefinition returns it (DashboardVersionDefinition):
 * sheets with their visuals as unions keyed by type, parameter declarations as unions keyed by
 * data type, and the data set identifier declarations. Date-times are epoch seconds, as on the wire.
 */
export function definitionOf(d: Dashboard, region: string, account: string): object {
  return {
    DataSetIdentifierDeclarations: [
      {
        Identifier: 'Sales',
        DataSetArn: `arn:aws:quicksight:${region}:${account}:dataset/${DATA_SET_ID}`
      }
    ],
    Sheets: d.sheets.map((s) => ({
      SheetId: s.id,
      Name: s.name,
      ContentType: 'INTERACTIVE',
      Visuals: s.visuals.map((v) => ({
        [VISUAL_MEMBER[v.type]]: { VisualId: v.id, ...titleOf(v) }
      }))
    })),
    ParameterDeclarations: d.parameters.map((p) => ({
      [DECLARATION_MEMBER[p.type]]: declaration(p)
    }))
  }
}

function titleOf(v: Visual): object {
  if (v.titleFormat === 'none') return {}
  const FormatText =
    v.titleFormat === 'rich'
      ? { RichText: `<visual><b>${escapeXml(v.title)}</b></visual>` }
      : { PlainText: v.title }
  return { Title: { Visibility: 'VISIBLE', FormatText } }
}

function declaration(p: Parameter): object {
  const staticValues = p.defaults?.map((v) =>
    p.type === 'DATETIME' ? Date.parse(String(v)) / 1000 : v
  )
  const DefaultValues = p.rollingDefault
    ? { RollingDate: { DataSetIdentifier: 'Sales', Expression: p.rollingDefault } }
    : staticValues
      ? { StaticValues: staticValues }
      : undefined
  return {
    ...(p.type === 'DATETIME'
      ? { TimeGranularity: p.granularity ?? 'DAY' }
      : { ParameterValueType: p.multiValued ? 'MULTI_VALUED' : 'SINGLE_VALUED' }),
    Name: p.name,
    ...(DefaultValues ? { DefaultValues } : {})
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
