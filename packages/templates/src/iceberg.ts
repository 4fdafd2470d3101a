import { bandCentre, bandIndexAt } from './bands'
import type { BandedContainer } from './bands'
import { content, node, note, prompt } from './build'
import { HABITS } from './habits'
import type { Template } from './types'

export type IcebergLevelId = 'events' | 'patterns' | 'structures' | 'mental-models'
export type IcebergVariant = 'standard' | 'aspirational'

export interface IcebergLevel {
  id: IcebergLevelId
  title: string
  /** The stance a team takes at this depth. */
  stance: string
  question: string
  /** The question for the aspirational variant, which starts from what we want to grow. */
  aspirationalQuestion: string
}

/** Top → bottom: what is visible above the waterline down to what holds it in place. */
export const ICEBERG_LEVELS: readonly IcebergLevel[] = [
  {
    id: 'events',
    title: 'Events',
    stance: 'react',
    question: 'What just happened? What do we see?',
    aspirationalQuestion: 'What are we trying to grow? What would we see if it were growing?',
  },
  {
    id: 'patterns',
    title: 'Patterns / trends',
    stance: 'anticipate',
    question: 'What has been happening over time? Where have we been here before?',
    aspirationalQuestion: 'What patterns over time would show it is growing?',
  },
  {
    id: 'structures',
    title: 'Structures',
    stance: 'design',
    question: 'What is causing the pattern? What connects these things?',
    aspirationalQuestion: 'What structures would help it grow?',
  },
  {
    id: 'mental-models',
    title: 'Mental models',
    stance: 'transform',
    question: 'What beliefs and assumptions keep the system in place?',
    aspirationalQuestion: 'What beliefs and values would sustain it?',
  },
]

export const ICEBERG_DEFAULT_SIZE = { w: 560, h: 520 }

/** The level a y position (absolute, board coordinates) falls in, clamped to the iceberg. */
export function icebergLevelAt(iceberg: BandedContainer, y: number): IcebergLevelId {
  return ICEBERG_LEVELS[bandIndexAt(iceberg, y, ICEBERG_LEVELS.length, ICEBERG_DEFAULT_SIZE.h)]!.id
}

function icebergContent(variant: IcebergVariant): Template['content'] {
  const ice = { x: 0, y: 0, w: 720, h: 640 }
  const centre = (i: number) => bandCentre(ice, i, ICEBERG_LEVELS.length, ice.h) - 30
  const starter = variant === 'aspirational' ? 'What we want to grow: …' : 'An event we noticed: …'
  return content([
    node('ice', 'iceberg', variant === 'aspirational' ? 'What are we trying to grow?' : 'Iceberg', ice.x, ice.y, {
      w: ice.w,
      h: ice.h,
      variant,
    }),
    note('n-events', starter, 260, centre(0), { parent: 'ice', level: 'events', color: 'yellow' }),
    prompt(
      'q-start',
      variant === 'aspirational'
        ? 'Start at the top: what are we trying to grow? Then work down one level at a time.'
        : 'Start with one event everyone saw. Then ask "why?" one level at a time.',
      780,
      40,
    ),
  ])
}

export const ICEBERG: Template = {
  id: 'iceberg',
  title: 'Iceberg',
  description:
    'Move from a visible event down to the patterns, structures and mental models beneath it. Includes an aspirational variant that starts from what we want to grow.',
  ages: '4–7 and up (simplify the questions for the youngest)',
  habits: [HABITS.bigPicture, HABITS.structure, HABITS.mentalModels, HABITS.quickConclusions, HABITS.changeOverTime],
  facilitatorNotes:
    'Events: react. Patterns/trends: anticipate. Structures: design. Mental models: transform. Give a few minutes of silent sticky-note writing per level before talking. For ages 4–7 use "What happened? Has it happened before? What made it happen? What do we believe?". Switch the iceberg to the aspirational variant to start from "what are we trying to grow?".',
  category: 'tool',
  content: icebergContent('standard'),
}

/** The same tool starting from aspiration; offered by the client as a variant, not a template id. */
export function aspirationalIcebergContent(): Template['content'] {
  return icebergContent('aspirational')
}
