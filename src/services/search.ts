import { toChartView, type ChartView } from '../db/charts.js';
import type { DbLocation, DbPatient, DbStaff } from '../db/rows.js';
import { nameMatch, searchQueries, type SearchQueries } from '../db/search.js';
import type { Store } from '../db/store.js';

/** One line of search results: a chart (with its state), a person or a place. */
export type SearchHit =
  | { readonly kind: 'chart'; readonly via: 'code' | 'mrn' | 'name'; readonly chart: ChartView }
  | {
      readonly kind: 'patient';
      readonly via: 'mrn' | 'name';
      /** A patient with no chart yet (registered but no folder). */
      readonly patient: DbPatient;
    }
  | { readonly kind: 'staff'; readonly staff: DbStaff }
  | { readonly kind: 'location'; readonly location: DbLocation };

/** Where the next page starts: which part of the search, after which key. */
export interface SearchCursor {
  readonly part: number;
  readonly after: string | number | null;
}

/** One page of results, and where the next starts (null: no more). */
export interface SearchPage {
  readonly hits: readonly SearchHit[];
  readonly next: SearchCursor | null;
}

/** Results per page: enough for a tall screen, small enough to stay within a few ms. */
export const SEARCH_PAGE = 50;

type Part = (
  after: string | number | null,
  limit: number,
) => {
  hits: SearchHit[];
  /** The key of the last row read, or null when the part has no more rows. */
  last: string | number | null;
  more: boolean;
};

const queriesOf = new WeakMap<Store, SearchQueries>();

function queries(store: Store): SearchQueries {
  let q = queriesOf.get(store);
  if (!q) {
    q = searchQueries(store.db);
    queriesOf.set(store, q);
  }
  return q;
}

/** The hits of a page of patients: each patient's volumes in order, read in one statement. */
function patientHits(
  q: SearchQueries,
  patients: readonly DbPatient[],
  via: 'mrn' | 'name',
): SearchHit[] {
  const byPatient = new Map<number, ChartView[]>();
  for (const row of q.volumesOf(patients.map((p) => p.id))) {
    const chart = toChartView(row);
    const list = byPatient.get(chart.patient.id);
    if (list) list.push(chart);
    else byPatient.set(chart.patient.id, [chart]);
  }
  return patients.flatMap((p): SearchHit[] => {
    const volumes = byPatient.get(p.id);
    if (!volumes) return [{ kind: 'patient', via, patient: p }];
    return volumes.map((chart) => ({ kind: 'chart', via, chart }));
  });
}

function codeHit(store: Store, kind: string, id: number): SearchHit | null {
  switch (kind) {
    case 'chart': {
      const chart = store.charts.get(id);
      return chart ? { kind: 'chart', via: 'code', chart } : null;
    }
    case 'staff': {
      const staff = store.staff.get(id);
      return staff ? { kind: 'staff', staff } : null;
    }
    case 'location': {
      const location = store.locations.get(id);
      return location ? { kind: 'location', location } : null;
    }
    default:
      return null;
  }
}

/**
 * The parts of a search, in the order results are shown: codes that match exactly, MRNs by
 * prefix (digits only), names by prefix (FTS5), then codes by prefix. Each part is one index
 * range, read a page at a time.
 */
function parts(store: Store, text: string): Part[] {
  const q = queries(store);
  const trimmed = text.trim();
  const exact = trimmed.toUpperCase() === trimmed ? [trimmed] : [trimmed, trimmed.toUpperCase()];
  const result: Part[] = [];
  result.push((after) => {
    if (after !== null) return { hits: [], last: null, more: false };
    const hits: SearchHit[] = [];
    for (const code of exact) {
      const found = store.codes.identify(code);
      const hit = found ? codeHit(store, found.kind, found.id) : null;
      if (hit) hits.push(hit);
    }
    return { hits, last: null, more: false };
  });
  if (/^\d+$/.test(trimmed)) {
    result.push((after, limit) => {
      const rows = q.mrnPrefix(trimmed, typeof after === 'string' ? after : null, limit);
      return {
        hits: patientHits(q, rows, 'mrn'),
        last: rows.at(-1)?.mrn ?? null,
        more: rows.length === limit,
      };
    });
  }
  const match = /\p{L}/u.test(trimmed) ? nameMatch(trimmed) : null;
  if (match) {
    result.push((after, limit) => {
      const rows = q.names(match, typeof after === 'number' ? after : 0, limit);
      return {
        hits: patientHits(q, rows, 'name'),
        last: rows.at(-1)?.id ?? null,
        more: rows.length === limit,
      };
    });
  }
  if (trimmed.length >= 2 && !/\s/.test(trimmed)) {
    const prefix = trimmed.toUpperCase();
    result.push((after, limit) => {
      const rows = q.codePrefix(prefix, typeof after === 'string' ? after : null, limit);
      return {
        hits: rows
          .filter((r) => !exact.includes(r.code))
          .map((r) => codeHit(store, r.kind, r.ref_id))
          .filter((h): h is SearchHit => h !== null),
        last: rows.at(-1)?.code ?? null,
        more: rows.length === limit,
      };
    });
  }
  return result;
}

/**
 * One page of search-as-you-type results for what the clerk typed: names (family and given,
 * by prefix, case and accents folded), MRNs exact or by prefix, chart barcodes, badges and
 * location codes. `cursor` continues a previous page. Never scans a table.
 */
export function search(
  store: Store,
  text: string,
  cursor: SearchCursor | null = null,
  limit = SEARCH_PAGE,
): SearchPage {
  if (text.trim() === '') return { hits: [], next: null };
  const list = parts(store, text);
  const hits: SearchHit[] = [];
  let index = cursor?.part ?? 0;
  let after = cursor?.after ?? null;
  while (index < list.length && hits.length < limit) {
    const part = list[index];
    if (!part) break;
    const page = part(after, limit - hits.length);
    hits.push(...page.hits);
    if (page.more && page.last !== null) {
      return { hits, next: { part: index, after: page.last } };
    }
    index += 1;
    after = null;
  }
  return { hits, next: index < list.length ? { part: index, after: null } : null };
}
