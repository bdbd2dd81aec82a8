import { hintForException } from './error-hints.js'

/** Turns anything thrown into one readable line, with a hint for known AWS exceptions. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) {
    const hint = hintForException(error.name)
    const known = error.name !== 'Error' && !error.message.startsWith(error.name)
    const text = known && hint !== undefined ? `${error.name}: ${error.message}` : error.message
    return hint !== undefined ? `${text} Hint: ${hint}` : text || error.name
  }
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error) ?? String(error)
  } catch {
    return String(error)
  }
}
