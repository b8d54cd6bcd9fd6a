export * from './districts';
export * from './venues';
export * from './organisations';
export * from './taxonomy';
export * from './events';
export * from './activity';
export * from './system';
export * from './imports';
