/** metadata: placeholder until the rules land (see src/stages/metadata/). */
import type { Stage } from '../pipeline.js';
export const metadataStage: Stage = {
  name: 'metadata',
  needs: ['text', 'dropped'],
  gives: ['meta'],
  run() {},
};
