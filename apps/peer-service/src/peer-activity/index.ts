export * from './inline-peer-activity';
export * from './peer-activity';
