/**
 * The Waters Center's fourteen Habits of a Systems Thinker, in the split FRAMEWORK.md lists
 * (short- and long-term consequences apart from unintended ones). Templates cite these strings.
 */
export const HABITS = {
  connections: 'Makes meaningful connections within and between systems',
  bigPicture: 'Seeks to understand the big picture',
  changeOverTime: 'Observes how elements within systems change over time, generating patterns and trends',
  structure: "Recognizes that a system's structure generates its behavior",
  circular: 'Identifies the circular nature of complex cause and effect relationships',
  perspectives: 'Changes perspectives to increase understanding',
  assumptions: 'Surfaces and tests assumptions',
  quickConclusions: 'Considers an issue fully and resists the urge to come to a quick conclusion',
  mentalModels: 'Considers how mental models affect current reality and the future',
  leverage: 'Uses understanding of system structure to identify possible leverage actions',
  consequences: 'Considers short-term and long-term consequences of actions',
  unintended: 'Notices unintended consequences of actions',
  delays: 'Recognizes the impact of time delays when exploring cause and effect relationships',
  checkResults: 'Checks results and changes actions if needed',
} as const

export type HabitId = keyof typeof HABITS

export const HABIT_LIST: readonly string[] = Object.values(HABITS)
