import type { EdgeSnapshot, NodeSnapshot, Polarity, ValidationIssue } from '@causeway/model'
import type { ImportResult } from './types'
import { INTEROP_LIMITS, cleanLabel, quoted } from './limits'
import { layoutPositions } from './layout'

const MAX_ERRORS = 50

/** Thrown to stop a parse once the error list is full or a hard limit is hit. */
export class StopParse extends Error {}

/**
 * Collects what an importer reads into BoardContent with local ids (`n1`, `e1`, …), enforcing
 * the limits and collecting errors that name the line or field at fault.
 */
export class ContentBuilder {
  readonly errors: ValidationIssue[] = []
  private readonly nodes: NodeSnapshot[] = []
  private readonly edges: EdgeSnapshot[] = []
  private readonly byKey = new Map<string, string>()
  private readonly nodeById = new Map<string, NodeSnapshot>()
  private readonly placed = new Set<string>()

  error(path: string, message: string): void {
    this.errors.push({ path, message })
    if (this.errors.length >= MAX_ERRORS) throw new StopParse()
  }

  has(key: string): boolean {
    return this.byKey.has(key)
  }

  idOf(key: string): string | undefined {
    return this.byKey.get(key)
  }

  /**
   * Declares (or updates the label of) the variable known in the source as `key`; returns its
   * local id. Where the source names variables by label (CSV, Kumu without ids) the key must be
   * the cleaned label, as the label shown is; ids (DOT, Mermaid, Vensim) are keys as written.
   */
  variable(
    key: string,
    where: string,
    opts: { label?: string; x?: number; y?: number; kind?: string } = {},
  ): string {
    const existing = this.byKey.get(key)
    const hasPos = Number.isFinite(opts.x) && Number.isFinite(opts.y)
    if (existing) {
      const node = this.nodeById.get(existing)!
      if (opts.label !== undefined) node.label = cleanLabel(opts.label)
      if (hasPos && !this.placed.has(existing)) {
        this.placed.add(existing)
        Object.assign(node, { x: opts.x, y: opts.y })
      }
      return existing
    }
    if (this.nodes.length >= INTEROP_LIMITS.nodes) {
      this.error(where, `More than ${INTEROP_LIMITS.nodes} variables.`)
      throw new StopParse()
    }
    const id = `n${this.nodes.length + 1}`
    if (hasPos) this.placed.add(id)
    const node: NodeSnapshot = {
      id,
      kind: opts.kind ?? 'variable',
      label: cleanLabel(opts.label ?? key),
      x: hasPos ? opts.x! : 0,
      y: hasPos ? opts.y! : 0,
    }
    this.nodes.push(node)
    this.nodeById.set(id, node)
    this.byKey.set(key, id)
    return id
  }

  link(
    sourceKey: string,
    targetKey: string,
    polarity: Polarity,
    delay: boolean,
    where: string,
  ): void {
    const source = this.byKey.get(sourceKey)
    const target = this.byKey.get(targetKey)
    if (!source) return this.error(where, `Unknown source ${quoted(sourceKey)}.`)
    if (!target) return this.error(where, `Unknown target ${quoted(targetKey)}.`)
    if (source === target) return this.error(where, 'A link needs two different variables.')
    if (this.edges.length >= INTEROP_LIMITS.links) {
      this.error(where, `More than ${INTEROP_LIMITS.links} links.`)
      throw new StopParse()
    }
    this.edges.push({ id: `e${this.edges.length + 1}`, source, target, polarity, delay })
  }

  /** Runs a parse body, turning StopParse into the collected errors. */
  static run(parse: (b: ContentBuilder) => void): ImportResult {
    const b = new ContentBuilder()
    try {
      parse(b)
    } catch (e) {
      if (!(e instanceof StopParse)) throw e
    }
    return b.finish()
  }

  finish(): ImportResult {
    if (this.errors.length) return { ok: false, errors: this.errors }
    if (this.nodes.length === 0)
      return { ok: false, errors: [{ path: '$', message: 'No variables found.' }] }
    // Positions only count when the source placed every variable; a partial layout would overlap.
    if (this.placed.size < this.nodes.length) {
      layoutPositions(this.nodes.length).forEach((p, i) => Object.assign(this.nodes[i]!, p))
    }
    return { ok: true, content: { nodes: this.nodes, edges: this.edges } }
  }
}
