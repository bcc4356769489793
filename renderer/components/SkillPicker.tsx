// Picks a skill from the taxonomy as you type, forgiving typos ("pytroch" finds PyTorch) and knowing
// aliases ("k8s" finds Kubernetes) through fuse.js over every canonical name and alias; a name the
// taxonomy lacks can still be added as a custom skill.
import { Combobox, Group, Text, TextInput, useCombobox } from '@mantine/core';
import Fuse from 'fuse.js';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resolveSkill, SKILLS } from '../../shared/taxonomy';

interface Entry { term: string; name: string; category: string }

let fuse: Fuse<Entry> | undefined;
function index(): Fuse<Entry> {
  // Built once, on first use: ~341 skills and their aliases.
  fuse ??= new Fuse<Entry>(SKILLS.flatMap((s) => [s.name, ...s.aliases].map((term): Entry => ({ term, name: s.name, category: s.category }))), {
    keys: ['term'], threshold: 0.4, ignoreLocation: true, includeScore: true,
  });
  return fuse as Fuse<Entry>;
}

/** Canonical skills for a typed text, best first, each once (an alias hit names its canonical skill). */
export function suggestSkills(text: string, limit = 8): { name: string; category: string; via?: string }[] {
  const q = text.trim();
  if (!q) return [];
  const out = new Map<string, { name: string; category: string; via?: string }>();
  const exact = resolveSkill(q);
  if (exact.known) out.set(exact.name, { name: exact.name, category: exact.category });
  for (const r of index().search(q, { limit: limit * 3 })) {
    if (out.size >= limit) break;
    if (!out.has(r.item.name)) out.set(r.item.name, { name: r.item.name, category: r.item.category, ...(r.item.term !== r.item.name ? { via: r.item.term } : {}) });
  }
  return [...out.values()];
}

export interface SkillPickerProps {
  label: string;
  /** Called with the canonical name (or the custom name as typed, trimmed). */
  onPick: (name: string) => void;
  /** Skills already chosen, marked in the list. */
  taken?: readonly string[];
  testId?: string;
}

export function SkillPicker({ label, onPick, taken = [], testId }: SkillPickerProps) {
  const { t } = useTranslation(['roles']);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [text, setText] = useState('');
  const options = useMemo(() => suggestSkills(text), [text]);
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const custom = trimmed && !resolveSkill(trimmed).known && !options.some((o) => o.name.toLowerCase() === trimmed.toLowerCase());

  const pick = (name: string) => {
    onPick(name);
    setText('');
    combobox.closeDropdown();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={(v) => pick(v === '\u0000custom' ? trimmed : v)} withinPortal={false}>
      <Combobox.Target>
        <TextInput
          label={label}
          placeholder={t('picker.placeholder')}
          value={text}
          data-testid={testId}
          onChange={(e) => {
            setText(e.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
            // The first suggestion is pre-selected so Enter takes it.
            requestAnimationFrame(() => combobox.selectFirstOption());
          }}
          onFocus={() => text && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(e) => {
            // Enter takes the first suggestion even before the pre-selection frame has run (a fast typist,
            // or a busy machine, must not lose the skill).
            if (e.key === 'Enter' && trimmed && (!combobox.dropdownOpened || combobox.getSelectedOptionIndex() === -1)) {
              e.preventDefault();
              pick(options[0]?.name ?? trimmed);
            }
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!trimmed}>
        <Combobox.Options aria-label={t('picker.suggestions', { label })}>
          {options.map((o) => (
            <Combobox.Option value={o.name} key={o.name} data-testid="skill-option">
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm">{taken.includes(o.name) ? t('picker.chosen', { skill: o.name }) : o.name}</Text>
                <Text size="xs" c="dimmed">{o.via ? t('picker.via', { alias: o.via, category: o.category }) : o.category}</Text>
              </Group>
            </Combobox.Option>
          ))}
          {custom ? (
            <Combobox.Option value={'\u0000custom'} data-testid="skill-option-custom">
              <Text size="sm">{t('picker.addCustom', { skill: trimmed })}</Text>
            </Combobox.Option>
          ) : null}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
