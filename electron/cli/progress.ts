// A progress bar for long work (import, seed, export) on a terminal; silent when stderr is piped or
// redirected, so scripts and CI logs get only results. It feeds CallContext.progress.
import cliProgress from 'cli-progress';
import { renderText, type KeyedText } from '../../shared/api/errors';
import { currentLanguage } from '../../shared/i18n/instance';

export interface ProgressHandle {
  /** Pass as CallContext.progress: fraction 0..1 and a short label (never personal data). */
  report: (fraction: number, label: KeyedText) => void;
  stop: () => void;
}

const SCALE = 1000;

export function createProgress(stream: NodeJS.WriteStream = process.stderr): ProgressHandle {
  if (!stream.isTTY) return { report: () => {}, stop: () => {} };
  let bar: cliProgress.SingleBar | undefined;
  return {
    report(fraction, keyed) {
      const label = renderText(keyed, currentLanguage());
      const value = Math.round(Math.min(1, Math.max(0, fraction)) * SCALE);
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { stream, format: '{bar} {percentage}% | {label}', hideCursor: true, clearOnComplete: true, barsize: 30 },
          cliProgress.Presets.shades_classic,
        );
        bar.start(SCALE, value, { label });
      } else {
        bar.update(value, { label });
      }
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
