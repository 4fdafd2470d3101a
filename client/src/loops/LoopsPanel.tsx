export function LoopsPanel() {
  return null
}
