/**
 * Verbs whose object is a count of people or things (`the flood displaced 40,000`, `Quake Injures 85`), each
 * row a verb's base, third-person and past forms. The claims stage keeps a count these verbs take; the
 * quantities stage reads one right before a number in a headline as a verb, not part of a name.
 */

/** Verbs whose object is a count, as rows of their forms. */
export const COUNT_VERB_ROWS: readonly string[] = [
  'kill kills killed',
  'injure injures injured',
  'wound wounds wounded',
  'displace displaces displaced',
  'evacuate evacuates evacuated',
  'strand strands stranded',
  'sicken sickens sickened',
  'infect infects infected',
  'affect affects affected',
  'arrest arrests arrested',
  'detain detains detained',
  'free frees freed',
  'rescue rescues rescued',
  'hire hires hired',
  'employ employs employed',
  'lay lays laid',
  'shelter shelters sheltered',
  'house houses housed',
  'vaccinate vaccinates vaccinated',
  'test tests tested',
  'treat treats treated',
  'count counts counted',
  'record records recorded',
  'register registers registered',
  'confirm confirms confirmed',
  'draw draws drew',
  'attract attracts attracted',
  'host hosts hosted',
  'win wins won',
  'add adds added',
  'subtract subtracts subtracted',
  'shed sheds',
  'gain gains gained',
  'create creates created',
  'eliminate eliminates eliminated',
  'slash slashes slashed',
];

/** Every form of the verbs in `rows`, as one set. */
export const verbForms = (rows: readonly string[]): ReadonlySet<string> =>
  new Set(rows.flatMap((row) => row.split(' ')));
