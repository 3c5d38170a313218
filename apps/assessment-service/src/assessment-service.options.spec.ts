import { loadEnvironment } from '@lib/platform';
import { AssessmentServiceEnvironment } from './assessment-service.options';

const valid = {
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/leadership',
  KAFKA_BROKERS: '127.0.0.1:9092',
  SERVICE_CREDENTIAL_SECRET: 's'.repeat(32),
  RATER_KEY_WRAPPING_KEY: Buffer.alloc(32, 7).toString('base64'),
};

describe("the assessment service's configuration", () => {
  it('takes a rater key wrapping key of 32 bytes in base64', () => {
    expect(loadEnvironment(AssessmentServiceEnvironment, valid).RATER_KEY_WRAPPING_KEY).toBe(
      valid.RATER_KEY_WRAPPING_KEY,
    );
  });

  it.each([
    ['without one', undefined],
    ['with 16 bytes', Buffer.alloc(16, 7).toString('base64')],
    ['with a passphrase', 'correct horse battery staple correct horse!'],
  ])('refuses to start %s, naming the variable and its rule', (_, key) => {
    expect(() =>
      loadEnvironment(AssessmentServiceEnvironment, { ...valid, RATER_KEY_WRAPPING_KEY: key }),
    ).toThrow(/RATER_KEY_WRAPPING_KEY: must be 32 bytes in base64/);
  });
});
