// English level (CEFR) from what CVs write: "Inglés avanzado", "Inglês fluente", "English – C1",
// "TOEFL iBT 105", "IELTS 7.5", "Cambridge CAE". A test score beats words; words beat nothing. Only the
// clause that names English (or an English test) is read, so "Spanish: native" never counts.
import type { Cefr } from '../bench/schema';
import { fold } from '../text/fold';

export interface EnglishFound {
  level: Cefr;
  text: string;
  confidence: number;
}

const ENGLISH = /\b(english|ingl[eéê]s|anglais)\b/i;
const TEST = /\b(toefl|ielts|toeic|cambridge|fce|cae|cpe|first certificate|duolingo english|efset|ef set)\b/i;

function fromScore(clause: string): Cefr | undefined {
  const c = fold(clause);
  const num = (re: RegExp) => {
    const m = re.exec(c);
    return m ? Number(m[1]!.replace(',', '.')) : undefined;
  };
  const toefl = num(/toefl(?:\s*ibt)?\D{0,12}?(\d{2,3})\b/);
  if (toefl !== undefined && toefl <= 120) return toefl >= 114 ? 'C2' : toefl >= 95 ? 'C1' : toefl >= 72 ? 'B2' : toefl >= 42 ? 'B1' : 'A2';
  const ielts = num(/ielts\D{0,12}?(\d(?:[.,]\d)?)\b/);
  if (ielts !== undefined && ielts <= 9) return ielts >= 8.5 ? 'C2' : ielts >= 7 ? 'C1' : ielts >= 5.5 ? 'B2' : ielts >= 4 ? 'B1' : 'A2';
  const toeic = num(/toeic\D{0,12}?(\d{3})\b/);
  if (toeic !== undefined && toeic <= 990) return toeic >= 945 ? 'C1' : toeic >= 785 ? 'B2' : toeic >= 550 ? 'B1' : 'A2';
  const duolingo = num(/duolingo\D{0,20}?(\d{2,3})\b/);
  if (duolingo !== undefined && duolingo <= 160) return duolingo >= 155 ? 'C2' : duolingo >= 130 ? 'C1' : duolingo >= 100 ? 'B2' : duolingo >= 75 ? 'B1' : 'A2';
  const efset = num(/ef\s?set\D{0,12}?(\d{2,3})\b/);
  if (efset !== undefined && efset <= 100) return efset >= 71 ? 'C2' : efset >= 61 ? 'C1' : efset >= 51 ? 'B2' : efset >= 41 ? 'B1' : 'A2';
  if (/\b(cpe|proficiency)\b/.test(c) && /cambridge|cpe/.test(c)) return 'C2';
  if (/\b(cae|advanced)\b/.test(c) && /cambridge|cae/.test(c)) return 'C1';
  if (/\b(fce|first certificate|cambridge first|b2 first)\b/.test(c)) return 'B2';
  return undefined;
}

// Order matters: "upper-intermediate" before "intermediate", "intermedio avanzado" before "avanzado".
const WORDS: [RegExp, Cefr][] = [
  [/\b(native|nativo|nativa|lengua materna|lingua materna|mother tongue|bilingual|bilingue)\b/, 'C2'],
  [/\b(upper[\s-]?intermediate|intermedio[\s-]+(?:alto|avanzado)|intermediario[\s-]+(?:avancado|alto)|intermedi[aá]rio[\s-]+avan[cç]ado)\b/, 'B2'],
  [/\b(fluent|fluency|fluente|fluencia|fluido|fluida|full professional|proficient|avanzado|avancado|advanced|excelente|excellent|dominio)\b/, 'C1'],
  [/\b(professional working|professional|profesional|profissional|good|bueno|buen|bom|solid|s[oó]lido|conversational|conversacional|working)\b/, 'B2'],
  [/\b(intermediate|intermedio|intermediario|medio)\b/, 'B1'],
  [/\b(basic|basico|elementary|elemental|beginner|principiante|iniciante|limited|limitado)\b/, 'A2'],
];

/** Clauses around each mention of English: a languages line splits at ",", ";", "|", "·" and bullets. */
function clauses(text: string): string[] {
  return text.split(/\n|[;|·•]|,(?!\d)|\s[-–—]\s(?=[A-ZÁÉÍÓÚ][a-z])/).map((s) => s.trim()).filter(Boolean);
}

export function findEnglish(text: string): EnglishFound | undefined {
  let best: EnglishFound | undefined;
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (!ENGLISH.test(line) && !TEST.test(line)) continue;
    // "Inglés" alone on a line, its level on the next ("Avanzado (C1)"): read them together.
    const joined = /^\W*(english|ingl[eé]s|ingl[eê]s)\W*$/i.test(line.trim()) && lines[i + 1] ? `${line} ${lines[i + 1]}` : line;
    const parts = clauses(joined);
    for (const [k, part] of parts.entries()) {
      // "English, fluent": a clause that only names the language takes its level from the next one.
      const clause = ENGLISH.test(part) && /^\W*\p{L}+\W*$/u.test(part) && parts[k + 1] ? `${part} ${parts[k + 1]}` : part;
      const named = ENGLISH.test(clause);
      if (!named && !TEST.test(clause)) continue;
      const score = fromScore(clause);
      let found: EnglishFound | undefined;
      if (score) found = { level: score, text: clause, confidence: 0.95 };
      else if (named) {
        const cefr = /\b([ABC][12])\b/.exec(clause);
        if (cefr) found = { level: cefr[1] as Cefr, text: clause, confidence: 0.95 };
        else {
          const f = fold(clause);
          const w = WORDS.find(([re]) => re.test(f));
          if (w) found = { level: w[1], text: clause, confidence: 0.75 };
        }
      }
      if (found && (!best || found.confidence > best.confidence)) best = found;
    }
  }
  return best;
}
