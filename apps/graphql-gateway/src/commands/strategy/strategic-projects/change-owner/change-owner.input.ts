import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ChangeOwnerInput {
  @Field(() => ID)
  projectId!: string;

  @Field(() => ID)
  newOwnerId!: string;
}
