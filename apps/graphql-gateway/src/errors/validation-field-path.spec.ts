import { fieldErrorOf } from './validation-field-path';

describe('the field path of a GraphQL validation error', () => {
  it.each([
    [
      'Variable "$input" got invalid value { requestId: "r" }; Field "topic" of required type "String!" was not provided.',
      'input.topic',
      'isDefined',
    ],
    [
      'Variable "$input" got invalid value 5 at "input.topic"; String cannot represent a non string value: 5',
      'input.topic',
      'isType',
    ],
    [
      'Variable "$input" got invalid value { priority: "urgent" }; Field "priority" is not defined by type "RaisePeerRequestInput".',
      'input.priority',
      'whitelistValidation',
    ],
    [
      'Variable "$input" got invalid value "x" at "input.items[1].kind"; Value "x" does not exist in "PortfolioItemKind" enum. Expected type "PortfolioItemKind".',
      'input.items.1.kind',
      'isType',
    ],
    [
      'Field "RaisePeerRequestInput.topic" of required type "String!" was not provided.',
      'topic',
      'isDefined',
    ],
  ])('%s names %s', (message, field, rule) => {
    expect(fieldErrorOf(message)).toEqual(expect.objectContaining({ field, rule }));
  });

  it('names nothing for an error about the query itself', () => {
    expect(fieldErrorOf('Cannot query field "nope" on type "Query".')).toBeUndefined();
  });
});
