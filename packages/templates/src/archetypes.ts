import { content, link, namedLoops, variable as v } from './build'
import { HABITS } from './habits'
import type { Template } from './types'

/**
 * The systems archetypes exactly as FRAMEWORK.md gives them (Kim 1992; Senge 1990, appendix 2):
 * same variables, polarities and delays. Each loop is laid out roughly as a circle with its
 * variables about 200–300px apart, and carries a suggested name the team can change.
 */

const ARCHETYPE_HABITS = [HABITS.structure, HABITS.circular, HABITS.leverage]
const AGES = '11+'

function archetype(
  id: string,
  title: string,
  description: string,
  facilitatorNotes: string,
  body: Template['content'],
  extraHabits: string[] = [],
): Template {
  return {
    id,
    title,
    description,
    ages: AGES,
    habits: [...ARCHETYPE_HABITS, ...extraHabits],
    facilitatorNotes,
    category: 'archetype',
    content: body,
  }
}

const fixesThatFail = archetype(
  'fixes-that-fail',
  'Fixes that fail',
  'A quick fix eases the symptom, but its unintended consequence, after a delay, makes the problem come back worse.',
  'Start from a fix the school has tried more than once. Ask: what did it change right away, and what did it change later? Name the unintended consequence together before looking for a fix that addresses the source.',
  content(
    [v('p', 'Problem symptom', 0, 200), v('f', 'Fix', 300, 0), v('u', 'Unintended consequence', 300, 400)],
    [link('p', 'f', '+'), link('f', 'p', '-'), link('f', 'u', '+', { delay: true }), link('u', 'p', '+')],
    namedLoops([['p', 'f'], 'Quick fix'], [['p', 'f', 'u'], 'Unintended consequences']),
  ),
  [HABITS.unintended, HABITS.delays, HABITS.consequences],
)

const shiftingTheBurden = archetype(
  'shifting-the-burden',
  'Shifting the burden',
  'A symptomatic solution relieves the problem quickly, and its side effect weakens the fundamental solution that would have solved it.',
  'Ask who carries the burden now and who would carry it with the fundamental solution. Look for the side effect that makes the quick solution addictive.',
  content(
    [
      v('p', 'Problem symptom', 0, 200),
      v('s', 'Symptomatic solution', 300, 0),
      v('fs', 'Fundamental solution', 300, 400),
      v('se', 'Side effect', 600, 200),
    ],
    [
      link('p', 's', '+'),
      link('s', 'p', '-'),
      link('p', 'fs', '+'),
      link('fs', 'p', '-', { delay: true }),
      link('s', 'se', '+'),
      link('se', 'fs', '-'),
    ],
    namedLoops(
      [['p', 's'], 'Symptomatic solution'],
      [['p', 'fs'], 'Fundamental solution'],
      [['p', 's', 'se', 'fs'], 'Side effect'],
    ),
  ),
  [HABITS.consequences, HABITS.delays],
)

const limitsToGrowth = archetype(
  'limits-to-growth',
  'Limits to growth',
  'Efforts bring success that brings more effort, until a limiting action, driven by a constraint, slows performance down.',
  'Ask what has been growing and what has started to push back. Leverage is usually in the constraint, not in pushing harder on the efforts.',
  content(
    [
      v('e', 'Efforts', 0, 200),
      v('perf', 'Performance', 300, 200),
      v('la', 'Limiting action', 600, 200),
      v('c', 'Constraint', 600, 0),
    ],
    [link('e', 'perf', '+'), link('perf', 'e', '+'), link('perf', 'la', '+'), link('la', 'perf', '-'), link('c', 'la', '+')],
    namedLoops([['e', 'perf'], 'Growth'], [['perf', 'la'], 'Limit']),
  ),
  [HABITS.changeOverTime],
)

const erodingGoals = archetype(
  'eroding-goals',
  'Eroding goals',
  'A gap between goal and current state can close two ways: by corrective action (slow) or by lowering the goal (easy).',
  'Ask how the goal has changed over the years, and who felt the pressure to lower it. Hold the goal steady and look at the delay in corrective action.',
  content(
    [
      v('g', 'Goal', 0, 0),
      v('plg', 'Pressure to lower goal', 400, 0),
      v('gap', 'Gap', 200, 200),
      v('ca', 'Corrective action', 400, 400),
      v('cs', 'Current state', 0, 400),
    ],
    [
      link('g', 'gap', '+'),
      link('cs', 'gap', '-'),
      link('gap', 'ca', '+'),
      link('ca', 'cs', '+', { delay: true }),
      link('gap', 'plg', '+'),
      link('plg', 'g', '-'),
    ],
    namedLoops([['gap', 'ca', 'cs'], 'Corrective action'], [['gap', 'plg', 'g'], 'Lowering the goal']),
  ),
  [HABITS.changeOverTime, HABITS.delays],
)

const escalation = archetype(
  'escalation',
  'Escalation',
  'Each side acts to get ahead of the other; each balancing loop answers the other, and together they spiral like a reinforcing figure eight.',
  'Trace the figure eight aloud from A round to B and back. Ask what each side sees as the threat, and whether a shared goal could replace the comparison.',
  content(
    [
      v('rab', 'Results of A relative to B', 400, 200),
      v('ta', 'Threat to A', 200, 0),
      v('acta', 'Activity by A', 0, 200),
      v('ar', "A's result", 200, 400),
      v('tb', 'Threat to B', 600, 0),
      v('actb', 'Activity by B', 800, 200),
      v('br', "B's result", 600, 400),
    ],
    [
      link('ar', 'rab', '+'),
      link('br', 'rab', '-'),
      link('rab', 'ta', '-'),
      link('ta', 'acta', '+'),
      link('acta', 'ar', '+'),
      link('rab', 'tb', '+'),
      link('tb', 'actb', '+'),
      link('actb', 'br', '+'),
    ],
    namedLoops([['rab', 'ta', 'acta', 'ar'], "A's response"], [['rab', 'tb', 'actb', 'br'], "B's response"]),
  ),
  [HABITS.perspectives],
)

const successToTheSuccessful = archetype(
  'success-to-the-successful',
  'Success to the successful',
  'Resources go to whoever succeeded first, which makes them more successful and the other less, whatever their potential.',
  'Ask how the allocation is decided and whether early success reflects ability or a head start. Look for a goal that serves both A and B.',
  content(
    [
      v('alloc', 'Allocation to A instead of B', 400, 200),
      v('ra', 'Resources to A', 150, 0),
      v('sa', 'Success of A', 150, 400),
      v('rb', 'Resources to B', 650, 0),
      v('sb', 'Success of B', 650, 400),
    ],
    [
      link('alloc', 'ra', '+'),
      link('ra', 'sa', '+'),
      link('sa', 'alloc', '+'),
      link('alloc', 'rb', '-'),
      link('rb', 'sb', '+'),
      link('sb', 'alloc', '-'),
    ],
    namedLoops([['alloc', 'ra', 'sa'], 'Success of A'], [['alloc', 'rb', 'sb'], 'Decline of B']),
  ),
  [HABITS.perspectives, HABITS.unintended],
)

const tragedyOfTheCommons = archetype(
  'tragedy-of-the-commons',
  'Tragedy of the commons',
  'Each person gains by using a shared resource more; together they exhaust it, and after a delay everyone gains less.',
  'Name the common resource (time, space, goodwill, budget). Ask who watches the total activity, and what would make the limit visible before the delay bites.',
  content(
    [
      v('nga', 'Net gain for A', 0, 0),
      v('aa', "A's activity", 300, 0),
      v('ngb', 'Net gain for B', 0, 500),
      v('ba', "B's activity", 300, 500),
      v('ta', 'Total activity', 550, 250),
      v('gpi', 'Gain per individual activity', 150, 250),
      v('rl', 'Resource limit', -200, 250),
    ],
    [
      link('aa', 'nga', '+'),
      link('nga', 'aa', '+'),
      link('ba', 'ngb', '+'),
      link('ngb', 'ba', '+'),
      link('aa', 'ta', '+'),
      link('ba', 'ta', '+'),
      link('ta', 'gpi', '-', { delay: true }),
      link('rl', 'gpi', '+'),
      link('gpi', 'nga', '+'),
      link('gpi', 'ngb', '+'),
    ],
    namedLoops(
      [['aa', 'nga'], "A's gain"],
      [['ba', 'ngb'], "B's gain"],
      [['aa', 'ta', 'gpi', 'nga'], 'Shared limit (A)'],
      [['ba', 'ta', 'gpi', 'ngb'], 'Shared limit (B)'],
    ),
  ),
  [HABITS.bigPicture, HABITS.delays, HABITS.consequences],
)

const growthAndUnderinvestment = archetype(
  'growth-and-underinvestment',
  'Growth and underinvestment',
  'Growth meets a capacity limit; investment in capacity would lift it, but falling performance lowers the perceived need to invest.',
  'Ask what standard the team holds for performance and whether it has slipped. Investment takes time to pay back: mark the delay and talk about it.',
  content(
    [
      v('ga', 'Growing action', 0, 200),
      v('d', 'Demand', 250, 200),
      v('perf', 'Performance', 500, 200),
      v('pni', 'Perceived need to invest', 700, 0),
      v('ps', 'Performance standard', 1000, -100),
      v('ic', 'Investment in capacity', 950, 200),
      v('cap', 'Capacity', 700, 400),
    ],
    [
      link('ga', 'd', '+'),
      link('d', 'ga', '+'),
      link('d', 'perf', '-'),
      link('perf', 'd', '+'),
      link('perf', 'pni', '-'),
      link('ps', 'pni', '+'),
      link('pni', 'ic', '+'),
      link('ic', 'cap', '+', { delay: true }),
      link('cap', 'perf', '+'),
    ],
    namedLoops(
      [['ga', 'd'], 'Growth'],
      [['d', 'perf'], 'Limit'],
      [['perf', 'pni', 'ic', 'cap'], 'Investment'],
    ),
  ),
  [HABITS.delays, HABITS.consequences],
)

/**
 * Accidental adversaries yields six loops, 4 R and 2 B: the outer partnership loop (R), each
 * side's unilateral-success loop (two R), the adversarial figure eight A's unilateral action ⊣
 * B's success → B's unilateral action ⊣ A's success → A's unilateral action (R, two '−'), and
 * two mixed loops where one side's unilateral action undercuts the partnership (B each).
 */
const accidentalAdversaries = archetype(
  'accidental-adversaries',
  'Accidental adversaries',
  'Two partners who help each other succeed each also act alone to succeed, and those unilateral actions undercut the other until they see each other as adversaries.',
  'Ask each side to trace the outer partnership loop first, then its own unilateral loop. Then read the figure eight aloud: how does my fix hurt you, and yours hurt me?',
  content(
    [
      v('aab', "A's activity toward B", 350, 0),
      v('bs', "B's success", 700, 300),
      v('baa', "B's activity toward A", 350, 600),
      v('as', "A's success", 0, 300),
      v('au', "A's unilateral action", 180, 150),
      v('bu', "B's unilateral action", 520, 450),
    ],
    [
      link('aab', 'bs', '+'),
      link('bs', 'baa', '+'),
      link('baa', 'as', '+'),
      link('as', 'aab', '+'),
      link('as', 'au', '+'),
      link('au', 'as', '+'),
      link('au', 'bs', '-'),
      link('bs', 'bu', '+'),
      link('bu', 'bs', '+'),
      link('bu', 'as', '-'),
    ],
    namedLoops(
      [['aab', 'bs', 'baa', 'as'], 'Partnership'],
      [['as', 'au'], "A's unilateral success"],
      [['bs', 'bu'], "B's unilateral success"],
      [['as', 'au', 'bs', 'bu'], 'Adversaries'],
    ),
  ),
  [HABITS.perspectives, HABITS.unintended],
)

export const ARCHETYPES: readonly Template[] = [
  fixesThatFail,
  shiftingTheBurden,
  limitsToGrowth,
  erodingGoals,
  escalation,
  successToTheSuccessful,
  tragedyOfTheCommons,
  growthAndUnderinvestment,
  accidentalAdversaries,
]
