/**
 * What a part's scope divides its whole by. Parts add up only within one dimension: the passengers among the dead
 * and the British among them overlap, so the report and the UI sum each dimension apart
 * (report/breakdown-by-dimension).
 */
import { groupScope } from './normalise.js';
import { placeScope } from './relations.js';

export type PartDimension = 'place' | 'group' | 'nationality' | 'other';

/** Places (`ferris-county`), groups of people (`child`, `passenger`), nationalities (`citizen india`), or other. */
export function partDimension(scope: string | null | undefined): PartDimension {
  if (!scope) return 'other';
  if (scope.split(' ').includes('citizen')) return 'nationality';
  if (groupScope(scope)) return 'group';
  return placeScope(scope) ? 'place' : 'other';
}

/** The order dimensions are shown in. */
export const PART_DIMENSIONS: readonly PartDimension[] = ['place', 'group', 'nationality', 'other'];
