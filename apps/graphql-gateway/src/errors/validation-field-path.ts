import type { FieldError } from '@lib/platform';

// GraphQL's own validation and variable coercion name the failing input field in their messages
// (graphql 16 wording, stable across its minors). These turn them into our field paths, rooted at
// the argument, e.g. `input.topic`, so that a portal reads the same shape whatever layer refused.

const PATTERNS: ReadonlyArray<Readonly<{ pattern: RegExp; rule: string }>> = [
  {
    pattern: /Field "(?:\w+\.)?(\w+)" of required type "[^"]+" was not provided/,
    rule: 'isDefined',
  },
  { pattern: /Field "(\w+)" is not defined by type "\w+"/, rule: 'whitelistValidation' },
  { pattern: /cannot represent/, rule: 'isType' },
  { pattern: /Expected type|Expected value of type|Enum "\w+" cannot/, rule: 'isType' },
  {
    pattern: /of required type "[^"]+" was provided the variable|must not be null/,
    rule: 'isDefined',
  },
];

/** The field error in a GraphQL validation message, or undefined when it names no input. */
export function fieldErrorOf(message: string): FieldError | undefined {
  const variable = /^Variable "\$(\w+)" got invalid value .*?(?: at "([\w.[\]]+)")?; (.*)$/s.exec(
    message,
  );
  const [root, detail] = variable
    ? [normalise(variable[2] ?? variable[1]), variable[3]]
    : [argumentOf(message), message];
  const match = PATTERNS.map(({ pattern, rule }) => ({ found: pattern.exec(detail), rule })).find(
    ({ found }) => found !== null,
  );
  if (!match || (!variable && root === undefined && !match.found?.[1])) return undefined;
  const leaf = match.found?.[1];
  const field = [root, leaf].filter((part): part is string => Boolean(part)).join('.');
  return { field: field || 'input', rule: match.rule, message: detail };
}

function normalise(path: string): string {
  return path.replace(/\[(\d+)\]/g, '.$1');
}

function argumentOf(message: string): string | undefined {
  return /[Aa]rgument "(?:\w+\.)?(\w+)(?:\(\w+:\))?/.exec(message)?.[1];
}
