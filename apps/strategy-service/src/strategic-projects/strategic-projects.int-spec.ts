import {
  ledger,
  ledgerNeed,
  people,
  rejection,
  startStrategyService,
  type StrategyServiceUnderTest,
} from '../../test/strategy-service-under-test';

describe('strategic projects through the strategy service', () => {
  let s: StrategyServiceUnderTest;
  const stream = () => `strategic-project:${s.tenant}:ledger`;

  beforeAll(async () => {
    s = await startStrategyService('strategic-projects');
  });

  afterAll(() => s?.stop());

  it('refuses a project serving a theme the org directory does not know', async () => {
    const error = await rejection(
      s.send(
        'RegisterStrategicProject',
        { ...ledger, themeIds: ['moonshots'] },
        s.as(people.owner),
      ),
    );
    expect(error).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'UNKNOWN_THEME',
      field: 'themeIds',
    });
  });

  it("refuses an owner from outside the project's home division", async () => {
    const error = await rejection(
      s.send(
        'RegisterStrategicProject',
        { ...ledger, ownerId: people.operationsPeer },
        s.as(people.operationsPeer),
      ),
    );
    expect(error).toMatchObject({
      code: 'RULE_VIOLATED',
      rule: 'OWNER_NOT_IN_HOME_DIVISION',
      field: 'ownerId',
    });
  });

  describe('once registered', () => {
    beforeAll(() => s.send('RegisterStrategicProject', ledger, s.as(people.owner)));

    it("takes status reports from the home division's ranking delegate", async () => {
      await s.send(
        'ReportProjectStatus',
        { projectId: 'ledger', rag: 'amber', confidence: 5, note: 'Vendor late.' },
        s.as(people.financeDelegate),
      );
      const [, reported] = await s.streamEvents(stream());
      expect(reported).toEqual({
        type: 'ProjectStatusReported',
        data: {
          projectId: 'ledger',
          reportedBy: people.financeDelegate,
          rag: 'amber',
          confidence: 5,
          note: 'Vendor late.',
        },
      });
    });

    it('refuses status reports from a leader of another division', async () => {
      const error = await rejection(
        s.send(
          'ReportProjectStatus',
          { projectId: 'ledger', rag: 'red', confidence: 1 },
          s.as(people.operationsHead),
        ),
      );
      expect(error).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_THE_OWNER_OR_DELEGATE' });
    });

    it('hands the project to another leader of its division', async () => {
      await s.send(
        'ChangeOwner',
        { projectId: 'ledger', newOwnerId: people.financeHead },
        s.as(people.owner),
      );
      const events = await s.streamEvents(stream());
      expect(events.at(-1)).toEqual({
        type: 'ProjectOwnerChanged',
        data: {
          projectId: 'ledger',
          previousOwnerId: people.owner,
          ownerId: people.financeHead,
          ownerDivId: 'finance',
        },
      });
    });

    it('accepts no new support need once closed', async () => {
      await s.send(
        'CloseProject',
        { projectId: 'ledger', outcome: 'cancelled' },
        s.as(people.financeHead),
      );
      const error = await rejection(
        s.send('DeclareSupportNeed', ledgerNeed('after-close'), s.as(people.financeHead)),
      );
      expect(error).toMatchObject({ code: 'RULE_VIOLATED', rule: 'PROJECT_CLOSED' });
    });
  });
});
