import { Command } from 'commander';
import { ConfigError } from '../platform/config.ts';
import { registerAdminCommands } from './commands/admin.ts';
import { registerCoreCommands } from './commands/core.ts';
import { registerImportCommands } from './commands/import.ts';
import { registerSandboxCommands } from './commands/sandbox.ts';
import { registerSearchCommands } from './commands/search.ts';

const program = new Command('haat').description('Haat marketplace: server, worker and operations');
registerCoreCommands(program);
registerAdminCommands(program);
registerImportCommands(program);
registerSandboxCommands(program);
registerSearchCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
