// Job description -> draft role, on a dozen realistic postings (test/fixtures/jd/*.txt).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { roleSchema } from '../../../shared/bench/schema';
import { draftRoleFromText, type DraftRole } from '../../../shared/jd/extract';

const DIR = join(import.meta.dirname, '../../fixtures/jd');
const draft = (file: string) => draftRoleFromText(readFileSync(join(DIR, file), 'utf8'));
const skills = (reqs: DraftRole['mustHave']) => (reqs ?? []).map((r) => r.skill);

describe('draftRoleFromText on real-looking postings', () => {
  it('reads a sectioned ML posting: must vs nice, years, English, zone, hours, overlap, budget', () => {
    const { role, evidence } = draft('01-senior-ml-engineer.txt');
    expect(role.title).toBe('Senior Machine Learning Engineer');
    expect(role.seniority).toEqual(['senior']);
    expect(skills(role.mustHave)).toEqual(expect.arrayContaining(['Python', 'PyTorch', 'Amazon Web Services', 'Docker', 'Kubernetes']));
    expect(role.mustHave?.find((r) => r.skill === 'Python')?.minYears).toBe(5);
    expect(role.mustHave?.find((r) => r.skill === 'PyTorch')).toMatchObject({ minYears: 3, minLevel: 4 });
    expect(skills(role.niceToHave)).toEqual(expect.arrayContaining(['MLflow', 'Weights & Biases', 'Spark']));
    // The "About us" section describes the company, not the candidate.
    expect([...skills(role.mustHave), ...skills(role.niceToHave)]).not.toContain('Ruby on Rails');
    expect(role).toMatchObject({ timeZone: 'America/New_York', coreHours: { start: '09:00', end: '17:00' }, minOverlapHours: 4, minEnglish: 'C1', maxBillRate: 70 });
    expect(evidence.find((e) => e.field === 'maxBillRate')?.text).toContain('$70/h');
  });

  it('reads an LLM posting with "You have:" / "Bonus:" lists, CEFR and a rate range', () => {
    const { role } = draft('02-llm-engineer.txt');
    expect(role.title).toBe('AI Engineer');
    expect(skills(role.mustHave)).toEqual(expect.arrayContaining(['Python', 'OpenAI API', 'RAG', 'PostgreSQL']));
    // "LangChain or LlamaIndex", "Pinecone, Weaviate or pgvector": alternatives, so none of them is a must-have.
    expect(skills(role.niceToHave)).toEqual(expect.arrayContaining(['LangChain', 'LlamaIndex', 'Pinecone', 'Weaviate', 'pgvector', 'Fine-tuning', 'LoRA', 'vLLM', 'Hugging Face']));
    expect(skills(role.mustHave)).not.toContain('LangChain');
    expect(role).toMatchObject({ timeZone: 'Europe/Berlin', coreHours: { start: '09:00', end: '13:00' }, minEnglish: 'C1', maxBillRate: 65 });
    expect(role.seniority).toEqual(['mid']);
  });

  it('reads a junior posting with inline nice-to-haves, Central time and B2', () => {
    const { role } = draft('03-junior-frontend.txt');
    expect(role.seniority).toEqual(['junior']);
    expect(skills(role.mustHave)).toEqual(['JavaScript', 'React', 'HTML', 'CSS']);
    expect(role.mustHave?.[0]).toMatchObject({ skill: 'JavaScript', minYears: 1 });
    expect(skills(role.niceToHave)).toEqual(expect.arrayContaining(['Next.js', 'Tailwind CSS', 'Jest']));
    expect(role).toMatchObject({ timeZone: 'America/Chicago', minOverlapHours: 3, minEnglish: 'B2' });
  });

  it('reads an all-caps posting: semi-senior is mid, "is a plus" is nice, years go to the skill named after them', () => {
    const { role } = draft('04-data-engineer.txt');
    expect(role.seniority).toEqual(['mid']);
    expect(role.mustHave?.find((r) => r.skill === 'dbt')?.minYears).toBe(4);
    expect(role.mustHave?.find((r) => r.skill === 'SQL')).toMatchObject({ minLevel: 5 });
    expect(role.mustHave?.find((r) => r.skill === 'SQL')?.minYears).toBeUndefined();
    expect(skills(role.mustHave)).toEqual(expect.arrayContaining(['Airflow', 'Google Cloud', 'BigQuery']));
    expect(skills(role.niceToHave)).toEqual(['Kafka', 'Databricks', 'Terraform']);
    expect(role).toMatchObject({ timeZone: 'Europe/London', minOverlapHours: 5, minEnglish: 'C1' });
  });

  it('reads markdown headers, 12-hour core hours in ET and a max rate', () => {
    const { role } = draft('05-devops-lead.txt');
    expect(role.title).toBe('Lead DevOps / Platform Engineer');
    expect(role.seniority).toEqual(['lead']);
    expect(skills(role.mustHave)).toEqual(expect.arrayContaining(['Kubernetes', 'Amazon EKS', 'Terraform', 'GitHub Actions', 'Prometheus', 'Grafana']));
    // "Go or Python": alternatives; "DevOps" (the title's field) is never a must-have.
    expect(skills(role.niceToHave)).toEqual(['DevOps', 'Go', 'Python', 'Argo CD', 'Helm', 'Azure']);
    expect(skills(role.mustHave)).not.toContain('Microservices'); // named under "About the team"
    expect(role).toMatchObject({ timeZone: 'America/New_York', coreHours: { start: '10:00', end: '18:00' }, maxBillRate: 90 });
  });

  it('reads an unheaded paragraph: named skills are must-haves, "preferred" is nice, seniority from years', () => {
    const { role } = draft('06-fullstack-unheaded.txt');
    expect(role.title).toBe('Full-Stack Engineer');
    expect(skills(role.mustHave)).toEqual(['Node.js', 'GraphQL', 'React', 'Google Cloud']);
    expect(skills(role.niceToHave)).toEqual(['Redis']);
    expect(role).toMatchObject({ seniority: ['senior'], timeZone: 'America/Los_Angeles', minOverlapHours: 4, minEnglish: 'B2' });
  });

  it('reads a data-science posting: "It would be great" is nice, Madrid is CET', () => {
    const { role } = draft('07-data-scientist.txt');
    expect(role.title).toBe('Data Scientist');
    expect(skills(role.mustHave)).toEqual(expect.arrayContaining(['Python', 'Pandas', 'NumPy']));
    expect(skills(role.niceToHave)).toEqual(expect.arrayContaining(['Tableau', 'Power BI']));
    expect(role).toMatchObject({ timeZone: 'Europe/Madrid', minOverlapHours: 3, minEnglish: 'B2' });
  });

  it('reads aliases (k8s) and "Desirable" sections', () => {
    const { role } = draft('08-mlops.txt');
    expect(skills(role.mustHave)).toEqual(expect.arrayContaining(['MLflow', 'Docker', 'Kubernetes', 'Helm', 'Python']));
    // "Kubeflow or SageMaker": alternatives; MLOps and Machine Learning are fields, not must-haves.
    expect(skills(role.niceToHave)).toEqual(['MLOps', 'Kubeflow', 'SageMaker', 'Machine Learning', 'Triton Inference Server', 'ONNX', 'Datadog']);
    expect(role).toMatchObject({ timeZone: 'America/New_York', minOverlapHours: 3, minEnglish: 'C1' });
  });

  it('does not read everyday words as skills ("go live", "react to incidents") and reads "60 USD per hour"', () => {
    const { role } = draft('09-backend-java.txt');
    expect(role.seniority).toEqual(['senior']);
    const all = [...skills(role.mustHave), ...skills(role.niceToHave)];
    expect(all).not.toContain('Go');
    expect(all).not.toContain('React');
    expect(skills(role.mustHave)).toEqual(expect.arrayContaining(['Java', 'Spring Boot', 'PostgreSQL', 'Kafka', 'Amazon Web Services']));
    expect(role.mustHave?.find((r) => r.skill === 'Java')?.minYears).toBe(6);
    expect(skills(role.niceToHave)).toEqual(['Kotlin', 'DynamoDB']);
    expect(role).toMatchObject({ minEnglish: 'C1', maxBillRate: 60 });
    expect(role.timeZone).toBeUndefined();
  });

  it('reads React Native as one skill, not React', () => {
    const { role } = draft('10-mobile.txt');
    expect(role.seniority).toEqual(['mid']);
    expect(skills(role.mustHave)).toEqual(['React Native', 'Firebase']);
    expect(skills(role.niceToHave)).toEqual(expect.arrayContaining(['Swift', 'Kotlin']));
    expect(role).toMatchObject({ timeZone: 'America/Los_Angeles', minOverlapHours: 2, minEnglish: 'B2' });
  });

  it('reads a two-line posting', () => {
    const { role } = draft('11-analytics-short.txt');
    expect(role.title).toBe('Analytics Engineer');
    expect(skills(role.mustHave)).toEqual(['Snowflake', 'dbt', 'Looker']);
    expect(skills(role.niceToHave)).toEqual(['Python']);
    expect(role.timeZone).toBe('America/New_York');
    expect(role.seniority).toBeUndefined();
    expect(role.minEnglish).toBeUndefined();
  });

  it('reads a principal posting: C++ and CUDA, native English, $/hr', () => {
    const { role } = draft('12-cv-engineer.txt');
    expect(role.seniority).toEqual(['lead']);
    expect(skills(role.mustHave)).toEqual(expect.arrayContaining(['Computer Vision', 'OpenCV', 'PyTorch', 'C++', 'CUDA']));
    expect(skills(role.niceToHave)).toContain('TensorRT'); // "TensorRT or ONNX Runtime"
    expect(skills(role.mustHave)).not.toContain('C');
    expect(skills(role.niceToHave)).toEqual(expect.arrayContaining(['Linux', 'JAX']));
    expect(role).toMatchObject({ timeZone: 'Europe/Berlin', minOverlapHours: 5, minEnglish: 'C2', maxBillRate: 120 });
  });

  it('always gives a valid bench-file role, deterministically, with evidence for each field', () => {
    for (const f of readdirSync(DIR).sort()) {
      const a = draft(f);
      expect(a).toEqual(draft(f));
      expect(roleSchema.safeParse({ id: 'r', clientId: 'c', ...a.role }).success, f).toBe(true);
      for (const key of Object.keys(a.role).filter((k) => k !== 'mustHave' && k !== 'niceToHave')) {
        expect(a.evidence.some((e) => e.field === key), `${f}: ${key}`).toBe(true);
      }
    }
  });

  it('copes with empty and odd input', () => {
    expect(draftRoleFromText('').role).toEqual({ title: 'Untitled role' });
    expect(draftRoleFromText('   \n\n').role.title).toBe('Untitled role');
    const long = draftRoleFromText('x'.repeat(500));
    expect(long.role.title.length).toBeLessThanOrEqual(200);
  });
});
