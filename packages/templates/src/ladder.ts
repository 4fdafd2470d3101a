import { bandCentre, bandIndexAt } from './bands'
import type { BandedContainer } from './bands'
import { content, node, note, prompt } from './build'
import { HABITS } from './habits'
import type { Template } from './types'

export type LadderRungId = 'data' | 'selected' | 'meanings' | 'assumptions' | 'conclusions' | 'beliefs' | 'actions'

export interface LadderRung {
  id: LadderRungId
  title: string
  prompt: string
}

/** Bottom → top, the way a conclusion is climbed to (Argyris; Senge, The Fifth Discipline Fieldbook). */
export const LADDER_RUNGS: readonly LadderRung[] = [
  { id: 'data', title: 'Observable data', prompt: 'What could a video camera have recorded?' },
  { id: 'selected', title: 'Selected data', prompt: 'What did I notice, and what did I leave out?' },
  { id: 'meanings', title: 'Meanings', prompt: 'What did it mean to me, in my culture and experience?' },
  { id: 'assumptions', title: 'Assumptions', prompt: 'What did I assume to fill the gaps?' },
  { id: 'conclusions', title: 'Conclusions', prompt: 'What did I conclude?' },
  { id: 'beliefs', title: 'Beliefs', prompt: 'What do I now believe about the world or about them?' },
  { id: 'actions', title: 'Actions', prompt: 'What did I do, or what will I do, because of it?' },
]

export const LADDER_DEFAULT_SIZE = { w: 520, h: 600 }

/** The rung a y position (absolute) falls in. Actions are drawn at the top, data at the bottom. */
export function ladderRungAt(ladder: BandedContainer, y: number): LadderRungId {
  const fromTop = bandIndexAt(ladder, y, LADDER_RUNGS.length, LADDER_DEFAULT_SIZE.h)
  return LADDER_RUNGS[LADDER_RUNGS.length - 1 - fromTop]!.id
}

const ladder = { x: 0, y: 0, w: 640, h: 700 }
const rungY = (id: LadderRungId) => {
  const fromTop = LADDER_RUNGS.length - 1 - LADDER_RUNGS.findIndex((r) => r.id === id)
  return bandCentre(ladder, fromTop, LADDER_RUNGS.length, ladder.h) - 24
}

export const LADDER_OF_INFERENCE: Template = {
  id: 'ladder-of-inference',
  title: 'Ladder of inference',
  description:
    'Trace how a conclusion was reached, from observable data up through selection, meaning, assumptions and beliefs to action, and see how beliefs shape what we notice next time.',
  ages: '11+',
  habits: [HABITS.assumptions, HABITS.mentalModels, HABITS.quickConclusions, HABITS.perspectives],
  facilitatorNotes:
    'Start at the top with an action or conclusion someone is sure of, then climb down: what data was it built on? Keep it kind: the point is that we all climb ladders in seconds. The reflexive loop (beliefs → selected data) shows why we keep seeing what we expect.',
  category: 'tool',
  content: content([
    node('ladder', 'ladder', 'Ladder of inference', ladder.x, ladder.y, { w: ladder.w, h: ladder.h, reflexive: true }),
    note('n-actions', 'What I did: …', 300, rungY('actions'), { parent: 'ladder', rung: 'actions', color: 'yellow' }),
    note('n-data', 'What actually happened: …', 300, rungY('data'), { parent: 'ladder', rung: 'data', color: 'blue' }),
    prompt('q-climb', 'Climb down from the action to the data. Where did you jump a rung?', 700, 40),
  ]),
}
