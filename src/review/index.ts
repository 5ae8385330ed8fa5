/** Analysts' corrections: records, the read-time hook that lays them over a store, and building them. */
export * from './corrections.js';
export { ReviewPlan, findClaim, type Unresolved } from './plan.js';
export { ReviewedStore, reviewed } from './reviewed-store.js';
export { addCorrection, buildCorrection, isClaimId, parseValue, type CorrectionInput } from './record.js';
