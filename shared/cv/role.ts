// The CV's primary role, as the bench names roles ("Backend Engineer", "ML Engineer"), and a seniority
// suggestion. The headline under the name says it best; the most recent job title is the fallback.
import type { Seniority } from '../bench/schema';
import { fold } from '../text/fold';

/** Role names the bench uses, each with words that name it in English, Spanish and Portuguese (folded). */
const ROLES: [string, RegExp][] = [
  ['ML Engineer', /\b(ml|machine learning|mlops|aprendizaje automatico|aprendizado de maquina|computer vision|vision por computadora|visao computacional|deep learning|nlp)\b.*\b(engineer|ingeniero|ingeniera|engenheiro|engenheira|developer|especialista|specialist)\b|\b(ingeniero|ingeniera|engenheiro|engenheira)\s+(?:de\s+)?(ml|machine learning|aprendizaje automatico|aprendizado de maquina)\b/],
  ['AI Engineer', /\b(ai|ia|llm|genai|generative ai|ia generativa|inteligencia artificial)\b.*\b(engineer|ingeniero|ingeniera|engenheiro|engenheira|developer|desarrollador|desenvolvedor|especialista|specialist)\b|\b(ingeniero|ingeniera|engenheiro|engenheira|desarrollador|desenvolvedor)\w*\s+(?:de\s+)?(ia|ai|llm|inteligencia artificial)\b/],
  ['Data Scientist', /\b(data scientist|cientific[oa] de datos|cientista de dados|data science|ciencia de datos|ciencia de dados)\b/],
  ['Data Engineer', /\b(data engineer|ingenier[oa] de datos|engenheir[oa] de dados|data platform engineer|analytics engineer|etl developer|big data)\b/],
  ['Data Analyst', /\b(data analyst|analista de datos|analista de dados|bi analyst|bi developer|business intelligence)\b/],
  ['DevOps Engineer', /\b(devops|sre|site reliability|platform engineer|cloud engineer|infrastructure engineer|ingenier[oa] de plataforma|engenheir[oa] de plataforma|cloud architect|arquitect[oa] cloud|devsecops)\b/],
  ['Mobile Engineer', /\b(mobile|ios|android|flutter|react native)\b.*\b(engineer|developer|desarrollador|desenvolvedor|ingeniero|engenheiro)\b|\b(desarrollador|desenvolvedor|developer)\w*\s+(mobile|movil|ios|android)\b/],
  ['QA Engineer', /\b(qa|quality assurance|test automation|sdet|tester|automatizacion de pruebas|automacao de testes)\b/],
  ['Full-Stack Engineer', /\b(full[\s-]?stack|fullstack)\b/],
  ['Frontend Engineer', /\b(front[\s-]?end|frontend|ui engineer|react developer|web developer|desarrollador web|desenvolvedor web)\b/],
  ['Backend Engineer', /\b(back[\s-]?end|backend|api developer|server[\s-]side)\b/],
  ['Software Engineer', /\b(software engineer|software developer|ingenier[oa] de software|engenheir[oa] de software|desarrollador[a]? de software|desenvolvedor[a]? de software|programador[a]?|developer|desarrollador[a]?|desenvolvedor[a]?|engineer|ingenier[oa]|engenheir[oa])\b/],
];

export function roleOf(title: string): string | undefined {
  const f = fold(title);
  return ROLES.find(([, re]) => re.test(f))?.[0];
}

const SENIORITY: [RegExp, Seniority][] = [
  [/\b(lead|tech lead|lider tecnico|lider|principal|staff|head of|chief|architect|arquitect[oa]|arquiteto|manager|gerente)\b/, 'lead'],
  [/\b(semi[\s-]?senior|ssr|pleno|mid[\s-]?level|mid|intermediate)\b/, 'mid'],
  [/\b(senior|sr)\b/, 'senior'],
  [/\b(junior|jr|trainee|intern|estagiari[oa]|becari[oa]|pasante|entry[\s-]level)\b/, 'junior'],
];

/** The seniority a job title states ("Sr. Data Engineer", "Desenvolvedor Pleno"), if any. */
export function seniorityOfTitle(title: string): Seniority | undefined {
  const f = fold(title);
  return SENIORITY.find(([re]) => re.test(f))?.[1];
}

/** A seniority suggestion from years alone: lead is a job, not a number of years, so it comes only from a title. */
export function seniorityOfYears(years: number): Seniority {
  return years < 2 ? 'junior' : years < 5 ? 'mid' : 'senior';
}
