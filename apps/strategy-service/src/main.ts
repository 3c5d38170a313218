import { bootstrapApp } from '@lib/platform';
import { StrategyServiceModule } from './strategy-service.module';
import { strategyServiceOptions } from './strategy-service.options';

void bootstrapApp(StrategyServiceModule.forRoot(), strategyServiceOptions());
