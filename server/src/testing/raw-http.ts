import { connect } from 'node:net'

/**
 * Sends raw bytes as one HTTP request over a plain TCP socket (for requests `fetch` refuses to
 * build) and resolves with what the server wrote: its status line and headers (the socket is
 * then dropped, as an accepted WebSocket would stay open), or whatever came before it closed
 * the connection. A server that never answers rejects after timeoutMs instead of hanging.
 */
export function rawHttp(port: number, request: string, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1')
    let out = ''
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no answer within ${timeoutMs} ms to ${JSON.stringify(request.split('\r\n')[0])}`))
    }, timeoutMs)
    socket.setEncoding('latin1')
    socket.on('data', (d: string) => {
      out += d
      if (out.includes('\r\n\r\n')) socket.destroy()
    })
    socket.on('error', () => {})
    socket.on('close', () => {
      clearTimeout(timer)
      resolve(out)
    })
    socket.write(request)
  })
}

/** The headers a browser sends to open a WebSocket, after the request line. */
export const UPGRADE_HEADERS =
  'Host: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
  'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n'
