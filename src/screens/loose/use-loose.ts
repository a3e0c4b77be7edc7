import { useEffect, useRef } from 'react';
import type { AppServices } from '../../app/services.js';
import type { LooseLine } from '../../db/loose.js';
import { formatShelf } from '../../domain/filing.js';
import type { KeyPress } from '../../input/keys.js';
import { formKey, newForm, type FormState } from '../admin/form-state.js';
import { attempt } from '../requests/attempt.js';
import { useLiveState } from '../requests/live-state.js';
import { done, refused, type ScreenMessage } from '../requests/message.js';
import { clampNav, LIST_START, listStep, type ListNav } from '../workspace/list-nav.js';
import { addLoose, looseList, markLooseFiled } from '../../workflows/loose.js';
import { LOOSE_TEXT as T, looseRefusalText } from './text.js';

/** What the loose-filing screen is doing. */
export type LooseMode =
  | { readonly kind: 'list' }
  | { readonly kind: 'form'; readonly form: FormState }
  | { readonly kind: 'confirm'; readonly id: number };

interface LooseState {
  readonly mode: LooseMode;
  readonly nav: ListNav;
  readonly message: ScreenMessage | null;
  readonly version: number;
}

/** What the loose-filing view renders. */
export interface LooseModel {
  readonly mode: LooseMode;
  readonly reports: readonly LooseLine[];
  readonly nav: ListNav;
  readonly message: ScreenMessage | null;
  /** Handles one key; true when it was used. */
  readonly onKey: (key: KeyPress) => boolean;
}

const FORM_FIELDS = ['mrn', 'description'] as const;

/**
 * The loose-filing screen's state and keys: the waiting reports in the file room's order,
 * recording one for a patient (MRN + description) and marking one filed.
 */
export function useLoose(
  services: AppServices,
  onBack: () => void,
  rows: number,
  clerkId: number | null,
): LooseModel {
  const { store, config, clock } = services;
  const counter = config.counter.name;
  const [state, current, update] = useLiveState<LooseState>(() => ({
    mode: { kind: 'list' },
    nav: LIST_START,
    message: null,
    version: 0,
  }));
  const cache = useRef<{ version: number; reports: LooseLine[] } | null>(null);
  const reportsAt = (version: number): LooseLine[] => {
    if (cache.current?.version !== version)
      cache.current = { version, reports: looseList(store, config.filingOrder) };
    return cache.current.reports;
  };
  const reports = reportsAt(state.version);

  useEffect(() => {
    // The list names patients by shelf number: looking at it is a look-up.
    attempt(() => store.audit.access(clock.now(), clerkId, counter, 'view_list', 'list', 'loose'));
  }, [store, clock, clerkId, counter]);

  const set = (change: Partial<LooseState>) => update((s) => ({ ...s, ...change }));
  const written = (message: ScreenMessage) =>
    update((s) => ({ ...s, message, mode: { kind: 'list' }, version: s.version + 1 }));

  const save = (form: FormState) => {
    const mrn = (form.values.mrn ?? '').trim();
    const now = clock.now();
    const keep = (message: ScreenMessage) => set({ message, mode: { kind: 'form', form } });
    const result = attempt(() =>
      store.db.transaction(() => {
        const added = addLoose(store, {
          mrn,
          description: form.values.description ?? '',
          at: now,
          receivedBy: clerkId,
        });
        if (added.ok) store.audit.access(now, clerkId, counter, 'loose_add', 'patient', mrn);
        return added;
      })(),
    );
    if (!result.ok) return keep(refused(T.dbFailed));
    const added = result.value;
    if (!added.ok) return keep(refused(looseRefusalText(added.reason)));
    written(done(T.recorded(added.report.id, formatShelf(mrn, config.filingOrder))));
  };

  const file = (id: number) => {
    const result = attempt(() => markLooseFiled(store, id, clock.now(), clerkId));
    if (!result.ok) return set({ message: refused(T.dbFailed), mode: { kind: 'list' } });
    const r = result.value;
    written(r.ok ? done(T.filed(id)) : refused(looseRefusalText(r.reason)));
  };

  const onListKey = (s: LooseState, key: KeyPress): boolean => {
    const list = reportsAt(s.version);
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
      if (selected) set({ mode: { kind: 'confirm', id: selected.id } });
    } else if (key.text.toLowerCase() === 'n') {
      set({ message: null, mode: { kind: 'form', form: newForm(FORM_FIELDS) } });
    }
    return true;
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
        else if (r.kind === 'submit') save(r.state);
        return true;
      }
      case 'confirm':
        if (key.kind === 'text' && key.text.toLowerCase() === 'y') file(mode.id);
        else if (key.kind === 'escape' || (key.kind === 'text' && key.text.toLowerCase() === 'n'))
          set({ mode: { kind: 'list' } });
        return true;
      default: {
        const never: never = mode;
        throw new Error(`unhandled mode ${JSON.stringify(never)}`);
      }
    }
  };

  return {
    mode: state.mode,
    reports,
    nav: clampNav(state.nav, reports.length, rows),
    message: state.message,
    onKey,
  };
}
