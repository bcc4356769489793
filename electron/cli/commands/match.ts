// `benchmatch match --role ID [--as-of D] [--top N | --all] [--preset P] [--json]`: the ranked matches
// and near misses of one role (matching.md), weighted by the role's own preset unless --preset names
// another. JSON is the shape of cli.md (English, whatever --lang); otherwise a table in the user's
// language with score bars, the gaps and the what-ifs.
import { helpText } from '../help';
import { InvalidArgumentError } from 'commander';
import { PRESET_NAMES } from '../../../shared/api/match';
import type { MatchResult } from '../../../shared/matching/rank';
import { admitsText, changeText, supplyText } from '../../../shared/matching/words';
import { failureTitle, gapText } from '../../../shared/matching/failures';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';
import type { Language } from '../../../shared/i18n/languages';
import type { CliCommand } from '../context';
import { usageError } from '../exit';
import { dateOption, intOption } from './parse';

const DEFAULT_TOP = 20;

function presetOption(value: string): string {
  if (!(PRESET_NAMES as readonly string[]).includes(value)) throw new InvalidArgumentError(`expected one of ${PRESET_NAMES.map((p) => `"${p}"`).join(', ')}.`);
  return value;
}

/** A 10-cell bar in eighth blocks: 73.5 -> "███████▍  ". */
export function scoreBar(score: number, width = 10): string {
  const eighths = Math.round((Math.max(0, Math.min(100, score)) / 100) * width * 8);
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  return ('█'.repeat(full) + (part ? ' ▏▎▍▌▋▊▉'[part] : '')).padEnd(width, ' ');
}

const hours = (h: number | null) => (h === null ? '  ?' : `${String(h).padStart(3)}`) + ' h';

export function formatMatchTable(r: MatchResult, lng: Language): string {
  const t = translatorFor(lng, 'cli');
  const lines: string[] = [];
  lines.push(t('match.summary', {
    role: r.roleId, date: r.asOf,
    matches: t('match.matches', { count: r.totalMatches }), nearMisses: t('match.nearMisses', { count: r.totalNearMisses }), engineers: t('match.engineers', { count: r.evaluated }),
  }));
  lines.push(r.overlapKnown ? t('match.overlapAgainst', { window: r.clientWindow }) : t('match.overlapUnknown', { window: r.clientWindow }));
  lines.push('');
  if (r.matches.length) {
    const nameW = Math.min(28, Math.max(4, ...r.matches.map((m) => m.name.length)));
    const idW = Math.max(2, ...r.matches.map((m) => m.engineerId.length));
    lines.push(`${'#'.padStart(4)}  ${t('match.header.score').padStart(5)}  ${''.padEnd(10)}  ${t('match.header.name').padEnd(nameW)}  ${t('match.header.id').padEnd(idW)}  ${t('match.header.overlap').padEnd(7)}  ${t('match.header.why')}`);
    for (const m of r.matches) {
      const name = m.name.length > nameW ? m.name.slice(0, nameW - 1) + '…' : m.name.padEnd(nameW);
      lines.push(`${String(m.rank).padStart(4)}  ${m.score.toFixed(1).padStart(5)}  ${scoreBar(m.score)}  ${name}  ${m.engineerId.padEnd(idW)}  ${hours(m.overlapHours).padStart(7)}  ${m.reasons[0] ?? ''}`);
    }
    if (r.matches.length < r.totalMatches) lines.push(`      ${t('match.moreMatches', { n: r.totalMatches - r.matches.length })}`);
  } else {
    lines.push(t('match.noMatch'));
  }
  if (r.nearMisses.length) {
    lines.push('', t('match.nearMissesTitle'));
    const nameW = Math.min(28, Math.max(4, ...r.nearMisses.map((m) => m.name.length)));
    for (const n of r.nearMisses) {
      const name = n.name.length > nameW ? n.name.slice(0, nameW - 1) + '…' : n.name.padEnd(nameW);
      lines.push(`      ${n.score.toFixed(1).padStart(5)}  ${name}  ${n.engineerId}  ${n.failed.join(', ')}: ${gapText(n.failure, lng)}`);
    }
    if (r.nearMisses.length < r.totalNearMisses) lines.push(`      ${t('match.more', { n: r.totalNearMisses - r.nearMisses.length })}`);
  }
  const whatIfs = r.groups.filter((g) => g.next);
  if (whatIfs.length) {
    lines.push('', t('match.whatIfTitle'));
    for (const g of whatIfs) lines.push(`      ${failureTitle(g.failure, lng)} (${g.count}): ${changeText(g.next!.change, lng)}, ${admitsText(g.next!, lng)}`);
  }
  for (const s of r.scarce) lines.push('', t('match.warning', { text: supplyText(s, lng) }));
  return lines.join('\n');
}

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('match')
      .description(helpText('cli:help.commands.match'))
      .requiredOption('--role <id>', helpText('cli:help.options.roleId'))
      .option('--as-of <date>', helpText('cli:help.options.matchAsOf'), dateOption)
      .option('--top <n>', helpText('cli:help.options.top', { n: String(DEFAULT_TOP) }), intOption(1, 100_000))
      .option('--all', helpText('cli:help.options.all'))
      .option('--preset <name>', helpText('cli:help.options.preset', { presets: PRESET_NAMES.join(', ') }), presetOption)
      .option('--json', helpText('cli:help.options.json'))
      .action(async (opts: { role: string; asOf?: string; top?: number; all?: boolean; preset?: string; json?: boolean }) => {
        if (opts.all && opts.top !== undefined) throw usageError('--top and --all cannot be used together.');
        const result = await ctx.call('match', {
          roleId: opts.role,
          asOf: opts.asOf ?? ctx.today(),
          ...(opts.all ? { all: true } : { top: opts.top ?? DEFAULT_TOP }),
          ...(opts.preset ? { preset: opts.preset as (typeof PRESET_NAMES)[number] } : {}),
          // The table's reasons in the user's language; --json keeps cli.md's English.
          ...(opts.json ? {} : { lang: currentLanguage() }),
        });
        if (opts.json) return ctx.out.json(result);
        ctx.out.line(formatMatchTable(result, currentLanguage()));
      });
  },
};
