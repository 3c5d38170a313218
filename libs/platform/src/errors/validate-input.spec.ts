import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { validateInput } from './validate-input';

class Item {
  @IsString()
  ref!: string;
}

class Input {
  @Length(5, 200)
  topic!: string;

  @IsInt()
  @Min(1)
  @Max(5)
  helpfulness!: number;

  @IsIn(['S', 'M', 'L'])
  effort!: string;

  @ValidateNested({ each: true })
  @Type(() => Item)
  items: Item[] = [];
}

describe('validating input', () => {
  const valid = {
    topic: 'Pricing review',
    helpfulness: 4,
    effort: 'M',
    items: [{ ref: 'theme-1' }],
  };

  it('returns an instance of the input class when every rule holds', async () => {
    const input = await validateInput(Input, valid);
    expect(input).toBeInstanceOf(Input);
    expect(input).toMatchObject(valid);
  });

  it('names every failing field and its rule', async () => {
    const attempt = validateInput(Input, {
      ...valid,
      topic: 'hey',
      helpfulness: 9,
      effort: undefined,
    });
    await expect(attempt).rejects.toMatchObject({
      error: {
        code: 'VALIDATION_FAILED',
        errors: expect.arrayContaining([
          expect.objectContaining({ field: 'topic', rule: 'isLength' }),
          expect.objectContaining({ field: 'helpfulness', rule: 'max' }),
          expect.objectContaining({ field: 'effort', rule: 'isIn' }),
        ]),
      },
    });
  });

  it('refuses an unknown field', async () => {
    await expect(validateInput(Input, { ...valid, priority: 'urgent' })).rejects.toMatchObject({
      error: {
        errors: [
          {
            field: 'priority',
            rule: 'whitelistValidation',
            message: 'property priority should not exist',
          },
        ],
      },
    });
  });

  it('names the path of a failing nested field', async () => {
    await expect(
      validateInput(Input, { ...valid, items: [{ ref: 'ok' }, { ref: 7 }] }),
    ).rejects.toMatchObject({
      error: { errors: [expect.objectContaining({ field: 'items.1.ref', rule: 'isString' })] },
    });
  });

  it('refuses input that is not an object', async () => {
    await expect(validateInput(Input, 'topic')).rejects.toMatchObject({
      error: { code: 'VALIDATION_FAILED' },
    });
  });
});
