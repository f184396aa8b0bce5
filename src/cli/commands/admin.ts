import type { Command } from 'commander';
import { createAdmin } from '../../modules/identity/index.ts';
import { AppError, errorMessage } from '../../platform/errors.ts';
import { withContext } from './core.ts';

type Options = { phone?: string; email?: string; name: string; password?: string };

export function registerAdminCommands(program: Command) {
  const admin = program.command('admin').description('manage administrator accounts');
  admin
    .command('create')
    .description('create an admin account (the only way to get the admin role)')
    .option('--phone <phone>', 'Bangladeshi mobile number, e.g. 01712345678')
    .option('--email <email>', 'email address')
    .requiredOption('--name <name>', 'display name')
    .option('--password <password>', 'password (omit to generate one, printed once)')
    .action((options: Options) =>
      withContext(async (ctx) => {
        if (!options.phone && !options.email) throw new Error('Give --phone and/or --email.');
        const { user, password, generated } = await createAdmin(ctx, options).catch(
          (error: unknown) => {
            // Show the English message (e.g. "An account with this mobile number already exists.").
            if (error instanceof AppError) throw new Error(errorMessage(error.code, 'en'));
            throw error;
          },
        );
        console.log(`Admin created: ${user.name} ${user.phone ?? ''} ${user.email ?? ''}`.trim());
        if (generated) console.log(`Password (shown only now): ${password}`);
      }),
    );
}
