// A small hand-made bench for search tests: each engineer exists to prove one behaviour.
import type { Engineer } from '../../../shared/bench/schema';

export function eng(id: string, over: Partial<Engineer> = {}): Engineer {
  return { id, name: `Person ${id}`, country: 'BR', timeZone: 'America/Sao_Paulo', seniority: 'mid', skills: [], ...over };
}

export const BENCH: Engineer[] = [
  eng('e01', { name: 'Valentina Ríos', country: 'MX', city: 'Guadalajara', timeZone: 'America/Mexico_City', seniority: 'senior',
    primaryRole: 'ML Engineer', englishLevel: 'C1', vettingStatus: 'vetted', availability: { status: 'available' },
    skills: [{ name: 'Python', level: 5 }, { name: 'PyTorch', level: 4 }, { name: 'k8s', level: 3 }], tags: ['LLM', 'fintech'] }),
  eng('e02', { name: 'João Pereira', country: 'BR', city: 'São Paulo', seniority: 'mid', primaryRole: 'Backend Engineer',
    englishLevel: 'B2', vettingStatus: 'screening', availability: { status: 'interviewing' },
    skills: [{ name: 'Go', level: 4 }, { name: 'Postgres', level: 4 }, { name: 'Kubernetes', level: 4 }], tags: ['fintech'] }),
  eng('e03', { name: 'Camila Gómez', country: 'CO', city: 'Medellín', timeZone: 'America/Bogota', seniority: 'junior',
    primaryRole: 'Frontend Engineer', englishLevel: 'B1', vettingStatus: 'vetted', availability: { status: 'available' },
    summary: 'Frontend developer who has dabbled in Python scripts for data cleanup.',
    skills: [{ name: 'ReactJS', level: 4 }, { name: 'TS', level: 4 }] }),
  eng('e04', { name: 'Martín Fernández', country: 'AR', city: 'Buenos Aires', timeZone: 'America/Argentina/Buenos_Aires', seniority: 'lead',
    primaryRole: 'Data Engineer', englishLevel: 'C2', vettingStatus: 'vetted', availability: { status: 'on_assignment' },
    summary: 'Built machine learning platforms and data pipelines on Google Cloud.',
    skills: [{ name: 'Python', level: 4 }, { name: 'Spark', level: 5 }, { name: 'GCP', level: 4 }, { name: 'Airflow', level: 4 }], tags: ['healthcare'] }),
  eng('e05', { name: 'Lucía Ríos', country: 'CL', city: 'Santiago', timeZone: 'America/Santiago', seniority: 'senior',
    primaryRole: 'AI Engineer', englishLevel: 'C1', vettingStatus: 'vetted', availability: { status: 'available' },
    skills: [{ name: 'Python', level: 3 }, { name: 'LangChain', level: 4 }, { name: 'AWS', level: 3 }], tags: ['LLM'], archived: true }),
  eng('e06', { name: 'Pedro Alves', country: 'BR', city: 'Recife', seniority: 'senior', primaryRole: 'DevOps Engineer',
    englishLevel: 'B2', vettingStatus: 'sourced',
    skills: [{ name: 'Terraform', level: 4 }, { name: 'Kubernetes', level: 5 }, { name: 'AWS', level: 4 }, { name: 'Haskell-ish DSL', level: 2 }] }),
  eng('e07', { name: 'Ana Torres', country: 'PE', city: 'Lima', timeZone: 'America/Lima', seniority: 'mid', primaryRole: 'Full-Stack Engineer',
    englishLevel: 'B2', vettingStatus: 'vetted', availability: { status: 'available' },
    summary: 'Full-stack engineer; machine learning enthusiast.',
    skills: [{ name: 'Node.js', level: 4 }, { name: 'React', level: 3 }, { name: 'PostgreSQL', level: 3 }] }),
];
