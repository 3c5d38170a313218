import { deciderSpec } from '@lib/testing';
import type { CommandMetadata } from '../../shared/decider';
import { finance, financeRegistered } from '../test/division-history';
import { anAdmin, anExecutive } from '../test/org-fixtures';
import type { RegisterDivision } from './division.commands';
import { divisionDecider } from './division.decider';

const spec = deciderSpec(divisionDecider);

function registerFinance(
  name = 'Finance',
  metadata: CommandMetadata = anAdmin(),
): RegisterDivision {
  return { type: 'RegisterDivision', data: { divisionId: finance, name }, metadata };
}

describe('RegisterDivision', () => {
  it('registers the division', () => {
    spec.given([]).when(registerFinance()).then([financeRegistered]);
  });

  describe('when someone other than an admin registers a division', () => {
    it('is forbidden, even for an executive', () => {
      spec
        .given([])
        .when(registerFinance('Finance', anExecutive()))
        .thenFails({ code: 'NOT_AN_ADMIN', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the division is already registered', () => {
    it('conflicts', () => {
      spec
        .given([financeRegistered])
        .when(registerFinance())
        .thenFails({ code: 'DIVISION_ALREADY_REGISTERED', apiCode: 'CONFLICT' });
    });
  });

  describe.each([
    ['blank', ' '],
    ['longer than 200 characters', 'F'.repeat(201)],
  ])('when the name is %s', (_, name) => {
    it('is refused', () => {
      spec
        .given([])
        .when(registerFinance(name))
        .thenFails({ code: 'NAME_LENGTH_OUT_OF_RANGE', apiCode: 'RULE_VIOLATED', field: 'name' });
    });
  });
});
