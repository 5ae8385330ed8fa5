/**
 * Table cases for what a number counts when the words naming it sit a little further away: a total noun as the
 * object of a verb that moves it (`raised the number of injured to 565`, `revised the toll down to 78`), a subject
 * with names joined in its phrase (`deaths in Ohio and Kentucky`), and `N fewer jobs` with no `than`. Invented
 * sentences about quakes, floods, epidemics and jobs reports.
 */
import { measureCase, type MeasureCase } from './measures.cases.js';

const m = measureCase;

const TOTAL = 'quantities/total-noun';
const SUBJECT = 'quantities/subject-noun';
const CASUALTY = 'quantities/casualty-subject';
const FEWER = 'quantities/comparative-noun';
const CAPACITY = 'quantities/capacity';
const CHANGE_SUBJECT = 'quantities/change-noun-subject';

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
  m('The revision works out to about 41,500 fewer jobs per month.', 'jobs', FEWER),
  m('The clinic saw 40 fewer patients last week.', 'patients', FEWER),
  m('Airlines will run 1,200 fewer flights this winter.', 'flights', FEWER),
  // a bare number a place or a vessel takes is its capacity, not a count
  m('The ferry, licensed to carry 180, had 260 people aboard.', 'capacity', CAPACITY),
  m('Each dormitory, built for 40, now houses 120 students.', 'capacity', CAPACITY),
  m('The arena holds 18,000 and was sold out within an hour.', 'capacity', CAPACITY),
  m('The new concert hall seats 2,400.', 'capacity', CAPACITY),
  m('The shelter was designed for 300 but took in 900 people.', 'capacity', CAPACITY),
  m('The lifeboat had room for 60, the inquiry heard.', 'capacity', CAPACITY),
  m('The museum holds 3,000 paintings from the period.', 'paintings'),
  m('Police held 12 protesters overnight.', 'protesters'),
  // a verb of capacity with an adverb of the present moment says how many are there now
  m('The reception centre now holds 1,900, four times its size.', null),
  m('The county jail currently holds 2,300, the sheriff said.', null),
  m('The gym already sleeps 450 evacuees.', 'evacuees'),
  // a change noun as the subject counts the figure in hand
  m('Employers added 210,000 jobs in May. The average monthly gain was 74,000 this year.', 'jobs', CHANGE_SUBJECT, 1),
  m('The clinic saw 300 new cases on Monday. The daily increase was 45, officials said.', 'cases', CHANGE_SUBJECT, 1),
  m(
    'Exports of cars reached 80,000 units in March. The decline was 6,000 from a year earlier.',
    'units',
    CHANGE_SUBJECT,
    1,
  ),
];
