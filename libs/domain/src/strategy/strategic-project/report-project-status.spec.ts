import { deciderSpec } from '@lib/testing';
import { leaders } from '../strategy.fixtures';
import { strategicProjectDecider } from './strategic-project.decider';
import {
  closed,
  ownerChangedToPeer,
  projectId,
  registered,
  reportStatus,
} from './strategic-project.fixtures';

const spec = deciderSpec(strategicProjectDecider);

describe('ReportProjectStatus', () => {
  it('records the status the owner reports', () => {
    spec
      .given([registered])
      .when(reportStatus({ rag: 'amber', confidence: 6, note: 'Waiting for logistics' }))
      .then([
        {
          type: 'ProjectStatusReported',
          data: {
            projectId,
            reportedBy: leaders.owner,
            rag: 'amber',
            confidence: 6,
            note: 'Waiting for logistics',
          },
        },
      ]);
  });

  it('records a status without a note', () => {
    const [event] = spec.given([registered]).when(reportStatus()).thenEvents();
    expect(event?.data).not.toHaveProperty('note');
  });

  it.each([
    ['the head of the home division', leaders.financeHead],
    ['a ranking delegate of the home division', leaders.financeDelegate],
  ])('may be reported by %s as a delegate of the owner', (_, actorId) => {
    const [event] = spec.given([registered]).when(reportStatus({}, actorId)).thenEvents();
    expect(event?.data).toMatchObject({ reportedBy: actorId });
  });

  describe('when the owner changed', () => {
    it('is reported by the new owner', () => {
      const [event] = spec
        .given([registered, ownerChangedToPeer])
        .when(reportStatus({}, leaders.financePeer))
        .thenEvents();
      expect(event?.data).toMatchObject({ reportedBy: leaders.financePeer });
    });

    it('is forbidden to the previous owner', () => {
      spec
        .given([registered, ownerChangedToPeer])
        .when(reportStatus({}, leaders.owner))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_THE_OWNER_OR_DELEGATE' });
    });
  });

  describe('when neither the owner nor a delegate reports', () => {
    it('is forbidden', () => {
      spec
        .given([registered])
        .when(reportStatus({}, leaders.financePeer))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_THE_OWNER_OR_DELEGATE' });
    });
  });

  describe.each([-1, 11, 6.5])('when the confidence is %s', (confidence) => {
    it('is refused', () => {
      spec
        .given([registered])
        .when(reportStatus({ confidence }))
        .thenFails({ code: 'CONFIDENCE_OUT_OF_RANGE', field: 'confidence' });
    });
  });

  it.each([0, 10])('accepts the confidence bound %s', (confidence) => {
    const [event] = spec.given([registered]).when(reportStatus({ confidence })).thenEvents();
    expect(event?.data).toMatchObject({ confidence });
  });

  describe.each([
    ['blank', ' '],
    ['longer than 2000 characters', 'x'.repeat(2001)],
  ])('when the note is %s', (_, note) => {
    it('is refused', () => {
      spec
        .given([registered])
        .when(reportStatus({ note }))
        .thenFails({ code: 'NOTE_LENGTH', field: 'note' });
    });
  });

  describe('when the project is not registered', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(reportStatus())
        .thenFails({ apiCode: 'NOT_FOUND', code: 'PROJECT_NOT_FOUND', field: 'projectId' });
    });
  });

  describe('when the project is closed', () => {
    it('accepts no more status reports', () => {
      spec
        .given([registered, closed])
        .when(reportStatus())
        .thenFails({ apiCode: 'RULE_VIOLATED', code: 'PROJECT_CLOSED' });
    });
  });
});
