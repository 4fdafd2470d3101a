import { content, frame, link, namedLoops, node, note, prompt } from './build'
import { HABITS } from './habits'
import type { Template } from './types'

export const BLANK: Template = {
  id: 'blank',
  title: 'Blank causal-loop diagram',
  description: 'An empty board for mapping how variables drive each other.',
  ages: 'all ages',
  habits: [HABITS.circular, HABITS.connections],
  facilitatorNotes:
    'Ask the team to name the variables first (things that can go up or down), then link them and mark each link + (same direction) or − (opposite). Loops are found and labelled R or B for you.',
  category: 'tool',
  content: content([]),
}

/**
 * Pipes are edges with `flow: true`, drawn in the direction material moves. A pipe into a stock
 * is '+' (the inflow adds to it); the pipe out of a stock is '+' (the outflow draws on what is
 * there) and the outflow's draining of the stock is an ordinary '−' link, so the loop finder
 * sees the textbook structure: a reinforcing inflow loop and a balancing outflow loop.
 */
export const STOCK_AND_FLOW: Template = {
  id: 'stock-and-flow',
  title: 'Stock and flow',
  description: 'See what accumulates (a stock) and what fills and drains it (flows), and which information links steer the flows.',
  ages: '11+',
  habits: [HABITS.structure, HABITS.changeOverTime, HABITS.delays, HABITS.bigPicture],
  facilitatorNotes:
    'A stock is anything you could count if time stopped (trust, students enrolled, energy). Flows change it per unit of time. Ask: what fills the bathtub, what drains it, and what decides how fast?',
  category: 'tool',
  content: content(
    [
      node('src', 'cloud', 'Source', 0, 120),
      node('in', 'flow', 'Students joining', 200, 120),
      node('stock', 'stock', 'Students in the programme', 420, 100, { w: 180, h: 90 }),
      node('out', 'flow', 'Students finishing', 680, 120),
      node('sink', 'cloud', 'Sink', 900, 120),
      prompt('q-stock', 'What accumulates here? What fills it and what drains it?', 380, -120),
    ],
    [
      link('src', 'in', '+', { fields: { flow: true } }),
      link('in', 'stock', '+', { fields: { flow: true } }),
      link('stock', 'out', '+', { fields: { flow: true } }),
      link('out', 'sink', '+', { fields: { flow: true } }),
      link('stock', 'in', '+', { label: 'word of mouth' }),
      link('out', 'stock', '-', { label: 'drains' }),
    ],
    namedLoops([['in', 'stock'], 'Word of mouth'], [['stock', 'out'], 'Finishing']),
  ),
}

export const CREATIVE_TENSION: Template = {
  id: 'creative-tension',
  title: 'Creative tension',
  description: 'Hold a shared vision against an honest picture of current reality; the gap between them is the energy for change.',
  ages: '11+',
  habits: [HABITS.bigPicture, HABITS.mentalModels, HABITS.consequences],
  facilitatorNotes:
    'Write the vision first, in the present tense, as if it were already true. Then describe current reality without blame. Notice the pull to lower the vision to ease the tension (eroding goals); hold both instead.',
  category: 'reflection',
  content: content([
    frame('vision', 'Vision', 0, 0, 520, 260),
    prompt('q-vision', 'What do we truly want to create? Describe it as if it were already here.', 20, 60, { parent: 'vision' }),
    note('tension', 'Creative tension: the gap between where we want to be and where we are. What does it ask of us?', 160, 320, {
      color: 'orange',
    }),
    frame('reality', 'Current reality', 0, 460, 520, 260),
    prompt('q-reality', 'Where are we now, honestly? What do we see, hear and feel?', 20, 520, { parent: 'reality' }),
  ]),
}

const SYSTEMS = [
  { id: 'self', title: 'Self', q: 'What is going on in me (mind, heart, body)?', x: 300, y: 0 },
  { id: 'others', title: 'Others', q: 'What is going on between us (relationships, teams, groups)?', x: 0, y: 420 },
  { id: 'world', title: 'World', q: 'What is going on in the larger systems (community, economy, ecology)?', x: 600, y: 420 },
] as const

export const THREE_SYSTEMS: Template = {
  id: 'three-systems',
  title: 'Three systems',
  description: 'Reflect on three interconnected systems: the self, the people around us, and the larger world, and on how each shapes the others.',
  ages: 'all ages',
  habits: [HABITS.bigPicture, HABITS.connections, HABITS.perspectives],
  facilitatorNotes:
    'Begin with a moment of quiet. Each person writes a note in each area, then the group looks at the arrows: how does what happens in me shape us, and the world, and back?',
  category: 'reflection',
  content: content(
    SYSTEMS.flatMap((s) => [
      frame(s.id, s.title, s.x, s.y, 400, 300),
      prompt(`q-${s.id}`, s.q, s.x + 20, s.y + 60, { parent: s.id }),
    ]),
    [
      link('self', 'others', '?'),
      link('others', 'self', '?'),
      link('others', 'world', '?'),
      link('world', 'others', '?'),
      link('world', 'self', '?'),
      link('self', 'world', '?'),
    ],
  ),
}

const FOUR_PLAYERS = [
  { id: 'move', label: 'Move: "I propose we…" — who sets a direction?' },
  { id: 'follow', label: 'Follow: "I support that…" — who completes and helps?' },
  { id: 'oppose', label: 'Oppose: "I disagree, because…" — who corrects and challenges?' },
  { id: 'bystand', label: 'Bystand: "What I notice is…" — who gives perspective on the whole?' },
]

export const CHECK_IN: Template = {
  id: 'check-in',
  title: 'Check-in and four-player model',
  description: 'Start a conversation with a check-in round, and reflect on it with the four-player model (Move, Follow, Oppose, Bystand).',
  ages: 'all ages',
  habits: [HABITS.perspectives, HABITS.mentalModels, HABITS.checkResults],
  facilitatorNotes:
    'Check-in: everyone speaks once, briefly, without reply. Afterwards, use the four-player model (David Kantor): which actions did we hear, and which were missing? A healthy conversation has all four.',
  category: 'reflection',
  content: content([
    frame('checkin', 'Check-in', 0, 0, 560, 380),
    prompt('q-arrive', 'How are you arriving today? One word or one sentence.', 20, 60, { parent: 'checkin' }),
    prompt('q-mind', 'What is on your mind that might keep you from being fully here?', 20, 160, { parent: 'checkin' }),
    prompt('q-hope', 'What do you hope for from our time together?', 20, 260, { parent: 'checkin' }),
    frame('four', 'Four-player model', 620, 0, 600, 380),
    ...FOUR_PLAYERS.map((p, i) =>
      prompt(p.id, p.label, 640 + (i % 2) * 290, 60 + Math.floor(i / 2) * 150, { parent: 'four', w: 260 }),
    ),
  ]),
}
