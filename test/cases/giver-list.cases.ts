/**
 * A list of givers after one verb of giving: each sum is its own giver's. Invented sentences about donor meetings,
 * flood appeals and cyclone relief. Rule: attributions/giver-list.
 */
import type { SourceRow } from './who-says-run.js';

export const giverListRows: SourceRow[] = [
  [
    'At the donor meeting the World Bank pledged $20 million, Canada $5 million and Sweden $3 million.',
    '$5 million',
    'Canada',
  ],
  [
    'At the donor meeting the World Bank pledged $20 million, Canada $5 million and Sweden $3 million.',
    '$3 million',
    'Sweden',
  ],
  [
    'At the donor meeting the World Bank pledged $20 million, Canada $5 million and Sweden $3 million.',
    '$20 million',
    'World Bank',
  ],
  ['For the flood appeal, Germany pledged €8m, Denmark €2m and the Netherlands €1.5m.', '€2m', 'Denmark'],
  ['For the flood appeal, Germany pledged €8m, Denmark €2m and the Netherlands €1.5m.', '€1.5m', 'Netherlands'],
  [
    'Japan promised $4 million, Australia $2.5 million and New Zealand $1 million for the cyclone relief.',
    '$2.5 million',
    'Australia',
  ],
  [
    'Japan promised $4 million, Australia $2.5 million and New Zealand $1 million for the cyclone relief.',
    '$1 million',
    'New Zealand',
  ],
  ['The Red Cross said it pledged $2 million, up from $1 million in March.', '$1 million', 'Red Cross'],
  ['The fund pledged $6 million, about $2 million more than last year.', '$2 million', 'fund'],
  ['Canada pledged $5 million, US$2 million of it for shelters.', 'US$2 million', 'Canada'],
  ['The European Union pledged €9m and UNICEF said another €4m was needed.', '€4m', 'UNICEF'],
  ['Norway gave $3 million, Oslo officials said.', '$3 million', 'Oslo officials'],
];
