// Skills in a CV, mapped to the taxonomy through the posting reader's finder (aliases, product-name
// capitalisation), plus typo forgiveness for the words of a skills list ("Kuberentes", "Pyhton"), which a
// posting reader must not guess at but a CV's own list can. Years per skill come from the jobs whose
// text names the skill: the union of those jobs' dates.
import { findSkills } from '../jd/skills';
import { SKILLS } from '../taxonomy';
import { fold } from '../text/fold';
import { allowedEdits, boundedDistance } from '../search/fuzzy';
import { monthsCovered, type DateRange } from './dates';
import type { Section } from './sections';
import { sectionAt } from './sections';

export interface CvSkill {
  name: string;
  level: number;
  years?: number;
  lastUsed?: number;
  text: string;
  confidence: number;
}

export interface Job {
  /** Lines [from, to) of the job's block, its dates and title line. */
  from: number;
  to: number;
  range: DateRange;
  title: string;
}

let vocabulary: { key: string; skill: string }[] | undefined;
function fuzzySkill(word: string): string | undefined {
  vocabulary ??= SKILLS.flatMap((s) => [s.name, ...s.aliases].filter((f) => f.length >= 5).map((f) => ({ key: fold(f), skill: s.name })));
  const w = fold(word);
  const max = allowedEdits(w);
  if (max === 0 || /\d/.test(w)) return undefined;
  let best: { skill: string; d: number } | undefined;
  for (const v of vocabulary) {
    const d = boundedDistance(w, v.key, max);
    if (d <= max && (!best || d < best.d)) best = { skill: v.skill, d };
  }
  return best?.skill;
}

/** The skill list items of a line ("Python, Go · k8s | Postgres"): what the fuzzy pass looks at. */
const items = (line: string) => line.replace(/^[^:]{1,30}:\s*/, '').split(/[,;|·•/]|\s{2,}|\s-\s/).map((s) => s.trim()).filter((s) => s.length >= 4 && s.length <= 30);

const INLINE_SKILLS = /^\s*[-•*]?\s*(?:skills|technical skills|tech stack|stack|technologies|tools|tecnolog[ií]as|habilidades(?: t[eé]cnicas)?|conocimientos(?: t[eé]cnicos)?|competencias|compet[eê]ncias|ferramentas|herramientas|conhecimentos)\s*[:\-–]/i;

const levelOf = (years: number | undefined) => (years === undefined ? 3 : years >= 6 ? 4 : years >= 2 ? 3 : 2);

// A skills list grouped by level ("Expert: React, TypeScript", "Avanzado: Go", "Intermediário: Docker"):
// the person's own rating, which the draft takes over the guess from years (a vetting lead verifies it).
const STATED_LEVELS: [RegExp, number][] = [
  [/^(?:expert|experto|experta|especialista|mastery|dominio|dom[ií]nio)$/, 5],
  [/^(?:advanced|avanzado|avanzada|avan[cç]ado|avan[cç]ada|proficient|strong)$/, 4],
  [/^(?:intermediate|intermedio|intermedia|intermedi[aá]rio|intermedi[aá]ria|working knowledge)$/, 3],
  [/^(?:basic|b[aá]sico|b[aá]sica|beginner|principiante|iniciante|familiar)$/, 2],
];
function statedLevel(line: string): number | undefined {
  const label = /^\s*[-•*]?\s*([\p{L} ]{4,20}?)\s*(?:level|nivel|n[ií]vel)?\s*[:\-–]\s*\S/iu.exec(line)?.[1];
  const word = label && fold(label).trim();
  return word ? STATED_LEVELS.find(([re]) => re.test(word))?.[1] : undefined;
}

export function findCvSkills(lines: readonly string[], sections: readonly Section[], jobs: readonly Job[], today: string): CvSkill[] {
  const found = new Map<string, { text: string; confidence: number; jobs: Set<Job>; stated?: number }>();
  const add = (skill: string, text: string, confidence: number, job?: Job, stated?: number) => {
    const f = found.get(skill) ?? { text, confidence, jobs: new Set<Job>() };
    if (confidence > f.confidence) Object.assign(f, { text, confidence });
    if (job) f.jobs.add(job);
    if (stated !== undefined) f.stated = Math.max(f.stated ?? 0, stated);
    found.set(skill, f);
  };
  lines.forEach((line, i) => {
    // "Habilidades: Python, k8s" on one line is a skills list wherever it stands, not part of a job.
    const labelled = INLINE_SKILLS.test(line);
    const kind = labelled ? 'skills' : sectionAt(sections, i);
    if (kind === 'languages' || kind === 'contact' || kind === 'other') return;
    const job = labelled ? undefined : jobs.find((j) => i >= j.from && i < j.to);
    const confidence = kind === 'skills' ? 0.9 : job ? 0.85 : kind === 'education' ? 0.5 : 0.7;
    const stated = kind === 'skills' ? statedLevel(line) : undefined;
    const mentions = findSkills(line);
    for (const m of mentions) add(m.skill, line.trim().slice(0, 200), confidence, job, stated);
    if (kind === 'skills') {
      for (const item of items(line)) {
        if (findSkills(item).length) continue;
        const skill = fuzzySkill(item);
        if (skill) add(skill, line.trim().slice(0, 200), 0.6, undefined, stated);
      }
    }
  });
  const thisYear = Number(today.slice(0, 4));
  return [...found.entries()].map(([name, f]) => {
    const ranges = [...f.jobs].map((j) => j.range);
    const months = ranges.length ? monthsCovered(ranges) : 0;
    const years = months ? Math.max(0.5, Math.round((months / 12) * 2) / 2) : undefined;
    const last = ranges.length ? Math.floor(Math.max(...ranges.map((r) => r.end)) / 12) : undefined;
    return {
      name,
      level: f.stated ?? levelOf(years),
      ...(years !== undefined ? { years } : {}),
      ...(last !== undefined && last <= thisYear ? { lastUsed: last } : {}),
      text: f.text,
      confidence: f.confidence,
    };
  });
}
