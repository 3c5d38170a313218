import { eventExamples, validateEventData } from '.';
import { LeaderRegistered, LeaderRegisteredV1Data, type LeaderRegisteredV1 } from './org.events';

// LeaderRegistered proves the versioning mechanism: version 1 had no `level`, version 2 requires it,
// and an upcaster (in the event store) reads a version 1 event as `level: 'unspecified'`.
const { level: _level, ...current } = eventExamples.LeaderRegistered;
const version1: LeaderRegisteredV1 = current;

describe('LeaderRegistered', () => {
  it('is at schema version 2 and keeps version 1 for events already stored', () => {
    expect(LeaderRegistered.schemaVersion).toBe(2);
    expect(LeaderRegistered.previousVersions.map(({ schemaVersion }) => schemaVersion)).toEqual([
      1,
    ]);
    expect(LeaderRegistered.previousVersions[0].schema).toBe(LeaderRegisteredV1Data);
  });

  describe('when a version 1 event is read', () => {
    it('is valid as version 1', () => {
      expect(validateEventData('LeaderRegistered', 1, version1)).toEqual({
        ok: true,
        data: version1,
      });
    });

    it('is not valid as version 2, which requires the level', () => {
      expect(validateEventData('LeaderRegistered', 2, version1)).toEqual({
        ok: false,
        errors: [{ path: '/level', message: "must have required property 'level'" }],
      });
    });

    it('becomes a valid version 2 event with the documented default level', () => {
      const upcast = { ...version1, level: 'unspecified' };

      expect(LeaderRegistered.validate(upcast)).toEqual({ ok: true, data: upcast });
    });
  });

  it('rejects a level in a version 1 event, since version 1 never had one', () => {
    expect(validateEventData('LeaderRegistered', 1, eventExamples.LeaderRegistered)).toEqual({
      ok: false,
      errors: [{ path: '/level', message: 'is not a field of this schema' }],
    });
  });
});

describe('validating data of any stored version', () => {
  it('uses the current schema for the current version', () => {
    const data = eventExamples.SupportCommitted;
    expect(validateEventData('SupportCommitted', 1, data)).toEqual({ ok: true, data });
  });

  it('rejects a version the type never had', () => {
    expect(validateEventData('SupportCommitted', 2, eventExamples.SupportCommitted)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'SupportCommitted has no schema version 2' }],
    });
  });

  it('rejects a type that is not on the feed', () => {
    expect(validateEventData('PeerRequestEscalated', 1, {})).toEqual({
      ok: false,
      errors: [{ path: '', message: "unknown event type 'PeerRequestEscalated'" }],
    });
  });
});
