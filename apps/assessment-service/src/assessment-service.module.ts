import { Topics } from '@lib/contracts';
import { CommandServiceModule, type InlineReadModel } from '@lib/command-transport/service';
import { PlatformModule } from '@lib/platform';
import { OrgDirectoryFeedModule } from '@lib/read-models/feeds';
import { type DynamicModule, Module } from '@nestjs/common';
import { Pool } from 'pg';
import {
  ASSESSMENT_SCHEMA,
  AssessmentServiceEnvironment,
  assessmentServiceOptions,
} from './assessment-service.options';
import { RaterKeyring, RaterPseudonyms } from './rater-privacy';
import { trustAssessmentHandlers } from './trust-assessments';

// The key table is created with the service's own tables; it follows no event.
const raterKeyTable: InlineReadModel = {
  migrate: (pool) => RaterKeyring.migrate(pool, ASSESSMENT_SCHEMA),
  project: async () => undefined,
};

/**
 * The assessment service: the Trusted Leader assessment over TCP. Leaders are checked against its
 * own copy of the org directory; raters are pseudonymised under the tenant's key before a command
 * reaches the decider.
 */
@Module({})
export class AssessmentServiceModule {
  static forRoot(variables?: NodeJS.ProcessEnv): DynamicModule {
    return {
      module: AssessmentServiceModule,
      imports: [
        PlatformModule.forRoot(assessmentServiceOptions(variables)),
        CommandServiceModule.forRoot({
          schema: ASSESSMENT_SCHEMA,
          topic: Topics.assessment,
          inlineReadModels: [raterKeyTable],
        }),
        OrgDirectoryFeedModule.forRoot({ schema: ASSESSMENT_SCHEMA }),
      ],
      providers: [
        {
          provide: RaterKeyring,
          inject: [Pool, AssessmentServiceEnvironment],
          useFactory: (pool: Pool, env: AssessmentServiceEnvironment) =>
            new RaterKeyring(
              pool,
              ASSESSMENT_SCHEMA,
              Buffer.from(env.RATER_KEY_WRAPPING_KEY, 'base64'),
            ),
        },
        RaterPseudonyms,
      ],
      controllers: [...trustAssessmentHandlers],
    };
  }
}
