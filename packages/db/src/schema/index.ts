export * from './regions';
export * from './units';
export * from './persons';
export * from './enrolments';
export * from './institutions';
export * from './accounts';
export * from './platform';
export * from './auth';
