// CV sections by their headers in English, Spanish and Portuguese. A header is a short line that is
// mostly one of these names (any case, accents optional, a trailing colon allowed).
import { fold } from '../text/fold';

export type SectionKind = 'summary' | 'experience' | 'education' | 'skills' | 'languages' | 'certifications' | 'projects' | 'contact' | 'other';

const NAMES: [SectionKind, string[]][] = [
  ['experience', ['experience', 'work experience', 'professional experience', 'employment', 'employment history', 'work history', 'career history', 'experiencia', 'experiencia laboral', 'experiencia profesional', 'trayectoria', 'trayectoria profesional', 'historial laboral', 'experiencia de trabajo', 'experiencia profissional', 'historico profissional', 'trajetoria profissional', 'experiencias', 'experiencias profissionais']],
  ['education', ['education', 'academic background', 'educacion', 'formacion', 'formacion academica', 'estudios', 'formacao', 'formacao academica', 'escolaridade', 'educacao']],
  ['skills', ['skills', 'technical skills', 'tech stack', 'stack', 'technologies', 'tools', 'core competencies', 'competencies', 'key skills', 'habilidades', 'habilidades tecnicas', 'conocimientos', 'conocimientos tecnicos', 'competencias', 'competencias tecnicas', 'tecnologias', 'herramientas', 'aptitudes', 'ferramentas', 'conhecimentos', 'conhecimentos tecnicos', 'stack tecnologico', 'skills & tools', 'skills and tools']],
  ['languages', ['languages', 'idiomas', 'lenguajes', 'linguas', 'language skills']],
  ['summary', ['summary', 'profile', 'professional summary', 'about', 'about me', 'objective', 'perfil', 'perfil profesional', 'resumen', 'resumen profesional', 'sobre mi', 'acerca de mi', 'resumo', 'resumo profissional', 'sobre mim', 'objetivo', 'perfil profissional']],
  ['certifications', ['certifications', 'certificates', 'courses', 'certificaciones', 'cursos', 'certificacoes', 'certificados', 'cursos e certificacoes', 'cursos y certificaciones']],
  ['projects', ['projects', 'personal projects', 'proyectos', 'projetos', 'open source']],
  ['contact', ['contact', 'contacto', 'contato', 'datos personales', 'dados pessoais', 'personal information', 'informacion de contacto', 'informacoes de contato']],
  ['other', ['references', 'referencias', 'referencias personales', 'interests', 'intereses', 'interesses', 'hobbies', 'awards', 'premios', 'publications', 'publicaciones', 'publicacoes', 'volunteering', 'voluntariado']],
];

const byName = new Map<string, SectionKind>();
for (const [kind, names] of NAMES) for (const n of names) byName.set(n, kind);

/** The section a line opens, or undefined when it is not a header. */
export function sectionOf(line: string): SectionKind | undefined {
  const t = fold(line).replace(/^[#*\s\-–•|]+|[:*\s\-–|]+$/g, '').replace(/\s+/g, ' ');
  if (!t || t.length > 40) return undefined;
  return byName.get(t) ?? byName.get(t.replace(/ & /g, ' and '));
}

export interface Section {
  kind: SectionKind | 'head';
  /** Line numbers [from, to) in the document. */
  from: number;
  to: number;
}

/** The document cut at its headers; what comes before the first header is the 'head' (name, contact). */
export function splitSections(lines: readonly string[]): Section[] {
  const out: Section[] = [{ kind: 'head', from: 0, to: lines.length }];
  lines.forEach((l, i) => {
    const kind = sectionOf(l);
    if (!kind) return;
    out.at(-1)!.to = i;
    out.push({ kind, from: i + 1, to: lines.length });
  });
  return out;
}

export function sectionAt(sections: readonly Section[], line: number): Section['kind'] {
  return sections.find((s) => line >= s.from && line < s.to)?.kind ?? 'head';
}
