// `benchmatch role draft FILE|- [--json]`: a draft role profile from a job description. The extraction
// is a pure function of the text, so this command never opens (or creates) a bench database.
import { helpText } from '../help';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiError, renderText } from '../../../shared/api/errors';
import { currentLanguage } from '../../../shared/i18n/instance';
import { readDocument } from '../../../db/documents/read';
import type { Command } from 'commander';
import { draftRoleFromText } from '../../../shared/jd/extract';
import type { CliCommand } from '../context';
import { refused } from '../exit';
import { formatPairs } from '../output';
import { translatorFor } from '../../../shared/i18n/instance';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The posting as text: a PDF, DOCX or text file through the document reader (which refuses scans, images, damaged files). */
async function readText(file: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as { code?: string }).code;
    const t = translatorFor(currentLanguage(), 'cli');
    const why = code === 'ENOENT' ? t('roleDraft.noSuchFile') : code === 'EISDIR' ? t('roleDraft.aFolder') : (e as Error).message;
    throw refused(t('roleDraft.cannotRead', { file }), [{ where: file, message: why }]);
  }
  try {
    return (await readDocument(bytes, basename(file))).text;
  } catch (e) {
    const err = ApiError.of(e);
    throw refused(err.message, err.problems ?? []);
  }
}

export const command: CliCommand = {
  register(program, ctx) {
    // `role` may gain other subcommands later; reuse the group if another module created it.
    const role: Command = program.commands.find((c) => c.name() === 'role') ?? program.command('role').description(helpText('cli:help.commands.role'));
    role
      .command('draft')
      .description(helpText('cli:help.commands.roleDraft'))
      .argument('<file>', helpText('cli:help.arguments.posting'))
      .option('--json', helpText('cli:help.options.roleDraftJson'))
      .action(async (file: string, opts: { json?: boolean }) => {
        const text = file === '-' ? await readStdin() : await readText(file);
        const t = translatorFor(currentLanguage(), 'cli');
        if (!text.trim()) throw refused(t('roleDraft.empty'), [{ where: file === '-' ? 'stdin' : file, message: t('roleDraft.noText') }]);
        const { role: r, evidence, notes } = draftRoleFromText(text, ctx.today());
        if (opts.json) return ctx.out.json(r);
        const reqs = (list: typeof r.mustHave) =>
          (list ?? []).map((q) => q.skill + (q.minLevel ? ` ≥${q.minLevel}` : '') + (q.minYears ? ` ${t('roleDraft.years', { years: q.minYears })}` : '')).join(', ') || '-';
        ctx.out.line(formatPairs([
          [t('roleDraft.title'), r.title],
          [t('roleDraft.seniority'), r.seniority?.join(', ') ?? '-'],
          [t('roleDraft.mustHave'), reqs(r.mustHave)],
          [t('roleDraft.niceToHave'), reqs(r.niceToHave)],
          [t('roleDraft.timeZone'), r.timeZone ?? '-'],
          [t('roleDraft.coreHours'), r.coreHours ? `${r.coreHours.start}-${r.coreHours.end}` : '-'],
          [t('roleDraft.minOverlap'), r.minOverlapHours !== undefined ? t('roleDraft.hours', { hours: r.minOverlapHours }) : '-'],
          [t('roleDraft.minEnglish'), r.minEnglish ?? '-'],
          [t('roleDraft.maxBillRate'), r.maxBillRate !== undefined ? `$${r.maxBillRate}/h` : '-'],
          [t('roleDraft.startDate'), r.startDate ?? '-'],
          [t('roleDraft.headcount'), r.headcount ?? '-'],
        ]));
        if (notes.length) {
          ctx.out.line('');
          ctx.out.line(t('roleDraft.notes'));
          for (const n of notes) ctx.out.line(`  ${renderText(n, currentLanguage())}`);
        }
        ctx.out.line('');
        ctx.out.line(t('roleDraft.why'));
        for (const e of evidence) ctx.out.line(`  ${e.field}: ${e.text}`);
      });
  },
};
