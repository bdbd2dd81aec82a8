import { writeSync } from 'node:fs'
import { EOL } from 'node:os'

/**
 * The runner's workflow commands, written as @actions/core's command.ts writes them (the file
 * commands are in file-commands.ts). The action does not load @actions/core itself: its one
 * entry module imports its OIDC client, and with it an HTTP stack (undici) that measures 9 MiB of
 * resident memory and costs more start-up time than the whole input check. The publishers that
 * need HTTP (@actions/artifact, @actions/github) bring it when they load.
 *
 * Lines go straight to file descriptor 1: setting up process.stdout's stream costs more than the
 * input check itself, and stdout (a file or a pipe on runners) is written synchronously by Node on
 * Linux anyway.
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

/** A pipe that process.stdout made non-blocking may be full (EAGAIN): then the stream queues it. */
export function write(line: string): void {
  try {
    writeSync(1, line)
  } catch {
    process.stdout.write(line)
  }
}

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
