/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and splits its samples into the layers a request
 * passes through, by where each sampled function lives: a package of node_modules, Node's own
 * modules, Supplyline's folders, or V8 itself (garbage collection, compiled code it cannot name).
 * Self time only: each sample counts once, for the function that was running.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Packages grouped by the layer they serve; any other package is shown under its own name. */
const LAYERS: [string, RegExp][] = [
  [
    'Express 5, body parsing, routing',
    /^(express|router|body-parser|raw-body|type-is|content-type|on-finished|finalhandler|send|serve-static|qs|iconv-lite|depd|media-typer|mime-types|mime-db|accepts|parseurl|statuses|http-errors|encodeurl|escape-html|etag|fresh|range-parser|path-to-regexp|merge-descriptors|cookie|cookie-signature|content-disposition|proxy-addr|forwarded|ipaddr\.js|setprototypeof|toidentifier|unpipe|ee-first|inherits|safe-buffer|bytes|destroy|debug|ms|side-channel.*|call-bind.*|get-intrinsic|es-.*|function-bind|hasown|gopd|has-symbols|object-inspect|dunder-proto|math-intrinsics|get-proto|once|wrappy|is-promise)$/,
  ],
  [
    'request log (pino, pino-http)',
    /^(pino.*|sonic-boom|fast-redact|thread-stream|quick-format-unescaped|atomic-sleep|on-exit-leak-free|safe-stable-stringify|process-warning|fast-safe-stringify|@pinojs\/.*)$/,
  ],
  ['CORS', /^(cors|object-assign|vary)$/],
  ['rate limiter', /^express-rate-limit$/],
  [
    'Apollo Server',
    /^(@apollo\/.*|@as-integrations\/.*|lru-cache|loglevel|whatwg-mimetype|negotiator|@graphql-tools\/.*|value-or-promise|uuid|sha\.js|node-abort-controller|async-retry)$/,
  ],
  ['graphql-js (parse, validate, execute, coerce)', /^graphql$/],
  [
    'graphql-jit',
    /^(graphql-jit|fast-json-stringify|generate-function|lodash.*|json-schema-traverse|ajv.*|fast-deep-equal|fast-uri|rfdc)$/,
  ],
  ['cost walk (graphql-query-complexity)', /^graphql-query-complexity$/],
  ['DataLoader', /^dataloader$/],
  [
    'type-graphql, class-validator',
    /^(type-graphql|class-validator|class-transformer|libphonenumber-js|validator|tslib|graphql-scalars)$/,
  ],
  ['TypeORM', /^(typeorm|app-root-path|dayjs|sha\.js|reflect-metadata)$/],
  ['better-sqlite3 (JS side)', /^(better-sqlite3|bindings|file-uri-to-path)$/],
  ['pg', /^(pg|pg-.*|pgpass|postgres-.*)$/],
];

/** Functions V8 reports without a URL: the native parts that matter here, named. */
function nativeLayer(name: string): string {
  if (name === '(garbage collector)') return 'garbage collection';
  if (name === '(program)') return 'V8 and native, unattributed ((program))';
  if (name === '(idle)') return '(idle)';
  if (/^(all|get|run|iterate|raw|pluck|prepare|exec|pragma|transaction)$/.test(name))
    return 'SQLite (better-sqlite3 native)';
  if (/^(writev|writeUtf8String|writeBuffer|writeLatin1String|close|onStreamRead|shutdown)$/.test(name))
    return 'Node HTTP and sockets';
  if (/^(digest|update|randomUUID|createHash|timingSafeEqual)$/.test(name)) return 'Node crypto';
  return 'native, other';
}

export function layerOf(url: string, functionName: string): string {
  if (!url) return nativeLayer(functionName);
  if (url.startsWith('node:')) return /crypto/.test(url) ? 'Node crypto' : 'Node HTTP, streams, timers, runtime';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
  if (pkg) return LAYERS.find(([, re]) => re.test(pkg))?.[0] ?? `package ${pkg}`;
  const own = /\/src\/((?:app|core|domain|tools)\/[^/]+)\//.exec(url)?.[1];
  return own ? `Supplyline ${own}` : `other (${url.split('/').slice(-2).join('/')})`;
}

export interface LayerRow {
  /** the layer, or the function and where it is */
  name: string;
  /** for a function, its layer */
  layer: string;
  ms: number;
  share: number;
  usPerRequest: number;
}

/**
 * Self time per layer and per function, idle excluded, per request when a request count is given;
 * only the samples of the last `windowMs` before `endsBeforeMs` before the profile's end (the load,
 * not the start-up).
 */
export function summarise(
  profile: CpuProfile,
  requests: number,
  window: { windowMs: number; endsBeforeMs: number },
): { busyMs: number; layers: LayerRow[]; functions: LayerRow[] } {
  const to = profile.endTime - window.endsBeforeMs * 1000;
  const from = to - window.windowMs * 1000;
  let at = profile.startTime;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const layerMs = new Map<string, number>();
  const fnMs = new Map<string, number>();
  const fnLayer = new Map<string, string>();
  let busy = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    at += profile.timeDeltas[i] ?? 0;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (!node || dt <= 0 || at < from || at > to) continue;
    const { url, functionName, lineNumber } = node.callFrame;
    const layer = layerOf(url, functionName);
    if (layer === '(idle)') continue;
    busy += dt;
    layerMs.set(layer, (layerMs.get(layer) ?? 0) + dt);
    const fn = `${functionName || '(anonymous)'} ${url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, '')}:${lineNumber + 1}`;
    fnMs.set(fn, (fnMs.get(fn) ?? 0) + dt);
    fnLayer.set(fn, layer);
  }
  const rows = (m: Map<string, number>) =>
    [...m]
      .map(([name, ms]) => ({
        name,
        layer: fnLayer.get(name) ?? name,
        ms,
        share: ms / busy,
        usPerRequest: requests > 0 ? (ms * 1000) / requests : 0,
      }))
      .sort((a, b) => b.ms - a.ms);
  return { busyMs: busy, layers: rows(layerMs), functions: rows(fnMs) };
}
