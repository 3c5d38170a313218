export type { PeerLeaderFacts } from './peer-facts';
export * from './mutual-theme';
export * from './overload-index';
export * from './peer-request';
export * from './presentation-invitation';
