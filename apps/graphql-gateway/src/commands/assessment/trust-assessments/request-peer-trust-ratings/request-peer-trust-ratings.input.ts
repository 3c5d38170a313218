import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RequestPeerTrustRatingsInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => [ID], { description: '3 to 12 peers; never recorded in clear.' })
  raterIds!: string[];
}
