import { TRUST_COMPONENTS, type TrustComponent, type TrustInstrument } from './trust-instrument';

export type TrustAnswer = Readonly<{ item: string; value: number }>;

/** A component's score is the mean of its items' answers, on the instrument's scale. */
export type ComponentScores = Readonly<Record<TrustComponent, number>>;

export interface ComponentExplanation {
  readonly component: TrustComponent;
  readonly score: number;
  /** The score placed on 0..100 of the answer scale. */
  readonly normalised: number;
  /** How many points of the normalised trust score this component adds against a neutral answer. */
  readonly effect: number;
}

export interface TrustScore {
  /** Maister's trust equation: (C + R + I) / S. */
  readonly trust: number;
  /** `trust` on 0..100, on a log scale between the lowest and highest the scale allows. */
  readonly normalised: number;
  readonly components: readonly ComponentExplanation[];
}

export function componentScores(
  instrument: TrustInstrument,
  answers: readonly TrustAnswer[],
): ComponentScores {
  const valueOf = new Map(answers.map(({ item, value }) => [item, value]));
  const meanOf = (component: TrustComponent) => {
    const values = instrument.items
      .filter((item) => item.component === component)
      .map((item) => valueOf.get(item.id) ?? Number.NaN);
    return values.reduce((sum, value) => sum + value, 0) / values.length;
  };
  return { C: meanOf('C'), R: meanOf('R'), I: meanOf('I'), S: meanOf('S') };
}

export function maisterTrust(scores: ComponentScores): number {
  return (scores.C + scores.R + scores.I) / scores.S;
}

// The equation is a ratio, so a log scale is its natural one: equal factors of trust are equal
// distances, and neutral answers everywhere sit at 50 (the geometric middle of the bounds).
function normalisedTrust(scores: ComponentScores, scale: TrustInstrument['scale']): number {
  const lowest = (3 * scale.min) / scale.max;
  const highest = (3 * scale.max) / scale.min;
  return (100 * Math.log(maisterTrust(scores) / lowest)) / Math.log(highest / lowest);
}

export function explainTrust(scores: ComponentScores, instrument: TrustInstrument): TrustScore {
  const { scale } = instrument;
  const normalised = normalisedTrust(scores, scale);
  const neutral = (scale.min + scale.max) / 2;
  return {
    trust: maisterTrust(scores),
    normalised,
    components: TRUST_COMPONENTS.map((component) => ({
      component,
      score: scores[component],
      normalised: (100 * (scores[component] - scale.min)) / (scale.max - scale.min),
      effect: normalised - normalisedTrust({ ...scores, [component]: neutral }, scale),
    })),
  };
}

/** The mean of several raters' component scores, component by component. */
export function meanScores(all: readonly ComponentScores[]): ComponentScores {
  const mean = (component: TrustComponent) =>
    all.reduce((sum, scores) => sum + scores[component], 0) / all.length;
  return { C: mean('C'), R: mean('R'), I: mean('I'), S: mean('S') };
}
