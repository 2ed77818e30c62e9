export * from './define';
export * from './envelope';
export * from './fields';
export * from './functions';
export * from './issues';
export * from './views';
