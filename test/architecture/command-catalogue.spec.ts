import { CommandCatalogue, serviceOfCommand } from '@lib/command-transport';
import { messagePatternsOf } from '@lib/testing/message-patterns';
import { AssessmentServiceModule } from '../../apps/assessment-service/src/assessment-service.module';
import { OrgServiceModule } from '../../apps/org-service/src/org-service.module';
import { PeerServiceModule } from '../../apps/peer-service/src/peer-service.module';
import { StrategyServiceModule } from '../../apps/strategy-service/src/strategy-service.module';

// The catalogue is what a caller offers; the handlers are what the services take. Built, not
// started: forRoot only describes the module, so no database or broker is needed.
const services = {
  'org-service': OrgServiceModule.forRoot({}),
  'peer-service': PeerServiceModule.forRoot({}),
  'strategy-service': StrategyServiceModule.forRoot({}),
  'assessment-service': AssessmentServiceModule.forRoot({}),
};

describe('the command catalogue', () => {
  it('Given the command services, When their modules are read, Then it names each of them', () => {
    expect(Object.keys(CommandCatalogue).sort()).toEqual(Object.keys(services).sort());
  });

  it.each(Object.entries(services))(
    "Given %s's module, When its message handlers are listed, Then they are exactly its catalogue entry",
    (service, module) => {
      const catalogue = CommandCatalogue[service as keyof typeof CommandCatalogue];
      expect(messagePatternsOf(module)).toEqual([...catalogue].sort());
    },
  );

  it('Given a command type, When its service is looked up, Then exactly one service takes it', () => {
    const all = Object.values(CommandCatalogue).flat();
    expect(new Set(all).size).toBe(all.length);
    expect(serviceOfCommand('RaisePeerRequest')).toBe('peer-service');
    expect(serviceOfCommand('DropAllTables')).toBeUndefined();
  });
});
