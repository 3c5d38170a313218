import { RuleViolated } from '../../shared/domain-errors';
import type { TrustInstrument } from '../trust-instrument';
import type { TrustAnswer } from '../trust-score';

/** Every item of the instrument answered exactly once, on its scale, and nothing else. */
export function assertAllItemsAnswered(
  instrument: TrustInstrument,
  answers: readonly TrustAnswer[],
): void {
  const known = new Set(instrument.items.map((item) => item.id));
  const seen = new Set<string>();
  for (const { item, value } of answers) {
    if (!known.has(item)) {
      throw new RuleViolated(
        'UNKNOWN_ITEM',
        `${item} is not an item of instrument version ${instrument.version}`,
        'answers',
      );
    }
    if (seen.has(item)) {
      throw new RuleViolated('ITEM_ANSWERED_TWICE', `${item} is answered twice`, 'answers');
    }
    seen.add(item);
    const { min, max } = instrument.scale;
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new RuleViolated(
        'ANSWER_OFF_SCALE',
        `${item} must be answered with a whole number from ${min} to ${max}`,
        'answers',
      );
    }
  }
  const missing = instrument.items.filter((item) => !seen.has(item.id)).map((item) => item.id);
  if (missing.length > 0) {
    throw new RuleViolated(
      'ITEMS_UNANSWERED',
      `every item must be answered; missing ${missing.join(', ')}`,
      'answers',
    );
  }
}
