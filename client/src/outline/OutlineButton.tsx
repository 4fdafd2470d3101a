export function OutlineButton() {
  return null
}
