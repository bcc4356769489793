// Finding taxonomy skills in free job-description text. Every canonical name and alias becomes one
// pattern; the longest match wins where two overlap ("Google Cloud Platform" over "Google Cloud").
// Aliases that are also everyday words ("Go", "Spark", "React", "Express") only count when written as
// a product name (the taxonomy's own capitalisation, or all capitals): "go live" and "react to
// incidents" are not skills.
import { SKILLS } from '../taxonomy';
import { fold } from '../text/fold';

/** Everyday words that double as skill names or aliases (compared lower-case). */
const EVERYDAY = new Set([
  'go', 'swift', 'spring', 'excel', 'chef', 'puppet', 'echo', 'flux', 'vault', 'consul', 'ray', 'gin', 'hive', 'presto',
  'remix', 'feast', 'express', 'rails', 'lambda', 'elastic', 'oracle', 'apollo', 'agents', 'transformers', 'julia', 'ruby',
  'dart', 'shell', 'unity', 'bun', 'astro', 'polars', 'mistral', 'llama', 'gemini', 'claude', 'bedrock', 'jest', 'mocha',
  'prefect', 'react', 'node', 'electron', 'helm', 'argo', 'iceberg', 'spark', 'flask', 'looker', 'bootstrap', 'sentry',
  'prometheus', 'jenkins', 'cassandra', 'snowflake', 'synapse', 'pandas', 'jupyter', 'haystack', 'chroma', 'whisper',
  'phoenix', 'flutter', 'embedded', 'celery', 'hono', 'rust', 'scrapy', 'experimentation', 'forecasting', 'scraping',
  'mobile', 'agile', 'security', 'statistics', 'vector search', 'tool use', 'tool calling', 'evals', 'firmware',
  'containers', 'monitoring', 'unix', 'elixir', 'trino', 'delta', 'transformers', 'kube', 'lightning', 'bash', 'solid',
]);

/** Skills too generic to put on a role profile from a posting's wording alone. */
const NOT_FROM_POSTINGS = new Set([
  'Frontend Development', 'Backend Development', 'Full-Stack Development', 'Mobile Development', 'Technical Writing',
  'Agile', 'Code Review', 'Project Management', 'Product Management', 'Mentoring', 'Technical Leadership',
  'Performance Optimization', 'Excel', 'Security', 'Observability', 'Statistics', 'Embedded Systems',
]);

interface Pattern {
  skill: string;
  /** The form's first word, folded: a text without it cannot match, so the regex is not run (or built). */
  needle: string;
  source: string;
  flags: string;
  re?: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

let patterns: Pattern[] | null = null;

function build(): Pattern[] {
  const out: Pattern[] = [];
  for (const s of SKILLS) {
    if (NOT_FROM_POSTINGS.has(s.name)) continue;
    for (const form of new Set([s.name, ...s.aliases])) {
      const body = escape(form).replace(/\\ |\s+/g, '[\\s-]+');
      // Not inside a longer word, and not the "Node" of "Node.js" or the "C" of "C#"/"C++".
      const re = `(?<![\\p{L}\\p{N}#+.\\-])${body}(?![\\p{L}\\p{N}#+]|[.\\-][\\p{L}\\p{N}])`;
      const caseSensitive = form.length <= 2 || EVERYDAY.has(form.toLowerCase());
      const needle = fold(form).split(/[\s-]+/)[0]!;
      if (caseSensitive) {
        out.push({ skill: s.name, needle, source: re, flags: 'gu' });
        if (form.toUpperCase() !== form) out.push({ skill: s.name, needle, source: re.replace(body, escape(form.toUpperCase())), flags: 'gu' });
      } else {
        out.push({ skill: s.name, needle, source: re, flags: 'giu' });
      }
    }
  }
  return out;
}

export interface SkillMention {
  skill: string;
  start: number;
  end: number;
}

/** Skill mentions in `text`, in reading order, overlapping matches resolved to the longest. */
export function findSkills(text: string): SkillMention[] {
  patterns ??= build();
  const all: SkillMention[] = [];
  // Unicode, case-insensitive regexes cost ~0.1 ms each per line; most skills are not in a given line.
  const folded = fold(text);
  for (const p of patterns) {
    if (!folded.includes(p.needle)) continue;
    p.re ??= new RegExp(p.source, p.flags);
    p.re.lastIndex = 0;
    for (const m of text.matchAll(p.re)) all.push({ skill: p.skill, start: m.index, end: m.index + m[0].length });
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: SkillMention[] = [];
  for (const m of all) if (!taken.some((t) => m.start < t.end && t.start < m.end)) taken.push(m);
  return taken.sort((a, b) => a.start - b.start);
}
