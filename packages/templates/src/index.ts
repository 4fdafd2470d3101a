// The framework's tools as plain data (FRAMEWORK.md), validated and applied through model commands.
import { ARCHETYPES } from './archetypes'
import { BEHAVIOUR_OVER_TIME } from './botg'
import { CONNECTION_CIRCLE } from './circle'
import { ICEBERG } from './iceberg'
import { LADDER_OF_INFERENCE } from './ladder'
import { BLANK, CHECK_IN, CREATIVE_TENSION, STOCK_AND_FLOW, THREE_SYSTEMS } from './tools'
import type { Template, TemplateSummary } from './types'

export type { Template, TemplateSummary, TemplateCategory } from './types'
export { TEMPLATE_CATEGORIES } from './types'
export { HABITS, HABIT_LIST } from './habits'
export type { HabitId } from './habits'
export { validateTemplate } from './validate'
export type { TemplateValidation } from './validate'
export { applyTemplate, TemplateError } from './apply'
export type { ApplyOptions } from './apply'
export { ICEBERG_LEVELS, ICEBERG_DEFAULT_SIZE, icebergLevelAt, aspirationalIcebergContent } from './iceberg'
export type { IcebergLevel, IcebergLevelId, IcebergVariant } from './iceberg'
export { LADDER_RUNGS, LADDER_DEFAULT_SIZE, ladderRungAt } from './ladder'
export type { LadderRung, LadderRungId } from './ladder'
export { CONTAINER_HEADER } from './bands'
export { LINE_FIELD_PREFIX, linesOf, smoothPoints, isBotgLine } from './botg'
export type { BotgLine } from './botg'
export { addCircleElement, circleToCld, applyCircleToCld, circlePositions, CIRCLE_DEFAULT_SIZE, CIRCLE_MAX_ELEMENTS } from './circle'
export type { CircleToCldPlan } from './circle'

/** Every built-in template, in the order FRAMEWORK.md lists the ids. */
export const templates: Template[] = [
  BLANK,
  ICEBERG,
  LADDER_OF_INFERENCE,
  BEHAVIOUR_OVER_TIME,
  CONNECTION_CIRCLE,
  STOCK_AND_FLOW,
  CREATIVE_TENSION,
  THREE_SYSTEMS,
  CHECK_IN,
  ...ARCHETYPES,
]

export function getTemplate(id: string): Template | undefined {
  return templates.find((t) => t.id === id)
}

export function listTemplates(): TemplateSummary[] {
  return templates.map(({ content: _content, ...summary }) => summary)
}
