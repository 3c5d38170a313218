import { CommanderError } from 'commander';
import { openReadModels, reportQueries } from '../read-models/reporting-read-models';
import { ReportCatalogue } from '../reports/report-catalogue';
import { DataSource } from 'typeorm';
import { adminProgram } from './admin.program';

/** `npm run admin -- <command>` on DATABASE_URL; `--help` on every command. */
async function main(): Promise<void> {
  const opened: DataSource[] = [];
  const catalogue = async () => {
    const databaseUrl = process.env.DATABASE_URL;
    if (!databaseUrl) throw new Error('DATABASE_URL: is required (the platform database)');
    const risk = await openReadModels(DataSource, 'risk', databaseUrl);
    const alignment = await openReadModels(DataSource, 'alignment', databaseUrl);
    opened.push(risk, alignment);
    return new ReportCatalogue(reportQueries(risk, alignment));
  };
  const program = adminProgram(catalogue, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    interactive: process.stderr.isTTY === true,
  });
  try {
    await program.parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) process.exitCode = error.exitCode;
    else {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    }
  } finally {
    await Promise.all(opened.map((source) => source.destroy()));
  }
}

void main();
