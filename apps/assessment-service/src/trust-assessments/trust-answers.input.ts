import { IsEntityId } from '@lib/platform';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, Matches, Max, Min, ValidateNested } from 'class-validator';

export class TrustAnswerInput {
  @Matches(/^[a-z][a-z0-9]{0,15}$/, { message: 'item must be an item id of the instrument' })
  item!: string;

  @IsInt()
  @Min(1)
  @Max(7)
  value!: number;
}

/** What every assessment command names, and the answers of the two that answer the instrument. */
export class AssessmentInput {
  @IsEntityId()
  assessmentId!: string;
}

export class AnsweredInput extends AssessmentInput {
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TrustAnswerInput)
  answers!: TrustAnswerInput[];
}
