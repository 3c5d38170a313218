import { bootstrapApp } from '@lib/platform';
import { RiskProjectorModule } from './risk-projector.module';
import { riskProjectorOptions } from './risk-projector.options';

void bootstrapApp(RiskProjectorModule.forRoot(), riskProjectorOptions());
