/** The dev set (../shared/corpus/dev, key ../shared/gold/dev.json) with its floors. */
import { sharedSetTests } from './shared-set.js';

// The gold README gives the every-number baseline claim F1 ≈ 0.62 on dev.
sharedSetTests({ name: 'dev', gold: 'gold/dev.json', corpus: 'corpus/dev', baseline: { above: 0.58, below: 0.66 } });
