import { deciderSpec } from '@lib/testing';
import type { CommandMetadata } from '../../shared/decider';
import { finance, financeRegistered } from '../test/division-history';
import { anAdmin, anExecutive } from '../test/org-fixtures';
import type { MergeDivisions, MergeDivisionsFacts } from './division.commands';
import type { DivisionsMerged } from './division.events';
import { divisionDecider } from './division.decider';

const spec = deciderSpec(divisionDecider);

const procurement = 'div-procurement';
const treasury = 'div-treasury';
const effectiveAt = '2025-05-01T00:00:00.000Z';

function merge(
  sourceIds: readonly string[],
  facts: Partial<MergeDivisionsFacts> = {},
  metadata: CommandMetadata = anAdmin(),
): MergeDivisions {
  return {
    type: 'MergeDivisions',
    data: {
      targetId: finance,
      sourceIds,
      effectiveAt,
      facts: {
        targetMergedAway: false,
        sources: { [procurement]: 'active', [treasury]: 'active' },
        ...facts,
      },
    },
    metadata,
  };
}

function merged(sourceIds: readonly string[]): DivisionsMerged {
  return { type: 'DivisionsMerged', data: { sourceIds, targetId: finance, effectiveAt } };
}

describe('MergeDivisions', () => {
  it("merges the divisions into the target, in the target's stream", () => {
    spec
      .given([financeRegistered])
      .when(merge([procurement, treasury]))
      .then([merged([procurement, treasury])]);
  });

  describe('when someone other than an admin merges', () => {
    it('is forbidden, even for an executive', () => {
      spec
        .given([financeRegistered])
        .when(merge([procurement], {}, anExecutive()))
        .thenFails({ code: 'NOT_AN_ADMIN', apiCode: 'FORBIDDEN' });
    });
  });

  describe('when the target is not registered', () => {
    it('is not found', () => {
      spec
        .given([])
        .when(merge([procurement]))
        .thenFails({ code: 'DIVISION_NOT_FOUND', apiCode: 'NOT_FOUND', field: 'targetId' });
    });
  });

  describe('when the target was itself merged into another', () => {
    it('is refused', () => {
      spec
        .given([financeRegistered])
        .when(merge([procurement], { targetMergedAway: true }))
        .thenFails({ code: 'DIVISION_MERGED_AWAY', apiCode: 'RULE_VIOLATED', field: 'targetId' });
    });
  });

  describe('when no source is named', () => {
    it('is refused', () => {
      spec
        .given([financeRegistered])
        .when(merge([]))
        .thenFails({ code: 'NO_SOURCE_DIVISIONS', apiCode: 'RULE_VIOLATED', field: 'sourceIds' });
    });
  });

  describe('when a source is named twice', () => {
    it('is refused', () => {
      spec
        .given([financeRegistered])
        .when(merge([procurement, procurement]))
        .thenFails({
          code: 'DUPLICATE_SOURCE_DIVISIONS',
          apiCode: 'RULE_VIOLATED',
          field: 'sourceIds',
        });
    });
  });

  describe('when the target is among the sources', () => {
    it('is refused: a division cannot merge into itself', () => {
      spec
        .given([financeRegistered])
        .when(merge([procurement, finance]))
        .thenFails({ code: 'SOURCE_IS_TARGET', apiCode: 'RULE_VIOLATED', field: 'sourceIds' });
    });
  });

  describe('when a source does not exist', () => {
    it.each([
      ['the read model does not know it', procurement, { [procurement]: 'unknown' }],
      ['the facts leave it out', procurement, {}],
      ['it is named like a property of every object', 'constructor', {}],
    ] as const)('is not found when %s', (_, sourceId, sources) => {
      spec
        .given([financeRegistered])
        .when(merge([sourceId], { sources }))
        .thenFails({ code: 'DIVISION_NOT_FOUND', apiCode: 'NOT_FOUND', field: 'sourceIds' });
    });
  });

  describe('when a source was already merged', () => {
    it('is refused', () => {
      spec
        .given([financeRegistered])
        .when(merge([procurement], { sources: { [procurement]: 'merged_away' } }))
        .thenFails({ code: 'DIVISION_MERGED_AWAY', apiCode: 'RULE_VIOLATED', field: 'sourceIds' });
    });
  });
});
