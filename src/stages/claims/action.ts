/**
 * What happens to the counted thing: an open table of actions and the words
 * that name them (verbs in any inflection, and nouns such as `arrival`,
 * `deployment`). `send` is split by what is sent: people are deployed,
 * goods are supplied.
 */

/** Action → cue stems (matched at word start; a stem matches its inflections). */
export const ACTIONS: Record<string, string[]> = {
  deploy: [
    'deploy',
    'dispatch',
    'mobiliz',
    'mobilis',
    'station',
    'arriv',
    'transport',
    'reinforc',
    'join',
    'sent to fight',
    'move troops',
    'be in',
  ],
  send: ['send', 'sent', 'sending'],
  supply: ['supply', 'supplie', 'provid', 'ship', 'deliver', 'export', 'transfer', 'sold weapons', 'arm'],
  kill: [
    'kill',
    'died',
    'dead',
    'death',
    'slaughter',
    'massacre',
    'lives lost',
    'fatalit',
    'perish',
    'murder',
    'shot dead',
    'lost their lives',
  ],
  wound: ['wound', 'injur', 'hurt', 'hospitaliz', 'hospitalis'],
  cost: ['cost', 'at stake', 'damages', 'back pay', 'price'],
  spend: ['spen', 'spent', 'purchas', 'bought', 'buy', 'used', 'using'],
  include: ['includ', 'cover', 'involv', 'represent', 'class of', 'on behalf of', 'comprise'],
  employ: ['employ', 'work', 'hire'],
  vote: ['vote', 'voted', 'ballot', 'elect'],
  win: ['won', 'win', 'margin', 'defeat'],
  arrest: ['arrest', 'detain', 'detention', 'apprehen', 'custody'],
  evacuate: ['evacuat', 'displac', 'flee', 'fled', 'refugee'],
  divert: ['divert', 'redirect', 'reprogram', 'tap', 'move'],
  fund: ['fund', 'financ', 'allocat', 'appropriat', 'grant', 'budget'],
  request: ['request', 'demand', 'ask', 'sought'],
  build: ['build', 'built', 'construct'],
  attend: ['attend', 'gather', 'crowd', 'march', 'protest', 'turn out', 'turnout'],
  plead: ['plead', 'pleaded', 'guilty'],
  forfeit: ['forfeit', 'seiz', 'confiscat'],
  fine: ['fine', 'penalt'],
  destroy: ['destroy', 'damag', 'burn', 'flatten'],
  rescue: ['rescu', 'saved'],
  lose: ['lost', 'lose', 'loss'],
  raise: ['raise', 'raising', 'rais'],
};

/** Measures whose `send` means supplying goods rather than deploying people. */
const GOODS =
  /(?:shell|container|missile|rocket|weapon|arm|ammunition|drone|tank|gun|round|dollar|euro|pound|aid|equipment|vehicle|launcher|artillery|munition|percent)/i;

interface Stem {
  action: string;
  re: RegExp;
}

const STEMS: Stem[] = Object.entries(ACTIONS).flatMap(([action, stems]) =>
  stems.map((s) => ({ action, re: new RegExp(`\\b${s.replace(/ /g, '\\s+')}\\w*`, 'gi') })),
);

/** An action cue found in a clause (offsets relative to the clause text given). */
export interface ActionCue {
  action: string;
  start: number;
  end: number;
}

/**
 * The action nearest to the number at [qStart, qEnd) in `sentence`: the
 * closest cue before it (its verb) or right after it (`50 people were killed`).
 */
export function actionOf(
  sentence: string,
  qStart: number,
  qEnd: number,
  measure: string | null,
  phraseEnd: number = qEnd,
): ActionCue | null {
  // Only the number's own clause: `4,000 reservists called up; 12 aircraft lost`.
  const lo =
    Math.max(
      sentence.lastIndexOf(';', qStart),
      sentence.lastIndexOf(':', qStart),
      sentence.lastIndexOf(' — ', qStart),
    ) + 1;
  let hi = sentence.length;
  for (const sep of [';', ':', ' — ']) {
    const k = sentence.indexOf(sep, qEnd);
    if (k >= 0 && k < hi) hi = k;
  }
  let best: ActionCue | null = null;
  let bestDist = Infinity;
  let before: ActionCue | null = null;
  let after: ActionCue | null = null;
  for (const stem of STEMS) {
    stem.re.lastIndex = 0;
    for (let m = stem.re.exec(sentence); m !== null; m = stem.re.exec(sentence)) {
      const s = m.index;
      const e = s + m[0].length;
      if ((s < qEnd && e > qStart) || s < lo || e > hi) continue;
      // Cues after the number count a little less: its verb usually comes first in news prose.
      const dist = e <= qStart ? qStart - e : (s - qEnd) * 1.5 + 5;
      if (e <= qStart && (!before || e > before.end)) before = { action: stem.action, start: s, end: e };
      if (s >= qEnd && (!after || s < after.start)) after = { action: stem.action, start: s, end: e };
      if (dist < bestDist && dist < 120) {
        bestDist = dist;
        best = { action: stem.action, start: s, end: e };
      }
    }
  }
  // A coordinated clause (`600 were killed and thousands more wounded`): a verb before the number
  // that a conjunction separates from it belongs to the previous conjunct; the number's own
  // participle follows it closely, with no conjunction or comma in between.
  if (best && before && best.start === before.start && after && after.start - qEnd < 40) {
    const gapBefore = sentence.slice(before.end, qStart);
    // After the whole quantity phrase (`scores of others injured`), not inside it.
    const gapAfter = sentence.slice(Math.min(Math.max(qEnd, phraseEnd), after.start), after.start);
    if (
      /(?:\b(?:and|or|but|while|whereas)\b|,)/i.test(gapBefore) &&
      !/(?:\b(?:and|or|but|while|whereas|to|of|for)\b|[,(])/i.test(gapAfter)
    )
      best = after;
  }
  if (!best) {
    if (measure && /^(?:troops|brigades|battalions|divisions)$/.test(measure))
      return { action: 'deploy', start: qStart, end: qStart };
    return null;
  }
  if (best.action === 'send') best = { ...best, action: measure && GOODS.test(measure) ? 'supply' : 'deploy' };
  if (best.action === 'supply' && measure && /^(?:troops|brigades|battalions|divisions|people)$/.test(measure))
    best = { ...best, action: 'deploy' };
  return best;
}
