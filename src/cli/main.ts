import { Command } from 'commander';
import { ConfigError } from '../platform/config.ts';
import { registerAdminCommands } from './commands/admin.ts';
import { registerCoreCommands } from './commands/core.ts';
import { registerImportCommands } from './commands/import.ts';
import { registerOpsCommands } from './commands/ops.ts';
import { registerSandboxCommands } from './commands/sandbox.ts';
import { registerSearchCommands } from './commands/search.ts';

const program = new Command('haat').description('Haat marketplace: server, worker and operations');
registerCoreCommands(program);
registerAdminCommands(program);
registerImportCommands(program);
registerSandboxCommands(program);
registerOpsCommands(program);
registerSearchCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(2);
  }
  // One line naming the cause (a StartupError says which setting to change); never `undefined`.
  const message = error instanceof Error ? error.message : String(error);
  console.error(message || (error instanceof Error ? error.name : 'Unknown error'));
  process.exit(1);
}
