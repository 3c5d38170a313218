import { deciderSpec } from '@lib/testing';
import type { CommandMetadata } from '../../shared/decider';
import { aLeader, anAdmin } from '../test/org-fixtures';
import { ana, anaDeactivated, anaRegistered, finance } from '../test/leader-history';
import type { RegisterLeader } from './leader.commands';
import { leaderDecider } from './leader.decider';

const spec = deciderSpec(leaderDecider);

function registerAna(
  data: Partial<RegisterLeader['data']> = {},
  metadata: CommandMetadata = anAdmin(),
): RegisterLeader {
  const { managerId, name, level } = anaRegistered.data;
  return {
    type: 'RegisterLeader',
    data: {
      leaderId: ana,
      divisionId: finance,
      managerId,
      name,
      level,
      facts: { division: 'active' },
      ...data,
    },
    metadata,
  };
}

describe('RegisterLeader', () => {
  it('registers the leader in their division, with their manager and level', () => {
    spec.given([]).when(registerAna()).then([anaRegistered]);
  });

  describe('when the leader has no manager', () => {
    it('is registered without one', () => {
      const [event] = spec
        .given([])
        .when(registerAna({ managerId: undefined }))
        .thenEvents();
      expect(event.data).not.toHaveProperty('managerId');
    });
  });

  describe('when someone other than an admin registers a leader', () => {
    it('is forbidden', () => {
      spec
        .given([])
        .when(registerAna({}, aLeader(ana)))
        .thenFails({ code: 'NOT_AN_ADMIN', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the leader is already registered', () => {
    it('conflicts, even once deactivated', () => {
      spec
        .given([anaRegistered, anaDeactivated])
        .when(registerAna())
        .thenFails({ code: 'LEADER_ALREADY_REGISTERED', apiCode: 'CONFLICT' });
    });
  });

  describe('when the division does not exist', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(registerAna({ facts: { division: 'unknown' } }))
        .thenFails({ code: 'DIVISION_NOT_FOUND', apiCode: 'NOT_FOUND', field: 'divisionId' });
    });
  });

  describe('when the division was merged into another', () => {
    it('is refused: the leader joins the merged division instead', () => {
      spec
        .given([])
        .when(registerAna({ facts: { division: 'merged_away' } }))
        .thenFails({ code: 'DIVISION_MERGED_AWAY', apiCode: 'RULE_VIOLATED', field: 'divisionId' });
    });
  });

  describe('the name', () => {
    it.each([
      ['empty', ''],
      ['blank', '   '],
      ['longer than 200 characters', 'x'.repeat(201)],
    ])('is refused when %s', (_, name) => {
      spec
        .given([])
        .when(registerAna({ name }))
        .thenFails({ code: 'NAME_LENGTH_OUT_OF_RANGE', apiCode: 'RULE_VIOLATED', field: 'name' });
    });

    it('may be 200 characters, counted as the reader sees them', () => {
      const name = '👩🏽'.repeat(100);
      const [event] = spec.given([]).when(registerAna({ name })).thenEvents();
      expect(event.data).toMatchObject({ name });
    });
  });

  describe('when the leader would be their own manager', () => {
    it('is refused', () => {
      spec
        .given([])
        .when(registerAna({ managerId: ana }))
        .thenFails({ code: 'MANAGER_IS_SELF', apiCode: 'RULE_VIOLATED', field: 'managerId' });
    });
  });
});
