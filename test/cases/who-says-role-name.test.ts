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
