import { failureMessage } from './failure-message';

describe('describing why a dependency check failed', () => {
  it('uses the message of an error', () => {
    expect(failureMessage(new Error('connect ECONNREFUSED 127.0.0.1:5432'))).toBe(
      'connect ECONNREFUSED 127.0.0.1:5432',
    );
  });

  it('joins the causes of an aggregate error whose own message is empty', () => {
    const refused = new AggregateError(
      [
        new Error('connect ECONNREFUSED ::1:5432'),
        new Error('connect ECONNREFUSED 127.0.0.1:5432'),
      ],
      '',
    );
    expect(failureMessage(refused)).toBe(
      'connect ECONNREFUSED ::1:5432; connect ECONNREFUSED 127.0.0.1:5432',
    );
  });

  it('falls back to the name of an error without a message, and to text for anything else', () => {
    expect(failureMessage(new TypeError())).toBe('TypeError');
    expect(failureMessage('socket hang up')).toBe('socket hang up');
  });
});
