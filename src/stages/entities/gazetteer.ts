/**
 * The built-in gazetteer: countries (with demonyms and capitals used as
 * metonyms: "Seoul said"), international organisations, government agencies
 * and news agencies. Extend it with `ctx.config.gazetteer` entries.
 *
 * `aliases` match anywhere (case-sensitive, first letter may be lower-cased
 * at a sentence start). `weak` aliases ("the North", "spy agency") only
 * count in an article that also names the entity by a strong alias, since
 * on their own they are ambiguous. `descriptors` of an agency with a
 * `country` become strong when qualified by that country ("Seoul's spy
 * agency", "the South Korean intelligence service") and weak otherwise.
 */
import type { EntityType } from '../../article.js';

export interface GazetteerEntry {
  name: string;
  type: EntityType;
  aliases: string[];
  weak?: string[];
  /** For agencies: the country whose agency it is. */
  country?: string;
  /** Common-noun descriptions ("spy agency"), see above. */
  descriptors?: string[];
}

// name | demonyms | capitals (metonyms) | other aliases; after Gaza, the rest of the sovereign states A-Z
const COUNTRIES = `
North Korea|North Korean,North Koreans|Pyongyang|N. Korea,N Korea,NK,DPRK,D.P.R.K.,Democratic People's Republic of Korea
South Korea|South Korean,South Koreans|Seoul|S. Korea,S Korea,Republic of Korea,ROK
Russia|Russian,Russians|Moscow,the Kremlin,Kremlin|Russian Federation
Ukraine|Ukrainian,Ukrainians|Kyiv,Kiev|
United States|American,Americans|Washington|U.S.,US,USA,U.S.A.,United States of America,America
United Kingdom|British,Briton,Britons|London|U.K.,UK,Britain,Great Britain
China|Chinese|Beijing|People's Republic of China,PRC
Japan|Japanese|Tokyo|
Taiwan|Taiwanese|Taipei|
France|French|Paris|
Germany|German,Germans|Berlin|
Italy|Italian,Italians|Rome|
Spain|Spanish,Spaniards|Madrid|
Poland|Polish,Poles|Warsaw|
Belarus|Belarusian,Belarusians|Minsk|
Iran|Iranian,Iranians|Tehran|
Iraq|Iraqi,Iraqis|Baghdad|
Syria|Syrian,Syrians|Damascus|
Israel|Israeli,Israelis|Jerusalem|
Lebanon|Lebanese|Beirut|
Turkey|Turkish,Turks|Ankara|Turkiye,Türkiye
Egypt|Egyptian,Egyptians|Cairo|
Saudi Arabia|Saudi,Saudis|Riyadh|
India|Indian,Indians|New Delhi|
Pakistan|Pakistani,Pakistanis|Islamabad|
Afghanistan|Afghan,Afghans|Kabul|
Canada|Canadian,Canadians|Ottawa|
Mexico|Mexican,Mexicans|Mexico City|
Brazil|Brazilian,Brazilians|Brasilia,Brasília|
Argentina|Argentine,Argentinian,Argentines|Buenos Aires|
Venezuela|Venezuelan,Venezuelans|Caracas|
Colombia|Colombian,Colombians|Bogota,Bogotá|
Australia|Australian,Australians|Canberra|
Indonesia|Indonesian,Indonesians|Jakarta|
Philippines|Filipino,Filipinos,Philippine|Manila|
Vietnam|Vietnamese|Hanoi|Viet Nam
Thailand|Thai|Bangkok|
Myanmar|Myanmar|Naypyitaw|Burma
Nigeria|Nigerian,Nigerians|Abuja|
South Africa|South African,South Africans|Pretoria|
Ethiopia|Ethiopian,Ethiopians|Addis Ababa|
Kenya|Kenyan,Kenyans|Nairobi|
Sudan|Sudanese|Khartoum|
Yemen|Yemeni,Yemenis|Sanaa|
Qatar|Qatari|Doha|
Greece|Greek,Greeks|Athens|
Sweden|Swedish,Swedes|Stockholm|
Finland|Finnish,Finns|Helsinki|
Norway|Norwegian,Norwegians|Oslo|
Netherlands|Dutch|Amsterdam,The Hague|Holland
Belgium|Belgian,Belgians|Brussels|
Hungary|Hungarian,Hungarians|Budapest|
Georgia|Georgian,Georgians|Tbilisi|
Armenia|Armenian,Armenians|Yerevan|
Azerbaijan|Azerbaijani,Azerbaijanis|Baku|
Kazakhstan|Kazakh|Astana|
Cuba|Cuban,Cubans|Havana|
Haiti|Haitian,Haitians|Port-au-Prince|
Chile|Chilean,Chileans|Santiago|
Peru|Peruvian,Peruvians|Lima|
Ireland|Irish|Dublin|
Portugal|Portuguese|Lisbon|
Austria|Austrian,Austrians|Vienna|
Switzerland|Swiss|Bern|
Denmark|Danish,Danes|Copenhagen|
Romania|Romanian,Romanians|Bucharest|
Moldova|Moldovan,Moldovans|Chisinau|
Serbia|Serbian,Serbs|Belgrade|
Libya|Libyan,Libyans|Tripoli|
Morocco|Moroccan,Moroccans|Rabat|
Jordan|Jordanian,Jordanians||
Palestine|Palestinian,Palestinians|Ramallah|Palestinian territories
Gaza|Gazan,Gazans||Gaza Strip
Albania|Albanian,Albanians||
Algeria|Algerian,Algerians||
Andorra|Andorran,Andorrans||
Angola|Angolan,Angolans||
Antigua and Barbuda|Antiguan,Antiguans||
Bahamas|Bahamian,Bahamians||The Bahamas
Bahrain|Bahraini,Bahrainis||
Bangladesh|Bangladeshi,Bangladeshis||
Barbados|Barbadian,Barbadians||
Belize|Belizean,Belizeans||
Benin|Beninese||
Bhutan|Bhutanese||
Bolivia|Bolivian,Bolivians||
Bosnia and Herzegovina|Bosnian,Bosnians||Bosnia
Botswana|Botswanan||
Brunei|Bruneian,Bruneians||
Bulgaria|Bulgarian,Bulgarians||
Burkina Faso|Burkinabe||
Burundi|Burundian,Burundians||
Cabo Verde|Cape Verdean,Cape Verdeans||Cape Verde
Cambodia|Cambodian,Cambodians||
Cameroon|Cameroonian,Cameroonians||
Central African Republic|||
Chad|Chadian,Chadians||
Comoros|Comoran,Comorian||
Democratic Republic of the Congo|Congolese||DR Congo,DRC,Congo
Republic of the Congo|||Congo-Brazzaville
Costa Rica|Costa Rican,Costa Ricans||
Cote d'Ivoire|Ivorian,Ivorians||Côte d'Ivoire,Ivory Coast
Croatia|Croatian,Croatians,Croats||
Cyprus|Cypriot,Cypriots||
Czech Republic|Czech,Czechs||Czechia
Djibouti|Djiboutian||
Dominica|||
Dominican Republic|Dominican,Dominicans||
Ecuador|Ecuadorian,Ecuadorians||
El Salvador|Salvadoran,Salvadorans||
Equatorial Guinea|Equatorial Guinean||
Eritrea|Eritrean,Eritreans||
Estonia|Estonian,Estonians||
Eswatini|Swazi||Swaziland
Fiji|Fijian,Fijians||
Gabon|Gabonese||
Gambia|Gambian,Gambians||The Gambia
Ghana|Ghanaian,Ghanaians||
Grenada|Grenadian||
Guatemala|Guatemalan,Guatemalans||
Guinea|Guinean,Guineans||
Guinea-Bissau|Bissau-Guinean||
Guyana|Guyanese||
Honduras|Honduran,Hondurans||
Iceland|Icelandic,Icelanders||
Jamaica|Jamaican,Jamaicans||
Kiribati|||
Kosovo|Kosovar,Kosovars||
Kuwait|Kuwaiti,Kuwaitis||
Kyrgyzstan|Kyrgyz||
Laos|Laotian,Laotians||Lao PDR
Latvia|Latvian,Latvians||
Lesotho|||
Liberia|Liberian,Liberians||
Liechtenstein|||
Lithuania|Lithuanian,Lithuanians||
Luxembourg|||
Madagascar|Malagasy||
Malawi|Malawian,Malawians||
Malaysia|Malaysian,Malaysians||
Maldives|Maldivian,Maldivians||
Mali|Malian,Malians||
Malta|Maltese||
Marshall Islands|Marshallese||
Mauritania|Mauritanian,Mauritanians||
Mauritius|Mauritian,Mauritians||
Micronesia|Micronesian||
Monaco|Monegasque||
Mongolia|Mongolian,Mongolians||
Montenegro|Montenegrin,Montenegrins||
Mozambique|Mozambican,Mozambicans||
Namibia|Namibian,Namibians||
Nauru|Nauruan||
Nepal|Nepali,Nepalese||
New Zealand|New Zealander,New Zealanders||
Nicaragua|Nicaraguan,Nicaraguans||
Niger|Nigerien,Nigeriens||
North Macedonia|North Macedonian||
Oman|Omani,Omanis||
Palau|Palauan||
Panama|Panamanian,Panamanians||
Papua New Guinea|Papua New Guinean||
Paraguay|Paraguayan,Paraguayans||
Rwanda|Rwandan,Rwandans||
Saint Kitts and Nevis|||St Kitts and Nevis
Saint Lucia|Saint Lucian||St Lucia
Saint Vincent and the Grenadines|||St Vincent and the Grenadines
Samoa|Samoan,Samoans||
San Marino|||
Sao Tome and Principe|||São Tomé and Príncipe
Senegal|Senegalese||
Seychelles|Seychellois||
Sierra Leone|Sierra Leonean,Sierra Leoneans||
Singapore|Singaporean,Singaporeans||
Slovakia|Slovak,Slovaks||
Slovenia|Slovenian,Slovenians,Slovene||
Solomon Islands|Solomon Islander||
Somalia|Somali,Somalis||
South Sudan|South Sudanese||
Sri Lanka|Sri Lankan,Sri Lankans||
Suriname|Surinamese||
Tajikistan|Tajik,Tajiks||
Tanzania|Tanzanian,Tanzanians||
Timor-Leste|Timorese||East Timor
Togo|Togolese||
Tonga|Tongan,Tongans||
Trinidad and Tobago|Trinidadian,Trinidadians||
Tunisia|Tunisian,Tunisians||
Turkmenistan|Turkmen||
Tuvalu|||
Uganda|Ugandan,Ugandans||
United Arab Emirates|Emirati,Emiratis||UAE,U.A.E.
Uruguay|Uruguayan,Uruguayans||
Uzbekistan|Uzbek,Uzbeks||
Vanuatu|||
Vatican|||Vatican City,Holy See
Zambia|Zambian,Zambians||
Zimbabwe|Zimbabwean,Zimbabweans||
`;

const ORGS: GazetteerEntry[] = [
  {
    name: 'National Intelligence Service',
    type: 'organization',
    aliases: ['NIS'],
    country: 'South Korea',
    descriptors: [
      'spy agency',
      'intelligence agency',
      'intelligence service',
      'spy service',
      'spy chief',
      'intelligence chief',
    ],
  },
  {
    name: 'Central Intelligence Agency',
    type: 'organization',
    aliases: ['CIA'],
    country: 'United States',
    descriptors: [],
  },
  { name: 'Federal Bureau of Investigation', type: 'organization', aliases: ['FBI'], country: 'United States' },
  {
    name: 'Pentagon',
    type: 'organization',
    aliases: ['the Pentagon', 'Department of Defense', 'Defense Department', 'U.S. Defense Department'],
  },
  { name: 'State Department', type: 'organization', aliases: ['U.S. State Department', 'Department of State'] },
  { name: 'White House', type: 'organization', aliases: ['the White House'] },
  {
    name: 'Supreme Court',
    type: 'organization',
    aliases: ['U.S. Supreme Court', 'the Supreme Court'],
    weak: ['the court', 'the justices'],
  },
  { name: 'Congress', type: 'organization', aliases: ['U.S. Congress'] },
  { name: 'Federal Security Service', type: 'organization', aliases: ['FSB'], country: 'Russia' },
  { name: 'Security Service of Ukraine', type: 'organization', aliases: ['SBU'], country: 'Ukraine' },
  { name: 'Joint Chiefs of Staff', type: 'organization', aliases: ["South Korea's Joint Chiefs of Staff", 'JCS'] },
  {
    name: 'Ministry of Defence',
    type: 'organization',
    aliases: ['UK Ministry of Defence', 'British Ministry of Defence', 'MoD'],
  },
  { name: 'NATO', type: 'organization', aliases: ['North Atlantic Treaty Organization'], weak: ['the alliance'] },
  { name: 'United Nations', type: 'organization', aliases: ['UN', 'U.N.', 'the United Nations'] },
  {
    name: 'UN Security Council',
    type: 'organization',
    aliases: ['U.N. Security Council', 'United Nations Security Council'],
  },
  { name: 'European Union', type: 'organization', aliases: ['EU', 'E.U.'] },
  { name: 'World Health Organization', type: 'organization', aliases: [] },
  { name: 'International Monetary Fund', type: 'organization', aliases: ['IMF'] },
  { name: 'World Bank', type: 'organization', aliases: [] },
  { name: 'Federal Reserve', type: 'organization', aliases: ['the Fed', 'Fed'] },
  { name: 'European Central Bank', type: 'organization', aliases: ['ECB'] },
  { name: 'Red Cross', type: 'organization', aliases: ['International Committee of the Red Cross', 'ICRC'] },
  { name: 'International Atomic Energy Agency', type: 'organization', aliases: ['IAEA'] },
  { name: 'Institute for the Study of War', type: 'organization', aliases: ['ISW'] },
  { name: 'Hamas', type: 'organization', aliases: [] },
  { name: 'Hezbollah', type: 'organization', aliases: [] },
  { name: 'Taliban', type: 'organization', aliases: ['the Taliban'] },
  { name: 'Islamic State', type: 'organization', aliases: ['ISIS', 'ISIL'] },
  { name: 'Wagner Group', type: 'organization', aliases: ['Wagner'] },
  { name: 'Democratic Party', type: 'organization', aliases: ['Democrats'] },
  { name: 'Republican Party', type: 'organization', aliases: ['Republicans', 'GOP'] },
  // news agencies and outlets
  { name: 'Yonhap News Agency', type: 'organization', aliases: ['Yonhap', 'Yonhap news agency', 'Yonhap News'] },
  { name: 'Associated Press', type: 'organization', aliases: ['AP', 'The Associated Press', 'the Associated Press'] },
  { name: 'Reuters', type: 'organization', aliases: [] },
  { name: 'Agence France-Presse', type: 'organization', aliases: ['AFP', 'Agence France Presse'] },
  { name: 'Korean Central News Agency', type: 'organization', aliases: ['KCNA'] },
  { name: 'TASS', type: 'organization', aliases: ['Tass'] },
  { name: 'RIA Novosti', type: 'organization', aliases: ['RIA'] },
  { name: 'Interfax', type: 'organization', aliases: [] },
  { name: 'Xinhua', type: 'organization', aliases: ['Xinhua News Agency'] },
  { name: 'Kyodo News', type: 'organization', aliases: ['Kyodo'] },
  { name: 'Bloomberg', type: 'organization', aliases: ['Bloomberg News'] },
  { name: 'BBC', type: 'organization', aliases: ['British Broadcasting Corporation', 'BBC News'] },
  { name: 'CNN', type: 'organization', aliases: [] },
  { name: 'The New York Times', type: 'organization', aliases: ['New York Times', 'the New York Times', 'the Times'] },
  { name: 'The Washington Post', type: 'organization', aliases: ['Washington Post', 'the Washington Post'] },
  {
    name: 'The Wall Street Journal',
    type: 'organization',
    aliases: ['Wall Street Journal', 'the Wall Street Journal'],
  },
  { name: 'Fox News', type: 'organization', aliases: [] },
  { name: 'Business Insider', type: 'organization', aliases: [] },
  { name: 'The Independent', type: 'organization', aliases: [] },
  { name: 'Al Jazeera', type: 'organization', aliases: [] },
];

/** The built-in entries. */
export function builtinGazetteer(): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const line of COUNTRIES.split('\n')) {
    if (!line.trim()) continue;
    const [name, demonyms = '', capitals = '', other = ''] = line.split('|');
    const list = (s: string) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);
    const aliases = [...list(demonyms), ...list(capitals), ...list(other)];
    const weak: string[] = [];
    // "the North" / "the South" for the Koreas (and the like) only with context.
    const first = name!.split(' ')[0];
    if ((first === 'North' || first === 'South') && name!.split(' ').length === 2) weak.push(`the ${first}`);
    out.push({ name: name!, type: 'country', aliases, weak });
  }
  for (const org of ORGS) out.push(org);
  return out;
}

/** Country names, demonyms and capitals of a country entry (for qualifying descriptors). */
export function countryQualifiers(entries: GazetteerEntry[], country: string): string[] {
  const entry = entries.find((e) => e.name === country && e.type === 'country');
  if (!entry) return [country];
  return [country, ...entry.aliases.filter((a) => !/^[A-Z.]{2,5}$/.test(a))];
}

/** Country rows of the gazetteer: name, demonyms and other short names (capitals left out). */
function countryRows(): Array<{ name: string; demonyms: string[]; other: string[] }> {
  const list = (x: string) =>
    x
      .split(',')
      .map((y) => y.trim())
      .filter(Boolean);
  return COUNTRIES.split('\n')
    .filter((l) => l.trim())
    .map((line) => {
      const [name = '', demonyms = '', , other = ''] = line.split('|');
      return { name, demonyms: list(demonyms), other: list(other) };
    });
}

/** Lower-case demonym or short name → lower-case country (`north korean`, `dprk` → north korea). */
export function demonymCountries(): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  for (const row of countryRows()) {
    for (const d of [...row.demonyms, ...row.other]) out[d.toLowerCase()] = row.name.toLowerCase();
  }
  return out;
}

/**
 * Single-word nationalities, lower case (`british`, `portuguese`, `canadians`), not short names such as `us` or `uk`.
 */
export function nationalityWords(): Set<string> {
  return new Set(
    Object.keys(demonymCountries()).filter((d) => /^[a-z]{4,}$/.test(d) && /(?:an|ans|ese|ish|ch|i|is|s)$/.test(d)),
  );
}

/** Lower-case country → its first demonym, lower case (`north korea` → north korean), for labels. */
export function countryAdjectives(): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  for (const row of countryRows()) if (row.demonyms[0]) out[row.name.toLowerCase()] = row.demonyms[0].toLowerCase();
  return out;
}
