// The matching engine (matching.md): pure TypeScript shared by the renderer, the service, the CLI and tests.
export * from './effective';
export * from './overlap';
export * from './eligibility';
export * from './failures';
export * from './relax';
export * from './near-miss-groups';
export * from './supply';
export * from './words';
export * from './score';
export * from './reasons';
export * from './prepare';
export * from './prefilter';
export * from './rank';
export { assessmentValue, RECOMMENDATION_VALUE } from './assessment-value';
export * from './feasibility';
