import { describe, expect, it } from 'vitest';
import { pluralNoun } from './plural.js';

describe('pluralNoun', () => {
  const cases: Array<[string, string]> = [
    ['coach', 'coaches'],
    ['bush', 'bushes'],
    ['box', 'boxes'],
    ['class', 'classes'],
    ['bus', 'buses'],
    ['crisis', 'crises'],
    ['county', 'counties'],
    ['day', 'days'],
    ['calf', 'calves'],
    ['child', 'children'],
    ['person', 'people'],
    ['sheep', 'sheep'],
    ['rain', 'rain'],
    ['zloty', 'zlotys'],
    ['vote', 'votes'],
    ['cases', 'cases'],
    ['taxis', 'taxis'],
  ];
  for (const [word, plural] of cases) it(`${word} → ${plural}`, () => expect(pluralNoun(word)).toBe(plural));
});
