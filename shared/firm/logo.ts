// A logo is checked by its content, not by its name: a PNG starts with the PNG signature, an SVG is UTF-8
// text whose root element is <svg> and carries no script (it is drawn into the client's PDF). Both
// within FIRM_LOGO_MAX_BYTES. The answer names what is wrong so the refusal can say it.
import { FIRM_LOGO_MAX_BYTES, type FirmLogoType } from './profile';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export type LogoCheck = { ok: true; type: FirmLogoType } | { ok: false; problem: 'empty' | 'too_large' | 'not_png_or_svg' | 'svg_script' };

export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length === 0) return { ok: false, problem: 'empty' };
  if (bytes.length > FIRM_LOGO_MAX_BYTES) return { ok: false, problem: 'too_large' };
  if (PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return { ok: true, type: 'image/png' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: 'not_png_or_svg' };
  }
  // Past an XML declaration, a doctype and comments, the first element must be <svg>.
  const body = text.replace(/^\uFEFF/, '').replace(/<\?xml[\s\S]*?\?>|<!DOCTYPE[^>]*>|<!--[\s\S]*?-->/gi, '').trimStart();
  if (!/^<svg[\s>]/i.test(body)) return { ok: false, problem: 'not_png_or_svg' };
  if (/<script[\s>]|\son\w+\s*=|javascript:/i.test(body)) return { ok: false, problem: 'svg_script' };
  return { ok: true, type: 'image/svg+xml' };
}

/** The refusal for each problem, in the errors catalog (the service and Settings > Firm say the same). */
export const LOGO_PROBLEM = {
  empty: 'errors:firm.logo.empty',
  too_large: 'errors:firm.logo.too_large',
  not_png_or_svg: 'errors:firm.logo.not_png_or_svg',
  svg_script: 'errors:firm.logo.svg_script',
} as const satisfies Record<Extract<LogoCheck, { ok: false }>['problem'], string>;
