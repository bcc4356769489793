// Documents in (issue 16): reading a 2-page PDF CV into a draft (target <= 300 ms; the first read pays
// pdf.js's load, reported as cold), and 100 CVs of every layout imported into a bench through the
// service (target <= 30 s), counting the progress reports the import gives on the way.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBench } from '../../db/index';
import { readDocument } from '../../db/documents/read';
import { draftCv } from '../../shared/cv/draft';
import { CVS, TODAY, type CvFixture } from '../../test/fixtures/documents/cvs';
import { cvBytes } from '../../test/fixtures/documents/files';

type Report = (name: string, value: number, unit: string, note?: string) => void;

const FIRST = ['Ana', 'Bruno', 'Carla', 'Diego', 'Elena', 'Felipe', 'Gabriela', 'Hugo', 'Isabel', 'Javier'];
const LAST = ['Souza', 'Gómez', 'Lima', 'Rojas', 'Costa', 'Vargas', 'Silva', 'Morales', 'Alves', 'Castro'];

/** The corpus's CV `i % n` as a different person (name, e-mail, links), so none is a duplicate of another. */
function person(i: number): CvFixture {
  const base = CVS[i % CVS.length]!;
  const name = `${FIRST[i % 10]} ${LAST[Math.floor(i / 10) % 10]} ${String.fromCharCode(65 + (i % 26))}.`.replace(/ \w\.$/, '');
  const swap = (l: string) => l.replace(/[\w.]+@[\w.]+/, `person${i}@example.org`).replace(/(linkedin\.com\/in\/|github\.com\/)[\w-]+/, `$1person-${i}`);
  const rename = (l: string) => swap(l.replace(base.expected.name, name).replace(base.expected.name.toUpperCase(), name));
  return { ...base, file: `${i}-${base.file}`, layout: { head: base.layout.head.map(rename), side: base.layout.side.map(rename), main: base.layout.main.map(rename) } };
}

/** A CV long enough for two pages: the sidebar layout with its experience told at length. */
function twoPages(): CvFixture {
  const cv = CVS[0]!;
  const filler = Array.from({ length: 45 }, (_, k) => `• Proyecto ${k + 1}: modelos en PyTorch y pipelines de Airflow sobre PostgreSQL, con monitoreo en Grafana.`);
  return { ...cv, layout: { ...cv.layout, main: [...cv.layout.main, '', 'PROYECTOS', ...filler] } };
}

export async function run(report: Report): Promise<void> {
  const bytes = await cvBytes(twoPages());
  let t = performance.now();
  const first = await readDocument(bytes, 'cv.pdf');
  draftCv(first.text, TODAY);
  const cold = performance.now() - t;
  const runs: number[] = [];
  for (let k = 0; k < 5; k++) {
    t = performance.now();
    draftCv((await readDocument(bytes, 'cv.pdf')).text, TODAY);
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  report(`cv: read a ${first.pages}-page PDF CV into a draft`, runs[2]!, 'ms', `target <= 300 ms; median of 5; cold ${cold.toFixed(0)} ms (loads pdf.js)`);

  const dir = mkdtempSync(join(tmpdir(), 'bm-bench-cv-'));
  try {
    const paths: string[] = [];
    for (let i = 0; i < 100; i++) {
      const cv = person(i);
      const path = join(dir, cv.file);
      writeFileSync(path, await cvBytes(cv));
      paths.push(path);
    }
    const bench = await openBench({ path: join(dir, 'bench.sqlite') });
    let progress = 0;
    t = performance.now();
    const r = await bench.call('importCvFiles', { paths }, { progress: () => progress++ });
    const ms = performance.now() - t;
    const n = (o: string) => r.results.filter((x) => x.outcome === o).length;
    report('cv: import 100 CVs (PDF, DOCX, text) with their files', ms, 'ms', `target <= 30000 ms; ${n('created')} created, ${n('duplicate')} taken for someone already added, ${n('refused')} refused; ${progress} progress reports`);
    await bench.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
