/**
 * Numbers that are not claims (chrono keeps such a file of negative cases):
 * years, dates, times of day, durations, ages, ordinals, phone numbers,
 * labels, identifiers, navigation counts, URLs, idioms. None may become a claim.
 */
export const negativeCases: string[] = [
  'The treaty was signed in 1953.',
  'It was the first war since the Korean War in 1950-1953.',
  'Sales have risen every year since 2019.',
  'The talks took place on Oct. 2, 2024, in Geneva.',
  'The vote is scheduled for June 26.',
  'The ceremony is set for 26 June.',
  'The memo was dated 2024-10-18.',
  'The form was signed on 10/18/2024.',
  'The statement was released at 18:35:46 local time.',
  'The polls open at 7 a.m. and close at 8 p.m.',
  'The meeting starts at 9 am sharp.',
  'The war has lasted more than three years.',
  'He served two years in prison before the appeal.',
  'The three-year-long offensive has stalled.',
  'A 45-year-old man was taken to hospital.',
  'The victim, aged 19, was a student.',
  'The trial lasted 11 weeks.',
  'She was elected 18 months ago.',
  'The deal was reached after 48 hours of talks.',
  'It was his second visit to the capital.',
  'She finished 2nd in the first round.',
  'The 1st Armored Division moved north.',
  'The 21st century brought new threats.',
  'Call the hotline at 555-0199 for details.',
  'The embassy can be reached on (202) 555-0100.',
  'Dial +44 20 7946 0958 from abroad.',
  'Under Section 230, platforms are shielded.',
  'See Article 5 of the treaty.',
  'He cited paragraph 12 of the ruling.',
  'The bill, No. 3, was tabled.',
  'Chapter 11 protection was granted.',
  'The F-16 jets arrived last spring.',
  'COVID-19 cases were rising.',
  'The A320 landed safely.',
  'The G7 leaders met in Italy.',
  'The images are at https://example.com/photos/2024/1500.jpg today.',
  'Read more at www.example.org/story?id=12000 now.',
  'Comments (12)',
  '12 comments',
  'Share 34 shares',
  'It was a 3 min read.',
  'In the 1990s, the policy changed.',
  'Route 66 was closed.',
  'Flight 370 disappeared.',
  'He lives on the 14th floor.',
  'The match ended 3-1.',
  'One of the officials resigned.',
  'No one was hurt in the incident.',
  'They will love one another.',
  'At one point, the judge stopped the hearing.',
  'On the one hand, the plan is costly.',
  'We will do it one way or the other.',
  'About one-third of the budget went unspent.',
  'Those two remedies require different standards.',
  'The talks will resume on Monday.',
  'World War 2 changed everything.',
  'The fiscal 2000 budget was larger.',
  'The law was passed in '+"'"+'98.',
  'Page 4 of the report lists the findings.',
  'Interstate 95 was jammed for hours.',
  'The company was founded 25 years ago.',
  'Copyright 2024 The Associated Press.',
];

negativeCases.push(
  'The hosts won 2-1 over the visitors.',
  'France took a 6-5 lead in the tiebreak.',
  'As VW ID.3 production begins, the company bets on electric cars.',
  'The probe began, according to two people familiar with the matter.',
);

negativeCases.push(
  '16 Erik Jones 2194 1 0 10 17',
  'It looks almost identical to the Apple Watch Series 4.',
  'The new AirPods 2 Wireless Earphones are on sale.',
  '"If we were any higher, we would be the capital," one user quipped.',
);

negativeCases.push(
  'Care givers face alarm fatigue [1], studies show.',
  'The e-tron Sportback 55 is rated for long trips.',
  'I found one that’s stronger than stone.',
  'The timing of our One Home Depot strategic investments matters.',
  'Meal 1\n\nEat every few hours.',
);

negativeCases.push(
  'The quarterback finished with a passer rating of just 22.4 in the rain.',
  'She ranks high in run defense (75.5) this season.',
);

negativeCases.push(
  'She is a three-time champion.',
  'The trial enrolled patients with type 2 diabetes.',
  'The Apollo 11 crew returned safely.',
  'Production of the first Block 1B rocket slipped.',
  'Installations reached 1.64 GW and Seoul plans more.',
);

// Bare numbers that the claim rules for levels, subjects and parts must not pick up.
negativeCases.push(
  'Garcia, 52, was arrested on Friday.',
  'The defender, 31, signed a new deal.',
  'The score was 3 to 1 at half-time.',
  'The final score was 98 to 95.',
  'The ratio was 2 to 1 in favour.',
  'One was enough for me.',
  'The first one was the hardest.',
  'Her office is at 12 Main Street.',
  'He turned 60 in the spring.',
  'The vote was 5-4 in the end.',
  'Of the films on the list, one is a classic.',
  'It took two, three days to clear the road.',
);
