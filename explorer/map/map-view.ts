import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Point } from './arrows';
import type { CountryFlow, MapModel } from './flows';
import { countryLayer, endLayer, flowLayer, labelLayer } from './map-layers';
import { weightOf } from './selection';
import type { Selection } from './selection';
import { svgEl } from '../svg';
import type { World } from './world';
import { Zoom } from './zoom';
import type { ZoomState } from './zoom';

/**
 * The map itself: an SVG as wide as its frame, the world fitted to it with the Natural Earth
 * projection, the chosen flows drawn over it. A click on a country at the end of a flow asks to
 * centre the map there; a click on an arrow asks to show its row of the table.
 */
export interface MapEvents {
  onEnd(code: string): void;
  onFlow(id: string): void;
  /** After every drawing (a new view, or a zoom drawn again at its scale). */
  onDrawn(drawn: Drawn): void;
}

export interface Drawn {
  arrows: CountryFlow[];
  tooClose: CountryFlow[];
}

const LABEL_PX = 12;

export class MapView {
  private layer: SVGGElement | null = null;
  readonly zoom: Zoom;
  private width = 0;
  private last: { model: MapModel; selection: Selection; world: World } | null = null;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly events: MapEvents,
  ) {
    this.zoom = new Zoom(
      svg,
      () => this.layer,
      (z) => {
        if (this.last) this.render(this.last.model, this.last.selection, this.last.world, z);
      },
    );
    svg.addEventListener('click', (e) => {
      const target = e.target as Element;
      const flow = target.closest('[data-flow]')?.getAttribute('data-flow');
      if (flow) return events.onFlow(flow);
      const code = target.closest('.end, .country.in-flows, text[data-code]')?.getAttribute('data-code');
      if (code) events.onEnd(code);
    });
  }

  /** Whether the frame has changed width enough since the last drawing to draw again. */
  resized(): boolean {
    const width = this.frameWidth();
    return this.width > 0 && Math.abs(width - this.width) > 24;
  }

  private frameWidth(): number {
    return Math.max(320, Math.round(this.svg.parentElement?.clientWidth ?? 960));
  }

  /** Draws the flows; a new width (the window resized) starts again from the whole world. */
  draw(model: MapModel, selection: Selection, world: World): Drawn {
    this.last = { model, selection, world };
    const width = this.frameWidth();
    if (width !== this.width) {
      this.width = width;
      this.svg.setAttribute('viewBox', `0 0 ${width} ${Math.round(width * 0.5)}`);
      this.zoom.reset(false);
    }
    return this.render(model, selection, world, this.zoom.state);
  }

  private render(model: MapModel, selection: Selection, world: World, z: ZoomState): Drawn {
    const width = this.width;
    const height = Math.round(width * 0.5);
    const projection = geoNaturalEarth1().fitExtent(
      [
        [4, 4],
        [width - 4, height - 4],
      ],
      { type: 'FeatureCollection', features: world.shapes.map((s) => s.feature) },
    );
    // Zoomed: the fitted projection scaled by k and moved by (x, y).
    const [tx, ty] = projection.translate();
    projection.scale(projection.scale() * z.k).translate([tx * z.k + z.x, ty * z.k + z.y]);
    const path = geoPath(projection);
    const points = new Map<string, Point | null>();
    const pointOf = (code: string): Point | null => {
      if (!points.has(code)) {
        const at = model.ends.get(code)?.at ?? code;
        const lonLat = world.lonLat(at);
        points.set(code, lonLat ? (projection(lonLat) as Point | null) : null);
      }
      return points.get(code) ?? null;
    };
    const centre = model.centre?.placement.end ? model.centre.placement : null;
    const defs = svgEl('defs');
    const maxWidth = Math.min(14, Math.max(4, width / 90));
    const flows = flowLayer(selection.drawn, model.ends, pointOf, selection.weight, defs, maxWidth);
    const endWeights = new Map<string, number>();
    for (const f of [...flows.drawn, ...flows.tooClose])
      for (const code of [f.from, f.to])
        endWeights.set(code, (endWeights.get(code) ?? 0) + weightOf(f, selection.weight));
    if (centre?.end && model.ends.has(centre.end)) endWeights.set(centre.end, Infinity);
    const shaded = new Set([...endWeights.keys()].map((code) => model.ends.get(code)?.at ?? code));
    const layer = svgEl(
      'g',
      { class: 'viewport' },
      svgEl('rect', { class: 'sea', x: -width, y: -height, width: width * 3, height: height * 3 }),
      countryLayer(world.shapes, path, shaded, centre?.at ?? null),
      flows.layer,
      endLayer(endWeights.keys(), model.ends, pointOf, centre?.end ?? null),
    );
    layer.append(labelLayer(endWeights, model.ends, pointOf, { width, height }, LABEL_PX));
    this.svg.replaceChildren(defs, layer);
    this.layer = layer;
    this.zoom.drawn();
    const drawn = { arrows: flows.drawn, tooClose: flows.tooClose };
    this.events.onDrawn(drawn);
    return drawn;
  }
}
