/** WebSocket close codes of the sync endpoint (DESIGN.md "The server"). */
export const CLOSE = {
  /** Server shutting down; the provider reconnects. */
  GOING_AWAY: 1001,
  /** Frame over MAX_FRAME_BYTES (sent by ws itself via maxPayload). */
  TOO_BIG: 1009,
  /** The board could not be loaded or stored; the provider retries. */
  INTERNAL: 1011,
  /** Too many sockets for this board or IP, or a too-slow reader; the provider retries with backoff. */
  TRY_AGAIN: 1013,
  MALFORMED: 4400,
  UNAUTHORIZED: 4401,
  /** Reserved: writes on a view-only socket are dropped and counted, not closed. */
  FORBIDDEN: 4403,
  NOT_FOUND: 4404,
  /** The board reached MAX_DOC_BYTES. */
  DOC_TOO_BIG: 4413,
} as const
