import { useCallback, useMemo, useRef, useState } from 'react';
import type { Custodian } from '../../domain/custodian.js';
import { locationCustodian, staffCustodian } from '../../db/charts.js';
import type { KeyPress } from '../../input/keys.js';
import {
  loadDetail,
  openChart,
  runChartAction,
  type ChartAction,
  type ChartDetail,
} from '../../services/charts-admin.js';
import type { Clerk } from '../../services/clerk.js';
import { registry } from '../../services/records.js';
import { doneText, refusalText, wsNoticeText } from '../../theme/workspace-text.js';
import { filterItems } from '../workspace/picker-state.js';
import type { ScreenProps } from '../workspace/routes.js';
import { CHART_VIEW, chartKey, type ChartEffect, type ChartMode } from './chart-state.js';

/** A row of the custodian or home picker. */
export interface PickRow {
  readonly key: string;
  readonly label: string;
  readonly custodian: Custodian;
}

/** What the chart screen's view needs. */
export interface ChartScreenModel {
  readonly detail: ChartDetail | null;
  readonly mode: ChartMode;
  readonly status: readonly string[];
  readonly pickRows: readonly PickRow[];
  readonly onKey: (key: KeyPress) => boolean;
  readonly approved: (supervisor: Clerk) => void;
  readonly cancelApproval: () => void;
}

/** Rows the view gives the history and the pickers (the rest is header and hint bar). */
export function chartLayout(height: number, volumes: number) {
  const header = 6 + Math.min(volumes, 4);
  return {
    historyHeight: Math.max(2, height - header - 4),
    pickHeight: Math.max(2, height - 5),
  };
}

/**
 * Wires the chart screen: loads the chart (writing the access-log row), runs each action
 * through the engine's writers with the clerk as operator, and reloads.
 */
export function useChart(props: ScreenProps & { readonly chartId: number }): ChartScreenModel {
  const { services, actor, chartId, go, back, height } = props;
  const { store, clock } = services;
  const [detail, setDetail] = useState<ChartDetail | null>(() =>
    openChart(store, actor, chartId, clock.now()),
  );
  const [mode, setMode] = useState<ChartMode>(CHART_VIEW);
  const [status, setStatus] = useState<readonly string[]>([]);
  const latestMode = useRef(mode);
  latestMode.current = mode;

  const custodians = useMemo<PickRow[]>(() => {
    const r = registry(store);
    const places = r
      .locations()
      .filter((l) => l.active === 1 && l.kind !== 'file_room')
      .map((l) => ({
        key: `l${l.id}`,
        label: `${l.code}  ${l.name} (${l.kind})`,
        custodian: locationCustodian(l),
      }));
    const people = r.activeStaff().map((s) => ({
      key: `s${s.id}`,
      label: `${s.badge}  ${s.name} (${s.department})`,
      custodian: staffCustodian(s),
    }));
    return [...places, ...people];
  }, [store]);
  const homes = useMemo<PickRow[]>(
    () =>
      registry(store)
        .locations()
        .filter((l) => l.active === 1)
        .map((l) => ({
          key: `l${l.id}`,
          label: `${l.code}  ${l.name} (${l.kind})`,
          custodian: locationCustodian(l),
        })),
    [store],
  );
  const pickRows = useMemo(() => {
    if (mode.kind !== 'pick') return [];
    return filterItems(
      mode.purpose === 'custodian' ? custodians : homes,
      mode.picker.filter,
      (r) => r.label,
    );
  }, [mode, custodians, homes]);
  const layout = chartLayout(height, detail?.volumes.length ?? 1);

  const run = useCallback(
    (action: ChartAction) => {
      const now = clock.now();
      const r = runChartAction(store, actor, chartId, action, now);
      if (r.kind === 'refused') {
        setStatus([refusalText(r.reason)]);
        return;
      }
      setStatus([doneText(r.action), ...r.notices.map(wsNoticeText)]);
      const chart = store.charts.get(chartId);
      if (chart) setDetail(loadDetail(store, chart, now));
    },
    [store, clock, actor, chartId],
  );

  const apply = useCallback(
    (effect: ChartEffect) => {
      switch (effect.kind) {
        case 'back':
          back();
          return;
        case 'return':
          run({ kind: 'return' });
          return;
        case 'open_volume': {
          const v = detail?.volumes.find((c) => c.volume === effect.volume);
          if (v && v.id !== chartId) go({ name: 'chart', chartId: v.id });
          return;
        }
        case 'picked_custodian': {
          const row = pickRows[effect.index];
          if (row) run({ kind: 'check_out', to: row.custodian });
          return;
        }
        case 'mark_missing':
          run({ kind: 'mark_missing', reason: effect.reason });
          return;
        case 'mark_found':
          run({ kind: 'mark_found', note: effect.note });
          return;
        case 'add_volume': {
          const home = detail && store.locations.get(detail.chart.home.id);
          if (home) run({ kind: 'add_volume', barcode: effect.barcode, home });
          return;
        }
        case 'change_home': {
          const home = store.locations.get(effect.homeId);
          if (home) run({ kind: 'change_home', home, reason: effect.reason });
          return;
        }
        default: {
          const never: never = effect;
          throw new Error(`unhandled chart effect ${JSON.stringify(never)}`);
        }
      }
    },
    [back, run, detail, chartId, go, pickRows, store],
  );

  const onKey = useCallback(
    (key: KeyPress): boolean => {
      const r = chartKey(latestMode.current, key, {
        historyCount: detail?.history.length ?? 0,
        historyHeight: layout.historyHeight,
        pickCount: pickRows.length,
        pickHeight: layout.pickHeight,
        homeIdAt: (i) => {
          const c = pickRows[i]?.custodian;
          return c ? c.id : null;
        },
      });
      latestMode.current = r.mode;
      setMode(r.mode);
      if (r.mode.kind !== 'view' || r.effect) setStatus([]);
      if (r.effect) apply(r.effect);
      return r.used;
    },
    [detail, layout.historyHeight, layout.pickHeight, pickRows, apply],
  );

  const approved = useCallback(
    (supervisor: Clerk) => {
      setMode(CHART_VIEW);
      run({ kind: 'approve_found', supervisor });
    },
    [run],
  );
  const cancelApproval = useCallback(() => setMode(CHART_VIEW), []);
  return { detail, mode, status, pickRows, onKey, approved, cancelApproval };
}
