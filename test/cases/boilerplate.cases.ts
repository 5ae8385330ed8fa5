/**
 * Page furniture lines of news sites and the body sentences that only look like them: invented lines about floods,
 * strikes, elections and markets. Rules: clean/exchange-rate, clean/correction-note, clean/callout,
 * clean/comment-form (join the conversation).
 */

/** [line, the rule that drops it] */
export const furnitureLines: Array<[string, string]> = [
  ['($1 = 0.9234 euros)', 'clean/exchange-rate'],
  ['($1 = 7.2450 Chinese yuan renminbi)', 'clean/exchange-rate'],
  ['(£1 = $1.2650)', 'clean/exchange-rate'],
  ['(1 euro = $1.0850)', 'clean/exchange-rate'],
  ['($1 = 151.20 yen)', 'clean/exchange-rate'],
  ['This article was amended on 14 June 2025 to correct the name of the river.', 'clean/correction-note'],
  ['This story has been corrected to show that the vote took place on Tuesday.', 'clean/correction-note'],
  ['Correction: An earlier version of this story misstated the number of flights cancelled.', 'clean/correction-note'],
  ['An earlier version of this article gave the wrong age for the mayor.', 'clean/correction-note'],
  ['Our Standards: The Trust Principles.', 'clean/correction-note'],
  ['Do you live near the river? Get in touch at news@valleyherald.example', 'clean/callout'],
  ['Have you been affected by the strike? Email us at tips@example.org', 'clean/callout'],
  ['Were you on the ferry? Tell us what you saw', 'clean/callout'],
  ['Get in touch: newsdesk@harbourgazette.example', 'clean/callout'],
  ['Join the conversation. Please keep comments civil.', 'clean/comment-form'],
  ['Join the discussion below', 'clean/comment-form'],
  // clean/promo (broadcast slot): a station's own bulletin or programme at its hour.
  ['Listen to our Tamil-language bulletin every evening at 8pm.', 'clean/promo'],
  ['Listen to our full interview with the fire chief on Valley Mornings at 9am.', 'clean/promo'],
  ['Tune in to our flood special on Sunday at 6pm.', 'clean/promo'],
  ['Watch our election night programme from 10pm.', 'clean/promo'],
];

/** Body sentences that must stay. */
export const bodyLookalikes: string[] = [
  'The budget was amended on Tuesday to add $40 million for flood defences.',
  'The union said the offer had been corrected after an error in the figures.',
  'Do you think the council will back down? Most residents we spoke to said no.',
  'Officials asked residents to get in touch with the helpline if they smelled gas.',
  'The central bank fixed the rate at 7.1 yuan to the dollar on Monday.',
  'Protesters joined the conversation outside city hall as the vote went on.',
  'Our standards of care have slipped, the hospital director admitted.',
  'Listen to our farmers, the union leader told the crowd at the rally on Friday.',
  'Residents were told to listen to our local bulletin at 7pm for evacuation orders.',
];
