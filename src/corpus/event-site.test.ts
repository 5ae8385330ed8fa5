import { describe, expect, it } from 'vitest';
import { eventSite } from './event-site.js';

describe('corpus/event-site: the place an event noun says it happened', () => {
  it.each([
    ['The death toll from the ferry fire in Port Vell rose to 40.', 'port-vell'],
    ['Rescuers searched the rubble after the mine collapse at Kessel on Tuesday.', 'kessel'],
    ['The toll of Monday’s train derailment near Ostrava has reached 19.', 'ostrava'],
    ['Flash flooding in the Ada Valley has killed 12 people.', 'ada-valley'],
    ['The earthquake in Marlow Province left 300 dead.', 'marlow'],
    ['The heatwave in Tarsin has killed 61 people.', 'tarsin'],
    ['Crews cleaning up the oil spill near Brava Point found 200 dead birds.', 'brava-point'],
    // corpus/event-site-before: the place before the event noun it modifies.
    ['Eleven homes burned down in the Brennick estate fire.', 'brennick'],
    ['Rescuers pulled four miners from the Harrow Hill mine collapse on Monday.', 'harrow-hill'],
    ['At least 30 were hurt in the Tolvan market explosion.', 'tolvan'],
    ['Nine died in the Saturday fire.', null],
    // No event noun before the place, a lower-case place, or a month after "in".
    ['Officials in Boone County reported 9 deaths.', null],
    ['The fire in the capital killed 12.', null],
    ['The blaze in March destroyed 40 homes.', null],
    ['Twelve people died in Clay.', null],
  ])('%s', (sentence, site) => {
    expect(eventSite(sentence)).toBe(site);
  });
});
