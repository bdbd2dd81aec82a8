import { EOL } from 'node:os'

/**
 * The two workflow commands the action may need before @actions/core is loaded (it pulls in an
 * HTTP stack that costs more start-up time than the whole input check): masking a secret and
 * failing the step. Escaping as in @actions/core's command.ts.
 */
export function addMask(secret: string): void {
  process.stdout.write(`::add-mask::${escapeData(secret)}${EOL}`)
}

export function fail(message: string): void {
  process.exitCode = 1
  process.stdout.write(`::error::${escapeData(message)}${EOL}`)
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}
