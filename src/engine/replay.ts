import type { DbMovement } from '../db/rows.js';

/** A chart's custody state as the log says it should be. */
export interface ReplayedState {
  readonly state: 'in' | 'out';
  readonly custodianKind: 'staff' | 'location' | null;
  readonly custodianId: number | null;
  readonly outSince: number | null;
  readonly dueAt: number | null;
  readonly missingSince: number | null;
  readonly foundPending: boolean;
  readonly lastSeq: number | null;
}

const IN_FILE: ReplayedState = {
  state: 'in',
  custodianKind: null,
  custodianId: null,
  outSince: null,
  dueAt: null,
  missingSince: null,
  foundPending: false,
  lastSeq: null,
};

/**
 * Folds the log, in sequence order, into each chart's state: the state the charts table must
 * hold. Pure, so tests and `chartdesk verify` check the table against the log the same way.
 */
export class Replay {
  private readonly states = new Map<number, ReplayedState>();
  // out_since before each custody movement, so an undo can restore it.
  private readonly outSinceBefore = new Map<number, number | null>();

  /** Applies one movement; movements must come in ascending seq. */
  apply(m: DbMovement): void {
    const prev = this.states.get(m.chart_id) ?? IN_FILE;
    let next: ReplayedState;
    switch (m.action) {
      case 'check_out':
      case 'transfer':
        this.outSinceBefore.set(m.seq, prev.outSince);
        next = {
          ...prev,
          state: 'out',
          custodianKind: m.to_kind,
          custodianId: m.to_id,
          outSince: m.occurred_at,
          dueAt: m.due_at,
        };
        break;
      case 'return':
        this.outSinceBefore.set(m.seq, prev.outSince);
        next = {
          ...prev,
          state: 'in',
          custodianKind: null,
          custodianId: null,
          outSince: null,
          dueAt: null,
        };
        break;
      case 'undo': {
        const restored =
          m.undoes_seq === null ? null : (this.outSinceBefore.get(m.undoes_seq) ?? null);
        next =
          m.to_kind === null
            ? {
                ...prev,
                state: 'in',
                custodianKind: null,
                custodianId: null,
                outSince: null,
                dueAt: null,
              }
            : {
                ...prev,
                state: 'out',
                custodianKind: m.to_kind,
                custodianId: m.to_id,
                outSince: restored,
                dueAt: m.due_at,
              };
        break;
      }
      case 'mark_missing':
        next = { ...prev, missingSince: m.occurred_at, foundPending: false };
        break;
      case 'found':
        next = { ...prev, missingSince: prev.missingSince ?? m.occurred_at, foundPending: true };
        break;
      case 'found_approved':
        next = { ...prev, missingSince: null, foundPending: false };
        break;
      case 'home_change':
      case 'volume_added':
        next = prev;
        break;
      default: {
        const never: never = m.action;
        throw new Error(`unhandled action ${String(never)}`);
      }
    }
    this.states.set(m.chart_id, { ...next, lastSeq: m.seq });
  }

  /** The replayed state of one chart (in file, never moved, when the log has nothing). */
  stateOf(chartId: number): ReplayedState {
    return this.states.get(chartId) ?? IN_FILE;
  }
}
