// Vetting: the rubric texts, draft validation, the bench medians and the queue order.
export * from './rubric';
export * from './draft';
export * from './median';
export * from './queue';
export * from './changes';
