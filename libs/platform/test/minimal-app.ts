import { Controller, Get, Logger, Module } from '@nestjs/common';
import {
  bootstrapApp,
  PlatformEnvironment,
  PlatformModule,
  type PlatformOptions,
} from '@lib/platform';

// The smallest app the platform can run: what bootstrap.int-spec.ts starts as a child process.

const platform: PlatformOptions = { serviceName: 'minimal-app', environment: PlatformEnvironment };

@Controller('greetings')
class GreetingController {
  private readonly logger = new Logger(GreetingController.name);

  @Get()
  greet(): { greeting: string } {
    this.logger.log('greeting a caller');
    return { greeting: 'hello' };
  }
}

@Module({ imports: [PlatformModule.forRoot(platform)], controllers: [GreetingController] })
class MinimalAppModule {}

void bootstrapApp(MinimalAppModule, platform);
