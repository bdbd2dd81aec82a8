import { writeSync } from 'node:fs'
import { EOL } from 'node:os'

/**
 * The two workflow commands the action may need before @actions/core is loaded (it pulls in an
 * HTTP stack that costs more start-up time than the whole input check): masking a secret and
 * failing the step. Escaping as in @actions/core's command.ts. Written straight to file
 * descriptor 1: setting up process.stdout's stream costs more than the check itself, and stdout
 * (a file or a pipe on runners) is written synchronously by Node on Linux anyway.
 */
export function addMask(secret: string): void {
  write(`::add-mask::${escapeData(secret)}${EOL}`)
}

export function fail(message: string): void {
  process.exitCode = 1
  write(`::error::${escapeData(message)}${EOL}`)
}

/** A pipe that process.stdout made non-blocking may be full (EAGAIN): then the stream queues it. */
function write(line: string): void {
  try {
    writeSync(1, line)
  } catch {
    process.stdout.write(line)
  }
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}
