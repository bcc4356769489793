// Concepts: fields of work that postings and searches name ("machine learning", "MLOps", "data
// engineering") but that engineers seldom list as one skill. Each maps to the skills that show it (its
// family) and the primary roles that do it. The posting reader turns a concept into nice-to-haves from
// its family with a note, never a must-have nobody may hold; Bench search finds engineers by the family.
import { fold } from '../text/fold';
import { resolveSkill } from './index';

export interface Concept {
  /** The name shown in notes and reasons. */
  name: string;
  /** How people write it, English, Spanish and Portuguese (folded when compared). */
  phrases: string[];
  /** Taxonomy skills that show the concept, the most telling first. */
  skills: string[];
  /** Primary roles that do this work. */
  roles: string[];
}

const RAW: Concept[] = [
  { name: 'Machine Learning', phrases: ['machine learning', 'ml', 'aprendizaje automatico', 'aprendizado de maquina', 'aprendizagem de maquina'],
    skills: ['Machine Learning', 'PyTorch', 'TensorFlow', 'scikit-learn', 'XGBoost', 'Keras', 'LightGBM', 'JAX', 'Deep Learning', 'MLflow', 'Hugging Face', 'Computer Vision', 'NLP', 'Recommender Systems', 'Time Series Forecasting'],
    roles: ['ML Engineer', 'Data Scientist', 'AI Engineer'] },
  { name: 'Deep Learning', phrases: ['deep learning', 'neural networks', 'redes neuronales', 'redes neurais', 'aprendizaje profundo', 'aprendizado profundo'],
    skills: ['Deep Learning', 'PyTorch', 'TensorFlow', 'Keras', 'JAX', 'PyTorch Lightning'], roles: ['ML Engineer'] },
  { name: 'MLOps', phrases: ['mlops', 'ml ops', 'ml platform', 'ml infrastructure', 'model deployment', 'model serving'],
    skills: ['MLOps', 'MLflow', 'Kubeflow', 'SageMaker', 'Vertex AI', 'Weights & Biases', 'BentoML', 'Feast', 'DVC', 'Ray', 'Kubernetes'], roles: ['ML Engineer'] },
  { name: 'Generative AI', phrases: ['generative ai', 'genai', 'gen ai', 'ia generativa', 'llm', 'llms', 'large language models', 'ai engineering'],
    skills: ['LLMs', 'RAG', 'LangChain', 'OpenAI API', 'Hugging Face', 'LlamaIndex', 'Prompt Engineering', 'Embeddings', 'Vector Databases', 'AI Agents', 'Fine-tuning'], roles: ['AI Engineer'] },
  { name: 'Artificial Intelligence', phrases: ['artificial intelligence', 'ai', 'inteligencia artificial', 'ia'],
    skills: ['Machine Learning', 'LLMs', 'Deep Learning', 'PyTorch', 'TensorFlow', 'RAG', 'LangChain', 'OpenAI API'], roles: ['AI Engineer', 'ML Engineer', 'Data Scientist'] },
  { name: 'Data Science', phrases: ['data science', 'ciencia de datos', 'ciencia de dados'],
    skills: ['Pandas', 'scikit-learn', 'Statistics', 'NumPy', 'Jupyter', 'XGBoost', 'A/B Testing', 'Machine Learning'], roles: ['Data Scientist'] },
  { name: 'Data Engineering', phrases: ['data engineering', 'ingenieria de datos', 'engenharia de dados', 'data pipelines', 'etl'],
    skills: ['Spark', 'Airflow', 'dbt', 'Kafka', 'Snowflake', 'Databricks', 'BigQuery', 'ETL', 'Data Warehousing', 'Data Modeling'], roles: ['Data Engineer'] },
  { name: 'DevOps', phrases: ['devops', 'platform engineering', 'site reliability', 'sre', 'infrastructure'],
    skills: ['DevOps', 'Kubernetes', 'Docker', 'Terraform', 'CI/CD', 'GitHub Actions', 'Prometheus', 'Helm', 'Infrastructure as Code', 'SRE'], roles: ['DevOps Engineer'] },
  { name: 'Computer Vision', phrases: ['computer vision', 'vision por computadora', 'visao computacional'],
    skills: ['Computer Vision', 'OpenCV', 'PyTorch', 'TensorFlow'], roles: ['ML Engineer'] },
  { name: 'NLP', phrases: ['nlp', 'natural language processing', 'procesamiento de lenguaje natural', 'processamento de linguagem natural'],
    skills: ['NLP', 'spaCy', 'Hugging Face', 'NLTK', 'LLMs'], roles: ['ML Engineer', 'AI Engineer'] },
];

/** Concepts with only the skills the taxonomy knows (a renamed skill must not leave a dangling name). */
export const CONCEPTS: readonly Concept[] = RAW.map((c) => ({
  ...c,
  phrases: c.phrases.map(fold),
  skills: c.skills.map((s) => resolveSkill(s)).filter((r) => r.known).map((r) => r.name),
}));

const byPhrase = new Map<string, Concept>();
for (const c of CONCEPTS) for (const p of c.phrases) byPhrase.set(p, c);
// Skills that name a whole field: as a posting's must-have they ask for a word on a CV, not an ability.
const FIELD_SKILLS = new Set(['Machine Learning', 'Deep Learning', 'MLOps', 'DevOps']);
const bySkill = new Map<string, Concept>();
for (const c of CONCEPTS) if (FIELD_SKILLS.has(c.name)) bySkill.set(c.name, c);

/** The concept a phrase names ("machine learning", "MLOps"), case- and accent-insensitively. */
export function conceptOf(phrase: string): Concept | undefined {
  return byPhrase.get(fold(phrase.trim().replace(/[\s-]+/g, ' ')));
}

/** The concept a taxonomy skill stands for, when the skill is itself a field ("Machine Learning", "DevOps"). */
export function conceptOfSkill(skill: string): Concept | undefined {
  return bySkill.get(resolveSkill(skill).name);
}
