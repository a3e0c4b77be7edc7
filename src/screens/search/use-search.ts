import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { KeyPress } from '../../input/keys.js';
import { search } from '../../services/search.js';
import { editLine } from '../workspace/line-edit.js';
import { useHidScans } from '../workspace/use-hid-scans.js';
import { navKey } from '../workspace/list-nav.js';
import type { ScreenProps } from '../workspace/routes.js';
import { SEARCH_START, searchReducer, wantsMore, type SearchState } from './search-state.js';

/** How long the box must rest before the search is written to the access log. */
export const SEARCH_LOG_SETTLE_MS = 1000;

/**
 * Wires the search box: a query per keystroke (each is one index range with a LIMIT), the next
 * page when the cursor nears the end, Enter to open, and the access log written once the text
 * settles (not once per keystroke) and whenever a result is opened.
 */
export function useSearch(
  props: Pick<ScreenProps, 'services' | 'actor' | 'go' | 'back'>,
  listHeight: number,
): { readonly state: SearchState; readonly onKey: (key: KeyPress) => boolean } {
  const { services, actor, go, back } = props;
  const { store, clock } = services;
  const [state, dispatch] = useReducer(searchReducer, SEARCH_START);
  const latest = useRef(state);
  latest.current = state;
  const logged = useRef('');

  const logSearch = useCallback(
    (text: string) => {
      const t = text.trim();
      if (t === '' || t === logged.current) return;
      logged.current = t;
      store.audit.access(clock.now(), actor.clerk.id, actor.counter, 'search', 'search', t);
    },
    [store, clock, actor],
  );

  useEffect(() => {
    if (state.text.trim() === '') return;
    const timer = setTimeout(() => logSearch(state.text), SEARCH_LOG_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [state.text, logSearch]);

  useEffect(() => {
    if (!wantsMore(state, listHeight) || state.next === null) return;
    const page = search(store, state.text, state.next);
    dispatch({ type: 'more', text: state.text, hits: page.hits, next: page.next });
  }, [state, listHeight, store]);

  const onKey = useCallback(
    (key: KeyPress): boolean => {
      const s = latest.current;
      if (key.kind === 'escape') {
        back();
        return true;
      }
      const nav = navKey(s.nav, key, s.hits.length, listHeight);
      if (nav) {
        dispatch({ type: 'nav', nav, height: listHeight });
        return true;
      }
      if (key.kind !== 'text') return false;
      const edit = editLine(s.text, key.text, 80);
      if (edit.value !== s.text) {
        const page = search(store, edit.value);
        const next = { ...s, text: edit.value };
        latest.current = next;
        dispatch({ type: 'results', text: edit.value, hits: page.hits, next: page.next });
      }
      if (edit.submitted) {
        const hit = latest.current.hits[latest.current.nav.selected];
        if (!hit) return true;
        logSearch(edit.value);
        switch (hit.kind) {
          case 'chart':
            go({ name: 'chart', chartId: hit.chart.id });
            break;
          case 'staff':
            go({
              name: 'list',
              spec: {
                kind: 'out_at',
                custodian: { kind: 'staff', id: hit.staff.id, code: hit.staff.badge },
              },
            });
            break;
          case 'location':
            go({
              name: 'list',
              spec: {
                kind: 'out_at',
                custodian: { kind: 'location', id: hit.location.id, code: hit.location.code },
              },
            });
            break;
          case 'patient':
            break;
          default: {
            const never: never = hit;
            throw new Error(`unhandled hit ${JSON.stringify(never)}`);
          }
        }
      }
      return true;
    },
    [store, listHeight, back, go, logSearch],
  );
  // A scanned label replaces the box; one exact chart opens straight away.
  useHidScans(services, (code) => {
    const page = search(store, code);
    latest.current = { ...latest.current, text: code };
    dispatch({ type: 'results', text: code, hits: page.hits, next: page.next });
    const [first, second] = page.hits;
    if (first?.kind === 'chart' && first.via === 'code' && second === undefined) {
      logSearch(code);
      go({ name: 'chart', chartId: first.chart.id });
    }
  });

  return { state, onKey };
}
