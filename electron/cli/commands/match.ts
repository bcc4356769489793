// `benchmatch match --role ID [--as-of D] [--top N | --all] [--preset P] [--json]`: the ranked matches
// and near misses of one role (matching.md), weighted by the role's own preset unless --preset names
// another. JSON is the shape of cli.md; otherwise a table with score bars, the gaps and the what-ifs.
import { InvalidArgumentError } from 'commander';
import { PRESET_NAMES } from '../../../shared/api/match';
import type { MatchResult } from '../../../shared/matching/rank';
import { admitsText, changeText, supplyText } from '../../../shared/matching/words';
import { gapText } from '../../../shared/matching/failures';
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

export function formatMatchTable(r: MatchResult): string {
  const lines: string[] = [];
  lines.push(`Role ${r.roleId}, as of ${r.asOf}: ${r.totalMatches} match${r.totalMatches === 1 ? '' : 'es'} and ${r.totalNearMisses} near miss${r.totalNearMisses === 1 ? '' : 'es'} among ${r.evaluated} engineers`);
  lines.push(r.overlapKnown ? `Overlap against ${r.clientWindow}` : `Overlap unknown: the role and its client have no time zone (${r.clientWindow}); the minimum overlap is not applied`);
  lines.push('');
  if (r.matches.length) {
    const nameW = Math.min(28, Math.max(4, ...r.matches.map((m) => m.name.length)));
    const idW = Math.max(2, ...r.matches.map((m) => m.engineerId.length));
    lines.push(`${'#'.padStart(4)}  ${'score'.padStart(5)}  ${''.padEnd(10)}  ${'name'.padEnd(nameW)}  ${'id'.padEnd(idW)}  overlap  why`);
    for (const m of r.matches) {
      const name = m.name.length > nameW ? m.name.slice(0, nameW - 1) + '…' : m.name.padEnd(nameW);
      lines.push(`${String(m.rank).padStart(4)}  ${m.score.toFixed(1).padStart(5)}  ${scoreBar(m.score)}  ${name}  ${m.engineerId.padEnd(idW)}  ${hours(m.overlapHours).padStart(7)}  ${m.reasons[0] ?? ''}`);
    }
    if (r.matches.length < r.totalMatches) lines.push(`      … ${r.totalMatches - r.matches.length} more (--all lists every match)`);
  } else {
    lines.push('No engineer meets every requirement.');
  }
  if (r.nearMisses.length) {
    lines.push('', 'Near misses (one requirement short):');
    const nameW = Math.min(28, Math.max(4, ...r.nearMisses.map((m) => m.name.length)));
    for (const n of r.nearMisses) {
      const name = n.name.length > nameW ? n.name.slice(0, nameW - 1) + '…' : n.name.padEnd(nameW);
      lines.push(`      ${n.score.toFixed(1).padStart(5)}  ${name}  ${n.engineerId}  ${n.failed.join(', ')}: ${gapText(n.failure)}`);
    }
    if (r.nearMisses.length < r.totalNearMisses) lines.push(`      … ${r.totalNearMisses - r.nearMisses.length} more`);
  }
  const whatIfs = r.groups.filter((g) => g.next);
  if (whatIfs.length) {
    lines.push('', 'What if (the smallest change that lets the closest engineer in):');
    for (const g of whatIfs) lines.push(`      ${g.title} (${g.count}): ${changeText(g.next!.change)}, ${admitsText(g.next!)}`);
  }
  for (const s of r.scarce) lines.push('', `Warning: ${supplyText(s)}.`);
  return lines.join('\n');
}

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('match')
      .description('rank the bench against a role: matches with scores, and near misses')
      .requiredOption('--role <id>', 'the role id')
      .option('--as-of <date>', 'the date of the overlap and availability checks (default: today)', dateOption)
      .option('--top <n>', `list the best N (default ${DEFAULT_TOP})`, intOption(1, 100_000))
      .option('--all', 'list every match')
      .option('--preset <name>', `score weights: ${PRESET_NAMES.join(', ')}`, presetOption)
      .option('--json', 'print one JSON object')
      .action(async (opts: { role: string; asOf?: string; top?: number; all?: boolean; preset?: string; json?: boolean }) => {
        if (opts.all && opts.top !== undefined) throw usageError('--top and --all cannot be used together.');
        const result = await ctx.call('match', {
          roleId: opts.role,
          asOf: opts.asOf ?? ctx.today(),
          ...(opts.all ? { all: true } : { top: opts.top ?? DEFAULT_TOP }),
          ...(opts.preset ? { preset: opts.preset as (typeof PRESET_NAMES)[number] } : {}),
        });
        if (opts.json) return ctx.out.json(result);
        ctx.out.line(formatMatchTable(result));
      });
  },
};
