/**
 * Pan and zoom of the map, driven by the buttons, the mouse wheel with Ctrl or a pinch (zooming at
 * the pointer) and dragging. While the pointer moves, the drawing is moved and scaled by a transform on its group;
 * once it rests, `onSettle` draws it again at the new scale (lines, dots and labels keep their
 * size on screen, and more labels fit), and the transform is cleared. A click that ends a drag is
 * not a click.
 */
export interface ZoomState {
  k: number;
  x: number;
  y: number;
}

const SETTLE_MS = 160;

const MIN = 1;
const MAX = 16;

export class Zoom {
  private k = 1;
  private x = 0;
  private y = 0;
  /** The state the current drawing was drawn at. */
  private drawnAt: ZoomState = { k: 1, x: 0, y: 0 };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private dragFrom: { x: number; y: number; px: number; py: number } | null = null;
  /** True while the pointer has moved since it went down: the click that follows is swallowed. */
  private dragged = false;

  constructor(
    private readonly svg: SVGSVGElement,
    private readonly layer: () => SVGGElement | null,
    private readonly onSettle: (z: ZoomState) => void,
  ) {
    svg.addEventListener(
      'wheel',
      (e) => {
        // The plain wheel scrolls the page; with Ctrl (or ⌘, or a pinch, which browsers send as Ctrl) it zooms.
        if (!e.ctrlKey && !e.metaKey) return;
        e.preventDefault();
        const [cx, cy] = this.toSvg(e.clientX, e.clientY);
        this.zoomBy(Math.exp(-e.deltaY * (e.deltaMode === 1 ? 0.05 : 0.002)), cx, cy, false);
      },
      { passive: false },
    );
    svg.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      this.dragFrom = { x: this.x, y: this.y, px: e.clientX, py: e.clientY };
      this.dragged = false;
    });
    svg.addEventListener('pointermove', (e) => {
      if (!this.dragFrom) return;
      const [dx, dy] = [e.clientX - this.dragFrom.px, e.clientY - this.dragFrom.py];
      if (!this.dragged && Math.hypot(dx, dy) < 4) return;
      if (!this.dragged) svg.setPointerCapture(e.pointerId);
      this.dragged = true;
      const scale = this.unitsPerPixel();
      this.x = this.dragFrom.x + dx * scale;
      this.y = this.dragFrom.y + dy * scale;
      this.apply();
    });
    const end = () => {
      this.dragFrom = null;
      if (this.dragged) this.settleSoon();
    };
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);
    svg.addEventListener(
      'click',
      (e) => {
        if (this.dragged) e.stopPropagation();
        this.dragged = false;
      },
      true,
    );
  }

  /** Zooms by `factor` keeping the point (cx, cy) of the picture where it is (default: its middle). */
  zoomBy(factor: number, cx?: number, cy?: number, now = true): void {
    const box = this.svg.viewBox.baseVal;
    const [px, py] = [cx ?? box.width / 2, cy ?? box.height / 2];
    const k = Math.min(MAX, Math.max(MIN, this.k * factor));
    const f = k / this.k;
    this.x = px - (px - this.x) * f;
    this.y = py - (py - this.y) * f;
    this.k = k;
    this.apply();
    if (now) this.settle();
    else this.settleSoon();
  }

  /** Back to the whole world; `redraw` false when the caller draws anyway. */
  reset(redraw = true): void {
    [this.k, this.x, this.y] = [1, 0, 0];
    this.apply();
    if (redraw) this.settle();
  }

  /** The scale and offset to draw at. */
  get state(): ZoomState {
    return { k: this.k, x: this.x, y: this.y };
  }

  /** Says the picture has just been drawn at the current state: no transform left to apply. */
  drawn(): void {
    this.drawnAt = this.state;
    this.layer()?.removeAttribute('transform');
    this.svg.dataset.zoom = this.k.toFixed(2);
  }

  /** Moves the drawing from the state it was drawn at to the current one, until it is drawn again. */
  private apply(): void {
    const box = this.svg.viewBox.baseVal;
    // Keep the world on screen: never pan it further than its own size allows.
    this.x = Math.min(0, Math.max(box.width * (1 - this.k), this.x));
    this.y = Math.min(0, Math.max(box.height * (1 - this.k), this.y));
    const r = this.k / this.drawnAt.k;
    const [tx, ty] = [this.x - r * this.drawnAt.x, this.y - r * this.drawnAt.y];
    this.layer()?.setAttribute('transform', `translate(${tx.toFixed(1)},${ty.toFixed(1)}) scale(${r.toFixed(4)})`);
  }

  private settleSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.settle(), SETTLE_MS);
  }

  private settle(): void {
    clearTimeout(this.timer);
    this.onSettle(this.state);
  }

  private unitsPerPixel(): number {
    const width = this.svg.getBoundingClientRect().width || 1;
    return this.svg.viewBox.baseVal.width / width;
  }

  private toSvg(clientX: number, clientY: number): [number, number] {
    const rect = this.svg.getBoundingClientRect();
    const scale = this.unitsPerPixel();
    return [(clientX - rect.left) * scale, (clientY - rect.top) * scale];
  }
}
