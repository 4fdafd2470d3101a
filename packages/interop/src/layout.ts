/** Positions for imported variables when the source file has none. */
export function layoutPositions(count: number): Array<{ x: number; y: number }> {
  // A circle reads like a connection circle for small sets; past a dozen a grid stays legible.
  if (count <= 12) {
    const radius = Math.max(160, count * 40)
    return Array.from({ length: count }, (_, i) => {
      const angle = (2 * Math.PI * i) / Math.max(count, 1) - Math.PI / 2
      return {
        x: Math.round(radius + radius * Math.cos(angle)),
        y: Math.round(radius + radius * Math.sin(angle)),
      }
    })
  }
  const cols = Math.ceil(Math.sqrt(count))
  return Array.from({ length: count }, (_, i) => ({
    x: (i % cols) * 220,
    y: Math.floor(i / cols) * 140,
  }))
}
