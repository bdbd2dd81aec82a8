import { writeSync } from 'node:fs'
import { EOL } from 'node:os'

/**
 * The runner's workflow commands, written as @actions/core's command.ts writes them (the file
 * commands are in file-commands.ts). The action does not load @actions/core itself: its one
 * entry module imports its OIDC client, and with it an HTTP stack (undici) that measures 9 MiB of
 * resident memory and costs more start-up time than the whole input check. The publishers that
 * need HTTP (@actions/artifact, @actions/github) bring it when they load.
 *
 * While the inputs are checked, lines go straight to file descriptor 1: setting up process.stdout's
 * stream costs more than the input check itself. The run switches to the stream
 * (`useStdoutStream`) before anything else can open it: on a pipe, opening the stream makes the
 * descriptor non-blocking, and direct writes could then be cut short or overtake lines the stream
 * still queues.
 */
export function info(line: string): void {
  write(`${line}${EOL}`)
}

export function addMask(secret: string): void {
  write(`::add-mask::${escapeData(secret)}${EOL}`)
}

export function notice(message: string): void {
  write(`::notice::${escapeData(message)}${EOL}`)
}

export function warning(message: string): void {
  write(`::warning::${escapeData(message)}${EOL}`)
}

export function error(message: string): void {
  write(`::error::${escapeData(message)}${EOL}`)
}

/** Fails the step: exit code 1 and the message as an error annotation. */
export function fail(message: string): void {
  process.exitCode = 1
  error(message)
}

/** Folds what `fn` logs into a group, closed even when `fn` throws. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  write(`::group::${escapeData(name)}${EOL}`)
  try {
    return await fn()
  } finally {
    write(`::endgroup::${EOL}`)
  }
}

let direct = true

/** From now on every line goes through process.stdout, in order with the libraries' own lines. */
export function useStdoutStream(): void {
  direct = false
}

export function write(line: string): void {
  if (direct) {
    const bytes = Buffer.from(line)
    let written = 0
    try {
      while (written < bytes.length) written += writeSync(1, bytes, written)
      return
    } catch {
      // A non-blocking pipe that is full (EAGAIN): the stream queues the rest, and all that follows.
      direct = false
      process.stdout.write(bytes.subarray(written))
      return
    }
  }
  process.stdout.write(line)
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
