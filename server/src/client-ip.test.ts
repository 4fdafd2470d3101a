import { describe, expect, it } from 'vitest'
import type { IncomingMessage } from 'node:http'
import { makeRequestInfo } from './app-context'
import { defaultConfig } from './config'

function req(headers: Record<string, string | string[]>): IncomingMessage {
  return { headers, socket: { remoteAddress: '10.0.0.5' } } as unknown as IncomingMessage
}

describe('client IP behind a proxy', () => {
  const behindProxy = makeRequestInfo({ ...defaultConfig(), trustProxy: true }, () => 8787)
  const direct = makeRequestInfo({ ...defaultConfig(), trustProxy: false }, () => 8787)

  it('takes the entry the proxy appended, not one the client sent ahead of it', () => {
    expect(behindProxy.clientIp(req({ 'x-forwarded-for': '1.2.3.4, 203.0.113.7' }))).toBe(
      '203.0.113.7',
    )
    expect(behindProxy.clientIp(req({ 'x-forwarded-for': ['9.9.9.9', '198.51.100.2'] }))).toBe(
      '198.51.100.2',
    )
    expect(behindProxy.clientIp(req({ 'x-forwarded-for': '203.0.113.7' }))).toBe('203.0.113.7')
  })

  it('uses the socket address without TRUST_PROXY or without the header', () => {
    expect(direct.clientIp(req({ 'x-forwarded-for': '1.2.3.4' }))).toBe('10.0.0.5')
    expect(behindProxy.clientIp(req({}))).toBe('10.0.0.5')
  })
})
