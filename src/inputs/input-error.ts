/** An input that breaks a rule. The message names the input, the value, the rule and an example. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    value: string | undefined,
    rule: string,
    example: string
  ) {
    super(`Invalid input '${input}'${show(value)}: ${rule}. For example: ${example}`)
    this.name = 'InputError'
  }
}

/** Quotes a value for a message, cut short so one bad input cannot flood the log. */
function show(value: string | undefined): string {
  if (value === undefined) return ''
  if (value === '') return ' (empty)'
  const cut = value.length > 120 ? `${value.slice(0, 117)}...` : value
  return ` = ${JSON.stringify(cut)}`
}
