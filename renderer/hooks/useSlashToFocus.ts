// "/" puts the focus in a screen's search box from anywhere on the screen that is not itself a place to
// type: a facet's checkbox or radio, a button, a table row. (Mantine's useHotkeys ignores every <input>,
// checkboxes included, so "/" did nothing while a facet had the focus.)
import { useEffect, type RefObject } from 'react';

/** True for elements where "/" is text being typed: text-like inputs, text areas, editable content. */
export function isTypingTarget(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (!(el instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(el.type);
}

export function useSlashToFocus(target: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || isTypingTarget(e.target)) return;
      e.preventDefault();
      target.current?.focus();
      target.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [target]);
}
