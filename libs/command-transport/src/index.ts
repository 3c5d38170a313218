// What a caller of the command services needs: the envelope, the client and the reply. Nothing here
// reaches the event store; the command services' side is '@lib/command-transport/service'.
export * from './command-envelope';
export * from './command-client';
export * from './command-reply';
export * from './command-catalogue';
