/**
 * attributions/inverted-role-name: a quote or statement credited after it to a role and then, in an appositive
 * that closes the clause, to the person holding it ("…,” said the union's branch chair, Sgt. Mary Cole.): the
 * person speaks. Negatives: a role with a relative clause, a role alone, a name that opens a new clause.
 * Every sentence is invented.
 */
import { describe } from 'vitest';
import { sourceTable, type SourceRow } from './who-says-run.js';

const rows: SourceRow[] = [
  ['“We saw 40 boats go down,” said a coastguard spokeswoman, Ana Ruiz.', '40', 'Ana Ruiz'],
  ['“Nine is the number we have,” said the union’s branch secretary, Sgt. Mary Cole.', 'Nine', 'Mary Cole'],
  ['“We counted 212 graves,” said the group’s director, Dr Amina Bello, speaking by phone.', '212', 'Amina Bello'],
  ['“About 3,000 people have left,” said the village head, Tomas Varga, on Tuesday.', '3,000', 'Tomas Varga'],
  ['“Some 600 homes are under water,” added the county’s emergency manager, Lt. Rosa Kim.', '600', 'Rosa Kim'],
  // No person closes the clause after the role: the role stays the source.
  ['“We saw 40 boats,” said the harbour master, who asked not to be named.', '40', 'harbour master'],
  ['“We saw 40 boats,” said a coastguard spokeswoman.', '40', 'coastguard spokeswoman'],
];

describe('attributions/inverted-role-name: the person after a role speaks', () => sourceTable(rows));

/** attributions/coordinated-cue: the subject that opens the sentence speaks the cue after "and". */
const coordinated: SourceRow[] = [
  ['The ministry denied the report on Tuesday and said 12 soldiers had been wounded.', '12', 'ministry'],
  [
    'Dr Ana Lim, who studies crowds at Rowan University, analysed the footage and estimates that 9,000 people came.',
    '9,000',
    'Ana Lim',
  ],
  [
    'On Friday, the regional health department closed two clinics and said 30 staff were ill.',
    '30',
    'regional health department',
  ],
  ['The electoral council rejected the appeal and said 4,200 ballots were valid.', '4,200', 'electoral council'],
  ['Kestrel Mining halted work at the pit and said 40 miners were trapped.', '40', 'Kestrel Mining'],
  ['Prior to the vote, Speaker Ana Ruiz called the plan a waste and said 40 seats were at stake.', '40', 'Ana Ruiz'],
  // The speaker of the cue is named after it, or nobody opens the sentence.
  ['Floods swept the valley and 40 people were reported missing, officials said.', '40', 'officials'],
  ['Water rose overnight and reached 300 homes by dawn.', '300', null],
];

describe('attributions/coordinated-cue: the sentence subject speaks a cue after "and"', () => sourceTable(coordinated));
