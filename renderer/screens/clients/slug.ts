// Ids for new clients and roles, made from their names and never clashing with one already taken.
export function slugId(name: string, taken: ReadonlySet<string>, prefix = ''): string {
  const base = (prefix + name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')).slice(0, 48) || `${prefix}new`;
  let id = base.replace(/^-+/, '') || 'new';
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
