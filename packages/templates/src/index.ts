import type { BoardContent } from '@causeway/model'

/** A template is plain data, validated by a schema and applied through model commands. */
export interface Template {
  id: string
  title: string
  description: string
  /** e.g. "4–7", "8+", "all ages" */
  ages: string
  /** Waters Center Habits of a Systems Thinker this activity practises. */
  habits: string[]
  /** How a facilitator runs the activity. */
  facilitatorNotes: string
  content: BoardContent
}

export type TemplateSummary = Omit<Template, 'content'>

const BLANK: Template = {
  id: 'blank',
  title: 'Blank causal-loop diagram',
  description: 'An empty board for mapping how variables drive each other.',
  ages: 'all ages',
  habits: ['Identifies the circular nature of complex cause and effect relationships'],
  facilitatorNotes: 'Ask the team to name the variables first, then link them.',
  content: { nodes: [], edges: [] },
}

export const templates: Template[] = [BLANK]

export function getTemplate(id: string): Template | undefined {
  return templates.find((t) => t.id === id)
}

export function listTemplates(): TemplateSummary[] {
  return templates.map(({ content: _content, ...summary }) => summary)
}
