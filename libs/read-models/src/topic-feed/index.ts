// The runtime of a feed (TopicFeed, TopicFeedModule) is in '@lib/read-models/feeds': it runs on
// the projection runtime, which itself reads this library's entry.
export * from './topic-feed-definition';
