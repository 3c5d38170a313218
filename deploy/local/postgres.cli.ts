import { answers, MACHINE_POSTGRES_URL, startEmbeddedPostgres } from './postgres';

/**
 * `npm run postgres:start`: says which PostgreSQL the platform will use, and on a laptop without
 * one runs an embedded PostgreSQL 15 in the foreground until Ctrl-C.
 */
async function main(): Promise<void> {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv)
    return console.log(`DATABASE_URL is set; the platform uses ${fromEnv}. Nothing to start.`);
  if (await answers(MACHINE_POSTGRES_URL)) {
    return console.log(`PostgreSQL already answers at ${MACHINE_POSTGRES_URL}. Nothing to start.`);
  }
  const server = await startEmbeddedPostgres();
  console.log(`Use it with: export DATABASE_URL=${server.url}`);
  console.log('Stop it with Ctrl-C.');
  const stop = () => void server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await new Promise(() => undefined);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
