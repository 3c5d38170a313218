import { Type } from '@sinclair/typebox';
import { Topics } from '../topics';
import { defineEvent, type EventSpec } from './define-event';
import { eventData, id, personalText } from './fields';

const spec = {
  type: 'NoteShared',
  schemaVersion: 2,
  topic: Topics.peer,
  aggregate: 'PeerRequest',
  description: 'A test event.',
  data: eventData({
    requestId: id('The request.'),
    note: personalText('A note.', { minLength: 1, maxLength: 10 }),
  }),
} satisfies EventSpec<string, ReturnType<typeof eventData>>;

describe('defining an event', () => {
  it('gives a validator that names the failing field', () => {
    const NoteShared = defineEvent(spec);

    expect(NoteShared.validate({ requestId: 'r-1', note: 'far too long' })).toEqual({
      ok: false,
      errors: [{ path: '/note', message: 'must NOT have more than 10 characters' }],
    });
  });

  it('lists the personal free-text fields, once even when several shapes share them', () => {
    const shared = { requestId: id('The request.'), note: spec.data.properties.note };
    const NoteShared = defineEvent({
      ...spec,
      data: Type.Union([eventData(shared), eventData({ ...shared, extra: id('More.') })]),
    });

    expect(NoteShared.personalData).toEqual(['/note']);
  });

  it.each([
    ['the current one', { 2: spec.data }],
    ['a later one', { 3: spec.data }],
    ['version 0', { 0: spec.data }],
  ])('refuses a previous version that is %s', (_, previousVersions) => {
    expect(() => defineEvent({ ...spec, previousVersions })).toThrow(/NoteShared: schema versions/);
  });
});
