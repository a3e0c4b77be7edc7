import { useMemo, useRef } from 'react';
import type { AppServices } from '../../app/services.js';
import type { ShelfChart } from '../../db/audit-shelf.js';
import type { KeyPress } from '../../input/keys.js';
import { formKey, newForm, type FormState } from '../admin/form-state.js';
import { useLiveState } from '../requests/live-state.js';
import { refused, type ScreenMessage } from '../requests/message.js';
import { editLine } from '../workspace/line-edit.js';
import { clampNav, LIST_START, listStep, type ListNav } from '../workspace/list-nav.js';
import { findMissing, shelfOf } from '../../workflows/missing.js';
import { approveChart, lookUpChart, markChartFound, markChartMissing } from './actions.js';
import { MISSING_TEXT as T, approveRefusalText, finderLines } from './text.js';

/** Where the supervisor dialog returns to. */
type Back = { readonly kind: 'list' } | { readonly kind: 'finder'; readonly chartId: number };

/** What the missing-chart screen is doing. */
export type MissingMode =
  | { readonly kind: 'list' }
  | { readonly kind: 'form'; readonly form: FormState }
  | { readonly kind: 'finder'; readonly chartId: number; readonly top: number }
  | {
      readonly kind: 'approve';
      readonly chartId: number;
      readonly barcode: string;
      readonly step: 'badge' | 'pin';
      readonly badge: string;
      readonly pin: string;
      readonly back: Back;
    };

interface MissingState {
  readonly mode: MissingMode;
  readonly nav: ListNav;
  readonly message: ScreenMessage | null;
  readonly version: number;
}

/** What the missing-chart view renders. */
export interface MissingModel {
  readonly mode: MissingMode;
  readonly charts: readonly ShelfChart[];
  readonly nav: ListNav;
  /** The finder's lines when the finder is open. */
  readonly finder: readonly string[];
  readonly message: ScreenMessage | null;
  /** Handles one key; true when it was used. */
  readonly onKey: (key: KeyPress) => boolean;
}

const FORM_FIELDS = ['barcode', 'reason'] as const;

function backMode(back: Back): MissingMode {
  return back.kind === 'list' ? back : { kind: 'finder', chartId: back.chartId, top: 0 };
}

/**
 * The missing-chart screen's state and keys: the flagged charts (found-pending ones marked),
 * marking one missing by barcode with a reason, the finder for one chart, marking it found and
 * a supervisor's badge + PIN approval. Writes go through src/workflows.
 */
export function useMissing(
  services: AppServices,
  onBack: () => void,
  rows: number,
  clerkId: number | null,
): MissingModel {
  const { store, config, clock } = services;
  const order = config.filingOrder;
  const [state, current, update] = useLiveState<MissingState>(() => ({
    mode: { kind: 'list' },
    nav: LIST_START,
    message: null,
    version: 0,
  }));
  const cache = useRef<{ version: number; charts: ShelfChart[] } | null>(null);
  const chartsAt = (version: number): ShelfChart[] => {
    if (cache.current?.version !== version)
      cache.current = { version, charts: shelfOf(store).missing() };
    return cache.current.charts;
  };
  const charts = chartsAt(state.version);
  const finderChart = state.mode.kind === 'finder' ? state.mode.chartId : null;
  const finder = useMemo(() => {
    void state.version;
    if (finderChart === null) return [];
    const found = findMissing(store, finderChart, clock.now(), { order });
    return found ? finderLines(found, order) : [];
  }, [store, clock, order, finderChart, state.version]);

  const set = (change: Partial<MissingState>) => update((s) => ({ ...s, ...change }));
  const written = (message: ScreenMessage, mode?: MissingMode) =>
    update((s) => ({ ...s, message, mode: mode ?? s.mode, version: s.version + 1 }));

  const found = (chartId: number) => written(markChartFound(services, chartId, clerkId));
  const approve = (chartId: number, back: Back) => {
    const chart = store.charts.get(chartId);
    if (!chart?.foundPending)
      return set({ message: refused(approveRefusalText({ kind: 'not_pending' })) });
    set({
      message: null,
      mode: {
        kind: 'approve',
        chartId,
        barcode: chart.barcode,
        step: 'badge',
        badge: '',
        pin: '',
        back,
      },
    });
  };

  const onListKey = (s: MissingState, key: KeyPress): boolean => {
    const list = chartsAt(s.version);
    const step = listStep(s.nav, key, list.length, rows);
    if (step.kind === 'back') {
      onBack();
      return true;
    }
    if (step.kind === 'moved') {
      set({ nav: step.nav });
      return true;
    }
    const { nav } = step;
    if (key.kind !== 'text') return false;
    const selected = list[nav.selected];
    if (key.text === '\r') {
      if (selected) {
        lookUpChart(services, selected.barcode, clerkId, 'missing_find');
        set({ mode: { kind: 'finder', chartId: selected.chartId, top: 0 } });
      }
      return true;
    }
    switch (key.text.toLowerCase()) {
      case 'm':
        set({ message: null, mode: { kind: 'form', form: newForm(FORM_FIELDS) } });
        break;
      case 'f':
        if (selected) found(selected.chartId);
        break;
      case 'a':
        if (selected) approve(selected.chartId, { kind: 'list' });
        break;
      default:
        break;
    }
    return true;
  };

  const submitForm = (form: FormState) => {
    const barcode = (form.values.barcode ?? '').trim();
    const reason = (form.values.reason ?? '').trim();
    const keep = (message: ScreenMessage) => set({ message, mode: { kind: 'form', form } });
    if (reason === '') return keep(refused(T.needReason));
    const chart = lookUpChart(services, barcode, clerkId, 'mark_missing');
    if (!chart) return keep(refused(T.unknownBarcode(barcode)));
    const marked = markChartMissing(services, chart, reason, clerkId);
    if (!marked.ok) return keep(marked.message);
    // The finder opens at once: where to look is the next thing the clerk needs.
    written(marked.message, { kind: 'finder', chartId: chart.id, top: 0 });
  };

  const onApproveKey = (mode: Extract<MissingMode, { kind: 'approve' }>, key: KeyPress) => {
    if (key.kind === 'escape') return set({ mode: backMode(mode.back) });
    if (key.kind !== 'text') return;
    const edit = editLine(mode.step === 'badge' ? mode.badge : mode.pin, key.text, 64);
    if (!edit.submitted)
      return set({
        mode: mode.step === 'badge' ? { ...mode, badge: edit.value } : { ...mode, pin: edit.value },
      });
    if (mode.step === 'badge') {
      if (edit.value.trim() !== '')
        set({ message: null, mode: { ...mode, badge: edit.value, step: 'pin' } });
      return;
    }
    const { outcome, message } = approveChart(services, mode.chartId, mode.badge, edit.value);
    if (outcome?.kind === 'approved') return written(message, { kind: 'list' });
    if (outcome?.kind === 'wrong_pin') return set({ message, mode: { ...mode, pin: '' } });
    set({ message, mode: { ...mode, step: 'badge', badge: '', pin: '' } });
  };

  const onKey = (key: KeyPress): boolean => {
    const s = current();
    const { mode } = s;
    switch (mode.kind) {
      case 'list':
        return onListKey(s, key);
      case 'form': {
        const r = formKey(mode.form, key);
        if (r.kind === 'cancel') set({ mode: { kind: 'list' } });
        else if (r.kind === 'state') set({ mode: { kind: 'form', form: r.state } });
        else if (r.kind === 'submit') submitForm(r.state);
        return true;
      }
      case 'finder': {
        if (key.kind === 'escape') set({ mode: { kind: 'list' } });
        else if (key.kind === 'nav' && (key.name === 'up' || key.name === 'down'))
          set({
            mode: {
              ...mode,
              top: Math.max(
                0,
                Math.min(finder.length - rows, mode.top + (key.name === 'up' ? -1 : 1)),
              ),
            },
          });
        else if (key.kind === 'text' && key.text.toLowerCase() === 'f') found(mode.chartId);
        else if (key.kind === 'text' && key.text.toLowerCase() === 'a')
          approve(mode.chartId, { kind: 'finder', chartId: mode.chartId });
        return true;
      }
      case 'approve':
        onApproveKey(mode, key);
        return true;
      default: {
        const never: never = mode;
        throw new Error(`unhandled mode ${JSON.stringify(never)}`);
      }
    }
  };

  return {
    mode: state.mode,
    charts,
    nav: clampNav(state.nav, charts.length, rows),
    finder,
    message: state.message,
    onKey,
  };
}
