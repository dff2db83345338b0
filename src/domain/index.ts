export * from './asset';
export * from './file-kind';
export * from './locale';
export * from './paths';
export * from './safe-url';
export * from './scope';
export * from './storage-path';
export * from './ticks';
