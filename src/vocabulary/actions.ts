/**
 * One vocabulary of what happens to a counted thing, shared by the claims
 * stage (finding the action cue in a sentence) and the corpus code (the
 * grouping key of an action, as the gold or the extractor wrote it).
 */

/**
 * Action → cue stems (matched at word start; a stem matches its inflections). A stem ending in `=` is a
 * whole word only (`win=` is not the start of "winter" or "wind").
 */
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
  supply: [
    'supply',
    'supplie',
    'provid',
    'ship',
    'deliver',
    'export',
    'transfer',
    'sold weapons',
    'arm',
    'give',
    'gave',
  ],
  kill: [
    'kill',
    'died',
    'dead',
    'death',
    'slain',
    'slaughter',
    'massacre',
    'lives lost',
    'fatalit',
    'perish',
    'murder',
    'shot dead',
    'lost their lives',
    'drown',
  ],
  wound: ['wound', 'injur', 'hurt'],
  // A stay in hospital is its own count: the sick of an outbreak are hospitalised without being hurt.
  // "admitted" alone is also a speaker conceding ("the bank admitted 40,000 accounts were exposed").
  hospitalize: [
    'hospitaliz',
    'hospitalis',
    'admitted to',
    'admitted with',
    'been admitted',
    'were admitted',
    'was admitted',
    'admission',
  ],
  // `insured losses of $5 billion`: a loss of money is what something costs.
  cost: ['cost', 'at stake', 'damages', 'back pay', 'price', 'loss'],
  spend: ['spen', 'spent', 'purchas', 'bought', 'buy', 'used', 'using'],
  include: ['includ', 'cover', 'involv', 'represent', 'class of', 'on behalf of', 'comprise'],
  // "worked", not the noun of "construction workers".
  employ: ['employ', 'worked', 'working', 'hire'],
  vote: ['vote', 'voted', 'ballot', 'elect'],
  win: ['won', 'win=', 'wins=', 'winning', 'winner', 'margin', 'defeat'],
  arrest: ['arrest', 'detain', 'detention', 'apprehen', 'custody', 'captur', 'recaptur'],
  escape: ['escap', 'broke out', 'break out', 'breaking out', 'breakout', 'jailbreak', 'abscond'],
  // Those still out after an escape, as "missing" counts the lost: fewer than escaped, not a later count of it.
  'at large': ['on the run', 'at large', 'still free'],
  'take hostage': ['hostage'],
  evacuate: ['evacuat', 'displac', 'flee', 'fled', 'refugee'],
  divert: ['divert', 'redirect', 'reprogram', 'tap', 'move'],
  fund: ['fund', 'financ', 'allocat', 'appropriat', 'grant', 'budget'],
  request: ['request', 'demand', 'ask', 'sought'],
  // "constructed", not the noun of "construction workers".
  build: ['build', 'built', 'constructed', 'constructing', 'constructs'],
  attend: ['attend', 'gather', 'crowd', 'march', 'protest', 'turn out', 'turnout'],
  plead: ['plead', 'pleaded', 'guilty'],
  forfeit: ['forfeit', 'seiz', 'confiscat'],
  fine: ['fine', 'penalt'],
  // Past forms of `burn` only: "burn injuries" and "burns" are wounds.
  destroy: ['destroy', 'damag', 'burned', 'burnt', 'burning down', 'flatten'],
  // "pulled alive", "found four more men alive"; claims/alive-rescue drops a state ("still alive").
  rescue: ['rescu', 'saved', 'alive='],
  recover: ['recovered', 'retrieved'],
  // Before `lose`: at one position the first listed stem wins.
  'lose power': ['lost power', 'lose power', 'loses power', 'losing power', 'without power', 'power outage'],
  lose: ['lost', 'lose'],
  cancel: ['cancel', 'scrapped', 'called off', 'grounded'],
  delay: ['delay', 'postpon', 'put off', 'put back', 'pushed back', 'rescheduled'],
  strike: ['walked out', 'walk out', 'walking out', 'walkout', 'went on strike', 'on strike'],
  recall: ['recall'],
  identify: ['identif'],
  missing: ['missing', 'unaccounted'],
  // The corpus counts the trapped as an event of their own (those a rescue has not reached).
  trapped: ['trapped', 'trapping', 'trap=', 'traps='],
  'pay respects': [
    'pay respects',
    'paid respects',
    'paying respects',
    'pay their respects',
    'paid their respects',
    'paying their respects',
    'pay their final respects',
    'paid their final respects',
    'pay tribute',
    'paid tribute',
    'paying tribute',
    'pay homage',
    'paid homage',
  ],
  'hand over': ['handed over', 'hand over', 'handing over', 'handed to', 'handed back'],
  distribute: ['distribut'],
  affect: ['affect', 'impacted'],
  score: ['scor'],
  charge: ['charg'],
  sell: ['sell'],
  raise: ['raise', 'raising', 'rais'],
};

/**
 * The grouping key of an action word (`dispatched` → deploy, `die` → kill):
 * the first action one of whose stems the word starts with (or whose stem is
 * the word's past form: `die` → `died`). `send` groups with
 * deploy: the claims stage splits it by what is sent. Anything else is kept.
 */
export function actionOf(word: string): string | null {
  const a = word.toLowerCase().trim();
  if (!a) return null;
  for (const [action, stems] of Object.entries(ACTIONS)) {
    for (const stem of stems) {
      if (stem.endsWith('=')) {
        if (a === stem.slice(0, -1)) return action;
        continue;
      }
      if (a.startsWith(stem) || stem === `${a}d` || stem === `${a}ed`) return action === 'send' ? 'deploy' : action;
    }
  }
  return a;
}
