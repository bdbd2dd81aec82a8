import { describe, expect, test } from '@jest/globals'
import { maskPresignedUrl } from '../src/mask.js'

describe('maskPresignedUrl', () => {
  test('masks the signature, token and credential as they stand in the URL and decoded', () => {
    const masked: string[] = []
    maskPresignedUrl(
      'https://b.s3.amazonaws.com/k.pdf?X-Amz-Credential=ASIA%2F2025%2Fs3&X-Amz-Date=1&X-Amz-Signature=abc123&X-Amz-Security-Token=t%2Bk',
      (s) => masked.push(s)
    )
    expect(masked.sort()).toEqual(
      ['ASIA%2F2025%2Fs3', 'ASIA/2025/s3', 'abc123', 't%2Bk', 't+k'].sort()
    )
  })
})
