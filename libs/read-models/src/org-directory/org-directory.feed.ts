import { Topics } from '@lib/contracts';
import type { TopicFeedDefinition } from '../topic-feed/topic-feed-definition';
import { projectOrgEvent } from './org-directory.projection';
import { migrateOrgDirectory } from './org-directory.schema';

/** A service's copy of the org directory, followed from the org topic. */
export const orgDirectoryFeed: TopicFeedDefinition = {
  name: 'org-directory',
  topic: Topics.org,
  inboxTable: 'org_directory_inbox',
  migrate: migrateOrgDirectory,
  project: projectOrgEvent,
};
