import { filterParams } from './view-state';
import type { Filters } from './view-state';
import type { DrawEdge } from './graph-model';

/**
 * Links to the server's exports (/export/…, see docs/exports-and-imports.md) for what is on screen,
 * with the same filter parameters as the view. Pure: no DOM.
 */
export interface ExportLink {
  label: string;
  href: string;
}

const url = (name: string, params: [string, string][]) => {
  const q = new URLSearchParams(params).toString();
  return `/export/${name}${q ? `?${q}` : ''}`;
};

/**
 * The claims touching the centre (it and the bodies below it), filtered as the picture is.
 * Recognitions have no category or status, so their export leaves those out; the exports that
 * hold both kinds of claim leave recognitions out when a category or status is chosen, as the
 * picture does not.
 */
export function viewExports(centre: string, filters: Filters, recognitions: boolean): ExportLink[] {
  const actor: [string, string] = ['actor', centre];
  const links: ExportLink[] = [
    { label: 'Transfers (CSV)', href: url('transfers.csv', [actor, ...filterParams(filters)]) },
  ];
  if (recognitions)
    links.push({
      label: 'Recognitions (CSV)',
      href: url('recognitions.csv', [actor, ...filterParams(filters, 'recognitions')]),
    });
  const both = [actor, ...filterParams(filters)];
  links.push(
    { label: 'Citations with chains (CSV)', href: url('citations.csv', both) },
    { label: 'Claims with evidence (JSON Lines)', href: url('claims.jsonl', both) },
    { label: 'Network (GraphML)', href: url('network.graphml', both) },
    { label: 'Network (GEXF)', href: url('network.gexf', both) },
    { label: 'STIX 2.1 bundle', href: url('stix.json', both) },
  );
  return links;
}

/** Exactly the claims of one drawn connection. */
export function connectionExports(edge: DrawEdge, filters: Filters, group: boolean): ExportLink[] {
  const exact: [string, string][] = group ? [] : [['exactActor', 'true']];
  if (edge.kind === 'RECOGNITION') {
    return [
      {
        label: 'These recognitions (CSV)',
        href: url('recognitions.csv', [
          ['recognizer', edge.source],
          ['recognized', edge.target],
          ...exact,
          ...filterParams(filters, 'recognitions'),
        ]),
      },
    ];
  }
  const params: [string, string][] = [
    ['supplier', edge.source],
    ['recipient', edge.target],
    ...exact,
    ...filterParams(filters),
  ];
  return [
    { label: 'These transfers (CSV)', href: url('transfers.csv', params) },
    { label: 'Their citations (CSV)', href: url('citations.csv', params) },
  ];
}

/** Every claim of one actor, either side. */
export function actorExports(actor: string, filters: Filters, group: boolean): ExportLink[] {
  const exact: [string, string][] = group ? [] : [['exactActor', 'true']];
  return [
    {
      label: 'Its transfers (CSV)',
      href: url('transfers.csv', [['actor', actor], ...exact, ...filterParams(filters)]),
    },
    {
      label: 'Its recognitions (CSV)',
      href: url('recognitions.csv', [['actor', actor], ...exact, ...filterParams(filters, 'recognitions')]),
    },
  ];
}
