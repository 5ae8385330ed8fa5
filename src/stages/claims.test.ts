import { describe, expect, it } from 'vitest';
import { createArticle, type Article, type AttributionSpan, type ClaimStatus } from '../article.js';
import { createContext } from '../pipeline.js';
import { quantitiesStage } from './quantities.js';
import { timesStage } from './times.js';
import { claimsStage } from './claims.js';
import { analyse } from '../analyse.js';
import { lineClaims } from '../../test/helpers/claims.js';

/**
 * An article with one sentence per line (the first a heading when `heading`), run through quantities, times, claims.
 */
function build(
  lines: string[],
  opts: { published?: string; heading?: boolean; attributions?: (a: Article) => AttributionSpan[] } = {},
): Article {
  return lineClaims(lines.join('\n'), opts);
}

const statusCases: Array<[string, ClaimStatus]> = [
  ['The city plans to hire 200 more police officers.', 'planned'],
  ['Officials said 3,000 homes could be flooded if the levee fails.', 'possible'],
  ['The ministry denied that 400 prisoners had escaped.', 'denied'],
  ['Police could not confirm reports that 12 people were killed.', 'unconfirmed'],
  ['The storm killed 14 people, and officials warned that the toll could rise.', 'asserted'],
  ['The company will cut 1,800 jobs.', 'planned'],
  ['Rebels have seized 40 villages, according to the army.', 'asserted'],
  ['The government is preparing to evacuate 50,000 residents.', 'planned'],
  ['$3 billion could be diverted to the project.', 'possible'],
  ['The union said 45,000 nurses may strike next week.', 'possible'],
  ['Moscow rejected claims that 2,000 of its soldiers had died.', 'denied'],
  ['The army deployed 3,000 soldiers, and more could follow.', 'asserted'],
  ['Zelensky said 10,000 soldiers were being prepared to join the fight.', 'planned'],
  ['Organisers said the march could draw hundreds of thousands of people.', 'possible'],
  ['NATO says it has no evidence that 1,000 troops crossed the border.', 'denied'],
  [
    'Seoul confirmed the arrival of 1,500 troops, with sources suggesting the number could rise to 12,000 troops.',
    'asserted',
  ],
  [
    'The appeals court appears ready to block a sweeping lawsuit brought by a coalition of advocacy groups on behalf of 1.6 million workers.',
    'asserted',
  ],
  ['The board has decided to close 14 branches.', 'planned'],
  ['The regulator pledged 500 new inspectors.', 'planned'],
  ['The UN has not independently verified that 300 civilians were killed.', 'unconfirmed'],
];

describe('claims: status', () => {
  for (const [text, status] of statusCases) {
    it(`${text} → ${status}`, () => {
      const article = build([text]);
      expect(article.claims.length).toBeGreaterThan(0);
      expect(article.claims[0]!.status.value).toBe(status);
    });
  }

  it('each number of a sentence gets the cue of its own clause', () => {
    const article = build([
      'Seoul confirmed the arrival of 1,500 troops, with sources suggesting the number could rise to 12,000.',
    ]);
    expect(article.claims.map((c) => [c.quantity.value, c.status.value, c.quantity.measure])).toEqual([
      [1500, 'asserted', 'troops'],
      [12000, 'possible', 'troops'],
    ]);
  });

  it('coordinated numbers share the modality of the first; a new verb ends it', () => {
    const shared = build([
      'The city will spend $2 million on repairs to roads in the northern districts and $500,000 on parks.',
    ]);
    expect(shared.claims.map((c) => [c.quantity.value, c.status.value, c.status.by])).toEqual([
      [2000000, 'planned', 'claims/modality/plan'],
      [500000, 'planned', 'claims/coordinated'],
    ]);
    const split = build(['The city plans to hire 200 teachers and has already hired 50 nurses.']);
    expect(split.claims.map((c) => c.status.value)).toEqual(['planned', 'asserted']);
  });

  it('a linking phrase after a comma leaves the number in the clause before', () => {
    const article = build(['The agency plans to raise money from donors, to the tune of $40 million.']);
    expect(article.claims[0]!.status.value).toBe('planned');
  });

  it('a headline of the form `X to send N ...` is a plan', () => {
    const article = build(['Country to Send Thousands of Engineers to Flood Zone', 'Body text.'], { heading: true });
    expect(article.claims[0]!.status.value).toBe('planned');
  });
});

describe('claims: action', () => {
  const actionCases: Array<[string, string]> = [
    ['The earthquake killed 2,315 people.', 'kill'],
    ['At least 18 people were injured in the blast.', 'wound'],
    ['The army deployed 3,000 soldiers to the border.', 'deploy'],
    ['The country has shipped 1,000 containers of ammunition.', 'supply'],
    ['The ally sent 200 tanks.', 'supply'],
    ['The ally sent 2,000 troops.', 'deploy'],
    ['Police arrested 23 protesters.', 'arrest'],
    ['More than 4,000 residents were evacuated.', 'evacuate'],
  ];
  for (const [text, action] of actionCases) {
    it(`${text} → ${action}`, () => {
      expect(build([text]).claims[0]!.action?.value).toBe(action);
    });
  }
});

describe('claims: joining', () => {
  it('takes source and via from the attribution whose content holds the number', () => {
    const text = 'The minister told lawmakers that 4,000 more troops will be sent, according to two legislators.';
    const article = build([text], {
      attributions: (a) => [
        {
          sentence: 0,
          content: {
            start: text.indexOf('4,000'),
            end: text.indexOf(', according'),
            text: text.slice(text.indexOf('4,000'), text.indexOf(', according')),
          },
          source: { entity: 'minister', name: 'The minister', by: 'test', certain: true },
          via: [{ entity: 'legislators', name: 'two legislators', by: 'test', certain: true }],
          cue: { start: 13, end: 17, text: a.text.slice(13, 17) },
          carried: false,
          by: 'test',
          certain: true,
        },
      ],
    });
    const claim = article.claims.find((c) => c.quantity.value === 4000)!;
    expect(claim.source?.entity).toBe('minister');
    expect(claim.via.map((v) => v.entity)).toEqual(['legislators']);
    expect(claim.status.value).toBe('planned');
    expect(claim.quantity.incremental).toBe(true);
  });

  it('an `according to` mid-sentence covers the number even when its content span does not', () => {
    const text = 'The plan, according to city officials, allows the mayor to move $40 million into housing.';
    const article = build([text], {
      attributions: () => [
        {
          sentence: 0,
          content: { start: 0, end: 8, text: text.slice(0, 8) },
          source: { entity: 'city-officials', name: 'city officials', by: 'test', certain: true },
          via: [],
          cue: { start: 10, end: 22, text: text.slice(10, 22) },
          carried: false,
          by: 'test',
          certain: true,
        },
      ],
    });
    expect(article.claims[0]!.source?.entity).toBe('city-officials');
    expect(article.claims[0]!.status.value).toBe('planned');
  });

  it('reads the actor (first entity before the number) and the target (`to X` after it)', () => {
    const text = 'Officials said Ruritania has sent 2,000 engineers to Freedonia this month.';
    const article = createArticle({ source: 'test', raw: text, format: 'text' });
    article.text = text;
    article.sentences = [{ start: 0, end: text.length, text, index: 0, paragraph: 0, heading: false }];
    const at = (name: string, entity: string) => ({
      start: text.indexOf(name),
      end: text.indexOf(name) + name.length,
      text: name,
      entity,
      type: 'country' as const,
      by: 'test',
      certain: true,
    });
    article.mentions = [at('Ruritania', 'ruritania'), at('Freedonia', 'freedonia')];
    const ctx = createContext();
    for (const stage of [quantitiesStage, timesStage, claimsStage]) stage.run(article, ctx);
    const claim = article.claims[0]!;
    expect([claim.actor?.entity, claim.target?.entity, claim.action?.value]).toEqual([
      'ruritania',
      'freedonia',
      'deploy',
    ]);
  });

  // claims/actor-after-dateline: the place and agency credit of a dateline are where and by whom it was filed.
  const datelines: Array<[string, string | null]> = [
    ['LIMA, Peru (Reuters) - Floods have killed 31 people in the north, officials said.', null],
    ['Manila (AFP) – At least 12 people drowned after a ferry capsized.', null],
    ['HALLETT, Kan. (AP) — A measles outbreak has grown to 48 cases, health officials said.', null],
    ['KYIV (AP) — Russia launched 90 drones overnight, the air force said.', 'Russia'],
    ['SEOUL, Oct 18 (Yonhap) -- North Korea has sent 1,500 troops to Russia, the spy agency said.', 'North Korea'],
    ['Peru has sent 400 soldiers to the flooded north - the army said.', 'Peru'],
  ];
  for (const [text, actor] of datelines)
    it(`reads the actor of ${JSON.stringify(text.slice(0, 40))} after its dateline: ${actor}`, () => {
      const article = analyse({ source: 'test', raw: text, format: 'text' });
      expect(article.claims[0]?.actor?.name ?? null).toBe(actor);
    });

  it('with no attribution the outlet speaks in its own voice (source null)', () => {
    const article = build(['The flood destroyed 300 homes.']);
    expect(article.claims[0]!.source).toBeNull();
  });

  it('reads a trailing headline credit as the source', () => {
    const article = build(['Army to deploy 5,000 troops to the coast: ministry', 'More text.'], { heading: true });
    expect(article.claims[0]!.source?.name).toBe('ministry');
  });

  it('dates the claim with the time of its clause, and `said` with the speech day', () => {
    const article = build(['The agency said on Friday that 13,000 containers have been shipped since August 2023.'], {
      published: '2024-10-21',
    });
    const claim = article.claims[0]!;
    expect(claim.when?.when).toBe('2023-08/');
    expect(claim.said).toBe('2024-10-18');
  });

  it('falls back to the publication date for `said`', () => {
    const article = build(['The city will hire 200 teachers by December.'], { published: '2024-10-21' });
    expect(article.claims[0]!.said).toBe('2024-10-21');
    expect(article.claims[0]!.when?.when).toBe('/2024-12');
  });

  it('keeps one claim for a summary bullet repeated in the body', () => {
    const article = build([
      'The ministry is set to send thousands of engineers to the flood zone, officials have said.',
      'The ministry is set to send thousands of engineers to the flood zone, officials have said, per local media.',
    ]);
    expect(article.claims).toHaveLength(1);
  });

  it('skips numbers that count nothing', () => {
    const article = build(['The score was 3 to 1, and he turned 60 this year.']);
    expect(article.claims).toEqual([]);
  });

  it('every claim cites its sentence and a span of the text', () => {
    const article = build(
      ['Officials said 3,000 homes could be flooded.', 'Another 1,200 marines arrived on Tuesday.'],
      { published: '2024-10-18' },
    );
    for (const c of article.claims) {
      expect(article.text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
      expect(c.evidence.start).toBeLessThanOrEqual(c.quantity.start);
      expect(c.evidence.end).toBeGreaterThanOrEqual(c.quantity.end);
      expect(c.id).toBe(`${article.id}:${c.quantity.start}`);
    }
  });
});
