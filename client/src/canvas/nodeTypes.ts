import type { NodeTypes } from '@xyflow/react'
import { kindNodeTypes } from '../kinds'
import { GenericNode } from './GenericNode'
import { NoteNode } from './NoteNode'
import { VariableNode } from './VariableNode'

/** Node components by kind. Other kinds plug in through kinds/index.ts; unknown ones are generic. */
export const nodeTypes: NodeTypes = {
  generic: GenericNode,
  ...kindNodeTypes,
  variable: VariableNode,
  note: NoteNode,
}

export const renderedKinds: ReadonlySet<string> = new Set(Object.keys(nodeTypes).filter((k) => k !== 'generic'))
