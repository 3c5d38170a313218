import { Inject } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import { type GatewayContext, principalOf } from '../../request/gateway-context';
import { CONSISTENT_WITH } from '../shared/consistent-with.arg';
import { CollaborationMatrixQuery } from './collaboration-matrix.query';
import { CollaborationMatrix } from './collaboration-matrix.type';

@Resolver()
export class CollaborationMatrixResolver {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Query(() => CollaborationMatrix, {
    description: 'The division collaboration matrix, or the cells of one division.',
  })
  collaborationMatrix(
    @Args('divisionId', { type: () => ID, nullable: true }) divisionId: string | undefined,
    @Args('consistentWith', CONSISTENT_WITH) token: string | undefined,
    @Context() context: GatewayContext,
  ) {
    return this.queries.execute(
      new CollaborationMatrixQuery(
        principalOf(context),
        token ?? undefined,
        divisionId ?? undefined,
      ),
    );
  }
}
