/**
 * Table cases for what a number counts when the words naming it sit a little further away: a total noun as the
 * object of a verb that moves it (`raised the number of injured to 565`, `revised the toll down to 78`), a subject
 * with names joined in its phrase (`deaths in Ohio and Kentucky`), and `N fewer jobs` with no `than`. Invented
 * sentences about quakes, floods, epidemics and jobs reports.
 */
import type { MeasureCase } from './measures.cases.js';

const m = (text: string, measure: string | null, rule?: string, at?: number): MeasureCase => ({
  text,
  measure,
  ...(rule ? { rule } : {}),
  ...(at !== undefined ? { at } : {}),
});

const TOTAL = 'quantities/total-noun';
const SUBJECT = 'quantities/subject-noun';
const CASUALTY = 'quantities/casualty-subject';
const FEWER = 'quantities/comparative-noun';

export const measureReachCases: MeasureCase[] = [
  // a total noun with a participle or adjective `of` complement, as the object of a verb that moves it
  m('Officials raised the number of injured to 565 on Thursday.', 'people', TOTAL),
  m('The prefecture lowered the number of missing to 40 after a recount.', 'people', TOTAL),
  m('Health officials put the number of infected at 2,300.', 'people', TOTAL),
  m('The ministry raised the number of displaced to 18,000 from 12,000.', 'people', TOTAL),
  m('Police revised the number of dead down to 78.', 'people', TOTAL),
  m('The county revised the death toll up to 19 overnight.', 'people', TOTAL),
  m('The agency revised the number of evacuated down to 1,200.', 'people', TOTAL),
  // a subject whose prepositional phrase joins two names
  m('Payroll gains for May and June were revised down by 258,000.', 'jobs', SUBJECT),
  m('Deaths in Ohio and Kentucky rose to 44 on Sunday.', 'people', CASUALTY),
  m('Infections in Lagos and Abuja climbed to 310.', 'infections', SUBJECT),
  m('Arrests in Paris or Lyon reached 90 by midnight.', 'arrests', SUBJECT),
  m('Evacuations from Corfu and Zakynthos topped 2,000.', 'evacuations', SUBJECT),
  // `fewer` with no `than`: a difference, never an increment
  m('The revision works out to about 68,000 fewer jobs a month.', 'jobs', FEWER),
  m('The clinic saw 40 fewer patients last week.', 'patients', FEWER),
  m('Airlines will run 1,200 fewer flights this winter.', 'flights', FEWER),
];
