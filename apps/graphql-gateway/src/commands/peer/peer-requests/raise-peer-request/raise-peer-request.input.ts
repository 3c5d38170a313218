import { Effort, RequestKind } from '../../../vocabulary.enums';
import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RaisePeerRequestInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => ID)
  requesterId!: string;

  @Field(() => ID)
  recipientId!: string;

  @Field(() => RequestKind)
  kind!: keyof typeof RequestKind;

  @Field(() => String)
  topic!: string;

  @Field(() => [ID], { nullable: true })
  themeIds?: string[];

  @Field(() => ID, { nullable: true })
  projectId?: string;

  @Field(() => ID, { nullable: true })
  supportNeedId?: string;

  @Field(() => Effort)
  effort!: keyof typeof Effort;

  @Field(() => String, { description: 'ISO 8601 date-time' })
  respondBy!: string;

  @Field(() => String, { description: 'ISO 8601 date-time' })
  dueAt!: string;

  @Field(() => String, { nullable: true })
  overrideReason?: string;
}
