// The matching engine (matching.md): pure TypeScript shared by the renderer, the service, the CLI and tests.
export * from './effective';
export * from './overlap';
export * from './eligibility';
export * from './score';
export * from './reasons';
export * from './prepare';
export * from './rank';
export { assessmentValue, RECOMMENDATION_VALUE } from './assessment-value';
