export * from './cooccurrence.ts';
export * from './popularity.ts';
export * from './recommend.ts';
