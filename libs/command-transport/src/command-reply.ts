/**
 * What a command service answers to an accepted command. The wire contract lives here, not in the
 * event store, so a caller that only sends commands never loads the store to read the answer.
 */
export interface CommandReply {
  commandId: string;
  streamId: string;
  events: { eventId: string; type: string; streamVersion: number; globalPosition: number }[];
  /** The stream's version after the command. */
  streamVersion: number;
  /** The soft rules the command broke: accepted, with these codes recorded in its events. */
  warnings: string[];
  /** True when this command id was handled before: its first result is returned, nothing appended. */
  replayed: boolean;
}
