// `benchmatch cv read FILE [--json]` (a draft engineer with the text each value came from; writes nothing)
// and `benchmatch cv import FILE... [--dry-run] [--update-duplicates]` (each CV added with its file).
import { helpText } from '../help';
import path from 'node:path';
import type { CvImportResult, CvReading } from '../../../shared/api/cv';
import { renderText } from '../../../shared/api/errors';
import { reasonText } from '../../../shared/duplicates/reasons';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';
import type { CliCommand } from '../context';
import { refused } from '../exit';
import type { Output } from '../output';

/** Each source's confidence by the same JSON pointer as `sources`. */
function confidences(r: CvReading): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(r.draft.fields)) if (v) out[`/${k}`] = v.confidence;
  r.draft.skills.forEach((s, i) => (out[`/skills/${i}`] = s.confidence));
  r.draft.links.forEach((l, i) => (out[`/links/${i}`] = l.confidence));
  return out;
}

function printReading(out: Output, r: CvReading): void {
  const t = translatorFor(currentLanguage(), 'cli');
  const pct = (c: number) => `${Math.round(c * 100)}%`;
  // The draft's fields as `cv read` names them, in the reader's language.
  const label: Record<string, string> = {
    name: t('cvRead.field.name'), email: t('cvRead.field.email'), country: t('cvRead.field.country'), city: t('cvRead.field.city'),
    timeZone: t('cvRead.field.timeZone'), englishLevel: t('cvRead.field.englishLevel'), yearsExperience: t('cvRead.field.yearsExperience'),
    primaryRole: t('cvRead.field.primaryRole'), seniority: t('cvRead.field.seniority'),
  };
  out.line(t('cvRead.file', { file: r.file, kind: r.kind.toUpperCase(), count: r.pages }));
  for (const [k, v] of Object.entries(r.draft.fields)) {
    if (!v || k === 'summary') continue;
    out.line(`  ${label[k] ?? k}: ${String(v.value)}  [${pct(v.confidence)}]  ← "${v.source}"`);
  }
  for (const l of r.draft.links) out.line(`  ${t('cvRead.link')}: ${l.value}`);
  out.line(`  ${t('cvRead.skills', { count: r.draft.skills.length })}:`);
  for (const s of r.draft.skills) {
    const extra = [s.years !== undefined ? t('cvRead.years', { years: s.years }) : '', s.lastUsed ? t('cvRead.last', { year: s.lastUsed }) : ''].filter(Boolean);
    out.line(`    ${s.value} ${s.level}/5${extra.map((x) => `, ${x}`).join('')}  [${pct(s.confidence)}]  ← "${s.source}"`);
  }
  for (const p of r.samePerson) out.line(`  ${t('cv.samePerson', { id: p.engineerId, name: p.name, reasons: p.why.map((w) => renderText(reasonText(w), currentLanguage())) })}`);
  for (const w of r.warnings) out.error(t('cv.warning', { text: renderText(w, currentLanguage()) }));
}

const OUTCOME = {
  created: 'cli:cv.outcome.created', updated: 'cli:cv.outcome.updated', duplicate: 'cli:cv.outcome.duplicate', refused: 'cli:cv.outcome.refused',
} as const satisfies Record<CvImportResult['outcome'], string>;

export const command: CliCommand = {
  register(program, ctx) {
    const cv = program.command('cv').description(helpText('cli:help.commands.cv'));
    cv.command('read')
      .description(helpText('cli:help.commands.cvRead'))
      .argument('<file>', helpText('cli:help.arguments.cv'))
      .option('--json', helpText('cli:help.options.cvReadJson'))
      .action(async (file: string, opts: { json?: boolean }) => {
        const r = await ctx.call('readCvFile', { path: path.resolve(file) });
        if (opts.json) {
          ctx.out.json({ file: r.file, engineer: r.engineer, sources: r.sources, confidence: confidences(r), warnings: r.warnings.map((w) => renderText(w, 'en')), samePerson: r.samePerson });
          return;
        }
        printReading(ctx.out, r);
      });
    cv.command('import')
      .description(helpText('cli:help.commands.cvImport'))
      .argument('<files...>', helpText('cli:help.arguments.cvs'))
      .option('--dry-run', helpText('cli:help.options.cvDryRun'))
      .option('--update-duplicates', helpText('cli:help.options.updateDuplicates'))
      .action(async (files: string[], opts: { dryRun?: boolean; updateDuplicates?: boolean }) => {
        const r = await ctx.call('importCvFiles', { paths: files.map((f) => path.resolve(f)), dryRun: !!opts.dryRun, updateDuplicates: !!opts.updateDuplicates }, { progress: true });
        const t = translatorFor(currentLanguage(), ['cli']);
        const count = (o: string) => r.results.filter((x) => x.outcome === o).length;
        for (const x of r.results) {
          const line = `${x.file}: ${t(OUTCOME[x.outcome])}${x.engineerId ? ` ${x.engineerId}` : ''}${x.message ? ` (${x.text ? renderText(x.text, currentLanguage()) : x.message})` : ''}`;
          if (x.outcome === 'refused' || x.outcome === 'duplicate') ctx.out.error(line);
          else ctx.out.line(line);
        }
        const counts = { created: count('created'), updated: count('updated'), duplicate: count('duplicate'), refused: count('refused') };
        ctx.out.line(r.dryRun ? t('cli:cv.summaryDryRun', counts) : t('cli:cv.summary', counts));
        if (counts.refused > 0) throw refused(r.dryRun ? t('cli:cv.refusedChecked', { count: counts.refused }) : t('cli:cv.refusedImported', { count: counts.refused }));
      });
  },
};
