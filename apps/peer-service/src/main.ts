import { bootstrapApp } from '@lib/platform';
import { PeerServiceModule } from './peer-service.module';
import { peerServiceOptions } from './peer-service.options';

void bootstrapApp(PeerServiceModule.forRoot(), peerServiceOptions());
