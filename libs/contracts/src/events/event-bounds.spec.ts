import { eventExamples, findEventDefinition, type FeedEventType } from '.';

// The limits domain README §2 sets on what commands may record, as the schemas enforce them: each row
// changes one field of a valid example and names the error a consumer gets for it.
// prettier-ignore
const cases: readonly [string, FeedEventType, Record<string, unknown>, string, string][] = [
  ['a topic under 5 characters', 'PeerRequestRaised', { topic: 'help' }, '/topic', 'must NOT have fewer than 5 characters'],
  ['a topic over 200 characters', 'PeerRequestRaised', { topic: 'x'.repeat(201) }, '/topic', 'must NOT have more than 200 characters'],
  ['an unknown request kind', 'PeerRequestRaised', { kind: 'favour' }, '/kind', 'must be equal to one of the allowed values: input, help, review, intro'],
  ['an unknown effort', 'PeerRequestRaised', { effort: 'XL' }, '/effort', 'must be equal to one of the allowed values: S, M, L'],
  ['a time without an offset', 'PeerRequestRaised', { respondBy: '2025-03-07 17:00' }, '/respondBy', 'must match format "date-time"'],
  ['a warning that is not a code', 'PeerRequestRaised', { warnings: ['overloaded!'] }, '/warnings/0', 'must match pattern "^[A-Z][A-Z0-9_]{0,63}$"'],
  ['a repeated theme', 'PeerRequestRaised', { themeIds: ['theme-ai', 'theme-ai'] }, '/themeIds', 'must NOT have duplicate items (items ## 1 and 0 are identical)'],
  ['an id with spaces', 'PeerRequestRaised', { recipientId: 'Ben Okafor' }, '/recipientId', 'must match pattern "^[A-Za-z0-9._:-]{1,128}$"'],
  ['no focus area', 'FocusAreasShared', { themeIds: [] }, '/themeIds', 'must NOT have fewer than 1 items'],
  ['six focus areas', 'FocusAreasShared', { themeIds: ['a', 'b', 'c', 'd', 'e', 'f'] }, '/themeIds', 'must NOT have more than 5 items'],
  ['a capacity of 0 requests', 'LeaderCapacityDeclared', { maxOpen: 0 }, '/maxOpen', 'must be >= 1'],
  ['a capacity of 21 requests', 'LeaderCapacityDeclared', { maxOpen: 21 }, '/maxOpen', 'must be <= 20'],
  ['a helpfulness of 0', 'PeerRequestAcknowledged', { helpfulness: 0 }, '/helpfulness', 'must be >= 1'],
  ['a helpfulness of 6', 'PeerRequestAcknowledged', { helpfulness: 6 }, '/helpfulness', 'must be <= 5'],
  ['a fractional helpfulness', 'PeerRequestAcknowledged', { helpfulness: 4.5 }, '/helpfulness', 'must be integer'],
  ['a third redirect', 'PeerRequestRedirected', { hop: 3 }, '/hop', 'must be <= 2'],
  ['a confidence of 11', 'ProjectStatusReported', { confidence: 11 }, '/confidence', 'must be <= 10'],
  ['an unknown RAG status', 'ProjectStatusReported', { rag: 'blue' }, '/rag', 'must be equal to one of the allowed values: red, amber, green'],
  ['an unknown tier', 'StrategicProjectRegistered', { tier: 'T4' }, '/tier', 'must be equal to one of the allowed values: T1, T2, T3'],
  ['a project without a theme', 'StrategicProjectRegistered', { themeIds: [] }, '/themeIds', 'must NOT have fewer than 1 items'],
  ['no capacity', 'SupportNeedDeclared', { capacity: 0 }, '/capacity', 'must be > 0'],
  ['an unknown criticality', 'SupportNeedDeclared', { criticality: 'urgent' }, '/criticality', 'must be equal to one of the allowed values: blocking, important, nice'],
  ['an unknown decline reason', 'PeerRequestDeclined', { reasonCode: 'busy' }, '/reasonCode', 'must be equal to one of the allowed values: no_capacity, not_my_area, other'],
  ['a suggested peer without their division', 'PeerRequestDeclined', { suggestedPeerDivId: undefined }, '', 'must have property suggestedPeerDivId when property suggestedPeerId is present'],
  ['three leaders in a mutual theme', 'MutualThemeProposed', { leaderIds: ['a', 'b', 'c'] }, '/leaderIds', 'must NOT have more than 2 items'],
  ['a theme and projects at once', 'MutualThemeProposed', { projectIds: ['proj-fleet'] }, '/projectIds', 'is not a field of this schema'],
  ['a portfolio item of unknown shape', 'DivisionPortfolioRanked', { items: [{ kind: 'need', ref: 'need-41', rank: 1 }] }, '/items/0/rank', 'is not a field of this schema'],
  ['a revision of 0', 'DivisionPortfolioRanked', { revision: 0 }, '/revision', 'must be >= 1'],
];

describe('the bounds of libs/domain/README.md', () => {
  it.each(cases)('reject %s', (_, type, change, path, message) => {
    const data = withoutUndefined({ ...eventExamples[type], ...change });

    const result = findEventDefinition(type).validate(data);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toContainEqual({ path, message });
  });
});

function withoutUndefined(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
}
