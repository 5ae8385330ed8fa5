/**
 * People introduced with their age in commas ("Name, 47, a welder, …") and the quotes that follow them: invented
 * sentences about floods, fires, strikes, farms and markets. Rule: entities/person/age-appositive.
 */

/** [text, a name in it, the type the name must have] */
export const agedNames: Array<[string, string, string]> = [
  ['Marta Olsen, 63, lost her bakery in the flood.', 'Marta Olsen', 'person'],
  ['Tobias Grell, 29, a firefighter from the valley, was treated for burns.', 'Tobias Grell', 'person'],
  ['Among the evacuees was Imke Sauter, 81, who uses a wheelchair.', 'Imke Sauter', 'person'],
  ['The driver, Colm Reddy, 44, was arrested at the scene.', 'Colm Reddy', 'person'],
  ['Priscilla Nwosu, aged 37, runs the food bank on the estate.', 'Priscilla Nwosu', 'person'],
  ['Rafael Quintero Lima, 55, a dock worker, joined the picket before dawn.', 'Rafael Quintero Lima', 'person'],
  ['Wendell Brooks, 19, a student at the college, filmed the collapse.', 'Wendell Brooks', 'person'],
  ['Greta Lindqvist, 70, has farmed the same fields since 1975.', 'Greta Lindqvist', 'person'],
  // Not an age: a count after a place or company keeps it what it was.
  ['Harbor Savings Bank, 1,200 staff strong, closed three branches.', 'Harbor Savings Bank', 'organization'],
  ['Lakeside Hospital, 240 beds, took in the injured.', 'Lakeside Hospital', 'organization'],
];

/** [text, the quoted words, the speaker's name as found] */
export const agedSpeakers: Array<[string, string, string]> = [
  [
    'The mill closed on Friday.\n\nOskar Brandt, 58, a machinist who had worked there for 31 years, was among the last ' +
      'to leave. "They gave us a week\'s notice after three decades," he said.',
    "They gave us a week's notice",
    'Oskar Brandt',
  ],
  [
    'Nurses walked out at dawn.\n\nLeonie Marsh, 42, joined the picket line at 6 a.m. "I am not striking against my ' +
      'patients," she said. "I am striking for them."',
    'I am striking for them.',
    'Leonie Marsh',
  ],
  [
    'The river broke its banks overnight, the mayor said.\n\nFarmer Jonas Eklund, 66, watched the water cover his ' +
      'fields. "I have never seen it this high," he said.',
    'I have never seen it this high',
    'Jonas Eklund',
  ],
  [
    'The council approved the cuts on Tuesday.\n\nAmara Osei, 35, a librarian, said the branch had been her second ' +
      'home. "Where will the children go now?" she asked.',
    'Where will the children go now?',
    'Amara Osei',
  ],
  [
    'Shares in the lender fell sharply on Monday, the exchange said.\n\nDevlin Moore, 71, a retired teacher who ' +
      'holds 400 shares, was at the meeting. "I feel robbed," he said.',
    'I feel robbed',
    'Devlin Moore',
  ],
  [
    'Firefighters worked through the night.\n\nHanna Vogt, aged 50, fled with her dog. "The smoke came in ' +
      'through the windows," she said, "and then the lights went out."',
    'The smoke came in',
    'Hanna Vogt',
  ],
  // attributions/gender-kin: "her son X" is male, so "she said" skips him for the mother named before.
  [
    'Elena Vos, 58, spoke at the inquest on Monday. Her son Piet Larsen, 31, died in the blaze. "He went back in for ' +
      'the dog," she said.',
    'He went back in for the dog',
    'Elena Vos',
  ],
  [
    'Marc Tellier, 61, waited at the pier all night. His wife, Ines Karam, 52, was on the ferry. "I called her twenty ' +
      'times," he said.',
    'I called her twenty times',
    'Marc Tellier',
  ],
  [
    'Joyce Ambler, a retired nurse, lost her home in the mudslide. Her grandson Leo Brandt, 9, was pulled out alive. ' +
      '"It is a miracle," she said.',
    'It is a miracle',
    'Joyce Ambler',
  ],
];
