// What the persisted lists were derived with: the field weights, the taxonomy (names, aliases) and the
// stored format. A BenchMatch whose recipe differs (new weights, new aliases) rebuilds them all at its
// first search instead of answering from lists another recipe made.
import { WEIGHT } from '../../shared/search/build';
import { SKILLS } from '../../shared/taxonomy';

const FORMAT = 1;
let recipe: string | undefined;

export function searchRecipe(): string {
  if (recipe) return recipe;
  const text = JSON.stringify({ FORMAT, WEIGHT, skills: SKILLS.map((s) => [s.name, s.aliases]) });
  // FNV-1a over the text: a fingerprint, not a secret.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  recipe = `${FORMAT}:${(h >>> 0).toString(16)}:${text.length}`;
  return recipe;
}
