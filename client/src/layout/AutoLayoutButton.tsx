export function AutoLayoutButton() {
  return null
}
