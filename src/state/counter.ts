/**
 * The counter screen's state as a pure reducer: who is at the counter, the visit's scan log,
 * the database-busy wait, the scan queue and the hand-typed field. The screen's wiring hook
 * turns engine outcomes and keys into these actions; nothing here does I/O.
 */
import type { PrivacyLevel } from '../domain/privacy.js';
import type { Outcome } from '../engine/types.js';
import { entryFromOutcome, type EntryBody, type LogEntry, type RefusalReason } from './entries.js';

/** Most scan-log entries kept for one visit (the screen shows the newest that fit). */
export const MAX_ENTRIES = 200;

/** Who is at the counter. */
export type Session =
  | { readonly kind: 'none' }
  /** A badge was scanned: charts go to this person (or to the place they scanned). */
  | {
      readonly kind: 'badge';
      readonly name: string;
      readonly department: string;
      readonly place: string | null;
    }
  /** Charts returned without a badge (a chart scanned while nobody is signed in). */
  | { readonly kind: 'walk_up' };

/** Why a visit ended. */
export type EndReason = 'same_badge' | 'timeout' | 'escape' | 'clerk' | 'new_badge';

/** Everything the counter screen shows. */
export interface CounterState {
  readonly session: Session;
  /** The visit's scan log, oldest first; the last one is the banner. */
  readonly entries: readonly LogEntry[];
  readonly nextId: number;
  /** Last scan or key, for the idle countdown. */
  readonly lastActivityAt: number;
  /** Set while a scan waits for a busy database. */
  readonly waiting: { readonly since: number; readonly attempts: number } | null;
  /** Scans queued behind the one being written. */
  readonly pending: number;
  /** Text typed by hand and not yet submitted. */
  readonly manual: string;
  /** How the last visit ended, until the next scan (shown without any patient data). */
  readonly ended: EndReason | null;
}

/** Everything that changes the counter screen. */
export type CounterAction =
  | {
      readonly type: 'outcome';
      readonly outcome: Outcome;
      readonly at: number;
      readonly privacy: PrivacyLevel;
    }
  | {
      readonly type: 'refused';
      readonly reason: RefusalReason;
      readonly code: string;
      readonly at: number;
    }
  | { readonly type: 'end'; readonly reason: EndReason }
  | { readonly type: 'waiting'; readonly at: number; readonly attempts: number }
  | { readonly type: 'queue'; readonly pending: number }
  | { readonly type: 'manual'; readonly text: string }
  | { readonly type: 'activity'; readonly at: number };

/** The counter with nobody at it. */
export function initialCounterState(now: number): CounterState {
  return {
    session: { kind: 'none' },
    entries: [],
    nextId: 1,
    lastActivityAt: now,
    waiting: null,
    pending: 0,
    manual: '',
    ended: null,
  };
}

/** True when anything visit-related is on screen (so the idle timeout must clear it). */
export function hasVisit(state: CounterState): boolean {
  return state.session.kind !== 'none' || state.entries.length > 0;
}

/** When the visit on screen ends by itself, or null when there is none. */
export function idleDeadline(state: CounterState, idleMs: number): number | null {
  return hasVisit(state) ? state.lastActivityAt + idleMs : null;
}

function append(state: CounterState, body: EntryBody, at: number): CounterState {
  const entry = { ...body, id: state.nextId, at } as LogEntry;
  const entries = [...state.entries, entry];
  return {
    ...state,
    entries: entries.length > MAX_ENTRIES ? entries.slice(-MAX_ENTRIES) : entries,
    nextId: state.nextId + 1,
    lastActivityAt: at,
    waiting: null,
    ended: null,
  };
}

function ended(state: CounterState, reason: EndReason): CounterState {
  return {
    ...state,
    session: { kind: 'none' },
    entries: [],
    waiting: null,
    manual: '',
    ended: reason,
  };
}

function onOutcome(
  state: CounterState,
  outcome: Outcome,
  at: number,
  privacy: PrivacyLevel,
): CounterState {
  if (outcome.kind === 'session_end') return ended(state, 'same_badge');
  const body = entryFromOutcome(outcome, privacy);
  if (body === null) return state;
  switch (outcome.kind) {
    case 'session_start': {
      // A new badge starts a clean screen: the previous person's charts are not shown.
      const fresh: CounterState = { ...state, entries: [] };
      return {
        ...append(fresh, body, at),
        session: {
          kind: 'badge',
          name: body.kind === 'hello' ? body.name : '',
          department: body.kind === 'hello' ? body.department : '',
          place: null,
        },
      };
    }
    case 'location': {
      const next = append(state, body, at);
      if (state.session.kind !== 'badge') return next;
      const place = outcome.selected && body.kind === 'place' ? body.name : null;
      return { ...next, session: { ...state.session, place } };
    }
    case 'check_out':
    case 'return':
    case 'transfer':
    case 'unchanged':
    case 'undo': {
      const next = append(state, body, at);
      return state.session.kind === 'none' ? { ...next, session: { kind: 'walk_up' } } : next;
    }
    case 'rejected':
      return append(state, body, at);
    default: {
      const never: never = outcome;
      throw new Error(`unhandled outcome ${JSON.stringify(never)}`);
    }
  }
}

/** The counter screen's reducer. */
export function counterReducer(state: CounterState, action: CounterAction): CounterState {
  switch (action.type) {
    case 'outcome':
      return onOutcome(state, action.outcome, action.at, action.privacy);
    case 'refused':
      return append(
        state,
        { kind: 'refused', reason: action.reason, code: action.code },
        action.at,
      );
    case 'end':
      return hasVisit(state) || state.manual !== '' ? ended(state, action.reason) : state;
    case 'waiting':
      return {
        ...state,
        waiting: { since: state.waiting?.since ?? action.at, attempts: action.attempts },
      };
    case 'queue':
      return state.pending === action.pending ? state : { ...state, pending: action.pending };
    case 'manual':
      return state.manual === action.text ? state : { ...state, manual: action.text };
    case 'activity':
      return hasVisit(state) ? { ...state, lastActivityAt: action.at } : state;
    default: {
      const never: never = action;
      throw new Error(`unhandled counter action ${JSON.stringify(never)}`);
    }
  }
}
