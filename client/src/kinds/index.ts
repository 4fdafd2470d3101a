import type { NodeTypes } from '@xyflow/react'
import './messages'
import './kinds.css'
import { BotgNode } from './BotgNode'
import { CircleNode } from './CircleNode'
import { IcebergNode } from './IcebergNode'
import { LadderNode } from './LadderNode'
import { CloudNode, FlowNode, FrameNode, PromptNode, StockNode } from './SimpleKindNodes'

/** Node components for the framework's other kinds (iceberg, ladder, botg, …), keyed by kind. */
export const kindNodeTypes: NodeTypes = {
  iceberg: IcebergNode,
  ladder: LadderNode,
  botg: BotgNode,
  circle: CircleNode,
  stock: StockNode,
  flow: FlowNode,
  cloud: CloudNode,
  frame: FrameNode,
  prompt: PromptNode,
}

export { CONTAINER_KINDS, kindZIndex, moveIntoContainers } from './containment'
export type { DroppedNode } from './containment'
