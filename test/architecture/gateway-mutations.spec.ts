import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { messagePatternsOf } from '@lib/testing/message-patterns';
import { getMetadataStorage } from 'class-validator';
import { type GraphQLInputObjectType, type GraphQLSchema, isInputObjectType } from 'graphql';
import { gatewaySchema } from '../../apps/graphql-gateway/src/schema/gateway-schema';
import { AssessmentServiceModule } from '../../apps/assessment-service/src/assessment-service.module';
import { OrgServiceModule } from '../../apps/org-service/src/org-service.module';
import { PeerServiceModule } from '../../apps/peer-service/src/peer-service.module';
import { StrategyServiceModule } from '../../apps/strategy-service/src/strategy-service.module';

// Every command a service takes is a mutation of the gateway, and the mutation's input has exactly
// the fields of the input class the service validates it with: a command added, or a field added
// to one, fails here until the gateway offers it.
const services = {
  'org-service': OrgServiceModule.forRoot({}),
  'peer-service': PeerServiceModule.forRoot({}),
  'strategy-service': StrategyServiceModule.forRoot({}),
  'assessment-service': AssessmentServiceModule.forRoot({}),
};
/** Input classes named otherwise than `<Command>Input`. */
const INPUT_CLASS_OF: Record<string, string> = {
  LockCycle: 'CycleInput',
  CloseCycle: 'CycleInput',
};

const mutationName = (command: string) => command[0].toLowerCase() + command.slice(1);

async function serviceInputClasses(service: string): Promise<Map<string, new () => object>> {
  const root = join(__dirname, '..', '..', 'apps', service, 'src');
  const classes = new Map<string, new () => object>();
  const handlerFiles = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /handlers?\.ts$/.test(file),
  );
  for (const file of handlerFiles) {
    for (const [name, value] of Object.entries((await import(join(root, file))) as object)) {
      if (name.endsWith('Input') && typeof value === 'function') classes.set(name, value);
    }
  }
  return classes;
}

function validatedFields(inputClass: new () => object): string[] {
  const rules = getMetadataStorage().getTargetValidationMetadatas(inputClass, '', true, false);
  return [...new Set(rules.map((rule) => rule.propertyName))].sort();
}

describe('the gateway mutations', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await gatewaySchema();
  });

  it.each(Object.entries(services))(
    'Given the commands %s takes, When the schema is read, Then each has a mutation with its input fields',
    async (service, module) => {
      const mutations = schema.getMutationType()?.getFields() ?? {};
      const inputClasses = await serviceInputClasses(service);
      for (const command of messagePatternsOf(module)) {
        const mutation = mutations[mutationName(command)];
        expect({ command, mutation: mutation?.name }).toEqual({
          command,
          mutation: mutationName(command),
        });
        const input = mutation.args.find((arg) => arg.name === 'input')?.type;
        const inputType = (input as { ofType?: unknown }).ofType as GraphQLInputObjectType;
        expect(isInputObjectType(inputType)).toBe(true);
        const inputClass = inputClasses.get(INPUT_CLASS_OF[command] ?? `${command}Input`);
        expect({ command, fields: Object.keys(inputType.getFields()).sort() }).toEqual({
          command,
          fields: validatedFields(inputClass!),
        });
        expect(mutation.args.map((arg) => arg.name).sort()).toEqual(['commandId', 'input']);
      }
    },
  );
});
