export * from './status';
export * from './materials';
