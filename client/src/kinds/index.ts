import type { NodeTypes } from '@xyflow/react'

/** Node components for the framework's other kinds (iceberg, ladder, botg, …), keyed by kind. */
export const kindNodeTypes: NodeTypes = {}
