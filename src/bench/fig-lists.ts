import type { Db } from '../db/connection.js';
import type { Store } from '../db/store.js';
import { chartHistory } from '../reports/history.js';
import { HISTORY_LIMIT } from '../services/charts-admin.js';
import { LIST_PAGE, listPage, type ListSpec } from '../services/lists.js';
import { dayWindow } from '../workflows/day.js';
import { buildPullList, pullLines } from '../workflows/pull-list.js';
import { FLOOR_CHARTS, FLOOR_COLUMNS, FLOOR_JOINS } from './floor-sql.js';
import type { Hospital } from './generate.js';
import { HOLDING } from './layout.js';
import type { Progress } from './progress.js';
import { judge, type Figure } from './results.js';
import { Paired, latency } from './stats.js';

const OUT = "c.state = 'out'";

/** One list of figure 4: the kiosk's call and its bare-SQL floor. */
interface ListCase {
  readonly id: string;
  readonly title: string;
  readonly via: string;
  readonly floorVia: string;
  /** Runs the kiosk's code; returns the rows it produced. */
  readonly run: () => number;
  readonly floor: () => number;
}

function busiestClinic(db: Db): { id: number; code: string; n: number } {
  const row = db
    .prepare<[], { id: number; code: string; n: number }>(
      `SELECT l.id, l.code, count(*) AS n FROM charts c JOIN locations l ON l.id = c.custodian_id
       WHERE c.state = 'out' AND c.custodian_kind = 'location' AND l.kind = 'clinic'
       GROUP BY l.id ORDER BY n DESC LIMIT 1`,
    )
    .get();
  if (!row) throw new Error('no clinic holds a chart');
  return row;
}

function cases(hospital: Hospital, store: Store, now: number): ListCase[] {
  const { db } = store;
  const page = (spec: ListSpec) => () => listPage(store, spec, now, null).rows.length;
  const overdue = (order: string) => {
    const s = db.prepare(
      FLOOR_CHARTS + ' WHERE ' + OUT + ' AND c.due_at < ? ORDER BY ' + order + ' LIMIT ?',
    );
    return () => s.all(now, LIST_PAGE).length;
  };
  // Shelf order: walk patients by filing key and keep their overdue volumes, so the page stops
  // after the first hundred instead of sorting every overdue chart.
  const overdueTd = db.prepare(
    FLOOR_COLUMNS +
      ' FROM patients p INDEXED BY patients_by_td_key CROSS JOIN charts c ON c.patient_id = p.id' +
      FLOOR_JOINS +
      ' WHERE ' +
      OUT +
      ' AND c.due_at < ? ORDER BY p.td_key, p.id, c.volume LIMIT ?',
  );
  const clinic = busiestClinic(db);
  const outAt = db.prepare(
    FLOOR_CHARTS +
      ' WHERE ' +
      OUT +
      " AND c.custodian_kind = 'location' AND c.custodian_id = ?" +
      ' ORDER BY c.out_since, c.id LIMIT ?',
  );
  const window = dayWindow(hospital.pullDate);
  if (!window) throw new Error(`bad pull date ${hospital.pullDate}`);
  const pull = db.prepare(
    FLOOR_CHARTS.replace(
      ' FROM charts c',
      ', r.id AS request_id, r.status AS request_status FROM requests r JOIN charts c ON c.id = r.chart_id',
    ) +
      " WHERE r.needed_at >= ? AND r.needed_at < ? AND r.status <> 'cancelled'" +
      ' ORDER BY p.td_key, c.volume',
  );
  const history = db.prepare(
    `SELECT m.*, op.badge AS op_badge, s.badge AS s_badge, s.name AS s_name, l.code AS l_code,
            l.name AS l_name
     FROM movements m
     LEFT JOIN staff op ON op.id = m.operator_id
     LEFT JOIN staff s ON m.to_kind = 'staff' AND s.id = m.to_id
     LEFT JOIN locations l ON m.to_kind = 'location' AND l.id = m.to_id
     WHERE m.chart_id = ? ORDER BY m.seq LIMIT ?`,
  );
  const hot = hospital.hotChart.id;
  return [
    {
      id: 'list_overdue_custodian',
      title: 'Overdue list, by custodian',
      via: "services/lists.ts listPage({kind:'overdue_custodian'})",
      floorVia: 'charts_out_by_custodian range, LIMIT 100',
      run: page({ kind: 'overdue_custodian' }),
      floor: overdue('c.custodian_kind, c.custodian_id, c.out_since, c.id'),
    },
    {
      id: 'list_overdue_age',
      title: 'Overdue list, most overdue first',
      via: "services/lists.ts listPage({kind:'overdue_age'})",
      floorVia: 'charts_out_by_due range, LIMIT 100',
      run: page({ kind: 'overdue_age' }),
      floor: overdue('c.due_at, c.id'),
    },
    {
      id: 'list_overdue_td',
      title: 'Overdue list, shelf order',
      via: "services/lists.ts listPage({kind:'overdue_td'})",
      floorVia: 'patients_by_td_key walk joined to overdue charts, LIMIT 100',
      run: page({ kind: 'overdue_td' }),
      floor: () => overdueTd.all(now, LIST_PAGE).length,
    },
    {
      id: 'list_busiest_clinic',
      title: `Who has what: busiest clinic (${clinic.n.toLocaleString('en-US')} out)`,
      via: "services/lists.ts listPage({kind:'out_at'})",
      floorVia: 'charts_out_by_custodian equality + range, LIMIT 100',
      run: page({
        kind: 'out_at',
        custodian: { kind: 'location', id: clinic.id, code: clinic.code },
      }),
      floor: () => outAt.all(clinic.id, LIST_PAGE).length,
    },
    {
      id: 'list_pull',
      title: `Pull list, ${hospital.pullCharts} charts, terminal digit`,
      via: 'workflows/pull-list.ts buildPullList (whole day, all clinics)',
      floorVia: 'requests_by_needed range joined to charts, ORDER BY td_key',
      run: () => {
        const made = buildPullList(store, {
          date: hospital.pullDate,
          clinicCode: null,
          order: 'terminal_digit',
          holdingCode: HOLDING.code,
        });
        if (!made.ok) throw new Error(`pull list refused: ${made.reason}`);
        return pullLines(made.list).length;
      },
      floor: () => pull.all(window.from, window.to).length,
    },
    {
      id: 'list_history',
      title: `Chart history, ${hospital.hotChart.movements} movements`,
      via: `reports/history.ts chartHistory(limit ${HISTORY_LIMIT}) as the chart screen loads it`,
      floorVia: 'movements_by_chart range with custodians joined',
      run: () => chartHistory(db, hot, HISTORY_LIMIT).length,
      floor: () => history.all(hot, HISTORY_LIMIT).length,
    },
  ];
}

/**
 * Figure 4, first page of each list, through the functions the workspace screens call, against
 * bare SQL. The very first call (which also prepares the statements) is reported in the note;
 * the figure is over the repeated runs that follow.
 */
export function listFigures(
  hospital: Hospital,
  store: Store,
  now: number,
  bar: Progress,
): Figure[] {
  const runs = hospital.size.samples.listRuns;
  const all = cases(hospital, store, now);
  return all.map((c, index) => {
    const firstStart = performance.now();
    const rows = c.run();
    const first = performance.now() - firstStart;
    const floorRows = c.floor();
    const pairs = new Paired().run(
      runs,
      1,
      () => {
        const start = performance.now();
        c.run();
        return performance.now() - start;
      },
      () => {
        const start = performance.now();
        c.floor();
        return performance.now() - start;
      },
    );
    bar.update(index + 1, all.length);
    const m = latency(pairs.measured);
    const f = latency(pairs.floor);
    return judge({
      id: c.id,
      title: c.title,
      unit: 'ms',
      value: m.p99,
      p50: m.p50,
      p99: m.p99,
      samples: m.samples,
      floor: f.p99,
      floorP50: f.p50,
      target: { max: 30, text: '≤ 30 ms' },
      via: c.via,
      floorVia: c.floorVia,
      note: `${rows} rows (floor ${floorRows}); first call ${first.toFixed(1)} ms`,
    });
  });
}
