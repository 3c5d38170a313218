import { Topics } from '@lib/contracts';
import { DEFAULT_SCORING_RULES, type ScoringRules } from '@lib/domain';
import { CommandServiceModule } from '@lib/command-transport/service';
import { PlatformModule } from '@lib/platform';
import { OrgDirectoryFeedModule } from '@lib/read-models/feeds';
import { type DynamicModule, Module } from '@nestjs/common';
import { Pool } from 'pg';
import { LeaderFacts } from './leader-facts';
import { MutualThemeFacts, mutualThemeHandlers } from './mutual-themes';
import { inlinePeerActivity, PeerActivity } from './peer-activity';
import { PeerRequestFacts, peerRequestHandlers } from './peer-requests';
import { PeerScoringRules } from './peer-scoring-rules';
import { PEER_SCHEMA, peerServiceOptions } from './peer-service.options';
import { InvitationFacts, presentationHandlers } from './presentations';
import { slaTimerProviders, slaTimerSchedule } from './sla-timers';
import { StrategyProjectsFeedModule } from './strategy-projects';

/**
 * The peer service: peer requests, presentation invitations and mutual themes over TCP, with
 * their facts from its own copies of the org directory and the strategic projects, and the SLA
 * timers of peer requests kept in PostgreSQL.
 */
@Module({})
export class PeerServiceModule {
  static forRoot(
    variables?: NodeJS.ProcessEnv,
    rules: ScoringRules = DEFAULT_SCORING_RULES,
  ): DynamicModule {
    return {
      module: PeerServiceModule,
      imports: [
        PlatformModule.forRoot(peerServiceOptions(variables)),
        CommandServiceModule.forRoot({
          schema: PEER_SCHEMA,
          topic: Topics.peer,
          inlineReadModels: [inlinePeerActivity(PEER_SCHEMA, rules), slaTimerSchedule(PEER_SCHEMA)],
        }),
        OrgDirectoryFeedModule.forRoot({ schema: PEER_SCHEMA }),
        StrategyProjectsFeedModule.forRoot({ schema: PEER_SCHEMA }),
      ],
      providers: [
        { provide: PeerScoringRules, useValue: new PeerScoringRules(rules) },
        {
          provide: PeerActivity,
          inject: [Pool],
          useFactory: (pool: Pool) => new PeerActivity(pool, PEER_SCHEMA),
        },
        LeaderFacts,
        PeerRequestFacts,
        InvitationFacts,
        MutualThemeFacts,
        ...slaTimerProviders(PEER_SCHEMA),
      ],
      controllers: [...peerRequestHandlers, ...presentationHandlers, ...mutualThemeHandlers],
    };
  }
}
