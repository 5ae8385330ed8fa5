import { describe, expect, it } from 'vitest';
import { buildFigures } from './figures.js';
import { provenanceIndex } from './provenance.js';
import { claim, doc, docMap } from '../../test/helpers/corpus.js';
import type { ClaimInput, DocMeta } from './types.js';
import { otherEventNear, scopeOf } from './normalise.js';

function figures(claims: ClaimInput[], docs: DocMeta[], storyOf?: Map<string, string>) {
  const map = docMap(docs);
  return buildFigures(claims, map.values(), [], { provenance: provenanceIndex(map.values(), []), storyOf }).figures;
}

const figureOf = (figs: ReturnType<typeof figures>, id: string) => figs.find((f) => f.claims.includes(id)) ?? null;
const typeOf = (figs: ReturnType<typeof figures>, a: string, b: string) =>
  figs.flatMap((f) => f.relations ?? []).find((r) => (r.a === a && r.b === b) || (r.a === b && r.b === a))?.type ??
  null;

/**
 * [what, claims, pairs that must share one figure, pairs that must not]: invented sentences about floods,
 * strikes, markets, outbreaks and elections, as the claims stage would read them.
 */
const CASES: Array<[string, ClaimInput[], Array<[string, string]>, Array<[string, string]>]> = [
  [
    // "Employers added 150,000 jobs in May." / "The May gain was revised to 120,000."
    'figures/change-verb-joins: a revised count joins the one verb of its measure',
    [
      claim({ id: 'added', document: 'j1', value: 150000, measure: 'jobs', action: 'add' }),
      claim({ id: 'revised', document: 'j2', value: 120000, measure: 'jobs', action: 'revised' }),
      claim({ id: 'rose', document: 'j2', value: 150000, measure: 'jobs', action: 'rose' }),
    ],
    [
      ['added', 'revised'],
      ['added', 'rose'],
    ],
    [],
  ],
  [
    // "Rescuers sent to the valley now number 15,000, up from 7,300 on Monday" (the earlier value read with
    // another verb of the sentence, "hurt" in "volunteers hurt").
    'figures/earlier-joins-sentence: an earlier value joins the count its sentence compares it with',
    [
      claim({ id: 'now', document: 's1', value: 15000, measure: 'volunteers', action: 'deploy', sentence: 10 }),
      claim({
        id: 'then',
        document: 's1',
        value: 7300,
        measure: 'volunteers',
        action: 'wound',
        earlier: true,
        sentence: 10,
      }),
      claim({ id: 'other', document: 's1', value: 40, measure: 'volunteers', action: 'wound', sentence: 90 }),
    ],
    [['now', 'then']],
    [['then', 'other']],
  ],
  [
    // "Turnout passed 2 million" / "More than 2 million in the capital" (no noun, no verb).
    'figures/measureless-same-number: a count with no noun joins the figure of its story that states it',
    [
      claim({ id: 'voters', document: 'e1', value: null, low: 2e6, high: null, measure: 'voters', action: 'vote' }),
      claim({ id: 'bare', document: 'e2', value: null, low: 2e6, high: null, measure: null, action: null }),
      claim({ id: 'seats', document: 'e2', value: 2e6, measure: 'ballots', action: 'count' }),
    ],
    [['voters', 'bare']],
    [['bare', 'seats']],
  ],
  [
    // "Hundreds lined the route to watch the parade" / "About 30,000 watched the parade".
    'figures/measureless-same-action: a count with no noun joins the figure of its verb in its story',
    [
      claim({ id: 'watched', document: 'p1', value: 30000, measure: 'people', action: 'watch' }),
      claim({
        id: 'hundreds',
        document: 'p2',
        value: null,
        low: 200,
        high: null,
        vague: true,
        measure: null,
        action: 'watch',
      }),
      claim({ id: 'share', document: 'p2', value: 12, measure: 'percent', action: 'watch', unit: 'percent' }),
    ],
    [['watched', 'hundreds']],
    [['hundreds', 'share']],
  ],
  [
    // "By noon 1,848 trains had been cancelled, 2 percent of the timetable. Northline had the most at 548, followed by
    // Coastal with 199." / "Rail unions voted 9 to 2." (far later, no noun, no verb).
    'figures/measureless-follows-count: a count with no noun and no verb goes on counting the sentence before it',
    [
      claim({ id: 'cancelled', document: 'r1', value: 1848, measure: 'trains', action: 'cancel', sentence: 100 }),
      claim({
        id: 'share',
        document: 'r1',
        value: 2,
        measure: 'percent',
        action: 'cancel',
        unit: 'percent',
        sentence: 100,
      }),
      claim({ id: 'most', document: 'r1', value: 548, measure: null, action: null, sentence: 160 }),
      claim({ id: 'next', document: 'r1', value: 199, measure: null, action: null, sentence: 160 }),
      claim({ id: 'vote', document: 'r1', value: 9, measure: null, action: null, sentence: 900 }),
    ],
    [
      ['cancelled', 'most'],
      ['cancelled', 'next'],
    ],
    [
      ['cancelled', 'vote'],
      ['most', 'share'],
    ],
  ],
  [
    // "Six miners are presumed dead" / "the collapse left six people presumed dead".
    'figures/group-equals-whole: a group counted as many as the whole toll is the whole',
    [
      claim({
        id: 'miners',
        document: 'm1',
        value: 6,
        measure: 'miners',
        action: 'kill',
        scope: 'miner',
        status: 'unconfirmed',
      }),
      claim({ id: 'people', document: 'm2', value: 6, measure: 'people', action: 'kill', status: 'unconfirmed' }),
      claim({ id: 'rescuers', document: 'm2', value: 2, measure: 'rescuers', action: 'kill', scope: 'rescuer' }),
      claim({ id: 'pair', document: 'm1', value: 2, measure: 'people', action: 'kill' }),
    ],
    [['miners', 'people']],
    [['rescuers', 'pair']],
  ],
  [
    // "Consulates evacuated 30 Germans" / "32 German nationals were evacuated" / "15 Austrians were evacuated".
    'figures/nationality-group: a demonym and its citizens or nationals count one group',
    [
      claim({ id: 'germans', document: 'v1', value: 30, measure: 'Germans', action: 'evacuate', actor: null }),
      claim({
        id: 'nationals',
        document: 'v2',
        value: 32,
        measure: 'nationals',
        action: 'evacuate',
        text: '32 German nationals',
      }),
      claim({ id: 'austrians', document: 'v2', value: 15, measure: 'Austrians', action: 'evacuate', actor: null }),
    ],
    [['germans', 'nationals']],
    [['germans', 'austrians']],
  ],
  [
    // "Two climbers were rescued" / "two people were rescued by helicopter" / "40 climbers were fined" /
    // "two people were arrested".
    'figures/people-group-action: people and a group of people with one verb count one figure',
    [
      claim({ id: 'climbers', document: 'h1', value: 2, measure: 'climbers', action: 'rescue', scope: null }),
      claim({ id: 'people', document: 'h2', value: 2, measure: 'people', action: 'rescue' }),
      claim({ id: 'fined', document: 'h2', value: 40, measure: 'climbers', action: 'fine' }),
      claim({ id: 'arrested', document: 'h2', value: 2, measure: 'people', action: 'arrest' }),
    ],
    [['climbers', 'people']],
    [
      ['climbers', 'fined'],
      ['people', 'arrested'],
    ],
  ],
  [
    // "The mill's closure will cost 300 jobs" / "all 120 staff at the Dunmore depot will be laid off" / "Some 420
    // people have now lost their jobs at the carmaker" / "85 roles will go" / "the mill employs 900 people".
    'figures/job-losses: jobs, roles and staff who lose their jobs count one figure of jobs lost',
    [
      claim({ id: 'jobs', document: 'w1', value: 300, measure: 'jobs', action: 'cost' }),
      claim({
        id: 'staff',
        document: 'w1',
        value: 120,
        measure: 'staff',
        action: 'cost',
        jobsAfter: true,
      }),
      claim({
        id: 'people',
        document: 'w2',
        value: 420,
        measure: 'people',
        action: 'lose',
        jobsAfter: true,
      }),
      claim({ id: 'roles', document: 'w2', value: 85, measure: 'roles', action: 'go' }),
      claim({
        id: 'employs',
        document: 'w2',
        value: 900,
        measure: 'people',
        action: 'employ',
        jobsAfter: true,
      }),
      claim({
        id: 'savings',
        document: 'w3',
        value: 60,
        measure: 'people',
        action: 'lose',
        jobsAfter: false,
      }),
    ],
    [
      ['jobs', 'staff'],
      ['jobs', 'people'],
      ['jobs', 'roles'],
    ],
    [
      ['jobs', 'employs'],
      ['jobs', 'savings'],
    ],
  ],
  [
    // "Police made 44 arrests after the match" / "44 people had been arrested" / "Officers rescued 12 people" /
    // "12 rescues were logged" / "prosecutors brought 44 charges".
    'figures/act-noun-counts-people: a noun of the act, counted with its verb, counts the people it befell',
    [
      claim({ id: 'arrests', document: 'p1', value: 44, measure: 'arrests', action: 'arrest' }),
      claim({ id: 'arrested', document: 'p2', value: 44, measure: 'people', action: 'arrest' }),
      claim({ id: 'rescues', document: 'p1', value: 12, measure: 'rescues', action: 'rescue' }),
      claim({ id: 'rescued', document: 'p2', value: 12, measure: 'people', action: 'rescue' }),
      claim({ id: 'charges', document: 'p2', value: 44, measure: 'charges', action: 'charge' }),
    ],
    [
      ['arrests', 'arrested'],
      ['rescues', 'rescued'],
    ],
    [
      ['arrests', 'charges'],
      ['arrests', 'rescues'],
    ],
  ],
  [
    // "Ostland stationed 3,000 troops in Vell" / "Ostland deployed 3,000 troops to Vell" / "Authorities evacuated
    // 2,000 people" / "40 people were rescued from rooftops" (a verb of its own and no party to share).
    'figures/unknown-verb-shares-parties: another verb joins a known one only through the parties they share',
    [
      claim({
        id: 'stationed',
        document: 'o1',
        value: 3000,
        measure: 'troops',
        action: 'station',
        actor: 'Ostland',
        target: 'Vell',
      }),
      claim({
        id: 'deployed',
        document: 'o2',
        value: 3000,
        measure: 'troops',
        action: 'deploy',
        actor: 'Ostland',
        target: 'Vell',
      }),
      claim({
        id: 'evacuated',
        document: 'o2',
        value: 2000,
        measure: 'people',
        action: 'evacuate',
        actor: null,
        target: null,
      }),
      claim({
        id: 'rescued',
        document: 'o1',
        value: 40,
        measure: 'people',
        action: 'rescue',
        actor: null,
        target: null,
      }),
    ],
    [['stationed', 'deployed']],
    [['evacuated', 'rescued']],
  ],
  [
    // "Crews handed over six miner bodies" / "six miners were killed" / "four rescuers were hurt".
    'figures/dead-noun-group: bodies or victims of a group are that group among the dead',
    [
      claim({ id: 'bodies', document: 'k1', value: 6, measure: 'miner bodies', action: 'hand over', scope: 'miner' }),
      claim({ id: 'killed', document: 'k2', value: 6, measure: 'miners', action: 'kill', scope: 'miner' }),
      claim({ id: 'hurt', document: 'k2', value: 4, measure: 'rescuers', action: 'wound', scope: 'rescuer' }),
    ],
    [['bodies', 'killed']],
    [['bodies', 'hurt']],
  ],
  [
    // "Divers reached the remains of four fishermen presumed drowned" / "the capsizing left four people presumed
    // dead" / "four people are still missing".
    'figures/remains-are-dead: remains count the dead, as bodies do',
    [
      claim({ id: 'remains', document: 'f1', value: 4, measure: 'remains', action: 'kill', status: 'unconfirmed' }),
      claim({ id: 'dead', document: 'f2', value: 4, measure: 'people', action: 'kill', status: 'unconfirmed' }),
      claim({ id: 'missing', document: 'f2', value: 4, measure: 'people', action: 'missing' }),
    ],
    [['remains', 'dead']],
    [['remains', 'missing']],
  ],
  [
    // "The remains handed over include 30 Chilean" (read as "Chilean remains") / "the identified dead include 33
    // Chilean citizens" (read as "Chilean deceased") / "and 12 Peruvian victims".
    "figures/nationality-dead-noun: the dead of one country are that country's people, whatever noun counts them",
    [
      claim({ id: 'remains', document: 'c1', value: 30, measure: 'Chilean remains', action: 'include', actor: null }),
      claim({ id: 'deceased', document: 'c2', value: 33, measure: 'Chilean deceased', action: 'include', actor: null }),
      claim({ id: 'peru', document: 'c2', value: 12, measure: 'Peruvian victims', action: 'include', actor: null }),
    ],
    [['remains', 'deceased']],
    [['remains', 'peru']],
  ],
  [
    // "The ferry carried 88 passengers and crew, all presumed dead" / "the sinking killed 88 people" / "80 passengers
    // were among the dead".
    'figures/passengers-and-crew-whole: passengers and crew together are everyone aboard, not a group among them',
    [
      claim({ id: 'aboard', document: 'a1', value: 88, measure: 'passengers and crew', action: 'kill' }),
      claim({ id: 'people', document: 'a2', value: 88, measure: 'people', action: 'kill' }),
      claim({ id: 'passengers', document: 'a2', value: 80, measure: 'passengers', action: 'kill', scope: 'passenger' }),
    ],
    [['aboard', 'people']],
    [['aboard', 'passengers']],
  ],
  [
    // "Insured losses from the storm could reach $4 billion" / "analysts put insurance claims at up to $4 billion" /
    // "the port's revenue of $4 billion".
    'figures/claims-are-losses: insurance claims paid on an event are its losses',
    [
      claim({
        id: 'losses',
        document: 'i1',
        value: 4e9,
        measure: 'insured losses',
        action: 'cost',
        money: true,
        unit: 'USD',
        lossKind: 'insured',
      }),
      claim({
        id: 'claims',
        document: 'i2',
        value: null,
        low: null,
        high: 4e9,
        measure: 'insurance claims',
        action: 'supply',
        money: true,
        unit: 'USD',
      }),
      claim({ id: 'revenue', document: 'i2', value: 4e9, measure: 'revenue', action: null, money: true, unit: 'USD' }),
    ],
    [['losses', 'claims']],
    [['claims', 'revenue']],
  ],
  [
    // "Flash flood kills 11 in Dorvan" (headline) / "Eleven people were killed when the river burst its banks."
    // / "Three of the dead were in Mirel." A day later: "The toll rose to 15."
    'figures/headline-is-lead: a headline count with a place is the toll its lead states without one',
    [
      claim({
        id: 'headline',
        document: 'h1',
        value: 11,
        measure: 'people',
        action: 'kill',
        scope: 'dorvan',
        sentence: 0,
      }),
      claim({ id: 'lead', document: 'h1', value: 11, measure: 'people', action: 'kill', sentence: 32 }),
      claim({ id: 'mirel', document: 'h1', value: 3, measure: 'people', action: 'kill', scope: 'mirel', sentence: 90 }),
      claim({ id: 'later', document: 'h2', value: 15, measure: 'people', action: 'kill', sentence: 0 }),
    ],
    [
      ['headline', 'lead'],
      ['lead', 'later'],
    ],
    [['mirel', 'lead']],
  ],
  [
    // "Fire kills 4 in Ostrava district" (headline) / "Twelve people died across the region."
    'figures/headline-is-lead: a headline count its lead does not restate stays a part',
    [
      claim({
        id: 'headline',
        document: 'h3',
        value: 4,
        measure: 'people',
        action: 'kill',
        scope: 'ostrava',
        sentence: 0,
      }),
      claim({ id: 'region', document: 'h3', value: 12, measure: 'people', action: 'kill', sentence: 34 }),
    ],
    [],
    [['headline', 'region']],
  ],
  [
    // "The number of evacuees rose to 5,300." / "Shelters counted 6,100 evacuees." / "5,800 people were evacuated." /
    // "Boats rescued 35 people." / "Two evacuees were hurt when a bus overturned."
    'figures/evacuee-noun: evacuees (survivors) with no verb of their own are the people evacuated (rescued)',
    [
      claim({ id: 'rose', document: 'v1', value: 5300, measure: 'evacuees', action: 'rose' }),
      claim({ id: 'counted', document: 'v2', value: 6100, measure: 'evacuees', action: 'counted' }),
      claim({ id: 'people', document: 'v3', value: 5800, measure: 'people', action: 'evacuate' }),
      claim({ id: 'rescued', document: 'v3', value: 35, measure: 'people', action: 'rescue' }),
      claim({ id: 'hurt', document: 'v3', value: 2, measure: 'evacuees', action: 'wound' }),
      // "Of the 35 survivors, 9 were taken to hospital."
      claim({ id: 'survivors', document: 'v4', value: 35, measure: 'survivors', action: null }),
    ],
    [
      ['rose', 'people'],
      ['counted', 'people'],
      ['survivors', 'rescued'],
    ],
    [
      ['rescued', 'people'],
      ['hurt', 'people'],
    ],
  ],
  [
    // "The eruption of Mount Keshar forced 6,000 villagers to flee." / "Ostland evacuated 7,900 people by Wednesday." /
    // "France evacuated 120 of its citizens."
    'figures/evacuation-no-actor: who or what drove people out does not part the evacuated; a nationality does',
    [
      claim({ id: 'fled', document: 'e1', low: 6000, measure: 'villagers', action: 'evacuate', actor: 'Mount Keshar' }),
      claim({ id: 'evacuated', document: 'e2', value: 7900, measure: 'people', action: 'evacuate', actor: 'Ostland' }),
      claim({ id: 'theirs', document: 'e3', value: 120, measure: 'citizens', action: 'evacuate', actor: 'France' }),
    ],
    [['fled', 'evacuated']],
    [['theirs', 'evacuated']],
  ],
  [
    // "At least 9 inmates were killed." / "The riot's death toll rose to 12." / "Two villagers died in the blaze." /
    // "Forty inmates escaped."
    'figures/inmates-are-a-group: inmates and villagers killed are a group among the dead, not a figure apart',
    [
      claim({ id: 'inmates', document: 'r1', value: 9, measure: 'inmates', action: 'kill' }),
      claim({ id: 'toll', document: 'r2', value: 12, measure: 'deaths', action: 'kill' }),
      claim({ id: 'villagers', document: 'r3', value: 2, measure: 'villagers', action: 'kill' }),
      claim({ id: 'escaped', document: 'r2', value: 40, measure: 'inmates', action: 'escape' }),
    ],
    [
      ['inmates', 'toll'],
      ['villagers', 'toll'],
    ],
    [['escaped', 'toll']],
  ],
];

describe('figure joins (table)', () => {
  it.each(CASES)('%s', (_what, claims, together, apart) => {
    const docs = [...new Set(claims.map((c) => c.document))].map((id, i) => doc(id, { asOf: `2024-05-0${i + 1}` }));
    const figs = figures(claims, docs);
    for (const [a, b] of together) {
      expect(figureOf(figs, a), `${a} has a figure`).not.toBeNull();
      expect(figureOf(figs, a)?.id, `${a} with ${b}`).toBe(figureOf(figs, b)?.id);
    }
    for (const [a, b] of apart) {
      const fa = figureOf(figs, a);
      expect(fa && fa.id === figureOf(figs, b)?.id, `${a} apart from ${b}`).toBeFalsy();
    }
  });

  it('types the joined pairs: a revised count, an earlier value, a whole told as a group', () => {
    const docs = [doc('j1', { asOf: '2024-06-07' }), doc('j2', { asOf: '2024-07-05' })];
    const figs = figures(CASES[0]![1], docs);
    expect(typeOf(figs, 'added', 'revised')).toBe('revision');
    const same = figures(CASES.find(([what]) => what.startsWith('figures/group-equals-whole'))![1], [
      doc('m1', { asOf: '2024-05-01' }),
      doc('m2', { asOf: '2024-05-01' }),
    ]);
    expect(typeOf(same, 'miners', 'people')).toBe(null);
    expect(figureOf(same, 'miners')!.scope ?? null).toBe(null);
  });

  it('joins nothing across stories', () => {
    const docs = [doc('a', { asOf: '2024-05-01' }), doc('b', { asOf: '2024-05-01' })];
    const storyOf = new Map([
      ['a', 'story-fire'],
      ['b', 'story-vote'],
    ]);
    const figs = figures(
      [
        claim({ id: 'acres', document: 'a', value: 250000, measure: 'acres', action: 'burn' }),
        claim({ id: 'bare', document: 'b', value: 250000, measure: null, action: 'burn' }),
      ],
      docs,
      storyOf,
    );
    expect(figureOf(figs, 'bare')).toBeNull();
  });
});

describe('group scopes joined', () => {
  it('figures/group-exceeds-whole: a group counted above the whole toll of its article is the whole', () => {
    // "Officials said 20 people died in the blast; a relief agency counted 27 civilian deaths." / "The toll stands at
    // 40, among them 9 civilians."
    const docs = [doc('x1', { asOf: '2024-05-02' }), doc('x2', { asOf: '2024-05-03' })];
    const claims = [
      claim({ id: 'toll', document: 'x1', value: 20, measure: 'people', action: 'kill', sentence: 0 }),
      claim({ id: 'agency', document: 'x1', value: 27, measure: 'civilians', action: 'kill', scope: 'civilian' }),
      claim({ id: 'later', document: 'x2', value: 40, measure: 'people', action: 'kill', sentence: 0 }),
      claim({ id: 'among', document: 'x2', value: 9, measure: 'civilians', action: 'kill', scope: 'civilian' }),
    ];
    const figs = figures(claims, docs);
    const whole = figureOf(figs, 'toll')!;
    expect(figureOf(figs, 'agency')!.id).toBe(whole.id);
    expect(figureOf(figs, 'among')!.partOf).toBe(whole.id);
  });

  it('figures/group-sibling-joins: a group with no verb beside an event count is a part of it', () => {
    // "The slide killed 40 in the valley, while the remaining three children were found in Tarn." /
    // "Three children were at the school." (no event in the sentence)
    const docs = [doc('f1', { asOf: '2024-04-02' })];
    const claims = [
      claim({ id: 'toll', document: 'f1', value: 40, measure: 'people', action: 'kill', sentence: 0 }),
      claim({
        id: 'kids',
        document: 'f1',
        value: 3,
        measure: 'children',
        action: null,
        scope: 'child tarn',
        sentence: 0,
      }),
      claim({ id: 'pupils', document: 'f1', value: 3, measure: 'children', action: null, sentence: 80 }),
      claim({ id: 'tents', document: 'f1', value: 12, measure: 'tents', action: null, sentence: 0 }),
    ];
    const figs = figures(claims, docs);
    const whole = figureOf(figs, 'toll')!;
    expect(figureOf(figs, 'kids')!.partOf).toBe(whole.id);
    expect(figureOf(figs, 'kids')!.scope).toBe('child tarn');
    expect(typeOf(figs, 'kids', 'toll')).toBe('part');
    expect(figureOf(figs, 'pupils')!.id).not.toBe(figureOf(figs, 'kids')!.id);
    expect(figureOf(figs, 'tents')!.id).not.toBe(whole.id);
  });
});

describe('place scopes joined', () => {
  it('figures/list-sibling-joins: places listed after a place toll are tolls of their own, parts of the whole', () => {
    // "The fires killed 70; 41 died in Ada County, 9 in Boone and 3 in Clay" (the last two with no verb).
    const docs = [doc('w1', { asOf: '2024-08-02' }), doc('w2', { asOf: '2024-08-03' })];
    const claims = [
      claim({ id: 'all', document: 'w1', value: 70, measure: 'people', action: 'kill', sentence: 0 }),
      claim({
        id: 'ada',
        document: 'w1',
        value: 41,
        measure: 'people',
        action: 'kill',
        scope: 'ada-county',
        sentence: 0,
      }),
      claim({
        id: 'boone',
        document: 'w1',
        value: 9,
        measure: 'people',
        action: null,
        scope: 'boone-county',
        sentence: 0,
      }),
      claim({ id: 'clay', document: 'w1', value: 3, measure: null, action: null, scope: 'clay-county', sentence: 0 }),
      claim({ id: 'boone2', document: 'w2', value: 12, measure: 'people', action: 'kill', scope: 'boone-county' }),
      // "Crews from 9 counties helped": another sentence, no toll.
      claim({
        id: 'crews',
        document: 'w2',
        value: 9,
        measure: 'people',
        action: null,
        scope: 'dale-county',
        sentence: 5,
      }),
    ];
    const figs = figures(claims, docs);
    const whole = figureOf(figs, 'all')!;
    expect(figureOf(figs, 'boone')!.claims.sort()).toEqual(['boone', 'boone2']);
    expect(figureOf(figs, 'boone')!.partOf).toBe(whole.id);
    expect(figureOf(figs, 'clay')!.partOf).toBe(whole.id);
    expect(figureOf(figs, 'crews')!.partOf ?? null).toBe(null);
    expect(typeOf(figs, 'boone', 'boone2')).toBe('revision');
  });

  it('figures/scope-exceeds-whole: a place whose toll exceeds the whole so far is the whole; a smaller one is a part', () => {
    const docs = ['2025-03-01', '2025-03-02', '2025-03-03', '2025-03-04'].map((d, i) => doc(`k${i}`, { asOf: d }));
    const claims = [
      claim({ id: 'w12', document: 'k0', value: 12, measure: 'people', action: 'kill' }),
      claim({ id: 'w19', document: 'k1', value: 19, measure: 'people', action: 'kill' }),
      claim({ id: 'w27', document: 'k2', value: 27, measure: 'people', action: 'kill' }),
      // "31 people had died in the Kessel valley floods": the valley is the whole story's place.
      claim({ id: 'v31', document: 'k3', value: 31, measure: 'people', action: 'kill', scope: 'kessel' }),
      // "9 of them in Orda", a day later: a part.
      claim({ id: 'o9', document: 'k3', value: 9, measure: 'people', action: 'kill', scope: 'orda' }),
    ];
    const figs = figures(claims, docs);
    expect(figureOf(figs, 'v31')!.id).toBe(figureOf(figs, 'w12')!.id);
    expect(typeOf(figs, 'w27', 'v31')).toBe('revision');
    expect(figureOf(figs, 'o9')!.partOf).toBe(figureOf(figs, 'w12')!.id);
    expect((figureOf(figs, 'w12')!.reconciliation as { best: { value: number } }).best.value).toBe(31);
  });

  it("figures/scope-same-as-whole: a place whose tolls are the whole toll's is the whole; a county is not", () => {
    const docs = ['2024-01-02', '2024-01-03', '2024-01-04'].map((d, i) => doc(`q${i}`, { asOf: d }));
    const claims = [
      claim({ id: 'w48', document: 'q0', value: 48, measure: 'people', action: 'kill' }),
      claim({ id: 'w62', document: 'q1', value: 62, measure: 'people', action: 'kill' }),
      claim({ id: 'w81', document: 'q2', value: 81, measure: 'people', action: 'kill' }),
      claim({ id: 'p48', document: 'q0', value: 48, measure: 'people', action: 'kill', scope: 'kessel-prefecture' }),
      claim({ id: 'p62', document: 'q1', value: 62, measure: 'people', action: 'kill', scope: 'kessel-prefecture' }),
      claim({ id: 't20', document: 'q1', value: 20, measure: 'people', action: 'kill', scope: 'orda' }),
      claim({ id: 't31', document: 'q2', value: 31, measure: 'people', action: 'kill', scope: 'orda' }),
    ];
    const figs = figures(claims, docs);
    expect(figureOf(figs, 'p62')!.id).toBe(figureOf(figs, 'w81')!.id);
    expect(figureOf(figs, 't31')!.id).not.toBe(figureOf(figs, 'w81')!.id);
    expect(typeOf(figs, 'p62', 'w81')).toBe('revision');
  });
});

describe('figures/site-scope-is-whole', () => {
  it('a place that the story names as where its event happened, and its only place, counts the whole', () => {
    // "The death toll from the ferry fire in Port Vell rose to 40" / "at least 31 people who died were on the quay in
    // Port Vell" / "the toll rose to 44".
    const docs = [doc('v1', { asOf: '2024-05-01' }), doc('v2', { asOf: '2024-05-02' })];
    const figs = figures(
      [
        claim({ id: 'whole', document: 'v1', value: 40, measure: 'people', action: 'kill', site: 'port-vell' }),
        claim({ id: 'quay', document: 'v2', value: 31, measure: 'people', action: 'kill', scope: 'port-vell' }),
        claim({ id: 'later', document: 'v2', value: 44, measure: 'people', action: 'kill', scope: null }),
        // "three Norlanders among the dead": a group of a country, no place of the story's tolls.
        claim({ id: 'norland', document: 'v2', value: 3, measure: 'people', action: 'kill', scope: 'citizen norland' }),
      ],
      docs,
    );
    expect(figureOf(figs, 'quay')!.id).toBe(figureOf(figs, 'whole')!.id);
    expect(figureOf(figs, 'later')!.id).toBe(figureOf(figs, 'whole')!.id);
    expect(figureOf(figs, 'norland')!.id).not.toBe(figureOf(figs, 'whole')!.id);
  });

  it('figures/site-not-below-whole: beside towns with tolls, a site no smaller than the toll of its article is whole', () => {
    // "The quake in Ostland killed at least 60" / "In Ostland, 64 are dead; in the town of Brenn, 22 died; 64 in all".
    const docs = [doc('o1', { asOf: '2024-01-02' }), doc('o2', { asOf: '2024-01-03' })];
    const figs = figures(
      [
        claim({
          id: 'whole',
          document: 'o1',
          low: 60,
          value: null,
          measure: 'people',
          action: 'kill',
          site: 'ostland',
        }),
        claim({ id: 'site', document: 'o2', value: 64, measure: 'people', action: 'kill', scope: 'ostland' }),
        claim({ id: 'town', document: 'o2', value: 22, measure: 'people', action: 'kill', scope: 'brenn' }),
        claim({ id: 'all', document: 'o2', value: 64, measure: 'people', action: 'kill', scope: null }),
      ],
      docs,
    );
    expect(figureOf(figs, 'site')!.id).toBe(figureOf(figs, 'whole')!.id);
    expect(figureOf(figs, 'town')!.id).not.toBe(figureOf(figs, 'whole')!.id);
  });

  it('a site among other places with tolls stays a part, as does a place no sentence names as the site', () => {
    // "Floods in Ada killed 50" / "41 died in Ada, 9 in Boone" / another story: "12 died in Clay", its toll 30.
    const docs = [
      doc('a1', { asOf: '2024-05-01' }),
      doc('a2', { asOf: '2024-05-02' }),
      doc('c1', { asOf: '2024-05-03' }),
    ];
    const figs = figures(
      [
        claim({ id: 'whole', document: 'a1', value: 50, measure: 'people', action: 'kill', scope: null, site: 'ada' }),
        claim({ id: 'ada', document: 'a2', value: 41, measure: 'people', action: 'kill', scope: 'ada' }),
        claim({ id: 'boone', document: 'a2', value: 9, measure: 'people', action: 'kill', scope: 'boone' }),
        claim({ id: 'toll', document: 'c1', value: 30, measure: 'people', action: 'kill', scope: null }),
        claim({ id: 'clay', document: 'c1', value: 12, measure: 'people', action: 'kill', scope: 'clay' }),
      ],
      docs,
      new Map([
        ['a1', 'floods'],
        ['a2', 'floods'],
        ['c1', 'fire'],
      ]),
    );
    expect(figureOf(figs, 'ada')!.id).not.toBe(figureOf(figs, 'whole')!.id);
    expect(figureOf(figs, 'clay')!.id).not.toBe(figureOf(figs, 'toll')!.id);
  });
});

describe('measures kept apart, and one measure told many ways', () => {
  const apartOrTogether = (claims: ClaimInput[]) => {
    const docs = [...new Set(claims.map((c) => c.document))].map((id, i) => doc(id, { asOf: `2024-09-0${i + 1}` }));
    return figures(claims, docs);
  };

  it('figures/damaged-not-destroyed: homes damaged and homes destroyed are two figures', () => {
    // "The fire destroyed 1,200 homes and damaged 450 more."
    const figs = apartOrTogether([
      claim({ id: 'destroyed', document: 'f1', value: 1200, measure: 'homes', action: 'destroy' }),
      claim({ id: 'damaged', document: 'f1', value: 450, measure: 'homes', action: 'damage' }),
      claim({ id: 'razed', document: 'f2', value: 1300, measure: 'homes', action: 'destroyed' }),
    ]);
    expect(figureOf(figs, 'destroyed')!.id).not.toBe(figureOf(figs, 'damaged')!.id);
    expect(figureOf(figs, 'destroyed')!.id).toBe(figureOf(figs, 'razed')!.id);
  });

  it("figures/other-event-apart: an aftershock's magnitude is not the quake's, nor is a past event's", () => {
    // "The magnitude 7.1 quake ... a magnitude 5.8 aftershock ... the 1999 quake of magnitude 7.6".
    const figs = apartOrTogether([
      claim({ id: 'main', document: 'q1', value: 7.1, measure: 'magnitude', action: null, unit: 'magnitude' }),
      claim({
        id: 'after',
        document: 'q1',
        value: 5.8,
        measure: 'magnitude',
        action: null,
        unit: 'magnitude',
        scope: 'event-aftershock',
      }),
      claim({
        id: 'past',
        document: 'q2',
        value: 7.6,
        measure: 'magnitude',
        action: null,
        unit: 'magnitude',
        scope: 'event-1999',
      }),
      claim({ id: 'again', document: 'q2', value: 7.0, measure: 'magnitude', action: null, unit: 'magnitude' }),
    ]);
    expect(figureOf(figs, 'main')!.id).toBe(figureOf(figs, 'again')!.id);
    expect(figureOf(figs, 'after')!.id).not.toBe(figureOf(figs, 'main')!.id);
    // A past year's magnitude stays beside the quake's, typed apart by its scope.
    expect(typeOf(figs, 'past', 'main') ?? typeOf(figs, 'past', 'again')).toBe('different');
  });

  it('figures/measure-synonyms: payrolls, positions and jobs added are one figure', () => {
    // "Payrolls grew by 131,000 in August" / "employers added 131,000 positions" / "jobs revised to 71,000".
    const figs = apartOrTogether([
      claim({ id: 'payrolls', document: 'e1', value: 131000, measure: 'nonfarm payrolls', action: 'add' }),
      claim({ id: 'positions', document: 'e2', value: 131000, measure: 'positions', action: 'add' }),
      claim({ id: 'jobs', document: 'e3', value: 71000, measure: 'jobs', action: 'revise' }),
    ]);
    expect(new Set(figs.map((f) => f.id)).size).toBe(1);
  });
});

describe('figures/bodies-are-dead', () => {
  it('counts bodies among the dead even beside the missing', () => {
    // "Two bodies were pulled from the mine and four miners are missing" / "rescuers brought up two bodies".
    const figs = figures(
      [
        claim({ id: 'bodies', document: 'b1', value: 2, measure: 'bodies', action: 'missing' }),
        claim({ id: 'missing', document: 'b1', value: 4, measure: 'people', action: 'missing' }),
        claim({ id: 'divers', document: 'b2', value: 2, measure: 'bodies', action: 'kill' }),
      ],
      [doc('b1', { asOf: '2024-03-28' }), doc('b2', { asOf: '2024-03-29' })],
    );
    expect(figureOf(figs, 'bodies')!.id).toBe(figureOf(figs, 'divers')!.id);
    expect(figureOf(figs, 'missing')!.id).not.toBe(figureOf(figs, 'divers')!.id);
  });
});

describe('figures/other-event-near', () => {
  const near = (sentence: string, number: string) => {
    const at = sentence.indexOf(number);
    return otherEventNear(sentence, at, at + number.length);
  };
  it.each([
    [
      'an aftershock right after the number',
      'A magnitude 5.8 aftershock shook the valley on Friday.',
      '5.8',
      'event-aftershock',
    ],
    [
      'an aftershock before the number',
      'A strong aftershock of magnitude 6.1 hit the coast.',
      '6.1',
      'event-aftershock',
    ],
    ['the quake itself', 'The magnitude 7.1 quake toppled the old mill.', '7.1', null],
    [
      'aftershocks in another clause',
      'The quake, followed by dozens of aftershocks, measured 7.4 near the dam.',
      '7.4',
      null,
    ],
    [
      'the largest of the aftershocks counted before',
      'The centre counted 31 aftershocks by dawn, the largest of magnitude 5.0.',
      '5.0',
      'event-aftershock',
    ],
    [
      'one of the aftershocks counted before',
      'More than 70 aftershocks followed, one of magnitude 5.6 on Sunday.',
      '5.6',
      'event-aftershock',
    ],
    [
      'the strongest of them measuring',
      'Dozens of aftershocks rattled Orvel overnight, the strongest measuring 4.8.',
      '4.8',
      'event-aftershock',
    ],
    [
      'one of the tremors counted before',
      'Villagers felt more than 40 tremors, one of magnitude 4.7 at dawn.',
      '4.7',
      'event-aftershock',
    ],
    ['a count of tremors', 'The centre has logged 52 tremors since the quake.', '52', 'event-aftershock'],
    ['the one tremor that was the quake', 'The tremor, of magnitude 6.4, shook the coast.', '6.4', null],
    ['a superlative of the quake itself', 'The quake, the strongest in 40 years, measured 6.7.', '6.7', null],
    [
      'one of the quake after aftershocks in another sentence part',
      'Aftershocks went on all week; the quake itself, one of the deadliest, measured 6.2.',
      '6.2',
      null,
    ],
  ])('%s', (_what, sentence, number, scope) => {
    expect(near(sentence, number)).toBe(scope);
  });
});

describe('figures/verbless-follows-verb', () => {
  it('a verbless count takes the verb of the count of its measure just before it', () => {
    // "2,100 trains were cancelled by noon. Northline had the most at 610." / "900 trains were delayed."
    const figs = figures(
      [
        claim({ id: 'cancelled', document: 'r1', value: 2100, measure: 'trains', action: 'cancel', sentence: 0 }),
        claim({ id: 'most', document: 'r1', value: 610, measure: 'trains', action: null, sentence: 45 }),
        claim({ id: 'delayed', document: 'r2', value: 900, measure: 'trains', action: 'delay', sentence: 0 }),
      ],
      [doc('r1', { asOf: '2024-07-19' }), doc('r2', { asOf: '2024-07-19' })],
    );
    expect(figureOf(figs, 'most')!.id).toBe(figureOf(figs, 'cancelled')!.id);
    expect(figureOf(figs, 'delayed')!.id).not.toBe(figureOf(figs, 'cancelled')!.id);
  });

  it('figures/verbless-list-takes-verb: places listed after a count take the verb of that count in its sentence', () => {
    // "Some 1,900 flights were delayed: 1,100 in Lisbon, 800 in Porto." / "400 flights were cancelled."
    const figs = figures(
      [
        claim({ id: 'delayed', document: 'a1', value: 1900, measure: 'flights', action: 'delay', sentence: 0 }),
        claim({
          id: 'lisbon',
          document: 'a1',
          value: 1100,
          measure: 'flights',
          action: null,
          scope: 'lisbon',
          sentence: 0,
        }),
        claim({
          id: 'porto',
          document: 'a1',
          value: 800,
          measure: 'flights',
          action: null,
          scope: 'porto',
          sentence: 0,
        }),
        claim({ id: 'cancelled', document: 'a2', value: 400, measure: 'flights', action: 'cancel', sentence: 0 }),
      ],
      [doc('a1', { asOf: '2024-07-19' }), doc('a2', { asOf: '2024-07-19' })],
    );
    const delayed = figureOf(figs, 'delayed')!.id;
    for (const place of ['lisbon', 'porto'])
      expect(figureOf(figs, place)!.partOf ?? figureOf(figs, place)!.id).toBe(delayed);
    expect(figureOf(figs, 'cancelled')!.id).not.toBe(figureOf(figs, 'delayed')!.id);
  });
});

describe('figures/unit-not-verb', () => {
  it('keeps one magnitude figure whatever verb the sentence gave it', () => {
    // "A magnitude 7.1 quake struck the valley" / "the quake, which damaged 300 homes, measured 7.2".
    const figs = figures(
      [
        claim({ id: 'struck', document: 'q1', value: 7.1, measure: 'magnitude', action: 'strike', unit: 'magnitude' }),
        claim({
          id: 'damaged',
          document: 'q2',
          value: 7.2,
          measure: 'magnitude',
          action: 'destroy',
          unit: 'magnitude',
        }),
      ],
      [doc('q1', { asOf: '2024-09-01' }), doc('q2', { asOf: '2024-09-02' })],
    );
    expect(figureOf(figs, 'struck')!.id).toBe(figureOf(figs, 'damaged')!.id);
  });
});

describe('scope words of another event', () => {
  it.each([
    ['an aftershock after the number', 'magnitude', 'a 5.8 magnitude aftershock', 'event-aftershock'],
    ['an aftershock as the measure', 'aftershocks', '40 aftershocks', 'event-aftershock'],
    ['the quake itself', 'magnitude', 'a 7.1 magnitude quake', null],
  ])('%s', (_what, measure, text, scope) => {
    expect(scopeOf(measure, text)).toBe(scope);
  });
});

describe('figures/insured-not-economic', () => {
  it('keeps insured losses apart from economic losses; a bare sum takes the kind its article last named', () => {
    const docs = [
      doc('h1', { asOf: '2024-10-02' }),
      doc('h2', { asOf: '2024-10-09' }),
      doc('h3', { asOf: '2024-10-09' }),
    ];
    const loss = (id: string, document: string, value: number, sentence: number, lossKind?: 'insured' | 'economic') =>
      claim({ id, document, value, measure: 'losses', action: 'cost', money: true, unit: 'USD', sentence, lossKind });
    const figs = figures(
      [
        // "Insured losses from the typhoon could reach $4 billion. The modeller's best estimate is $5 billion.
        // Total economic losses are put at $40 billion."
        loss('insured', 'h1', 4e9, 0, 'insured'),
        claim({
          id: 'best',
          document: 'h1',
          value: 5e9,
          measure: 'dollars',
          action: null,
          money: true,
          unit: 'USD',
          sentence: 60,
        }),
        loss('economic', 'h1', 40e9, 120, 'economic'),
        loss('economic2', 'h2', 55e9, 0, 'economic'),
        loss('insured2', 'h2', 6e9, 80, 'insured'),
        // An article that names no kind: its losses stay a figure of their own.
        loss('plain', 'h3', 9e8, 0),
      ],
      docs,
    );
    expect(figureOf(figs, 'best')!.id).toBe(figureOf(figs, 'insured')!.id);
    expect(figureOf(figs, 'insured2')!.id).toBe(figureOf(figs, 'insured')!.id);
    expect(figureOf(figs, 'economic2')!.id).toBe(figureOf(figs, 'economic')!.id);
    expect(figureOf(figs, 'economic')!.id).not.toBe(figureOf(figs, 'insured')!.id);
    expect(figureOf(figs, 'plain')!.id).not.toBe(figureOf(figs, 'insured')!.id);
    expect(figureOf(figs, 'economic')!.label).toMatch(/economic/i);
  });
});

describe("a figure's claims in input order", () => {
  it('keeps the order the claims came in when a smaller figure is merged into a larger one', () => {
    const docs = ['o1', 'o2', 'o3'].map((id) => doc(id, { asOf: '2024-05-01' }));
    const claims = [
      claim({ id: 'aboard', document: 'o1', value: 1187, measure: 'buildings', action: 'damage' }),
      claim({ id: 'dead-a', document: 'o2', value: 1187, measure: 'homes', action: 'damage' }),
      claim({ id: 'dead-b', document: 'o3', value: 1187, measure: 'homes', action: 'damage' }),
    ];
    const fig = figureOf(figures(claims, docs), 'aboard');
    expect(fig?.claims).toEqual(['aboard', 'dead-a', 'dead-b']);
    // The same claims in another order give that order: the order follows the input, not the merge.
    const back = figureOf(figures([...claims].reverse(), docs), 'aboard');
    expect(back?.claims).toEqual(['dead-b', 'dead-a', 'aboard']);
  });
});
