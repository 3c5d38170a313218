import { Clock, PlatformModule, SystemClock } from '@lib/platform';
import { ProjectorModule } from '@lib/projections';
import { type DynamicModule, Module } from '@nestjs/common';
import { ReevaluationJob, RiskEvaluator } from './evaluation/risk-evaluator';
import { riskProjection } from './risk.projection';
import { RISK_SCHEMA, riskProjectorOptions } from './risk-projector.options';

export interface RiskProjectorOverrides {
  /** The present the periodic evaluation reads; tests pass a clock they control. */
  clock?: Clock;
}

@Module({})
export class RiskProjectorModule {
  static forRoot(
    variables?: NodeJS.ProcessEnv,
    overrides: RiskProjectorOverrides = {},
  ): DynamicModule {
    return {
      module: RiskProjectorModule,
      imports: [
        PlatformModule.forRoot(riskProjectorOptions(variables)),
        ProjectorModule.forRoot({ projection: riskProjection(), schema: RISK_SCHEMA }),
      ],
      providers: [
        { provide: Clock, useValue: overrides.clock ?? new SystemClock() },
        RiskEvaluator,
        ReevaluationJob,
      ],
      exports: [RiskEvaluator],
    };
  }
}
