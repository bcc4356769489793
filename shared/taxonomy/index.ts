// The skill taxonomy: canonical skills with a category, aliases and related skills. Every layer resolves
// skill names through here, so "k8s", "K8S" and "Kubernetes" are one skill everywhere.
import data from './skills.json';
import { fold } from '../text/fold';

export const SKILL_CATEGORIES = ['language', 'framework', 'ml', 'data', 'cloud', 'devops', 'practice', 'custom'] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export interface CanonicalSkill {
  name: string;
  category: SkillCategory;
  aliases: string[];
  related: string[];
}

export interface ResolvedSkill {
  /** Canonical name when known; otherwise the name as written, trimmed (a custom skill). */
  name: string;
  known: boolean;
  category: SkillCategory;
}

export const SKILLS: readonly CanonicalSkill[] = (data.skills as CanonicalSkill[]).map((s) => ({
  ...s,
  aliases: s.aliases ?? [],
  related: s.related ?? [],
}));

const byKey = new Map<string, CanonicalSkill>();
for (const s of SKILLS) {
  byKey.set(fold(s.name), s);
  for (const a of s.aliases) byKey.set(fold(a), s);
}
const relatedByName = new Map<string, Set<string>>();
for (const s of SKILLS) {
  for (const r of s.related) {
    const other = byKey.get(fold(r));
    if (!other) continue;
    // Relations are symmetric: PyTorch ~ TensorFlow implies TensorFlow ~ PyTorch.
    (relatedByName.get(s.name) ?? relatedByName.set(s.name, new Set()).get(s.name)!).add(other.name);
    (relatedByName.get(other.name) ?? relatedByName.set(other.name, new Set()).get(other.name)!).add(s.name);
  }
}

// Names as written recur (a bench writes "Python" a hundred thousand times), and folding one costs a
// regular expression and a Unicode normalization: each name is resolved once. Bounded, since custom
// names are as many as people type; a full memo starts over.
const MEMO_SIZE = 20_000;
const resolved = new Map<string, ResolvedSkill>();
const keys = new Map<string, string>();

/** Resolves a skill name through the alias table, case- and accent-insensitively. */
export function resolveSkill(name: string): ResolvedSkill {
  let r = resolved.get(name);
  if (!r) {
    const trimmed = name.trim().replace(/\s+/g, ' ');
    const hit = byKey.get(fold(trimmed));
    r = hit ? { name: hit.name, known: true, category: hit.category } : { name: trimmed, known: false, category: 'custom' };
    if (resolved.size >= MEMO_SIZE) resolved.clear();
    resolved.set(name, r);
  }
  // A copy: callers own what they are given.
  return { ...r };
}

/** The key two skill names share when they are the same skill (custom skills compare case-insensitively). */
export function skillKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    key = fold(resolveSkill(name).name);
    if (keys.size >= MEMO_SIZE) keys.clear();
    keys.set(name, key);
  }
  return key;
}

/** Canonical names of the skills related to this one (never itself). */
export function relatedSkills(name: string): string[] {
  return [...(relatedByName.get(resolveSkill(name).name) ?? [])].sort();
}

/** Credits for the open datasets the skill list draws on. */
export const TAXONOMY_SOURCES: readonly string[] = data.sources;
