// What each kind of engineer on a LatAm AI/software bench actually knows. Skill sets are coherent per
// archetype: a core every member has, one stack variant (a backend engineer is a Java or a Go or a
// Python person), then common and occasional extras. Names are canonical taxonomy names; extras the
// taxonomy does not know are dropped at load, so the demo never creates custom skills by accident.
import { resolveSkill } from '../../shared/taxonomy';

export type ArchetypeKey = 'ai' | 'ml' | 'data' | 'backend' | 'frontend' | 'fullstack' | 'devops';

export interface Archetype {
  key: ArchetypeKey;
  weight: number;
  primaryRole: string;
  /** Relative price of the specialty (AI and ML bill higher). */
  rateFactor: number;
  core: readonly string[];
  /** One of these stacks joins the core, chosen by weight. */
  variants: ReadonlyArray<readonly [readonly string[], number]>;
  common: readonly string[];
  extra: readonly string[];
  /** Domain phrases for summaries and role descriptions. */
  focus: readonly string[];
}

const RAW: readonly Archetype[] = [
  { key: 'ai', weight: 14, primaryRole: 'AI Engineer', rateFactor: 1.15,
    core: ['Python', 'LangChain', 'Hugging Face'],
    variants: [[['PyTorch'], 2], [['LlamaIndex'], 1], [['TypeScript', 'Node.js'], 1]],
    common: ['PyTorch', 'LlamaIndex', 'Docker', 'Amazon Web Services', 'PostgreSQL', 'FastAPI', 'OpenAI API', 'RAG', 'pgvector'],
    extra: ['Kubernetes', 'Google Cloud', 'Azure', 'TypeScript', 'MLflow', 'Redis', 'Elasticsearch', 'Prompt engineering'],
    focus: ['retrieval-augmented generation', 'LLM agents and tool calling', 'evaluation of LLM outputs', 'document understanding'] },
  { key: 'ml', weight: 12, primaryRole: 'ML Engineer', rateFactor: 1.12,
    core: ['Python', 'PyTorch', 'scikit-learn'],
    variants: [[['TensorFlow'], 2], [['MLflow'], 2], [['Spark'], 1]],
    common: ['TensorFlow', 'Keras', 'MLflow', 'SQL', 'Docker', 'Pandas', 'NumPy', 'XGBoost'],
    extra: ['Spark', 'Databricks', 'Google Cloud', 'Amazon Web Services', 'Kubernetes', 'Hugging Face', 'Airflow', 'Computer vision'],
    focus: ['recommendation systems', 'forecasting', 'computer vision', 'fraud detection', 'NLP classification'] },
  { key: 'data', weight: 15, primaryRole: 'Data Engineer', rateFactor: 1.03,
    core: ['Python', 'SQL', 'Airflow'],
    variants: [[['Spark', 'Databricks'], 2], [['dbt'], 2], [['Kafka'], 1]],
    common: ['Spark', 'dbt', 'Kafka', 'PostgreSQL', 'Google Cloud', 'Amazon Web Services', 'Snowflake', 'BigQuery'],
    extra: ['Databricks', 'Docker', 'Kubernetes', 'Scala', 'MySQL', 'Azure', 'Terraform'],
    focus: ['batch and streaming pipelines', 'lakehouse platforms', 'analytics engineering', 'data quality'] },
  { key: 'backend', weight: 22, primaryRole: 'Backend Engineer', rateFactor: 1.0,
    core: ['PostgreSQL', 'Docker'],
    variants: [[['Java', 'Spring Boot'], 3], [['Go'], 2], [['Python', 'FastAPI'], 2], [['Python', 'Django'], 1],
      [['TypeScript', 'Node.js'], 3], [['C#', '.NET'], 2], [['Kotlin', 'Java'], 1]],
    common: ['SQL', 'Kafka', 'Redis', 'Amazon Web Services', 'Kubernetes', 'MySQL', 'MongoDB', 'GraphQL'],
    extra: ['Google Cloud', 'Azure', 'Terraform', 'RabbitMQ', 'Elasticsearch', 'gRPC'],
    focus: ['payments APIs', 'high-traffic REST services', 'event-driven microservices', 'B2B SaaS backends'] },
  { key: 'frontend', weight: 12, primaryRole: 'Frontend Engineer', rateFactor: 0.95,
    core: ['TypeScript', 'JavaScript'],
    variants: [[['React'], 4], [['Vue'], 1], [['Angular'], 1]],
    common: ['Next.js', 'HTML', 'CSS', 'Tailwind CSS', 'Jest', 'Node.js', 'GraphQL'],
    extra: ['React', 'Vue', 'Storybook', 'Cypress', 'Figma', 'React Native'],
    focus: ['design systems', 'accessible web apps', 'dashboards and data visualisation', 'e-commerce storefronts'] },
  { key: 'fullstack', weight: 15, primaryRole: 'Full-Stack Engineer', rateFactor: 1.0,
    core: ['TypeScript', 'React', 'Node.js'],
    variants: [[['PostgreSQL'], 3], [['MongoDB'], 1], [['Python'], 1]],
    common: ['JavaScript', 'PostgreSQL', 'Docker', 'Amazon Web Services', 'Next.js', 'GraphQL'],
    extra: ['Python', 'Vue', 'Redis', 'Google Cloud', 'Kubernetes', 'Go'],
    focus: ['marketplace products', 'internal tools', 'SaaS onboarding flows', 'real-time collaboration'] },
  { key: 'devops', weight: 10, primaryRole: 'DevOps Engineer', rateFactor: 1.07,
    core: ['Kubernetes', 'Docker'],
    variants: [[['Amazon Web Services'], 3], [['Google Cloud'], 2], [['Azure'], 2]],
    common: ['Terraform', 'Python', 'Go', 'Prometheus', 'GitHub Actions', 'Linux', 'Helm'],
    extra: ['MLflow', 'Kafka', 'Airflow', 'Ansible', 'Argo CD', 'Grafana', 'Kubeflow'],
    focus: ['platform engineering', 'CI/CD pipelines', 'MLOps and model serving', 'cloud cost optimisation', 'observability'] },
];

const known = (name: string) => resolveSkill(name).known;

/** The archetypes with every skill name checked against the taxonomy (core and variants must be known). */
export const ARCHETYPES: readonly Archetype[] = RAW.map((a) => {
  for (const s of [...a.core, ...a.variants.flatMap(([v]) => v)]) {
    if (!known(s)) throw new Error(`demo archetype ${a.key}: core skill ${s} is not in the taxonomy`);
  }
  return { ...a, common: a.common.filter(known), extra: a.extra.filter(known) };
});

export function archetype(key: ArchetypeKey): Archetype {
  const a = ARCHETYPES.find((x) => x.key === key);
  if (!a) throw new Error(`unknown archetype ${key}`);
  return a;
}

/** Aliases people actually type; the demo writes one now and then so alias resolution gets exercised. */
export const COMMON_ALIASES: Readonly<Record<string, string>> = Object.fromEntries(
  ([
    ['JavaScript', 'JS'], ['TypeScript', 'TS'], ['Kubernetes', 'k8s'], ['PostgreSQL', 'Postgres'], ['Go', 'Golang'],
    ['Node.js', 'NodeJS'], ['React', 'ReactJS'], ['scikit-learn', 'sklearn'], ['Google Cloud', 'GCP'],
    ['Amazon Web Services', 'AWS'], ['Hugging Face', 'HF'], ['Vue', 'Vue.js'],
  ] as const).filter(([canonical, alias]) => resolveSkill(alias).name === canonical),
);

/** Tools too young for long experience: years are capped by their age (LangChain appeared in 2022). */
export const FIRST_YEAR: Readonly<Record<string, number>> = {
  LangChain: 2022, LlamaIndex: 2022, 'OpenAI API': 2020, 'Hugging Face': 2018, dbt: 2016, pgvector: 2021,
  'Next.js': 2016, 'Tailwind CSS': 2017, MLflow: 2018, Databricks: 2014, PyTorch: 2016, Kubernetes: 2015,
  TypeScript: 2012, Go: 2010, Kotlin: 2012, 'Argo CD': 2018, Kubeflow: 2018, FastAPI: 2019, RAG: 2020,
};
