import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { toChartView, type ChartView, type ChartViewRow } from '../db/charts.js';
import { listQueries, type ChartKey, type ListQueries, type MovementRow } from '../db/lists.js';
import type { Store } from '../db/store.js';
import { csvLine } from '../reports/csv.js';

/** Which list the clerk is looking at. */
export type ListSpec =
  | { readonly kind: 'who_has_what' }
  | { readonly kind: 'overdue_custodian' }
  | { readonly kind: 'overdue_age' }
  | { readonly kind: 'overdue_td' }
  | {
      readonly kind: 'out_at';
      readonly custodian: {
        readonly kind: 'staff' | 'location';
        readonly id: number;
        readonly code: string;
      };
    }
  | { readonly kind: 'missing' }
  | { readonly kind: 'today' };

/** One row of a list: a chart with its state, or one of today's movements. */
export type ListRow =
  | { readonly kind: 'chart'; readonly key: ChartKey; readonly chart: ChartView }
  | { readonly kind: 'movement'; readonly key: ChartKey; readonly move: MovementRow };

/** A page of a list and the key the next page starts after (null: the end). */
export interface ListPage {
  readonly rows: readonly ListRow[];
  readonly next: ChartKey | null;
}

/** Rows per page on screen. */
export const LIST_PAGE = 100;

const cache = new WeakMap<Store, ListQueries>();

/** The list queries of a store, prepared once. */
export function lists(store: Store): ListQueries {
  let q = cache.get(store);
  if (!q) {
    q = listQueries(store.db);
    cache.set(store, q);
  }
  return q;
}

/** Local midnight before `now`: where "today" starts. */
export function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

function chartRows(rows: ChartViewRow[], key: (r: ChartViewRow) => ChartKey): ListRow[] {
  return rows.map((r) => ({ kind: 'chart', key: key(r), chart: toChartView(r) }));
}

const byCustodian = (r: ChartViewRow): ChartKey => [
  r.custodian_kind,
  r.custodian_id,
  r.out_since,
  r.id,
];

/** One page of a list, after `after` (null: the first page). */
export function listPage(
  store: Store,
  spec: ListSpec,
  now: number,
  after: ChartKey | null,
  limit = LIST_PAGE,
): ListPage {
  const q = lists(store);
  let rows: ListRow[];
  switch (spec.kind) {
    case 'who_has_what':
      rows = chartRows(q.whoHasWhat(after, limit), byCustodian);
      break;
    case 'overdue_custodian':
      rows = chartRows(q.overdueByCustodian(now, after, limit), byCustodian);
      break;
    case 'overdue_age':
      rows = chartRows(q.overdueByAge(now, after, limit), (r) => [r.due_at, r.id]);
      break;
    case 'overdue_td':
      rows = chartRows(q.overdueTd(now, after, limit), (r) => [
        (r as ChartViewRow & { td_key: string }).td_key,
        r.patient_id,
        r.volume,
      ]);
      break;
    case 'out_at':
      rows = chartRows(q.outTo(spec.custodian.kind, spec.custodian.id, after, limit), (r) => [
        r.out_since,
        r.id,
      ]);
      break;
    case 'missing':
      rows = chartRows(q.missing(after, limit), (r) => [r.missing_since, r.id]);
      break;
    case 'today':
      rows = q
        .movementsSince(startOfDay(now), after, limit)
        .map((m) => ({ kind: 'movement', key: [m.occurred_at, m.seq], move: m }));
      break;
    default: {
      const never: never = spec;
      throw new Error(`unknown list ${JSON.stringify(never)}`);
    }
  }
  const last = rows.at(-1);
  return { rows, next: rows.length === limit && last ? last.key : null };
}

/** How many rows the whole list has (for the export's progress bar). */
export function listCount(store: Store, spec: ListSpec, now: number): number {
  const q = lists(store);
  switch (spec.kind) {
    case 'who_has_what':
      return q.countOut();
    case 'overdue_custodian':
    case 'overdue_age':
    case 'overdue_td':
      return q.countOverdue(now);
    case 'out_at':
      return q.countOutTo(spec.custodian.kind, spec.custodian.id);
    case 'missing':
      return q.countMissing();
    case 'today':
      return q.countMovements(startOfDay(now));
    default: {
      const never: never = spec;
      throw new Error(`unknown list ${JSON.stringify(never)}`);
    }
  }
}

/** A short name of the list for the access log and file names. */
export function listName(spec: ListSpec): string {
  return spec.kind === 'out_at' ? `out_at:${spec.custodian.code}` : spec.kind;
}

/** Writes the access-log row for viewing a list. */
export function logListView(
  store: Store,
  staffId: number,
  counter: string,
  spec: ListSpec,
  now: number,
) {
  store.audit.access(now, staffId, counter, 'view_list', 'list', listName(spec));
}

/** Columns of a chart-list export. */
export const CHART_LIST_COLUMNS = [
  'barcode',
  'mrn',
  'family_name',
  'given_name',
  'volume',
  'state',
  'custodian_kind',
  'custodian_code',
  'custodian_name',
  'out_since',
  'due_at',
  'days_out',
  'missing_since',
  'found_pending',
] as const;

/** Columns of the movement-list export. */
export const MOVEMENT_LIST_COLUMNS = [
  'seq',
  'occurred_at',
  'action',
  'barcode',
  'mrn',
  'volume',
  'to_kind',
  'to_code',
  'operator_badge',
  'counter',
] as const;

const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

// A cell a spreadsheet would run as a formula gets a leading quote (CSV injection).
const cell = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

function csvRow(row: ListRow, now: number): string {
  if (row.kind === 'movement') {
    const m = row.move;
    return csvLine([
      m.seq,
      iso(m.occurred_at),
      m.action,
      cell(m.barcode),
      m.mrn,
      m.volume,
      m.to_kind ?? '',
      cell(m.to_code ?? ''),
      cell(m.operator_badge ?? ''),
      cell(m.counter),
    ]);
  }
  const c = row.chart;
  return csvLine([
    cell(c.barcode),
    c.patient.mrn,
    cell(c.patient.family),
    cell(c.patient.given),
    c.volume,
    c.state,
    c.custodian?.kind ?? '',
    cell(c.custodian?.code ?? ''),
    cell(c.custodian?.name ?? ''),
    iso(c.outSince),
    iso(c.dueAt),
    c.outSince === null ? '' : ((now - c.outSince) / 86_400_000).toFixed(1),
    iso(c.missingSince),
    c.foundPending ? 1 : 0,
  ]);
}

/** What an export did. */
export type ExportResult =
  | { readonly kind: 'written'; readonly file: string; readonly rows: number }
  | { readonly kind: 'failed'; readonly file: string; readonly message: string };

/**
 * Exports a whole list to a CSV file, a page at a time (keyset), yielding between pages so the
 * screen can draw the progress bar. Logs the export in the access log.
 */
export async function exportList(
  store: Store,
  spec: ListSpec,
  now: number,
  file: string,
  who: { readonly staffId: number | null; readonly counter: string },
  onProgress?: (done: number, total: number) => void,
): Promise<ExportResult> {
  const total = listCount(store, spec, now);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    return { kind: 'failed', file, message: (error as Error).message };
  }
  const out = createWriteStream(file, { flags: 'wx', mode: 0o600 });
  const opened = new Promise<Error | null>((resolve) => {
    out.once('open', () => resolve(null));
    out.once('error', (e) => resolve(e));
  });
  const failure = await opened;
  if (failure) return { kind: 'failed', file, message: failure.message };
  store.audit.access(
    now,
    who.staffId,
    who.counter,
    'export_list',
    'export',
    `${listName(spec)} ${file}`,
  );
  const columns = spec.kind === 'today' ? MOVEMENT_LIST_COLUMNS : CHART_LIST_COLUMNS;
  let written = 0;
  let after: ChartKey | null = null;
  try {
    out.write(csvLine(columns));
    for (;;) {
      const page = listPage(store, spec, now, after, 1000);
      const ok = out.write(page.rows.map((r) => csvRow(r, now)).join(''));
      written += page.rows.length;
      onProgress?.(written, Math.max(total, written));
      if (!ok) await new Promise<void>((resolve) => out.once('drain', resolve));
      else await new Promise<void>((resolve) => setImmediate(resolve));
      if (page.next === null) break;
      after = page.next;
    }
    await new Promise<void>((resolve, reject) =>
      out.end((e?: Error | null) => (e ? reject(e) : resolve())),
    );
    return { kind: 'written', file, rows: written };
  } catch (error) {
    out.destroy();
    return { kind: 'failed', file, message: (error as Error).message };
  }
}

/** Moves per hour of today, 24 values from local midnight. */
export function movesPerHourToday(store: Store, now: number): number[] {
  const start = startOfDay(now);
  const hours = Array.from({ length: 24 }, () => 0);
  for (const h of lists(store).movesPerHour(start, 24)) {
    if (h.hour >= 0 && h.hour < 24) hours[h.hour] = h.n;
  }
  return hours;
}

/** Overdue age buckets: label key and the range of days overdue. */
export const OVERDUE_BUCKETS = [
  { key: 'under1', from: 0, to: 1 },
  { key: 'd1to3', from: 1, to: 3 },
  { key: 'd3to7', from: 3, to: 7 },
  { key: 'd7to30', from: 7, to: 30 },
  { key: 'over30', from: 30, to: Number.POSITIVE_INFINITY },
] as const;

/** How many overdue charts fall in each bucket of days overdue. */
export function overdueByBucket(store: Store, now: number): { key: string; n: number }[] {
  const q = lists(store);
  const day = 86_400_000;
  return OVERDUE_BUCKETS.map((b) => ({
    key: b.key,
    n: q.countDueBetween(
      b.to === Number.POSITIVE_INFINITY ? 0 : now - b.to * day,
      now - b.from * day,
    ),
  }));
}

/** Charts out by department: a person counts for their department, a place for itself. */
export function outByDepartment(store: Store): { label: string; n: number }[] {
  const totals = new Map<string, number>();
  for (const c of lists(store).outByCustodian()) {
    const label = c.custodian_kind === 'staff' ? (c.department ?? '?') : (c.name ?? '?');
    totals.set(label, (totals.get(label) ?? 0) + c.n);
  }
  return [...totals.entries()]
    .map(([label, n]) => ({ label, n }))
    .sort((a, b) => b.n - a.n || a.label.localeCompare(b.label));
}
