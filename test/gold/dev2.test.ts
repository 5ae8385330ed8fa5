/** dev2 (../shared/corpus/dev2: eight developing stories as JSON records) with its floors. */
import { sharedSetTests } from './shared-set.js';

sharedSetTests({ name: 'dev2', gold: 'gold/dev2.json', corpus: 'corpus/dev2' });
