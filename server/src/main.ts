import { configFromEnv } from './config'
import { createServer } from './index'
import { installProcessGuards } from './process-guards'

const config = configFromEnv()
const server = await createServer(config)
installProcessGuards(process, server.log)
server.log.info({ url: server.url, dataDir: config.dataDir }, `Causeway listening on ${server.url}`)

let stopping = false
async function stop(signal: string): Promise<void> {
  if (stopping) return
  stopping = true
  server.log.info({ signal }, 'shutting down: flushing boards, closing sockets with 1001')
  const force = setTimeout(() => process.exit(1), 10_000)
  force.unref()
  try {
    await server.close()
    process.exit(0)
  } catch (err) {
    server.log.error({ err }, 'shutdown failed')
    process.exit(1)
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'))
process.on('SIGINT', () => void stop('SIGINT'))
