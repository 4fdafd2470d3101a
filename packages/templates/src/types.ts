import type { BoardContent } from '@causeway/model'

export type TemplateCategory = 'tool' | 'archetype' | 'reflection'

export const TEMPLATE_CATEGORIES: readonly TemplateCategory[] = ['tool', 'archetype', 'reflection']

/** A template is plain data, validated by a schema and applied through model commands. */
export interface Template {
  id: string
  title: string
  description: string
  /** e.g. "4–7", "8+", "all ages" */
  ages: string
  /** Waters Center Habits of a Systems Thinker this activity practises (see HABITS). */
  habits: string[]
  /** How a facilitator runs the activity. */
  facilitatorNotes: string
  category: TemplateCategory
  content: BoardContent
}

export type TemplateSummary = Omit<Template, 'content'>
