import type { DescribeDashboardDefinitionResponse, Visual } from '@aws-sdk/client-quicksight'
import type { ParameterType } from '../inputs/parameters.js'

export interface VisualModel {
  id: string
  title?: string
  /** The union member's name: TableVisual, PivotTableVisual, BarChartVisual, ... */
  type: string
}

export interface SheetModel {
  id: string
  name?: string
  visuals: VisualModel[]
}

/** What the action needs of a dashboard's definition: sheets, visuals, declared parameters. */
export interface DashboardModel {
  id: string
  name?: string
  sheets: SheetModel[]
  parameters: Map<string, ParameterType>
}

/** The visual types CSV and Excel exports take. */
export const TABULAR = ['TableVisual', 'PivotTableVisual']

const DECLARATION_TYPES: Record<string, ParameterType> = {
  StringParameterDeclaration: 'string',
  IntegerParameterDeclaration: 'integer',
  DecimalParameterDeclaration: 'decimal',
  DateTimeParameterDeclaration: 'datetime'
}

/** Reads the sheets, visuals and parameter declarations of a DescribeDashboardDefinition answer. */
export function dashboardModel(d: DescribeDashboardDefinitionResponse): DashboardModel {
  const parameters = new Map<string, ParameterType>()
  for (const declaration of d.Definition?.ParameterDeclarations ?? []) {
    for (const [member, type] of Object.entries(DECLARATION_TYPES)) {
      const name = (declaration as Record<string, { Name?: string } | undefined>)[member]?.Name
      if (name) parameters.set(name, type)
    }
  }
  return {
    id: d.DashboardId ?? '',
    name: d.Name,
    sheets: (d.Definition?.Sheets ?? []).map((s) => ({
      id: s.SheetId ?? '',
      name: s.Name,
      visuals: (s.Visuals ?? []).flatMap((v) => visualModel(v) ?? [])
    })),
    parameters
  }
}

function visualModel(v: Visual): VisualModel | undefined {
  for (const [type, member] of Object.entries(v)) {
    const body = member as
      | { VisualId?: string; Title?: { FormatText?: { PlainText?: string; RichText?: string } } }
      | undefined
    if (!body?.VisualId) continue
    const text = body.Title?.FormatText
    const title = text?.PlainText ?? (text?.RichText ? plain(text.RichText) : undefined)
    return { id: body.VisualId, title: title?.trim() || undefined, type }
  }
  return undefined
}

/** The words of QuickSight's rich-text title markup. */
function plain(xml: string): string {
  return xml
    .replace(/<[^>]*>/g, '')
    .replace(
      /&(lt|gt|quot|apos|amp);/g,
      (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? ''
    )
}

/** A visual as people see it: `Orders (orders-table)`. */
export function visualLabel(v: VisualModel): string {
  return v.title ? `${v.title} (${v.id})` : v.id
}

export function sheetLabel(s: SheetModel): string {
  return s.name ? `${s.name} (${s.id})` : s.id
}
