const SECRET_PARAMS = [
  'X-Amz-Signature',
  'X-Amz-Security-Token',
  'X-Amz-Credential',
  'Signature',
  'sig'
]

/**
 * Registers the secret parts of a presigned URL (signature, session token, credential) with the
 * runner, both as they stand in the URL and decoded, so no log line can carry a usable URL.
 */
export function maskPresignedUrl(url: string, mask: (secret: string) => void): void {
  const query = url.split('?')[1] ?? ''
  for (const pair of query.split('&')) {
    const [name = '', raw = ''] = pair.split('=')
    if (!SECRET_PARAMS.includes(name) || raw === '') continue
    mask(raw)
    const decoded = safeDecode(raw)
    if (decoded !== raw) mask(decoded)
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}
