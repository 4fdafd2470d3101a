export function LoopBadges() {
  return null
}
