import {
  ledger,
  ledgerNeed,
  people,
  rejection,
  startStrategyService,
  type StrategyServiceUnderTest,
} from '../../test/strategy-service-under-test';

describe('support needs through the strategy service', () => {
  let s: StrategyServiceUnderTest;
  const owner = () => s.as(people.owner);
  const operationsHead = () => s.as(people.operationsHead);
  const operationsDelegate = () => s.as(people.operationsDelegate);
  const typesOf = async (needId: string) =>
    (await s.streamEvents(`support-need:${s.tenant}:${needId}`)).map((event) => event.type);
  const indexedStatus = async (needId: string) =>
    (await s.pool.query('SELECT status FROM strategy.strategy_needs WHERE need_id = $1', [needId]))
      .rows[0]?.status;

  beforeAll(async () => {
    s = await startStrategyService('support-needs');
    await s.send('RegisterStrategicProject', ledger, owner());
  });

  afterAll(() => s?.stop());

  describe('when Operations counter-proposes and the owner accepts the offer', () => {
    const offer = { deliverBy: '2026-10-01T00:00:00.000Z', capacityFteWeeks: 4 };

    beforeAll(async () => {
      await s.send('DeclareSupportNeed', ledgerNeed('n-offer', { keyContactId: 'ben' }), owner());
      await s.send(
        'CounterProposeSupport',
        { needId: 'n-offer', ...offer, note: 'Our platform team is free from October.' },
        operationsDelegate(),
      );
    });

    it('records the declaration with the home division and key contact', async () => {
      const [declared] = await s.streamEvents(`support-need:${s.tenant}:n-offer`);
      expect(declared.data).toMatchObject({
        homeDivId: 'finance',
        supportingDivId: 'operations',
        keyContactId: 'ben',
        capacity: 6,
      });
    });

    it('lets only the current owner accept', async () => {
      const before = await s.storedEvents();
      expect(
        await rejection(s.send('AcceptCounterProposal', { needId: 'n-offer' }, operationsHead())),
      ).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_THE_PROJECT_OWNER' });
      expect(await s.storedEvents()).toBe(before);
    });

    it('turns the offer into the commitment', async () => {
      const accepted = await s.send('AcceptCounterProposal', { needId: 'n-offer' }, owner());
      expect(accepted.events).toEqual([
        expect.objectContaining({ type: 'SupportCounterAccepted', streamVersion: 3 }),
      ]);
      const events = await s.streamEvents(`support-need:${s.tenant}:n-offer`);
      expect(events[2].data).toMatchObject({ deliverBy: offer.deliverBy, capacity: 4 });
      expect(await indexedStatus('n-offer')).toBe('committed');
    });
  });

  describe('when Operations commits as asked, slips, then delivers', () => {
    it('keeps every step of the promise', async () => {
      await s.send('DeclareSupportNeed', ledgerNeed('n-promise'), owner());
      const committed = await s.send(
        'CommitSupport',
        { needId: 'n-promise', deliverBy: '2026-08-15T00:00:00.000Z', capacityFteWeeks: 6 },
        operationsHead(),
      );
      expect(committed.events).toEqual([expect.objectContaining({ type: 'SupportCommitted' })]);
      await s.send(
        'ReportSupportSlip',
        { needId: 'n-promise', newDeliverBy: '2026-08-29T00:00:00.000Z' },
        operationsDelegate(),
      );
      await s.send('RecordSupportDelivered', { needId: 'n-promise' }, owner());
      expect(await typesOf('n-promise')).toEqual([
        'SupportNeedDeclared',
        'SupportCommitted',
        'SupportSlipped',
        'SupportDelivered',
      ]);
      expect(await indexedStatus('n-promise')).toBe('delivered');
    });

    it('refuses a commitment from a leader who does not answer for Operations', async () => {
      await s.send('DeclareSupportNeed', ledgerNeed('n-asked'), owner());
      const error = await rejection(
        s.send(
          'CommitSupport',
          { needId: 'n-asked', deliverBy: '2026-08-15T00:00:00.000Z', capacityFteWeeks: 6 },
          s.as(people.operationsPeer),
        ),
      );
      expect(error).toMatchObject({
        code: 'FORBIDDEN',
        rule: 'NOT_SUPPORTING_DIVISION_HEAD_OR_DELEGATE',
      });
    });
  });

  describe('when Operations declines', () => {
    beforeAll(() => s.send('DeclareSupportNeed', ledgerNeed('n-declined'), owner()));

    it('needs a reason', async () => {
      const before = await s.storedEvents();
      expect(
        await rejection(s.send('DeclineSupport', { needId: 'n-declined' }, operationsHead())),
      ).toMatchObject({
        code: 'RULE_VIOLATED',
        rule: 'DECLINE_REASON_REQUIRED',
        field: 'reasonCode',
      });
      expect(await s.storedEvents()).toBe(before);
    });

    it('records the decline and its reason', async () => {
      await s.send(
        'DeclineSupport',
        { needId: 'n-declined', reasonCode: 'timing' },
        operationsHead(),
      );
      const events = await s.streamEvents(`support-need:${s.tenant}:n-declined`);
      expect(events[1]).toEqual({
        type: 'SupportDeclined',
        data: expect.objectContaining({ reasonCode: 'timing', declinedBy: people.operationsHead }),
      });
      expect(await indexedStatus('n-declined')).toBe('declined');
    });
  });

  describe('when the project changes owner', () => {
    beforeAll(async () => {
      await s.send('DeclareSupportNeed', ledgerNeed('n-handover'), owner());
      await s.send(
        'ChangeOwner',
        { projectId: 'ledger', newOwnerId: people.financeDelegate },
        owner(),
      );
    });

    it('the former owner can no longer withdraw its needs', async () => {
      expect(
        await rejection(s.send('WithdrawSupportNeed', { needId: 'n-handover' }, owner())),
      ).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_THE_PROJECT_OWNER' });
    });

    it('the new owner can', async () => {
      await s.send('WithdrawSupportNeed', { needId: 'n-handover' }, s.as(people.financeDelegate));
      expect(await typesOf('n-handover')).toEqual(['SupportNeedDeclared', 'SupportNeedWithdrawn']);
      expect(await indexedStatus('n-handover')).toBe('withdrawn');
    });
  });

  it('answers a command about an unknown need with NOT_FOUND', async () => {
    expect(
      await rejection(s.send('AcceptCounterProposal', { needId: 'n-unknown' }, owner())),
    ).toMatchObject({ code: 'NOT_FOUND', rule: 'SUPPORT_NEED_NOT_FOUND', field: 'needId' });
  });
});
