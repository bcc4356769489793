// `benchmatch seed [--engineers N] [--seed S]`: generates the demo bench and imports it through the
// normal import path (by id: re-seeding updates the same records; nothing else in the bench is touched).
import { helpText } from '../help';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_DEFAULTS, MAX_DEMO_ENGINEERS, generateDemoBench } from '../../../db/seed';
import type { CliCommand } from '../context';
import { printImportReport } from './import';
import { intOption } from './parse';

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('seed')
      .description(helpText('cli:help.commands.seed'))
      .option('--engineers <n>', helpText('cli:help.options.seedEngineers', { n: String(DEMO_DEFAULTS.engineers) }), intOption(0, MAX_DEMO_ENGINEERS))
      .option('--seed <s>', helpText('cli:help.options.seed', { n: String(DEMO_DEFAULTS.seed) }), intOption(0, 2 ** 31 - 1))
      .action(async (opts: { engineers?: number; seed?: number }) => {
        const bench = generateDemoBench({ engineers: opts.engineers, seed: opts.seed, today: ctx.today() });
        // The import API reads a file, so the demo goes through the exact path a user's file takes
        // (validation, skill resolution, one transaction). The temp folder is private and removed.
        const dir = mkdtempSync(path.join(tmpdir(), 'benchmatch-seed-'));
        try {
          const file = path.join(dir, 'demo.bench.json');
          writeFileSync(file, JSON.stringify(bench));
          const report = await ctx.call('importFile', { path: file }, { progress: true });
          printImportReport(ctx.out, report);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
  },
};
