import type { TSchema } from '@sinclair/typebox';
import { Topics } from '../topics';
import type { Aggregate, EventDefinition } from './define-event';
import { eventDefinitions, eventDefinitionsOf, eventExamples, findEventDefinition } from '.';

type JsonSchema = Readonly<Record<string, unknown>>;

describe('the event feed', () => {
  it.each([
    [
      Topics.org,
      'LeaderRegistered LeaderDivisionChanged LeaderCapacityDeclared LeaderDeactivated ' +
        'FocusAreasShared ThemeDefined DivisionRegistered DivisionHeadAppointed RankingDelegated ' +
        'RankingDelegateRevoked DivisionsMerged CycleOpened CycleLocked CycleClosed',
    ],
    [
      Topics.peer,
      'PeerRequestRaised PeerRequestAccepted PeerRequestDeclined PeerRequestRedirected ' +
        'PeerRequestFulfilled PeerRequestAcknowledged PeerRequestWithdrawn PeerRequestExpired ' +
        'PeerRequestResponseSlaBreached PeerRequestDeliverySlaBreached PresentationInvited ' +
        'PresentationAccepted PresentationDeclined PresentationDelivered MutualThemeProposed ' +
        'MutualThemeConfirmed',
    ],
    [
      Topics.strategy,
      'StrategicProjectRegistered ProjectStatusReported ProjectOwnerChanged ProjectClosed ' +
        'SupportNeedDeclared SupportCommitted SupportCounterProposed SupportCounterAccepted ' +
        'SupportDeclined SupportSlipped SupportDelivered SupportNeedWithdrawn ' +
        'DivisionPortfolioRanked CompanyPrioritiesRanked',
    ],
    [
      Topics.assessment,
      'TrustSelfAssessmentSubmitted PeerTrustRatingsRequested PeerTrustRatingSubmitted ' +
        'TrustAssessmentRoundClosed',
    ],
  ])('carries on %s the event types of domain README §3', (topic, types) => {
    expect(eventDefinitionsOf(topic).map(({ type }) => type)).toEqual(types.split(' '));
  });

  it('finds a definition by its type, and nothing for an unknown type', () => {
    expect(findEventDefinition('PeerRequestRaised').topic).toBe(Topics.peer);
    expect(findEventDefinition('PeerRequestEscalated')).toBeUndefined();
  });

  it('marks the personal free text of domain README §3 (⊕), and nothing else', () => {
    const personal = eventDefinitions.flatMap(({ type, personalData }) =>
      personalData.map((path) => `${type}${path}`),
    );

    expect(personal).toEqual([
      'LeaderRegistered/name',
      'PeerRequestRaised/topic',
      'PeerRequestRaised/overrideReason',
      'PeerRequestFulfilled/summary',
      'PeerRequestAcknowledged/thanks',
      'PresentationInvited/topic',
      'ProjectStatusReported/note',
      'SupportCounterProposed/note',
    ]);
  });
});

// The field that says which aggregate an event belongs to, so a consumer can use the value alone.
const aggregateIds: Record<Aggregate, readonly string[]> = {
  Leader: ['leaderId'],
  Division: ['divisionId'],
  PlanningCycle: ['cycleId'],
  Theme: ['themeId'],
  PeerRequest: ['requestId'],
  PresentationInvitation: ['invitationId'],
  MutualTheme: ['mutualThemeId'],
  StrategicProject: ['projectId'],
  SupportNeed: ['needId'],
  DivisionPortfolio: ['divisionId', 'cycleId'],
  CompanyPriorities: ['cycleId'],
  TrustAssessment: ['assessmentId'],
};

describe.each(eventDefinitions.map((definition) => [definition.type, definition] as const))(
  '%s',
  (type, definition: EventDefinition) => {
    const example = eventExamples[type] as Record<string, unknown>;

    it('accepts its example', () => {
      expect(definition.validate(example)).toEqual({ ok: true, data: example });
    });

    it('rejects an unknown field, naming it', () => {
      expect(definition.validate({ ...example, unexpectedField: 1 })).toEqual({
        ok: false,
        errors: expect.arrayContaining([
          { path: '/unexpectedField', message: 'is not a field of this schema' },
        ]),
      });
    });

    it.each(requiredFields(definition.schema))('rejects data without %s, naming it', (field) => {
      const { [field]: _missing, ...incomplete } = example;

      expect(definition.validate(incomplete)).toEqual({
        ok: false,
        errors: expect.arrayContaining([
          { path: `/${field}`, message: `must have required property '${field}'` },
        ]),
      });
    });

    it('closes every object it contains to unknown fields', () => {
      expect(openObjects(definition.schema)).toEqual([]);
    });

    it('names the aggregate it belongs to', () => {
      const idFields =
        type === 'DivisionsMerged' ? ['targetId'] : aggregateIds[definition.aggregate];
      expect(requiredFields(definition.schema)).toEqual(expect.arrayContaining([...idFields]));
    });
  },
);

// Fields every shape requires: a union (one of two shapes) requires what its branches share.
function requiredFields(schema: TSchema | JsonSchema): string[] {
  const branches = (schema.anyOf ?? [schema]) as JsonSchema[];
  const [first, ...others] = branches.map((branch) => (branch.required ?? []) as string[]);
  return first.filter((field) => others.every((required) => required.includes(field)));
}

function openObjects(schema: JsonSchema, path = ''): string[] {
  const open = schema.type === 'object' && schema.additionalProperties !== false ? [path] : [];
  const properties = Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>);
  const items = [schema.items ?? []].flat() as JsonSchema[];
  return [
    ...open,
    ...properties.flatMap(([name, property]) => openObjects(property, `${path}/${name}`)),
    ...items.flatMap((item) => openObjects(item, `${path}/*`)),
    ...((schema.anyOf ?? []) as JsonSchema[]).flatMap((branch) => openObjects(branch, path)),
  ];
}
