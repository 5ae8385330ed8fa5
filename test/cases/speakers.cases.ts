/**
 * Table cases for quote attribution: the constructions news uses to give a quotation its speaker, across
 * styles (wire, broadcaster, tabloid, local; British and American), and quotation marks that hold no speech
 * (scare quotes, names of programmes and operations, nicknames). Every sentence and name is invented (floods,
 * fires, strikes, elections, epidemics, markets, courts).
 */

/**
 * [text, a phrase of the quote, the speaker]. The speaker may list alternatives with `|` (as a gold file lists
 * aliases); '' means the quote has no speaker.
 */
export type SpeakerRow = [text: string, phrase: string, speaker: string];

/** Rows grouped by the construction they exercise. */
export const speakerCases: Record<string, SpeakerRow[]> = {
  // “…,” said Jane Roe, a spokeswoman for X. / “…,” X said.
  'name after the closing mark': [
    [
      '“We are moving families to higher ground,” said Jane Roe, a spokeswoman for the Red River Authority.',
      'moving families',
      'Jane Roe',
    ],
    [
      '“The dam is holding for now,” Carlos Medina, the district engineer, said on Sunday.',
      'The dam is holding',
      'Carlos Medina',
    ],
    [
      '“Prices will keep climbing through the winter,” said Priya Nair, chief economist at Harbor Bank in Singapore.',
      'Prices will keep climbing',
      'Priya Nair',
    ],
    ['“We lost the whole harvest,” said Amadou Diallo, 52, a rice farmer in Mopti.', 'whole harvest', 'Amadou Diallo'],
    ['“It was absolute chaos,” said Gemma Hart, 34, from Swindon.', 'absolute chaos', 'Gemma Hart'],
    ['“Markets hate uncertainty,” added Ivan Petrov, a strategist at Nordbank.', 'Markets hate', 'Ivan Petrov'],
    ['“The fire jumped the ridge in under an hour,” Fire Chief Ana Ruiz said.', 'jumped the ridge', 'Ana Ruiz'],
    [
      '“Stay indoors and keep windows shut,” county health officer Dr. Samuel Okafor said.',
      'Stay indoors',
      'Samuel Okafor',
    ],
    ['“We’re doing everything we can,” said Mayor Bill Tran.', 'everything we can', 'Bill Tran'],
    [
      '“Where is the help?” asked Fatima Yusuf, standing in knee-deep water outside her home.',
      'Where is the help',
      'Fatima Yusuf',
    ],
    ['“We were told to wait,” says Ahmed Karimi, a shopkeeper in Herat.', 'told to wait', 'Ahmed Karimi'],
    ['“He was a hero,” his sister, Maria Velez, said.', 'He was a hero', 'Maria Velez'],
    [
      '“I just grabbed the kids and ran,” mother-of-three Kerry Dobbs, 29, told The Sun.',
      'grabbed the kids',
      'Kerry Dobbs',
    ],
    ['“It sounded like a freight train,” Harlow resident Gary Pike told WKTV.', 'freight train', 'Gary Pike'],
    [
      '“Nobody warned us,” said Tariq Aziz, who lives near the river with his four children.',
      'Nobody warned us',
      'Tariq Aziz',
    ],
    [
      'Turnout was low in the north.\n\n“We expected far more voters,” election monitor Sofia Lind said in Tromso.',
      'expected far more',
      'Sofia Lind',
    ],
  ],
  // X said: “…” / X told reporters: “…”
  'name before a colon': [
    ['Jane Roe said: “We are moving families to higher ground.”', 'moving families', 'Jane Roe'],
    [
      'Prime Minister Helena Vask said in a televised address: “The country will not bow to threats.”',
      'will not bow',
      'Helena Vask',
    ],
    [
      'In a statement, the Ministry of Health said: “All hospitals remain open.”',
      'hospitals remain',
      'Ministry of Health',
    ],
    ['Grandad Ron Pike, 81, said: “I’ve never seen water like it.”', 'never seen water', 'Ron Pike'],
    ['His sister, Maria Velez, said: “He was a hero.”', 'He was a hero', 'Maria Velez'],
    ['Asked whether he would resign, Mayor Kurt Bauer said: “Absolutely not.”', 'Absolutely not', 'Kurt Bauer'],
    [
      'Asked about the delays, Transport Minister Ilse Moor replied: “We are working on it.”',
      'working on it',
      'Ilse Moor',
    ],
    ['Speaking to the BBC, Ama Owusu said: “We had ten minutes to get out.”', 'ten minutes', 'Ama Owusu'],
    [
      'Speaking at a press conference on Monday, Health Secretary Rhys Evans said: “The wards are coping.”',
      'wards are coping',
      'Rhys Evans',
    ],
    ['Karimi, 45, says: “We were told to wait.”', 'told to wait', 'Karimi'],
    [
      'A spokesman for the Kenyan Red Cross said: “Our teams are on the ground.”',
      'Our teams',
      'Kenyan Red Cross|spokesman for the Kenyan Red Cross|spokesman',
    ],
    ['An eyewitness said: “The whole roof came down.”', 'whole roof', 'eyewitness|An eyewitness'],
    ['Health officials said: “The outbreak is under control.”', 'under control', 'Health officials'],
    [
      'Coach Ivo Ban said the team was tired, while captain Luka Dor said: “We gave everything.”',
      'gave everything',
      'Luka Dor',
    ],
  ],
  // “…,” she said: the last named person of that gender; "he" when two men were named: the last named.
  pronouns: [
    [
      'Rescuer Tom Becker pulled two children from the car. “They were freezing but alive,” he said.',
      'freezing but alive',
      'Tom Becker',
    ],
    [
      'Nurse Aisha Bello and her colleague Paul Grant worked through the night. “We ran out of saline by dawn,” she said.',
      'ran out of saline',
      'Aisha Bello',
    ],
    [
      'Lawyer Ken Adams represented the family. Judge Raul Ortiz rejected the motion on Friday. “The law is clear,” he said.',
      'The law is clear',
      'Raul Ortiz',
    ],
    [
      'Maria Lopez, whose shop flooded, stood beside her husband, Diego Lopez. “We have to start again,” she said.',
      'start again',
      'Maria Lopez',
    ],
    [
      'Officer Jane Kim said the driver fled. Witness Mark Hale saw the crash. “She stopped traffic with her bare hands,” he said.',
      'stopped traffic',
      'Mark Hale',
    ],
    [
      'Teacher Rosa Delgado has taught in the valley for 20 years.\n\n“This is the worst flood I have seen,” she said.',
      'worst flood',
      'Rosa Delgado',
    ],
    [
      'Judge Irene Wolfe sentenced Carl Dunn to four years. “You showed no remorse,” she said.',
      'showed no remorse',
      'Irene Wolfe',
    ],
    [
      'Judge Irene Wolfe sentenced Carl Dunn to four years. “I am sorry for what I did,” he said.',
      'I am sorry',
      'Carl Dunn',
    ],
    [
      'Teacher Nia Brooks said classes would resume. “The children need routine,” she added.',
      'children need routine',
      'Nia Brooks',
    ],
    [
      'Prosecutor Helen Oduya spoke for an hour.\n\n“The evidence is overwhelming,” she told the jury.',
      'evidence is overwhelming',
      'Helen Oduya',
    ],
    [
      'Farmer Olu Ade lost 200 goats. His wife, Grace Ade, said the water came at night. “He cried all morning,” she said.',
      'cried all morning',
      'Grace Ade',
    ],
    [
      'Striking nurse Joan Pratt joined the picket at dawn. “We are exhausted,” she said. “But we will stay.”',
      'we will stay',
      'Joan Pratt',
    ],
    // The possessor of a role apposed to a name ("Dunn's lawyer, Ana Soto,") is not the one the pronoun continues.
    [
      "Carl Dunn, 51, denied the charges. Dunn's lawyer, Peter Okoye, said the verdict was wrong. “My client was never at the warehouse,” he told the court.",
      'never at the warehouse',
      'Peter Okoye',
    ],
    [
      "Mayor Rita Vance faces a recall vote. Vance's spokesman, Luis Ferro, denied the report. He said the contract was “fully lawful”.",
      'fully lawful',
      'Luis Ferro',
    ],
    [
      "Police arrested Mateo Ortega on Friday. Ortega's brother, Samuel Ortega, spoke outside the court. “We will appeal,” he said.",
      'We will appeal',
      'Samuel Ortega',
    ],
    [
      "The trial of Owen Marsh entered its third week. Marsh's former business partner, Dan Kerr, testified for two days. “He kept two sets of books,” he said.",
      'two sets of books',
      'Dan Kerr',
    ],
  ],
  // the speaker named by a title, a surname or a courtesy title after the full name
  'titles and surnames': [
    [
      'Fire Chief Ana Ruiz ordered the evacuation. “We cannot hold this line,” the chief said.',
      'hold this line',
      'Ana Ruiz',
    ],
    ['Dr Ana Ruiz leads the clinic. Later, Ruiz said: “We saw 200 patients today.”', 'saw 200 patients', 'Ana Ruiz'],
    [
      'Dr. Amit Shah, a cardiologist at City General, treated the victims. “Most had smoke injuries,” the doctor said.',
      'smoke injuries',
      'Amit Shah',
    ],
    [
      'Police Commissioner Laila Noor met the families. “We owe them the truth,” the commissioner said.',
      'owe them the truth',
      'Laila Noor',
    ],
    [
      'The governor, Tom Ridley, declared an emergency. “This storm is not over,” Ridley said.',
      'storm is not over',
      'Tom Ridley',
    ],
    [
      'President Ana Morales spoke from the palace. “We will not devalue the peso,” Ms. Morales said.',
      'devalue the peso',
      'Ana Morales',
    ],
    [
      'Finance Minister Owen Hughes said the budget would be cut. “There is no money left,” Mr Hughes said.',
      'no money left',
      'Owen Hughes',
    ],
    [
      'Baker Hannah Roe lost her shop to the flood.\n\n“We will rebuild,” added Roe, who has run the bakery since 1998.',
      'We will rebuild',
      'Hannah Roe',
    ],
    [
      'Seismologist Chidi Okafor studied the readings.\n\n“The ground moved twice,” Okafor said.',
      'ground moved twice',
      'Chidi Okafor',
    ],
    [
      'Interior Minister Ihor Klymenko visited the site. “We need more generators,” Klimenko said.',
      'more generators',
      'Ihor Klymenko',
    ],
    [
      'Governor Sergei Volkov toured the town. “The bridge will reopen in May,” Sergey Volkov said.',
      'bridge will reopen',
      'Sergei Volkov',
    ],
    [
      'Senator Mia Park voted no.\n\n“This bill hurts farmers,” the senator said. “I will keep fighting it.”',
      'keep fighting',
      'Mia Park',
    ],
  ],
  // police said, residents said, the ministry said in a statement, the company said
  'collective and organisation speakers': [
    ['“The suspect is in custody,” police said.', 'in custody', 'police'],
    ['“The water came in through the floor,” residents said.', 'through the floor', 'residents'],
    ['“Talks have broken down,” union officials said on Wednesday.', 'broken down', 'union officials'],
    [
      '“The ministry is reviewing the figures,” the Ministry of Finance said in a statement.',
      'reviewing the figures',
      'Ministry of Finance',
    ],
    [
      'Dalton Water Co. said on Monday that supply was restored. “Customers can drink tap water again,” the company said.',
      'drink tap water',
      'Dalton Water Co.|Dalton Water Co',
    ],
    [
      'The Transport Workers Union called a second strike.\n\n“We will not be intimidated,” the union said in a statement on Tuesday.',
      'not be intimidated',
      'Transport Workers Union',
    ],
    [
      '“Turnout was higher than expected,” the Electoral Commission said.',
      'higher than expected',
      'Electoral Commission',
    ],
    ['“Stay safe, everyone,” the city council posted on X.', 'Stay safe', 'city council'],
    ['“We are heartbroken,” the family said in a statement released by police.', 'heartbroken', 'family'],
    ['“No one should be on the roads tonight,” state police said.', 'on the roads tonight', 'state police'],
    ['“Leave now,” officers told residents of Bay Road.', 'Leave now', 'officers'],
    ['“Our stores will stay open,” the retailer Brightmart said in a filing.', 'stores will stay open', 'Brightmart'],
    [
      'The Ministry of Defence said the drills would end on Friday. “No live fire is planned,” the ministry said.',
      'No live fire',
      'Ministry of Defence',
    ],
  ],
  // according to X, “…” / X told reporters / X wrote on X
  'according to, told, wrote': [
    ['According to Governor Ellen Shaw, “the worst is behind us.”', 'worst is behind us', 'Ellen Shaw'],
    [
      'The shelter is “full to the doors,” according to Red Cross coordinator Nadia Haddad.',
      'full to the doors',
      'Nadia Haddad',
    ],
    ['Senator Paul Mercer told reporters the bill was “dead on arrival.”', 'dead on arrival', 'Paul Mercer'],
    [
      'Mayor Ines Carvalho wrote on X: “Schools will stay closed on Monday.”',
      'Schools will stay closed',
      'Ines Carvalho',
    ],
    [
      '“Schools will stay closed on Monday,” Mayor Ines Carvalho wrote on X.',
      'Schools will stay closed',
      'Ines Carvalho',
    ],
    [
      'The opposition leader, Kofi Mensah, posted on Facebook: “The count must be redone.”',
      'count must be redone',
      'Kofi Mensah',
    ],
    [
      'Economy Minister Lars Holm told parliament on Tuesday that the deficit was “under control.”',
      'under control',
      'Lars Holm',
    ],
    ['In a post on Instagram, singer Dana Belle wrote: “Thank you for every prayer.”', 'every prayer', 'Dana Belle'],
  ],
  // a quotation split in two with the speaker between, and one that runs over paragraphs
  'split and running quotes': [
    [
      '“We were lucky,” said Olga Berg, a ferry captain. “The waves were higher than the deck.”',
      'higher than the deck',
      'Olga Berg',
    ],
    [
      'Seismologist Chidi Okafor studied the readings. “The first shock,” Okafor said, “lasted almost a minute.”',
      'lasted almost a minute',
      'Chidi Okafor',
    ],
    [
      'Seismologist Chidi Okafor studied the readings. “The first shock,” Okafor said, “lasted almost a minute.”',
      'The first shock',
      'Chidi Okafor',
    ],
    [
      '“If the rain keeps up,” warned hydrologist Lena Vogt, “the river will crest on Friday.”',
      'river will crest',
      'Lena Vogt',
    ],
    [
      '“If the rain keeps up,” warned hydrologist Lena Vogt, “the river will crest on Friday.”',
      'If the rain keeps up',
      'Lena Vogt',
    ],
    [
      'Captain Rui Costa described the rescue.\n\n“We saw lights in the water.\n\n“Then we heard them shouting,” he said.',
      'saw lights in the water',
      'Rui Costa',
    ],
    [
      '“The first bus left at six,” said driver Anna Weiss.\n\n“The second never arrived.',
      'second never arrived',
      'Anna Weiss',
    ],
    [
      'Ivo Ban and Luka Dor spoke after the game. “It is a sad day,” said Ban. “We go on,” Dor added.',
      'We go on',
      'Luka Dor',
    ],
    [
      'Ivo Ban and Luka Dor spoke after the game. “It is a sad day,” said Ban. “We go on,” Dor added.',
      'sad day',
      'Ivo Ban',
    ],
  ],
  // the speaker named in the sentence or paragraph before, with no cue of the quote's own
  'speaker named before': [
    ['Governor Maya Linden was blunt. “The levees failed.”', 'levees failed', 'Maya Linden'],
    ['Coach Dimitri Papas did not hide his anger. “That was a disgrace.”', 'was a disgrace', 'Dimitri Papas'],
    [
      'Ruth Abara spoke for the families.\n\n“We buried four children this week. We will not bury more.',
      'buried four children',
      'Ruth Abara',
    ],
    [
      'The strike leader, Pedro Alves, had a message for the company. “Pay us or lose the season.”',
      'Pay us',
      'Pedro Alves',
    ],
    // entities/person/role-phrase-appositive: a role of several words in apposition names a person.
    [
      'Dr Ruth Abara said 30 patients were treated. “It was a long night,” she said.\n\nThe Secretary for Transport ' +
        'and Works, Kwesi Addo, visited the site on Tuesday.\n\n“Someone will answer for this,” he said.',
      'Someone will answer',
      'Kwesi Addo',
    ],
    [
      'Mayor Tom Reyes said the river had crested. “We were lucky,” he said.\n\nThe Minister for Housing and ' +
        'Planning, Ilse Varga, toured the camps. “Nobody sleeps in a tent this winter,” she said.',
      'Nobody sleeps',
      'Ilse Varga',
    ],
    [
      'The head of the port authority, Dariusz Wnuk, spoke after the fire. “The cranes are gone,” he said.',
      'cranes are gone',
      'Dariusz Wnuk',
    ],
  ],
  // partial quotes inside reported speech
  'partial quotes': [
    [
      'The mayor, Ben Osei, said the city was “ready for the worst” but hoping for the best.',
      'ready for the worst',
      'Ben Osei',
    ],
    ['Analyst Mei Tanaka described the sell-off as “a panic, plain and simple.”', 'a panic', 'Mei Tanaka'],
    [
      'Councillor Ana Reyes voted against the plan. Reyes said she had been “shocked” by the decision.',
      'shocked',
      'Ana Reyes',
    ],
    [
      'The National Hurricane Center issued a warning. The agency warned of “life-threatening” surges along the coast.',
      'life-threatening',
      'National Hurricane Center',
    ],
    ['Union chief Gerry Walsh called the offer “an insult to every driver.”', 'an insult', 'Gerry Walsh'],
    // short quotes whose owner is near are speech, not scare quotes
    ['Mayor Ann Cole said the plan would fail. The “reforms” cost the town 2 million.', 'reforms', 'Ann Cole'],
    ['President Ana Morales warned of a “red line” on Monday.', 'red line', 'Ana Morales'],
    ['The mayor, Ben Osei, wants a “fair deal” for the town.', 'fair deal', 'Ben Osei'],
    ['Governor Ruth Kane was angry. She blamed the “reckless” drivers.', 'reckless', 'Ruth Kane'],
  ],
  // the subject who accuses or blames, not the ones blamed (quotes/accuser)
  accuser: [
    [
      'In a statement on Friday, the Greek and Turkish coast guards accused smugglers of running “death boats” across the strait.',
      'death boats',
      'Greek and Turkish coast guards',
    ],
    ['The ministry accused the rebels of “war crimes” in the north.', 'war crimes', 'ministry'],
    ['Farm groups accused U.S. buyers of “dumping” grain on the market.', 'dumping', 'Farm groups'],
    ['Residents blamed the council for “years of neglect” after the flood.', 'years of neglect', 'Residents'],
    ['Health Minister Ana Lobo accused the rebels of “war crimes” in the north.', 'war crimes', 'Ana Lobo'],
  ],
  // interviews, statements, letters and posts
  'interviews and statements': [
    ['“We will appeal,” Lena Roe told the BBC’s Today programme.', 'We will appeal', 'Lena Roe'],
    [
      '“The roads are impassable,” Omar Said Khan said in an interview with CNN.',
      'roads are impassable',
      'Omar Said Khan',
    ],
    ['“Nobody is above the rules,” the spokeswoman, who declined to be named, said.', 'above the rules', 'spokeswoman'],
    [
      '“The ceasefire will not hold,” a government official told AFP on condition of anonymity.',
      'ceasefire will not hold',
      'government official|official',
    ],
    ['“We are out of tents,” said one aid worker, who asked not to be named.', 'out of tents', 'aid worker|worker'],
    ['“Our thoughts are with the families,” read a statement from the Red Cross.', 'thoughts are with', 'Red Cross'],
    ['A statement from the Red Cross read: “Our thoughts are with the families.”', 'thoughts are with', 'Red Cross'],
    ['“Back at work,” Lena Roe posted on Instagram alongside a photo of her desk.', 'Back at work', 'Lena Roe'],
    ['For Lena Roe, the answer is simple: “We move inland.”', 'We move inland', 'Lena Roe'],
    ['“I have seen nothing like it,” Tomas Varga, 45, said.', 'seen nothing like it', 'Tomas Varga'],
    ['Asked about the defeat, coach Bill Harte said: “We were not good enough.”', 'not good enough', 'Bill Harte'],
    ['Speaking on BBC Radio 4, Ms Lena Roe said: “The schools must reopen.”', 'schools must reopen', 'Lena Roe'],
    ['“The river is still rising” Mayor Jon Tate said on Sunday.', 'river is still rising', 'Jon Tate'],
    ['Lena Roe says the flooding was “biblical” in scale.', 'biblical', 'Lena Roe'],
    ['The family’s lawyer, Sam Ward, said: “They want answers.”', 'They want answers', 'Sam Ward'],
    ['Lena Roe told The Guardian that the plan was “unworkable.”', 'unworkable', 'Lena Roe'],
    [
      'Police chief Ana Cole said at a news conference that the suspect was “armed and dangerous.”',
      'armed and dangerous',
      'Ana Cole',
    ],
    ['“Pay will rise in May,” chief executive Ruth Lyle wrote in a letter to staff.', 'Pay will rise', 'Ruth Lyle'],
    ['In a letter to staff, chief executive Ruth Lyle wrote: “Pay will rise in May.”', 'Pay will rise', 'Ruth Lyle'],
    [
      '“She was the heart of this town,” Lena Roe said of Mary Hope, who died in 2019.',
      'heart of this town',
      'Lena Roe',
    ],
    ['Lena Roe, speaking from her hospital bed, said: “I was lucky.”', 'I was lucky', 'Lena Roe'],
    [
      '“We have lost our home,” Lena Roe said. Asked what comes next, she replied: “We start again.”',
      'We start again',
      'Lena Roe',
    ],
    ['“The dam will hold,” engineer Tom Ash said, adding: “We checked it twice.”', 'checked it twice', 'Tom Ash'],
  ],
  // tabloid and local styles: descriptors before the name
  'tabloid descriptors': [
    ['Heartbroken mum Lisa Grey, 32, said: “He was my world.”', 'my world', 'Lisa Grey'],
    ['Devastated dad-of-two Mark Fenn told the Mirror: “We have nothing left.”', 'nothing left', 'Mark Fenn'],
    [
      'A source close to the singer said: “She is resting at home.”',
      'resting at home',
      'source close to the singer|source',
    ],
    [
      'A Downing Street spokesman said: “The plan is on track.”',
      'plan is on track',
      'Downing Street|Downing Street spokesman|spokesman',
    ],
    [
      'A spokesperson for Thames Water said: “Supplies are back to normal.”',
      'back to normal',
      'Thames Water|spokesperson for Thames Water|spokesperson',
    ],
    ['Local councillor Jim Bright said: “The bridge must be rebuilt.”', 'bridge must be rebuilt', 'Jim Bright'],
    [
      'Pensioner Edna Marsh, 88, who has lived on the street for 60 years, said: “I am not leaving.”',
      'not leaving',
      'Edna Marsh',
    ],
  ],
  // a conversation: turns between two named people, pronouns and organisations that speak as "it"
  'turns and it': [
    [
      'Nurse Ada Obi met farmer Paul Kent at the clinic.\n\n“How long has the fever lasted?” Obi asked.\n\n“Three days,” Kent said.',
      'Three days',
      'Paul Kent',
    ],
    [
      'Nurse Ada Obi met farmer Paul Kent at the clinic.\n\n“How long has the fever lasted?” Obi asked.\n\n“Three days,” Kent said.',
      'How long has the fever',
      'Ada Obi',
    ],
    [
      'The Ministry of Health confirmed four new cases. “Contact tracing is under way,” it said in a statement.',
      'Contact tracing',
      'Ministry of Health',
    ],
    [
      'Northwind Airlines cancelled 200 flights. “Safety comes first,” it said.',
      'Safety comes first',
      'Northwind Airlines',
    ],
    [
      'Residents Joe Finn and Carla Ruiz watched the water rise.\n\n“We never thought it would reach us,” Finn said. “It did,” Ruiz said.',
      'It did',
      'Carla Ruiz',
    ],
    [
      'Senator Ida Marsh and Governor Paul Dane met on Monday. Marsh called the talks useful. “We agreed on the dams,” she said.',
      'agreed on the dams',
      'Ida Marsh',
    ],
    [
      'Senator Ida Marsh and Governor Paul Dane met on Monday. Marsh called the talks useful. Dane disagreed. “Nothing was agreed,” he said.',
      'Nothing was agreed',
      'Paul Dane',
    ],
    [
      'Firefighters battled the blaze for six hours. “It was like an oven in there,” they said.',
      'like an oven',
      'Firefighters',
    ],
  ],
  // British broadcaster and agency styles
  'British styles': [
    [
      'Lena Roe lost her cafe to the flood. “We are devastated,” Ms Roe told BBC Breakfast.',
      'We are devastated',
      'Lena Roe',
    ],
    [
      'Hawker Ben Tan has sold noodles for 30 years. Mr Tan, 61, said: “Business is down by half.”',
      'down by half',
      'Ben Tan',
    ],
    ['Writing on Facebook, Lena Roe said: “Thank you all.”', 'Thank you all', 'Lena Roe'],
    ['Farmer Ian Bell lost 40 sheep. “It was heartbreaking,” he told the PA news agency.', 'heartbreaking', 'Ian Bell'],
    ['The Met Office said: “Heavy rain will continue.”', 'Heavy rain', 'Met Office'],
    [
      '“Heavy rain will continue,” a Met Office spokesman said.',
      'Heavy rain',
      'Met Office|Met Office spokesman|spokesman',
    ],
    ['Chief Constable Sarah Lowe said officers were “appalled”.', 'appalled', 'Sarah Lowe'],
    ['“We’ll be back,” vowed Sam Ortiz, 19.', 'be back', 'Sam Ortiz'],
    [
      'According to a statement from Harbor Power, “crews are working around the clock.”',
      'working around the clock',
      'Harbor Power',
    ],
  ],
  // quotations in a headline
  // a quotation that fills a subhead line takes the speaker of the same words quoted in the text
  subheads: [
    [
      'The council voted on Monday.\n\n“A betrayal of renters”\n\nTenant leader Rosa Mendez called the vote “a betrayal of renters” ' +
        'and promised a rent strike.',
      'A betrayal of renters',
      'Rosa Mendez',
    ],
    [
      'Forecaster Ian Moss warned of snow.\n\n“Worse than 2010”\n\nThe airport closed at noon. Airline chief Dana Holt said the ' +
        'storm could be “worse than 2010” for travellers.',
      'Worse than 2010',
      'Dana Holt',
    ],
    [
      'Mayor Ken Ito said the pier was safe.\n\n“A warning ignored”\n\nEngineers had flagged cracks in 2019.',
      'A warning ignored',
      '',
    ],
  ],
  // “…,” said Rep. X (D-LA): an abbreviated title and a bracket (party, state, "pictured") after the name
  'abbreviated title and bracket after the cue': [
    ['“The levee will hold,” said Rep. Dana Whitfield (D-LA).', 'levee will hold', 'Dana Whitfield'],
    [
      'Critics in the ruling party pushed back. “Every flood study in 40 years called for a bigger levee,” said Rep. Dana Whitfield (D-LA), ranking member of the House water panel, during a hearing last week.',
      'bigger levee',
      'Dana Whitfield',
    ],
    [
      '“The strike is illegal,” said Sen. Omar Reyes (R-Texas), who chairs the labor panel.',
      'strike is illegal',
      'Omar Reyes',
    ],
    ['“We need more pumps,” said Gov. Ana Kovac (D) of Louisiana.', 'more pumps', 'Ana Kovac'],
    ['“The troops are ready,” said Lt. Gen. Tom Hale (ret.), a former commander.', 'troops are ready', 'Tom Hale'],
    ['“The vaccine is safe,” says Dr. Priya Nair (MD), an epidemiologist.', 'vaccine is safe', 'Priya Nair'],
    ['“The wells are dry,” said Prof. Ivan Petrov (left) of Nordbank University.', 'wells are dry', 'Ivan Petrov'],
    ['“The plan failed,” said Sen. Omar Reyes (R-Texas). “We must start over,” he added.', 'start over', 'Omar Reyes'],
    // the one told is not the speaker; a name before the cue keeps its own rule
    ['“Leave now,” police told Sen. Omar Reyes (R-Texas).', 'Leave now', 'police'],
    ['“Stay inside,” Sgt. Omar Reyes (ret.) told residents.', 'Stay inside', 'Omar Reyes'],
  ],
  // attributions/spokesperson-for, attributions/spokesperson-org: an unnamed spokesperson speaks for the body
  'unnamed spokesperson for a body': [
    [
      'The Harlow Port Authority closed the quay on Monday. “We had no choice,” a spokesman said.',
      'We had no choice',
      'Harlow Port Authority',
    ],
    [
      '“The trains will run by Friday,” said a spokeswoman for the Ostvale Rail Company.',
      'trains will run',
      'Ostvale Rail Company',
    ],
    [
      'Ostvale Rail Company cancelled 40 trains.\n\n“Safety comes first,” a spokesperson told reporters.',
      'Safety comes first',
      'Ostvale Rail Company',
    ],
    // no body near: the role as said
    ['Mayor Ruth Calder spoke first. “We had no choice,” a spokesman said.', 'We had no choice', 'spokesman'],
    ['“We had no choice,” a spokeswoman said.', 'We had no choice', 'spokeswoman'],
  ],
  // “…,” it said / “…,” they said: the organisation named last before the quotation, never a person
  'it and they after the closing mark': [
    [
      'The Harbour Safety Authority denied any fault.\n\n“We followed every rule,” it said.',
      'followed every rule',
      'Harbour Safety Authority',
    ],
    [
      'Vela Airlines cancelled 40 flights on Monday.\n\n“Safety comes first,” it added in a statement.',
      'Safety comes first',
      'Vela Airlines',
    ],
    [
      'Northgate Rail have twice denied cutting services.\n\n“No route has been closed,” they said in a statement.',
      'No route has been closed',
      'Northgate Rail',
    ],
    [
      'The firm that runs the port, Delta Ports Ltd, denies that a deal was signed.\n\n“Any deal must be agreed with the unions,” they said.',
      'agreed with the unions',
      'Delta Ports|Delta Ports Ltd',
    ],
    [
      'Mayor Tom Hale praised the crews. The Regional Water Board disagreed.\n\n“The levees were never inspected,” it said on Tuesday.',
      'never inspected',
      'Regional Water Board',
    ],
    [
      'The Red Shield Society sent 12 trucks to the valley.\n\n“We reached every village by noon,” it wrote on its website.',
      'every village by noon',
      'Red Shield Society',
    ],
    [
      'The Ministry of Health said 40 clinics had reopened, and Dr. Lena Brook welcomed the news.\n\n“Every clinic has power again,” it said.',
      'power again',
      'Ministry of Health',
    ],
    [
      'The International Rowing Federation suspended the race. “The water is not safe,” it said.',
      'water is not safe',
      'International Rowing Federation',
    ],
    // a person who speaks after the closing mark keeps the person, and a singular "they" named first is that person
    [
      'Rin Osaki, a spokesperson for Vela Airlines, confirmed the cuts.\n\n“We review every route,” they said in an email.',
      'review every route',
      'Rin Osaki',
    ],
    [
      'Tom Hale and Ana Kovac left Northgate Rail in May.\n\n“We were never consulted,” they said.',
      'never consulted',
      'Tom Hale|Ana Kovac|Tom Hale and Ana Kovac',
    ],
    [
      'The Ministry of Health said 40 clinics had reopened. Dr. Lena Brook, who runs one of them, welcomed the news.\n\n“We can finally vaccinate again,” she said.',
      'finally vaccinate',
      'Lena Brook',
    ],
    [
      'The mayor, Tom Hale, visited the Harbour Authority on Friday.\n\n“It was a useful meeting,” he said.',
      'useful meeting',
      'Tom Hale',
    ],
    ['“It said nothing for hours,” Tom Hale told the Vela Water Board.', 'nothing for hours', 'Tom Hale'],
  ],
  // an unnamed person or a crowd that speaks with a livelier verb
  'unnamed and crowd speakers': [
    // …/pronoun-unnamed-subject: an unnamed person who spoke after the last one named is who "he"/"she" continues
    [
      'Mayor Ruth Calder denied the claim. A lawyer for a group of 30 tenants said they would sue the council. “We will prove it,” he said.',
      'We will prove it',
      'lawyer for a group of 30 tenants|a lawyer',
    ],
    [
      'Governor Tom Hale opened the bridge on Monday.\n\nA nurse at the Harlow clinic said the wards were full. “We sleep in shifts,” she said.',
      'We sleep in shifts',
      'nurse at the Harlow clinic|a nurse',
    ],
    // a person named after the unnamed one is the one continued
    [
      'A lawyer for the tenants said they would sue. Mayor Ruth Calder disagreed. “The council acted lawfully,” she said.',
      'acted lawfully',
      'Ruth Calder',
    ],
    ['The ferry was cancelled again.\n\n“Third time this week,” one passenger quipped.', 'Third time', 'passenger'],
    ['Fares rose again.\n\n“Nobody can afford this,” a commuter tweeted.', 'Nobody can afford', 'commuter'],
    [
      'Governor Ann Lowe spoke inside. While some farmers chanted, “Save our land,” police closed the square.',
      'Save our land',
      'some farmers',
    ],
    [
      'The airline cancelled 40 flights. As the manager spoke, dozens of passengers chanted, “Refund us now,” at the gate.',
      'Refund us now',
      'dozens of passengers',
    ],
    ['The funeral drew the whole village.\n\n“She fed half the street,” one mourner said.', 'fed half', 'mourner'],
    [
      'Mayor Ann Lowe opened the shelter on Friday. We spoke to a retired nurse from Dunmore who asked not to be named.\n\n“Nobody here has slept for two nights,” she said.',
      'Nobody here has slept',
      'a retired nurse from Dunmore',
    ],
    [
      'Chief Omar Reyes said the mine was sealed. A young miner, who spoke on condition of anonymity, disagreed. “They sent us back down too soon,” he said.',
      'sent us back down',
      'A young miner',
    ],
    [
      'A nurse who asked not to be named said the ward was full. Later, Dr Paul Obi, the director, spoke. “We have beds,” he said.',
      'We have beds',
      'Paul Obi',
    ],
  ],
  // the last person named is the subject, not a person named as an object ("along with X", "met X") or inside
  // what is said ("say Mayor Lane should …")
  'last named subject': [
    [
      'Union leader Kim Ode spoke on Monday.\n\nThe union leader went so far as to say Mayor Rob Lane should “resign at once.”',
      'resign at once',
      'Kim Ode',
    ],
    [
      'Coach Ed Marr lost his temper on Saturday. He even suggested that referee Tom Hale should “never work again.”',
      'never work again',
      'Ed Marr',
    ],
    [
      'Mayor Dana Cruz took office on Monday along with Deputy Mayor Leo Park.\n\nThe speech called for a “new civic pride” ' +
        'in the city.',
      'new civic pride',
      'Dana Cruz',
    ],
  ],
  // entities/person/role-head-appositive: "A spokesman for X, Name," / "the clinic's chief doctor, Name,": the
  // apposed name is a person, so a later "he"/"she" continues it, not a person named before (negatives: an earlier
  // subject or the role holder named first keeps the pronoun)
  'pronoun after an apposed role': [
    [
      'The flood crest passed Elmira overnight, Governor Dana Price said. A spokesman for the river authority, Tom Briggs, blamed the broken levee. He said “the water came faster than any model predicted.”',
      'water came faster',
      'Tom Briggs',
    ],
    [
      'Mayor Ruth Calder ordered the evacuation. The regional fire marshal, Lena Ortiz, said crews were stretched thin. “We have nobody left to send,” she said.',
      'nobody left',
      'Lena Ortiz',
    ],
    [
      "Senator Paul Reyes toured the camp on Monday. The camp's director, Miguel Santos, said supplies would last a week. “After that we are on our own,” he said.",
      'on our own',
      'Miguel Santos',
    ],
    [
      'Chief Executive Karen Wu announced the layoffs. A union representative, Omar Haddad, called the cuts unlawful. “We will see them in court,” he said.',
      'see them in court',
      'Omar Haddad',
    ],
    [
      "Health Minister Eva Lindqvist declared an outbreak. The hospital's chief doctor, Jonas Berg, said beds were full. “We are turning people away,” he added.",
      'turning people away',
      'Jonas Berg',
    ],
    [
      "President Alain Moreau spoke first. The election commission's chairwoman, Aisha Bello, rejected the fraud claims. “Every ballot was counted twice,” she said.",
      'counted twice',
      'Aisha Bello',
    ],
    [
      'Commissioner Frank Doyle opened the inquiry. A lawyer for the families, Grace Kim, said the warnings were ignored. “They knew for months,” she told reporters.',
      'knew for months',
      'Grace Kim',
    ],
    [
      "Governor Mark Ellis praised the crews. The county's emergency manager, Rosa Delgado, disagreed. “We were not ready,” she said.",
      'not ready',
      'Rosa Delgado',
    ],
    [
      'Mayor Ruth Calder spoke at noon. A spokesman for the port, Ivan Kos, said ships were waiting. “It could take days,” he said.',
      'take days',
      'Ivan Kos',
    ],
    [
      'Mayor Ruth Calder spoke at noon. Ivan Kos, a spokesman for the port, said ships were waiting. “It could take days,” he said.',
      'take days',
      'Ivan Kos',
    ],
    [
      'The regional fire marshal, Lena Ortiz, met Governor Tom Hale on Monday. “We need more planes,” she said.',
      'more planes',
      'Lena Ortiz',
    ],
    [
      'Governor Tom Hale met the regional fire marshal, Lena Ortiz, on Monday. “We need more planes,” he said.',
      'more planes',
      'Tom Hale',
    ],
    [
      'Farmers blocked the motorway with tractors. The agriculture minister, Paul Dunn, said talks would resume. “I hear their anger,” he said.',
      'hear their anger',
      'Paul Dunn',
    ],
    [
      'A spokeswoman for the rail operator, Hana Berg, apologised for the delays. She said “the signals failed in the heat.”',
      'signals failed',
      'Hana Berg',
    ],
    [
      "Governor Tom Hale declared a drought emergency. The state's water commissioner, Lena Ortiz, said reservoirs were at 20%. “We are rationing now,” she said.",
      'rationing now',
      'Lena Ortiz',
    ],
    [
      "Fire Chief Ana Ruiz briefed reporters. The district's chief engineer, Marco Bell, said the dam held. “It was close,” he said.",
      'It was close',
      'Marco Bell',
    ],
    [
      'President Alain Moreau spoke first. A lawyer for the miners, Ruth Calder, said the deal was unfair. “They were cheated,” she said.',
      'were cheated',
      'Ruth Calder',
    ],
    [
      "Senator Paul Reyes visited the ward. The clinic's head nurse, Rosa Delgado, said beds ran out on Monday. “We turned people away,” she added.",
      'turned people away',
      'Rosa Delgado',
    ],
    [
      'Mayor Ruth Calder called the meeting. Marshal of the county fire district, Ivan Kos, said crews were exhausted. “We need planes,” he said.',
      'need planes',
      'Ivan Kos',
    ],
    [
      "Minister Grace Kim met the union's chief negotiator, Omar Haddad, on Tuesday. “The talks went well,” she said.",
      'talks went well',
      'Grace Kim',
    ],
    [
      'Mayor Ruth Calder spoke at noon. Ivan Kos, a spokesman for the port, said ships were waiting. “It could take days,” he said.',
      'take days',
      'Ivan Kos',
    ],
  ],
  // attributions/…/pronoun-they-subject, -previous: lay people opening a sentence ("Workers at the mill walked out")
  // are who "they" are (negative: a name after the cue speaks)
  'they after lay people': [
    ['Farmers unions met the minister on Monday. “We want a fair price,” they said.', 'fair price', 'Farmers unions'],
    [
      'Workers at the Dalton steel plant walked out on Monday over unpaid wages. “We have not been paid since March,” they said.',
      'not been paid',
      'Workers',
    ],
    ['Nurses at Kingsway Hospital protested outside the ward. “We are exhausted,” they said.', 'exhausted', 'Nurses'],
    [
      'Residents of the flooded valley gathered at the school gym. “Nobody told us the dam was weak,” they said.',
      'dam was weak',
      'Residents',
    ],
    [
      'Farmers in the delta say the drought has wiped out their crops. “There is nothing left to harvest,” they told reporters.',
      'nothing left',
      'Farmers in the delta|Farmers',
    ],
    [
      'Mayor Tom Hale spoke at noon. Firefighters from three counties battled the blaze overnight. “The wind kept turning,” they said.',
      'wind kept turning',
      'Firefighters',
    ],
    [
      'Workers repaired the burst main overnight. “The water is safe to drink,” said Mayor Ana Ruiz.',
      'safe to drink',
      'Ana Ruiz',
    ],
    [
      'Volunteers at the shelter handed out blankets. “We ran out by midnight,” they said.',
      'ran out by midnight',
      'Volunteers',
    ],
    [
      'Teachers in the district voted to strike on Friday. “Class sizes are out of control,” they said.',
      'Class sizes',
      'Teachers',
    ],
    [
      'Passengers stranded at the airport slept on the floor. “No one told us anything,” they told reporters.',
      'No one told us',
      'Passengers',
    ],
    ['Voters in the northern province queued for hours. “We want change,” they said.', 'We want change', 'Voters'],
    [
      'Protesters outside parliament burned tyres. Police Chief Omar Haddad said the crowd was peaceful. “They have the right to march,” he said.',
      'right to march',
      'Omar Haddad',
    ],
    ['Students at Lakeside College walked out of class. “Our rent doubled,” they said.', 'rent doubled', 'Students'],
  ],
  // entities/person/given-gender before attributions/gender-pronoun: a known given name outweighs the next pronoun,
  // which may be about someone else (negatives: a name the list does not know takes its pronoun)
  'gender of the pronoun': [
    [
      'Minister Paul Grant faced questions on Tuesday. Nadia Perez pressed the minister on why he had delayed the flood order. “I acted on advice,” he said.',
      'acted on advice',
      'Paul Grant',
    ],
    [
      'Governor Omar Haddad toured the burned hills. Laura Chen asked the governor whether he would call in the army. “Not yet,” he said.',
      'Not yet',
      'Omar Haddad',
    ],
    [
      'Coach Ivan Petrov arrived late. Maria Soto asked the coach if he was worried about the strike. “We will play,” he said.',
      'We will play',
      'Ivan Petrov',
    ],
    [
      'Senator Grace Obi chaired the hearing. Tom Reyes told the panel that she had cut the budget. “We had no choice,” she said.',
      'no choice',
      'Grace Obi',
    ],
    [
      'Mayor Karen Wu met the union. Paul Dunn said the mayor, whom she had called twice, was listening. “I hear them,” she said.',
      'I hear them',
      'Karen Wu',
    ],
    [
      'Chief Rosa Delgado briefed reporters. Ivan Kos explained the evacuation map she had drawn. “Leave now,” she said.',
      'Leave now',
      'Rosa Delgado',
    ],
    [
      'The epidemic reached the capital. Dr. Tom Hale said the ward was full and her staff, led by Nurse Anna Berg, were exhausted. “We need help,” he said.',
      'We need help',
      'Tom Hale',
    ],
    [
      'President Paul Moreau lost the vote. Emily Stone wrote that he had misjudged the mood. “I accept the result,” he said.',
      'accept the result',
      'Paul Moreau',
    ],
    [
      'Robin Hart, the fire chief, spoke first. She said the crews were tired. “We need rest,” she said.',
      'need rest',
      'Robin Hart',
    ],
    [
      'Sam Ortiz led the rescue and his team found 12 people. “It was a long night,” he said.',
      'long night',
      'Sam Ortiz',
    ],
    ['Mayor Diane Cole spoke after the flood. “We will rebuild,” she said.', 'will rebuild', 'Diane Cole'],
    ['Ms. Jordan Lee said the vote was fair. “Every ballot counted,” she said.', 'Every ballot', 'Jordan Lee'],
    [
      'Robin Hart, the fire chief, met Governor Tom Hale. Hart said her crews were tired. “We need rest,” she said.',
      'need rest',
      'Robin Hart',
    ],
    [
      'Senator Alex Moreno spoke first, then Paul Grant. Mrs. Moreno said the bill would pass. “We have the votes,” she said.',
      'have the votes',
      'Alex Moreno',
    ],
  ],
  // attributions/inverted-role-name: "…,” said Harbor's operations head, Lina Moss.": a role no rule resolves still
  // hands over to the apposed name (negative: no name after the role)
  // A place or body named before a role word and a name: the place is no person; the pronoun takes the name.
  'place before a role and a name': [
    [
      'Tallow Creek village chief Marta Oduya said nine homes had flooded. “The water came in an hour,” she said.',
      'water came in',
      'Marta Oduya',
    ],
    [
      'Port Eland harbour master Kofi Mensah said two trawlers sank. “We warned them at dawn,” he said.',
      'warned them at dawn',
      'Kofi Mensah',
    ],
    [
      'San Lucio barangay captain Noel Abrera said 12 residents were missing. “Most went back for their goats,” he said.',
      'went back for their goats',
      'Noel Abrera',
    ],
    [
      'Greyford parish council chair Helen Marsh said the hall would open. “Bring blankets if you can,” she said.',
      'Bring blankets',
      'Helen Marsh',
    ],
    [
      'Red Hollow fire captain Luis Ortega said the blaze was out. “It burned for six hours,” he said.',
      'burned for six hours',
      'Luis Ortega',
    ],
  ],
  // A statement sent or given to an outlet: the outlet carries it; "it" is the body that made it.
  'it after a statement sent to an outlet': [
    [
      'Fjordline Shipping was fined on Monday. The company, which had put the loss at 300 tonnes, said it would appeal. In a statement sent to Channel Nine, it called the ruling “hasty and wrong.”',
      'hasty and wrong',
      'Fjordline Shipping',
    ],
    [
      'Halden Mining denied the report. In a statement given to the Evening Courier, it called the claims “baseless.”',
      'baseless',
      'Halden Mining',
    ],
    // the pronoun may open its sentence in capitals: "It called …", "They described … as …"
    [
      'Korvath Mining lost its appeal on Monday. It called the ruling “unjust and rushed.”',
      'unjust and rushed',
      'Korvath Mining',
    ],
    [
      'Sellby Rail have rejected the inspectors’ findings. They described the report as “deeply flawed.”',
      'deeply flawed',
      'Sellby Rail',
    ],
    [
      'The Tarn Valley Water Board met on Friday.\n\nIt branded the drought plan “a shambles.”',
      'a shambles',
      'Tarn Valley Water Board',
    ],
    // a person named first keeps the singular "they"; "It" naming no quotation is no cue
    [
      'Rin Osaki, who speaks for Vela Airlines, read the ruling aloud. They called it “a setback for everyone.”',
      'a setback for everyone',
      'Rin Osaki|',
    ],
    [
      'Mayor Ruth Calder toured the harbour. It was, she said, “the worst flood in living memory.”',
      'worst flood in living memory',
      'Ruth Calder',
    ],
  ],
  'name apposed to a role after the cue': [
    // past a possessive ("its", "their") the role still hands over to the name
    [
      'Ostvale Rail stood by its own count. “Our count is right,” said its chief executive, Lena Varga.',
      'Our count is right',
      'Lena Varga',
    ],
    [
      'The Harlow Dock Union rejected the offer. “We will not sign,” said their lead negotiator, Omar Haddad.',
      'We will not sign',
      'Omar Haddad',
    ],
    // with no name after the role, the body the possessive stands for keeps the quotation
    [
      'Ostvale Rail stood by its own count. “Our count is right,” said its chief executive.',
      'Our count is right',
      'Ostvale Rail|chief executive',
    ],
    [
      "Mayor Ruth Calder called the meeting. “We ran out of ice,” said Harbor's operations head, Lina Moss.",
      'ran out of ice',
      'Lina Moss',
    ],
    [
      "Governor Tom Hale spoke first. “The levee will hold,” said Delta's flood coordinator, Marco Bell.",
      'levee will hold',
      'Marco Bell',
    ],
    [
      "Senator Paul Reyes toured the site. “Nobody was hurt,” said Kestrel's safety lead, Ana Ruiz.",
      'Nobody was hurt',
      'Ana Ruiz',
    ],
    [
      "The strike entered a third week. “We are not going back,” said Dalton's shop steward, Omar Haddad.",
      'not going back',
      'Omar Haddad',
    ],
    [
      "Minister Grace Kim opened the clinic. “The vaccine arrived on time,” said Lakeside's pharmacy manager, Ivan Kos.",
      'vaccine arrived',
      'Ivan Kos',
    ],
    [
      "President Alain Moreau conceded. “The count was clean,” said Norland's vote monitor, Hana Berg.",
      'count was clean',
      'Hana Berg',
    ],
    [
      "Chief Frank Doyle arrived late. “The fire jumped the road,” said Pinecrest's volunteer captain, Rosa Delgado.",
      'jumped the road',
      'Rosa Delgado',
    ],
    [
      "Mayor Karen Wu spoke. “Shares fell at the open,” said Westbrook's market strategist, Paul Dunn.",
      'Shares fell',
      'Paul Dunn',
    ],
    [
      "Mayor Karen Wu spoke at noon. “The bridge is closed,” said the city's transport office, adding that buses would run.",
      'bridge is closed',
      "Karen Wu|city's transport office|transport office",
    ],
  ],
  headlines: [
    [
      '“We are not done”: union leader Dana Brooks vows to keep striking\n\nDock workers walked out for a third day.',
      'We are not done',
      'Dana Brooks',
    ],
    ['Mayor Tim Fox: “The city is safe”\n\nThe city reopened its parks on Sunday.', 'The city is safe', 'Tim Fox'],
    [
      '‘We lost everything,’ says flood victim Joy Mbeki\n\nThe river burst its banks on Sunday.',
      'We lost everything',
      'Joy Mbeki',
    ],
  ],
};

/**
 * [text, the quoted words]: quotation marks that hold no speech — scare quotes around a word or a short noun
 * phrase, names of programmes, operations and campaigns, nicknames, titles. No quote may hold the words.
 */
export const notQuoteCases: Array<[text: string, phrase: string]> = [
  ['The “experts” who drew up the plan have never run a farm.', 'experts'],
  ['Police found the “safe house” empty on Friday.', 'safe house'],
  ['Voters in the “rust belt” turned out early.', 'rust belt'],
  ['The app’s “dark mode” drains less battery.', 'dark mode'],
  ['Shares in “Big Tech” firms slid on Monday.', 'Big Tech'],
  ['The government’s “Homes for All” programme has built 900 flats.', 'Homes for All'],
  ['Operation “Clean Sweep” led to 40 arrests in the port.', 'Clean Sweep'],
  ['The ship, nicknamed “the Iron Lady,” sank off the cape in 1972.', 'the Iron Lady'],
  ['A campaign called “Light the Way” raised money for the families.', 'Light the Way'],
  ['Fans of the TV show “Harbor Nights” gathered outside the studio.', 'Harbor Nights'],
  ['The “Back to Work” scheme was dropped after a year.', 'Back to Work'],
  ['Rescuers searched the so-called “red zone” for survivors.', 'red zone'],
  ['The “tiny homes” on the lot were built by volunteers.', 'tiny homes'],
  ['The storm brought a “wall of water” onto the coast road, flattening 12 homes.', 'wall of water'],
  ['The camp sits inside a 40-mile “buffer zone” along the border.', 'buffer zone'],
  ['Crowds in “Vote Leave” hats lined the route to the count.', 'Vote Leave'],
];

/**
 * [a, b, same]: two spellings of a person's name, and whether they name one person (transliterations,
 * middle initials and hyphens are the same person; another given name is not).
 */
export const spellingCases: Array<[a: string, b: string, same: boolean]> = [
  ['Volodymyr Zelensky', 'Volodymyr Zelenskyy', true],
  ['Zelenskiy', 'Zelensky', true],
  ['Ihor Klymenko', 'Ihor Klimenko', true],
  ['Sergei Volkov', 'Sergey Volkov', true],
  ['Dmitry Orlov', 'Dmitri Orlov', true],
  ['Alexei Sokolov', 'Aleksei Sokolov', true],
  ['Mykhailo Fedorov', 'Mikhailo Fedorov', true],
  ['Park Ji-hoon', 'Park Ji Hoon', true],
  ['John A. Doe', 'John Doe', true],
  ['Ana Ruiz', 'Ana Ruíz', true],
  ['Ana Ruiz', 'Ana Reyes', false],
  ['Sergei Volkov', 'Sergei Volkova', false],
  ['Dan Cole', 'Dana Cole', false],
];
