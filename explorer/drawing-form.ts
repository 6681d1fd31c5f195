import { byId, h } from './dom';
import type { Drawing } from './view-state';

/** The form's "Drawing" part (weight, actors drawn, lightest connection, clusters) read and written. */
export function readDrawing(data: FormData): Drawing {
  const top = String(data.get('top') ?? '40');
  const min = String(data.get('minWeight') ?? '').trim();
  return {
    weight: data.get('weight') === 'tiv' ? 'tiv' : 'deals',
    top: top === 'all' ? null : Number(top) || 40,
    minWeight: /^\d+(\.\d+)?$/.test(min) && Number(min) > 0 ? Number(min) : null,
    cluster: data.get('cluster') === 'region' ? 'region' : 'none',
  };
}

export function writeDrawing(d: Drawing): void {
  byId<HTMLSelectElement>('weight').value = d.weight;
  const top = byId<HTMLSelectElement>('top');
  const value = d.top === null ? 'all' : String(d.top);
  // "Show more" asks for counts the list does not offer (60, 100…): they become choices.
  if (![...top.options].some((o) => o.value === value))
    top.insertBefore(h('option', { value }, `The ${value} heaviest`), top.querySelector('option[value="all"]'));
  top.value = value;
  byId<HTMLInputElement>('min-weight').value = d.minWeight === null ? '' : String(d.minWeight);
  byId<HTMLSelectElement>('cluster').value = d.cluster;
}
