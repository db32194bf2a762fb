export * from './status';
export * from './materials';
export * from './word-documents';
