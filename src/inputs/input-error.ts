import type { AnnotationProperties } from '@actions/core'

/** An input that breaks a rule. The message names the input, the value, the rule and an example. */
export class InputError extends Error {
  /** Problems to annotate where they are (a config file's lines), besides the message. */
  annotations: { message: string; properties: AnnotationProperties }[] = []

  constructor(
    readonly input: string,
    value: string | undefined,
    rule: string,
    example: string
  ) {
    super(`Invalid input '${input}'${show(value)}: ${cut(rule, 600)}. For example: ${example}`)
    this.name = 'InputError'
  }
}

/** Quotes a value for a message, cut short so one bad input cannot flood the log. */
function show(value: string | undefined): string {
  if (value === undefined) return ''
  if (value === '') return ' (empty)'
  return ` = ${JSON.stringify(cut(value, 120))}`
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 3)}...` : text
}
