/**
 * Invented sentences for date constructions of the times stage: a count before "on <day>" that chrono reads
 * as an hour (`times/count-not-hour`), and a day or month without a year that chrono puts in the next year
 * (`times/past-yearless`: news reports the past unless the clause speaks of the future).
 */

/** [sentence, the number, its claim's expected `when`], published on Friday 2024-10-18. */
export const countNotHourCases: Array<[string, number, string]> = [
  ['The toll stood at 14 on Saturday.', 14, '2024-10-12'],
  ['Confirmed cases rose to 9 on Monday.', 9, '2024-10-14'],
  ['The number of evacuees reached 23 on Thursday.', 23, '2024-10-17'],
  ['Arrests climbed to 11 on Tuesday, police said.', 11, '2024-10-15'],
  ['The number of missing hikers fell to 3 on Wednesday.', 3, '2024-10-16'],
  ['The tally of flooded homes hit 18 on Sunday.', 18, '2024-10-13'],
  ['The death toll was 21 on Tuesday, the ministry said.', 21, '2024-10-15'],
  ['Confirmed infections rose to 12 on Oct. 2.', 12, '2024-10-02'],
  ['The number of closed schools stood at 7 on Wednesday.', 7, '2024-10-16'],
  ['The toll from the fire stood at 14 on Saturday, up from 9 on Friday.', 14, '2024-10-12'],
  ['The toll from the fire stood at 14 on Saturday, up from 9 on Friday.', 9, '2024-10-18'],
  ['Hospital admissions dropped to 4 on Sunday night.', 4, '2024-10-13'],
  // Every form of the shared level verbs (vocabulary/level-verbs.ts).
  ['Vaccinations at the clinic neared 19 on Tuesday.', 19, '2024-10-15'],
  ['The count of burned homes rises to 16 on Sunday, officials said.', 16, '2024-10-13'],
  ['Cases of measles in the district total 8 on Wednesday.', 8, '2024-10-16'],
];

/**
 * [sentence, the hour's number, the `when` of its time]: hours before a day stay hours, their number is no claim,
 * and the time is that day (`times/weekday-hour`: the most recent such weekday, as a weekday alone is).
 */
export const hourCases: Array<[string, number, string]> = [
  ['Rescuers resumed the search at 9 on Monday morning.', 9, '2024-10-14'],
  ['Polls open at 7 on Tuesday.', 7, '2024-10-15'],
  ['Voting closes by 14:00 on Friday.', 14, '/2024-10-18'],
  ['The curfew starts at 10 on Saturday night.', 10, '2024-10-12'],
  ['The last ferry left at 6 on Sunday.', 6, '2024-10-13'],
  ['Counting began at 8 on Wednesday evening.', 8, '2024-10-16'],
  ['The shelter opens at 9 a.m. on Monday.', 9, '2024-10-14'],
  ['The hearing resumes at 10 on Thursday.', 10, '2024-10-17'],
  ['Ballots must arrive by 17:00 on Friday.', 17, '/2024-10-18'],
  ['The strike begins at 11 on Saturday.', 11, '2024-10-12'],
];

/** [sentence, publication day, the expected `when` of its one time expression] */
export const yearlessCases: Array<[string, string, string]> = [
  // The past: the most recent such day or month on or before the publication.
  ['The dam failed on March 3, flooding two villages.', '2024-10-16', '2024-03-03'],
  ['Voters went to the polls on February 11.', '2024-10-16', '2024-02-11'],
  ['The strike began on Jan. 9 and ended a month later.', '2024-09-30', '2024-01-09'],
  ['The outbreak was first reported on April 2.', '2024-11-20', '2024-04-02'],
  ['Floods swept the valley in February.', '2024-10-16', '2024-02'],
  ['Markets fell sharply on March 3, traders said.', '2024-10-16', '2024-03-03'],
  ['Officials confirmed the first case on February 28.', '2024-12-05', '2024-02-28'],
  ['The ceasefire collapsed on May 1.', '2024-12-20', '2024-05-01'],
  ['Floodwaters peaked on 3 March.', '2024-10-16', '2024-03-03'],
  ['The quake struck on Feb. 6, killing 40.', '2024-09-10', '2024-02-06'],
  ['The vote was held on June 9.', '2024-10-16', '2024-06-09'],
  // Negatives: the clause speaks of the future, or the day is days ahead at the turn of the year.
  ['Leaders will meet on March 3.', '2024-10-16', '2025-03-03'],
  ['The tribunal sits again next March 3.', '2024-10-16', '2025-03-03'],
  ['The election is scheduled for February 11.', '2024-10-16', '2025-02-11'],
  ['The new levy is due to take effect on January 1.', '2024-10-16', '2025-01-01'],
  ['Talks are set to resume on March 3.', '2024-10-16', '2025-03-03'],
  ['The union plans to strike on February 4.', '2024-10-16', '2025-02-04'],
  ['Schools reopen on January 6.', '2024-12-28', '2025-01-06'],
  ['The summit is expected to open on March 3.', '2024-10-16', '2025-03-03'],
  ['The ministry said the bridge would reopen on April 2.', '2024-10-16', '2025-04-02'],
  ['The fair opens on December 3.', '2024-10-16', '2024-12-03'],
  ['The new school term starts on February 3.', '2024-10-16', '2025-02-03'],
  ['Tenants must leave by January, the landlord said.', '2024-10-16', '/2025-01'],
  ['The toll road goes back to public hands in April.', '2024-10-16', '2025-04'],
];
