import { useEffect, useMemo, useRef } from 'react';
import type { AppServices } from '../../app/services.js';
import type { RequestLine } from '../../db/requests.js';
import type { KeyPress } from '../../input/keys.js';
import { formKey, newForm, type FormState } from '../admin/form-state.js';
import { editLine } from '../workspace/line-edit.js';
import { clampNav, LIST_START, listStep, type ListNav } from '../workspace/list-nav.js';
import { localDate } from '../../workflows/day.js';
import { cancelRequest, markNotFillable, requestsOf } from '../../workflows/requests.js';
import { attempt } from './attempt.js';
import { useLiveState } from './live-state.js';
import { done, refused, type ScreenMessage } from './message.js';
import { REQUEST_FIELDS, saveRequest } from './new-request.js';
import { REQUESTS_TEXT as T, requestRefusalText, type StatusFilter } from './text.js';

/** What the requests screen is doing. */
export type RequestsMode =
  | { readonly kind: 'list' }
  | { readonly kind: 'form'; readonly form: FormState }
  | { readonly kind: 'confirm_cancel'; readonly id: number }
  | { readonly kind: 'reason'; readonly id: number; readonly text: string };

interface RequestsState {
  readonly mode: RequestsMode;
  readonly nav: ListNav;
  readonly clinic: string | null;
  readonly status: StatusFilter;
  readonly message: ScreenMessage | null;
  /** Bumped after each write, to read the requests again. */
  readonly version: number;
}

/** What the requests view renders. */
export interface RequestsModel {
  readonly mode: RequestsMode;
  readonly open: number;
  readonly lines: readonly RequestLine[];
  readonly nav: ListNav;
  readonly clinic: string | null;
  readonly status: StatusFilter;
  readonly message: ScreenMessage | null;
  /** Handles one key; true when it was used. */
  readonly onKey: (key: KeyPress) => boolean;
}

const STATUSES: readonly StatusFilter[] = ['all', 'requested', 'pulled'];

function next<T>(items: readonly T[], current: T): T {
  const i = items.indexOf(current);
  return items[(i + 1) % items.length] ?? current;
}

function shown(all: readonly RequestLine[], s: Pick<RequestsState, 'clinic' | 'status'>) {
  return all.filter(
    (r) =>
      (s.clinic === null || r.locationCode === s.clinic) &&
      (s.status === 'all' || r.status === s.status),
  );
}

/**
 * The requests screen's state and keys: the open requests by time needed, filtered by clinic
 * and status, a form for a new request, cancel (with a Y/N check) and not fillable (with a
 * reason). Writes go through src/workflows/requests.ts.
 */
export function useRequests(
  services: AppServices,
  onBack: () => void,
  rows: number,
  clerkId: number | null,
): RequestsModel {
  const { store, config, clock } = services;
  const counter = config.counter.name;
  const [state, current, update] = useLiveState<RequestsState>(() => ({
    mode: { kind: 'list' },
    nav: LIST_START,
    clinic: null,
    status: 'all',
    message: null,
    version: 0,
  }));

  useEffect(() => {
    // Looking at who needs which patient's chart is a look-up like any list.
    attempt(() =>
      store.audit.access(clock.now(), clerkId, counter, 'view_list', 'list', 'requests'),
    );
  }, [store, clock, clerkId, counter]);

  // The open requests, read once per version (keys may run before the next render).
  const cache = useRef<{ version: number; lines: RequestLine[] } | null>(null);
  const openAt = (version: number): RequestLine[] => {
    if (cache.current?.version !== version)
      cache.current = { version, lines: requestsOf(store).open() };
    return cache.current.lines;
  };
  const all = openAt(state.version);
  const lines = useMemo(() => shown(all, state), [all, state]);

  const set = (change: Partial<RequestsState>) => update((s) => ({ ...s, ...change }));
  const written = (message: ScreenMessage) =>
    update((s) => ({ ...s, message, mode: { kind: 'list' }, version: s.version + 1 }));

  const close = (id: number, reason: string | null) => {
    const now = clock.now();
    const result = attempt(() =>
      reason === null ? cancelRequest(store, id, now) : markNotFillable(store, id, reason, now),
    );
    if (!result.ok) return set({ message: refused(T.dbFailed) });
    const r = result.value;
    if (r.ok) return written(done(reason === null ? T.cancelled(id) : T.notFillable(id)));
    if (r.reason === 'reason_required')
      return set({ message: refused(requestRefusalText(r.reason)) });
    written(refused(requestRefusalText(r.reason)));
  };

  const onListKey = (s: RequestsState, key: KeyPress): boolean => {
    // Read the list afresh: a key may come before the render that follows a write.
    const list = shown(openAt(s.version), s);
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
    switch (key.text.toLowerCase()) {
      case 'n':
        set({
          message: null,
          mode: { kind: 'form', form: newForm(REQUEST_FIELDS, { date: localDate(clock.now()) }) },
        });
        return true;
      case 'x':
        if (selected) set({ mode: { kind: 'confirm_cancel', id: selected.id } });
        return true;
      case 'f':
        if (selected) set({ mode: { kind: 'reason', id: selected.id, text: '' } });
        return true;
      case 'c': {
        const clinics = [
          null,
          ...[...new Set(openAt(s.version).map((r) => r.locationCode))].sort(),
        ];
        set({ clinic: next(clinics, s.clinic), nav: LIST_START });
        return true;
      }
      case 's':
        set({ status: next(STATUSES, s.status), nav: LIST_START });
        return true;
      default:
        return true;
    }
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
        else if (r.kind === 'submit') {
          const saved = saveRequest(services, r.state.values, clerkId);
          if (saved.saved) written(saved.message);
          else set({ message: saved.message, mode: { kind: 'form', form: r.state } });
        }
        return true;
      }
      case 'confirm_cancel':
        if (key.kind === 'text' && key.text.toLowerCase() === 'y') close(mode.id, null);
        else if (key.kind === 'escape' || (key.kind === 'text' && key.text.toLowerCase() === 'n'))
          set({ mode: { kind: 'list' } });
        return true;
      case 'reason': {
        if (key.kind === 'escape') set({ mode: { kind: 'list' } });
        else if (key.kind === 'text') {
          const edit = editLine(mode.text, key.text, 200);
          if (edit.submitted) close(mode.id, edit.value);
          else set({ mode: { ...mode, text: edit.value } });
        }
        return true;
      }
      default: {
        const never: never = mode;
        throw new Error(`unhandled mode ${JSON.stringify(never)}`);
      }
    }
  };

  return {
    mode: state.mode,
    open: all.length,
    lines,
    nav: clampNav(state.nav, lines.length, rows),
    clinic: state.clinic,
    status: state.status,
    message: state.message,
    onKey,
  };
}
