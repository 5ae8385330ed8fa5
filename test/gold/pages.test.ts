/** Claims and quotes on 24 full news pages of the HTML extraction benchmark, with their floors. */
import { sharedSetTests } from './shared-set.js';

sharedSetTests({ name: 'pages', gold: 'gold/pages.json', corpus: 'bench/article-extraction/html' });
