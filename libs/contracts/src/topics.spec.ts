import { Topics, prefixTopic, prefixTopics } from './topics';

describe('the feed topics', () => {
  it('are versioned names per context', () => {
    expect(Topics).toEqual({
      org: 'leadership.org.v1',
      peer: 'leadership.peer.v1',
      strategy: 'leadership.strategy.v1',
      assessment: 'leadership.assessment.v1',
    });
  });

  describe('with the prefix of a test run', () => {
    it('are the same topics under the prefix', () => {
      expect(prefixTopics('test.run42.')).toEqual({
        org: 'test.run42.leadership.org.v1',
        peer: 'test.run42.leadership.peer.v1',
        strategy: 'test.run42.leadership.strategy.v1',
        assessment: 'test.run42.leadership.assessment.v1',
      });
    });

    it('are unchanged with an empty prefix', () => {
      expect(prefixTopic('', Topics.peer)).toBe('leadership.peer.v1');
    });

    it('refuse a prefix Kafka would not accept as a topic name', () => {
      expect(() => prefixTopic('test run/', Topics.peer)).toThrow(
        "'test run/leadership.peer.v1' is not a legal Kafka topic name",
      );
    });
  });
});
