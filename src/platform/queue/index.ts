export type * from './types.ts';
export { BullQueue } from './bull.ts';
export { MemoryQueue } from './memory.ts';
