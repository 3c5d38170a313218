import { headerText, restoreHeaders, storeHeaders } from './message-headers';

describe('message headers', () => {
  const received = {
    ce_id: Buffer.from('event-1'),
    ce_type: [Buffer.from('DivisionRegistered'), Buffer.from('ThemeDefined')],
    ce_subject: Buffer.from([0x64, 0xff, 0xfe]),
    'content-type': 'application/json',
  };

  it('reads a header that appears once as UTF-8 text, and no other', () => {
    expect(headerText(received, 'ce_id')).toBe('event-1');
    expect(headerText(received, 'content-type')).toBe('application/json');
    expect(headerText(received, 'ce_type')).toBeUndefined();
    expect(headerText(received, 'ce_subject')).toBeUndefined();
    expect(headerText(received, 'ce_time')).toBeUndefined();
  });

  describe('when stored as JSON', () => {
    const stored = JSON.parse(JSON.stringify(storeHeaders(received)));

    it('keeps text as text, every repeated value, and bytes that are not UTF-8 as base64', () => {
      expect(stored).toEqual({
        ce_id: 'event-1',
        ce_type: ['DivisionRegistered', 'ThemeDefined'],
        ce_subject: { base64: Buffer.from([0x64, 0xff, 0xfe]).toString('base64') },
        'content-type': 'application/json',
      });
    });

    it('gives the same values back', () => {
      expect(restoreHeaders(stored)).toEqual({
        ce_id: 'event-1',
        ce_type: ['DivisionRegistered', 'ThemeDefined'],
        ce_subject: Buffer.from([0x64, 0xff, 0xfe]),
        'content-type': 'application/json',
      });
    });
  });

  it('rejects a stored value that nests a list, naming the header', () => {
    expect(() => restoreHeaders({ ce_type: [['a']] })).toThrow(
      'stored header ce_type nests a list',
    );
  });
});
