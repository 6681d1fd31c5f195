import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, LayoutOptions, NodeSingular } from 'cytoscape';
import type { DrawEdge, DrawNode, GraphModel } from './graph-model';
import { graphStyle } from './graph-style';
import type { LayoutName } from './view-state';

/**
 * The network picture (Cytoscape.js on a canvas): zoom and pan with the mouse, touch or the
 * buttons beside it; a tap on a node or an edge chooses it. The same choices are offered to
 * keyboard users by the lists (see lists.ts).
 */
export interface GraphEvents {
  onEdge(id: string): void;
  onNode(id: string): void;
}

const PADDING = 30;
/** Label sizes in the picture's own units: at least the style's 14, at most 32; about 12 px on screen. */
const LABEL_MIN = 14;
const LABEL_MAX = 32;
const LABEL_SCREEN_PX = 12;

const nodeSize = (n: DrawNode) => 26 + 6 * Math.sqrt(n.degree) + (n.centre ? 8 : 0);

function elements(model: GraphModel, labelled: ReadonlySet<string> | null): ElementDefinition[] {
  return [
    ...model.nodes.map((n) => ({
      group: 'nodes' as const,
      data: { id: n.id, label: n.name, kind: n.kind, hops: n.hops, size: nodeSize(n) },
      classes: [n.centre ? 'centre' : '', labelled && !labelled.has(n.id) ? 'minor' : ''].join(' ').trim(),
    })),
    ...model.edges.map((e: DrawEdge) => ({
      group: 'edges' as const,
      data: { id: e.id, source: e.source, target: e.target, kind: e.kind, width: e.width, claims: e.claimCount },
    })),
  ];
}

function layoutOptions(name: LayoutName, model: GraphModel): LayoutOptions {
  if (name === 'force') {
    return {
      name: 'cose',
      animate: false,
      randomize: true,
      padding: PADDING,
      nodeRepulsion: () => 400_000,
      idealEdgeLength: () => 110,
      nodeDimensionsIncludeLabels: true,
    } as LayoutOptions;
  }
  const far = Math.max(0, ...model.nodes.map((n) => n.hops));
  return {
    name: 'concentric',
    animate: false,
    padding: PADDING,
    minNodeSpacing: 40,
    avoidOverlap: true,
    nodeDimensionsIncludeLabels: true,
    concentric: (node: NodeSingular) => far - Number(node.data('hops')),
    levelWidth: () => 1,
  } as LayoutOptions;
}

export class GraphView {
  readonly cy: Core;

  constructor(container: HTMLElement, events: GraphEvents) {
    this.cy = cytoscape({
      container,
      style: graphStyle(),
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    this.cy.on('tap', 'edge', (evt) => events.onEdge(evt.target.id()));
    this.cy.on('tap', 'node', (evt) => events.onNode(evt.target.id()));
  }

  /** Draws the model; actors outside `labelled` show their label only when zoomed in, or chosen. */
  draw(model: GraphModel, layout: LayoutName, labelled: ReadonlySet<string> | null = null): void {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements(model, labelled));
    });
    this.cy.layout(layoutOptions(layout, model)).run();
    this.cy.fit(undefined, PADDING);
    if (model.centreId) this.centreOn(model.centreId);
    // A large picture is zoomed out to fit: its labelled actors' labels grow to stay about 12 px
    // on screen (the others' appear when zoomed in, see graph-style.ts).
    const size = Math.min(LABEL_MAX, Math.max(LABEL_MIN, LABEL_SCREEN_PX / Math.max(this.cy.zoom(), 0.05)));
    this.cy.nodes(':not(.minor)').style({ 'font-size': size, 'text-max-width': `${size * 10}px` });
  }

  /** Puts an actor in the middle, zoomed so that the whole picture stays in view. */
  centreOn(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    const box = this.cy.elements().boundingBox();
    const at = node.position();
    const halfWidth = Math.max(at.x - box.x1, box.x2 - at.x, 1);
    const halfHeight = Math.max(at.y - box.y1, box.y2 - at.y, 1);
    const zoom = Math.min(
      (this.cy.width() / 2 - PADDING) / halfWidth,
      (this.cy.height() / 2 - PADDING) / halfHeight,
      1.6,
    );
    const level = Math.max(this.cy.minZoom(), zoom);
    // Pan by the node's own position: cy.center() would centre its box, label included.
    this.cy.viewport({
      zoom: level,
      pan: { x: this.cy.width() / 2 - at.x * level, y: this.cy.height() / 2 - at.y * level },
    });
  }

  select(id: string | null): void {
    this.cy.elements().unselect();
    if (id) this.cy.getElementById(id).select();
  }

  zoomBy(factor: number): void {
    this.cy.zoom({
      level: this.cy.zoom() * factor,
      renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 },
    });
  }

  fit(): void {
    this.cy.fit(undefined, PADDING);
  }

  /** Canvas sizes follow the container (the page reflows between laptop and phone widths). */
  resize(): void {
    this.cy.resize();
  }
}
