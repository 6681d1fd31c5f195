import type { StylesheetJson } from 'cytoscape';

/**
 * Colours of actor kinds (the Okabe–Ito palette, told apart with colour blindness) and the
 * Cytoscape stylesheet: arrows for direction, width for the number of claims, recognitions dashed.
 */
export const KIND_COLOURS: Record<string, string> = {
  STATE: '#0072B2',
  GOVERNMENT_BODY: '#56B4E9',
  SELF_PROCLAIMED_STATE: '#E69F00',
  ARMED_GROUP: '#D55E00',
  COMPANY: '#009E73',
  INTERNATIONAL_ORGANIZATION: '#CC79A7',
  OTHER: '#7a7a7a',
};

/** A world region's node, when the picture is clustered by region (not a kind of actor). */
export const REGION_COLOUR = '#b8bec8';

export const SUPPLY_COLOUR = '#3b4454';
export const RECOGNITION_COLOUR = '#8a3ffc';
export const SELECTED_COLOUR = '#c2185b';

export function graphStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'background-color': KIND_COLOURS.OTHER,
        label: 'data(label)',
        color: '#111',
        'font-size': 14,
        'font-family': 'system-ui, sans-serif',
        'text-valign': 'bottom',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-background-color': '#fff',
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 2,
        'border-color': '#fff',
      },
    },
    ...Object.entries(KIND_COLOURS).map(([kind, colour]) => ({
      selector: `node[kind = "${kind}"]`,
      style: { 'background-color': colour },
    })),
    // Labels only where they fit: none below 8 px on screen, and the lighter actors' only when
    // zoomed in (or chosen), so that a dense picture is not a blur of words.
    { selector: 'node', style: { 'min-zoomed-font-size': 7 } },
    { selector: 'node.minor', style: { 'font-size': 11, 'min-zoomed-font-size': 12 } },
    { selector: 'node.minor:selected', style: { 'font-size': 14, 'min-zoomed-font-size': 0 } },
    {
      selector: 'node[kind = "REGION"]',
      style: { 'background-color': REGION_COLOUR, shape: 'round-rectangle', 'font-weight': 'bold' },
    },
    { selector: 'node.centre', style: { 'border-width': 4, 'border-color': '#111', 'font-weight': 'bold' } },
    {
      selector: 'edge',
      style: {
        width: 'data(width)',
        'line-color': SUPPLY_COLOUR,
        'target-arrow-color': SUPPLY_COLOUR,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.2,
        'curve-style': 'bezier',
        opacity: 0.85,
      },
    },
    {
      selector: 'edge[kind = "RECOGNITION"]',
      style: {
        'line-color': RECOGNITION_COLOUR,
        'target-arrow-color': RECOGNITION_COLOUR,
        'line-style': 'dashed',
        'line-dash-pattern': [6, 4],
        'target-arrow-shape': 'triangle',
        'target-arrow-fill': 'hollow',
      },
    },
    {
      selector: 'edge:selected',
      style: { 'line-color': SELECTED_COLOUR, 'target-arrow-color': SELECTED_COLOUR, opacity: 1 },
    },
    { selector: 'node:selected', style: { 'border-color': SELECTED_COLOUR, 'border-width': 5 } },
  ];
}
