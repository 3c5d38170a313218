import { deciderSpec } from '@lib/testing';
import { activeIn, leaders } from '../strategy.fixtures';
import { supportNeedDecider } from './support-need.decider';
import { declared, declareNeed, projectAtDeclaration } from './support-need.fixtures';

const spec = deciderSpec(supportNeedDecider);
const project = projectAtDeclaration;
const facts = declareNeed().data.facts;

describe('DeclareSupportNeed', () => {
  it("declares what the owner's project needs from another division", () => {
    spec.given([]).when(declareNeed()).then([declared]);
  });

  it('may name no key contact', () => {
    const [event] = spec
      .given([])
      .when(declareNeed({ keyContactId: undefined, facts: { project } }))
      .thenEvents();
    expect(event?.data).not.toHaveProperty('keyContactId');
  });

  it("may be needed on the project's target day", () => {
    const [event] = spec
      .given([])
      .when(declareNeed({ neededBy: project.targetAt }))
      .thenEvents();
    expect(event?.data).toMatchObject({ neededBy: project.targetAt });
  });

  describe('when the need is already declared', () => {
    it('is refused as a conflict', () => {
      spec
        .given([declared])
        .when(declareNeed())
        .thenFails({ apiCode: 'CONFLICT', code: 'SUPPORT_NEED_ALREADY_DECLARED', field: 'needId' });
    });
  });

  describe('when the project is not known', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(declareNeed({ facts: { keyContact: facts.keyContact } }))
        .thenFails({ apiCode: 'NOT_FOUND', code: 'PROJECT_NOT_FOUND', field: 'projectId' });
    });
  });

  describe('when the project is closed', () => {
    it('is refused', () => {
      const closedProject = { ...facts, project: { ...project, status: 'closed' as const } };
      spec
        .given([])
        .when(declareNeed({ facts: closedProject }))
        .thenFails({ apiCode: 'RULE_VIOLATED', code: 'PROJECT_CLOSED', field: 'projectId' });
    });
  });

  describe.each([
    ['a peer of the owner', leaders.financePeer],
    ['the head of the home division', leaders.financeHead],
  ])('when %s declares it', (_, actorId) => {
    it('is forbidden: only the project owner declares needs', () => {
      spec
        .given([])
        .when(declareNeed({}, actorId))
        .thenFails({ apiCode: 'FORBIDDEN', code: 'NOT_THE_PROJECT_OWNER' });
    });
  });

  describe("when the supporting division is the project's home division", () => {
    it('is refused', () => {
      spec
        .given([])
        .when(declareNeed({ supportingDivisionId: 'div-finance', keyContactId: undefined }))
        .thenFails({
          code: 'SUPPORTING_DIVISION_IS_HOME_DIVISION',
          field: 'supportingDivisionId',
        });
    });
  });

  describe.each([0, -2, Number.NaN, Number.POSITIVE_INFINITY])(
    'when the capacity needed is %s FTE-weeks',
    (capacityFteWeeks) => {
      it('is refused', () => {
        spec
          .given([])
          .when(declareNeed({ capacityFteWeeks }))
          .thenFails({ code: 'CAPACITY_NOT_POSITIVE', field: 'capacityFteWeeks' });
      });
    },
  );

  describe("when the support is needed after the project's target", () => {
    it('is refused', () => {
      spec
        .given([])
        .when(declareNeed({ neededBy: '2025-10-01T00:00:00Z' }))
        .thenFails({ code: 'NEEDED_AFTER_PROJECT_TARGET', field: 'neededBy' });
    });
  });

  describe('when the key contact belongs to another division than the supporting one', () => {
    it('is refused', () => {
      spec
        .given([])
        .when(declareNeed({ facts: { project, keyContact: activeIn('div-legal') } }))
        .thenFails({ code: 'KEY_CONTACT_NOT_IN_SUPPORTING_DIVISION', field: 'keyContactId' });
    });
  });

  describe('when the key contact is no longer active', () => {
    it('is refused', () => {
      const keyContact = { divisionId: 'div-ops', active: false };
      spec
        .given([])
        .when(declareNeed({ facts: { project, keyContact } }))
        .thenFails({ code: 'KEY_CONTACT_INACTIVE', field: 'keyContactId' });
    });
  });

  describe('when the key contact is not a known leader', () => {
    it('is refused', () => {
      spec
        .given([])
        .when(declareNeed({ facts: { project } }))
        .thenFails({ code: 'KEY_CONTACT_UNKNOWN', field: 'keyContactId' });
    });
  });
});
