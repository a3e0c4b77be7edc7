import path from 'node:path';
import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import type { KeyPress } from '../../input/keys.js';
import {
  exportList,
  listName,
  LIST_PAGE,
  listPage,
  logListView,
  type ListRow,
  type ListSpec,
} from '../../services/lists.js';
import { exportedText, failedText } from '../../theme/workspace-text.js';
import { editLine } from '../workspace/line-edit.js';
import { navKey } from '../workspace/list-nav.js';
import { filterItems } from '../workspace/picker-state.js';
import type { ScreenProps } from '../workspace/routes.js';
import { rowText } from './list-line.js';
import { LIST_STATE_START, listReducer, type ListState } from './list-state.js';

/** The export file a list suggests: data/exports/<list>-<YYYYMMDD-HHMM>.csv beside the db. */
export function defaultExportPath(dbFile: string, spec: ListSpec, now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  const stamp = `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
  const name = listName(spec).replace(/[^A-Za-z0-9_-]+/g, '-');
  return path.join(path.dirname(dbFile), 'exports', `${name}-${stamp}.csv`);
}

/** Most rows a typed filter reads through before it stops and says so. */
export const FILTER_READ_MAX = 20_000;

/** True for the export key: F5 (Ctrl-E in terminals that eat F5). */
function isExportKey(key: KeyPress): boolean {
  return (key.kind === 'function' && key.n === 5) || (key.kind === 'ctrl' && key.key === 'e');
}

/**
 * Wires a list: the first page on open (logged in the access log), the next page as the cursor
 * nears the end, typing to filter the rows loaded, Enter to open a chart, and F5 to export the
 * whole list to CSV with a progress bar.
 */
export function useList(
  props: ScreenProps & { readonly spec: ListSpec },
  listHeight: number,
): {
  readonly state: ListState;
  readonly visible: readonly ListRow[];
  readonly onKey: (key: KeyPress) => boolean;
} {
  const { services, actor, spec, go, back } = props;
  const { store, clock } = services;
  const [state, dispatch] = useReducer(listReducer, LIST_STATE_START);
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => {
    const now = clock.now();
    logListView(store, actor.clerk.id, actor.counter, spec, now);
    const page = listPage(store, spec, now, null);
    dispatch({ type: 'page', rows: page.rows, next: page.next });
  }, [store, clock, actor, spec]);

  const visible = useMemo(
    () => filterItems(state.rows, state.filter, rowText),
    [state.rows, state.filter],
  );

  // Next pages: as the cursor nears the end; and while a filter has matched too few rows to
  // fill the screen, bigger pages until FILTER_READ_MAX rows are read (then Search is quicker).
  const filtering = state.filter !== '';
  const wanted = filtering
    ? visible.length < state.nav.selected + listHeight && state.rows.length < FILTER_READ_MAX
    : state.nav.selected + listHeight * 2 >= state.rows.length;
  useEffect(() => {
    if (state.next === null || !wanted) return;
    const page = listPage(store, spec, clock.now(), state.next, filtering ? 1000 : LIST_PAGE);
    dispatch({ type: 'page', rows: page.rows, next: page.next });
  }, [state.next, wanted, filtering, store, spec, clock]);

  const startExport = useCallback(
    (file: string) => {
      dispatch({ type: 'mode', mode: { kind: 'exporting', done: 0, total: 0 } });
      const now = clock.now();
      void exportList(
        store,
        spec,
        now,
        file,
        { staffId: actor.clerk.id, counter: actor.counter },
        (done, total) => dispatch({ type: 'mode', mode: { kind: 'exporting', done, total } }),
      ).then((r) => {
        dispatch({ type: 'mode', mode: { kind: 'browse' } });
        dispatch({
          type: 'status',
          status: r.kind === 'written' ? exportedText(r.rows, r.file) : failedText(r.message),
        });
      });
    },
    [store, spec, clock, actor],
  );

  const onKey = useCallback(
    (key: KeyPress): boolean => {
      const s = latest.current;
      switch (s.mode.kind) {
        case 'exporting':
          return true;
        case 'export_path': {
          if (key.kind === 'escape') {
            dispatch({ type: 'mode', mode: { kind: 'browse' } });
            return true;
          }
          if (key.kind !== 'text') return true;
          const edit = editLine(s.mode.path, key.text, 300);
          if (edit.submitted && edit.value.trim() !== '') startExport(edit.value.trim());
          else dispatch({ type: 'mode', mode: { kind: 'export_path', path: edit.value } });
          return true;
        }
        case 'browse':
          break;
        default: {
          const never: never = s.mode;
          throw new Error(`unhandled list mode ${JSON.stringify(never)}`);
        }
      }
      if (key.kind === 'escape') {
        if (s.filter !== '') dispatch({ type: 'filter', filter: '' });
        else back();
        return true;
      }
      if (isExportKey(key)) {
        dispatch({ type: 'status', status: null });
        dispatch({
          type: 'mode',
          mode: { kind: 'export_path', path: defaultExportPath(store.file, spec, clock.now()) },
        });
        return true;
      }
      const rows = filterItems(s.rows, s.filter, rowText);
      const nav = navKey(s.nav, key, rows.length, listHeight);
      if (nav) {
        dispatch({ type: 'nav', nav, count: rows.length, height: listHeight });
        return true;
      }
      if (key.kind !== 'text') return false;
      const edit = editLine(s.filter, key.text, 60);
      if (edit.value !== s.filter) dispatch({ type: 'filter', filter: edit.value });
      if (edit.submitted) {
        const row = rows[s.nav.selected];
        if (row) {
          go({ name: 'chart', chartId: row.kind === 'chart' ? row.chart.id : row.move.chart_id });
        }
      }
      return true;
    },
    [back, go, listHeight, startExport, store, spec, clock],
  );
  return { state, visible, onKey };
}
