import { isBusy, isWriteFault } from '../db/connection.js';
import type { ChartView } from '../db/charts.js';
import type { DbStaff } from '../db/rows.js';
import type { Store } from '../db/store.js';
import { hasControlCharacters } from '../domain/safe-text.js';
import {
  noticesAfterMove,
  snapshotOf,
  writeCustody,
  writeFlag,
  type ChartSnapshot,
  type WriteContext,
} from './apply.js';
import { decide, type Rules } from './decide.js';
import type { Identified, MoveAction, Notice, Outcome, ScanInput, Visit } from './types.js';

/** Longest code the counter accepts; longer input is refused, never truncated. */
export const MAX_CODE_LENGTH = 128;

const BUSY_DETAIL = 'the database is locked by another program; nothing was written, try again';

/** How a counter desk is set up. */
export interface DeskOptions {
  /** The counter's name, stamped on every movement. */
  readonly counter: string;
  readonly rules: Rules;
  /** How long after a movement it may still be undone. */
  readonly undoWindowMs: number;
  /** A barcode that means "undo the last action", or null. */
  readonly undoBarcode: string | null;
}

interface LastMove {
  readonly seq: number;
  readonly chartId: number;
  readonly action: MoveAction;
  readonly at: number;
  readonly before: ChartSnapshot;
}

/**
 * One counter's circulation engine: knows the visit in progress and the last movement (for
 * undo), and turns each scan into exactly one committed transaction or a refusal. Scans are
 * handled one at a time, in the order given; the result is returned only after the commit.
 */
export class Desk {
  private currentVisit: Visit | null = null;
  private lastMove: LastMove | null = null;

  constructor(
    private readonly store: Store,
    private readonly options: DeskOptions,
  ) {}

  /** The walk-up visit in progress, if any. */
  get visit(): Visit | null {
    return this.currentVisit;
  }

  /** Whether the last movement can still be undone at `now`. */
  canUndo(now: number): boolean {
    return this.lastMove !== null && now - this.lastMove.at <= this.options.undoWindowMs;
  }

  /** What a code names, from the data. */
  identify(code: string): Identified {
    if (code.length === 0) return { kind: 'invalid', reason: 'empty' };
    if (code.length > MAX_CODE_LENGTH) return { kind: 'invalid', reason: 'too_long' };
    if (hasControlCharacters(code)) return { kind: 'invalid', reason: 'control_characters' };
    if (this.options.undoBarcode !== null && code === this.options.undoBarcode)
      return { kind: 'undo' };
    const found = this.store.codes.identify(code);
    if (!found) return { kind: 'unknown' };
    switch (found.kind) {
      case 'chart': {
        const chart = this.store.charts.get(found.id);
        return chart ? { kind: 'chart', chart } : { kind: 'unknown' };
      }
      case 'staff': {
        const staff = this.store.staff.get(found.id);
        return staff ? { kind: 'staff', staff } : { kind: 'unknown' };
      }
      case 'location': {
        const location = this.store.locations.get(found.id);
        return location ? { kind: 'location', location } : { kind: 'unknown' };
      }
      default: {
        const never: never = found.kind;
        throw new Error(`unhandled code kind ${String(never)}`);
      }
    }
  }

  /**
   * Handles one scan: identify, decide, and write in one transaction. A database that is busy
   * or cannot be written gives a refusal (`db_busy` / `db_fault`) and nothing half-written.
   */
  scan(input: ScanInput): Outcome {
    try {
      return this.store.db.transaction(() => this.scanInTransaction(input)).immediate();
    } catch (error) {
      if (isBusy(error)) {
        return { kind: 'rejected', reason: 'db_busy', code: input.code, detail: BUSY_DETAIL };
      }
      if (isWriteFault(error)) {
        return {
          kind: 'rejected',
          reason: 'db_fault',
          code: input.code,
          detail: (error as Error).message,
        };
      }
      throw error;
    }
  }

  /** Undoes the last movement, if within the window (the U key or the undo barcode). */
  undo(at: number, source: ScanInput['source'] = 'keyboard'): Outcome {
    try {
      return this.store.db.transaction(() => this.undoInTransaction(at, source)).immediate();
    } catch (error) {
      if (isBusy(error))
        return { kind: 'rejected', reason: 'db_busy', code: 'undo', detail: BUSY_DETAIL };
      if (isWriteFault(error)) {
        return {
          kind: 'rejected',
          reason: 'db_fault',
          code: 'undo',
          detail: (error as Error).message,
        };
      }
      throw error;
    }
  }

  /** Ends the visit (same badge again, idle timeout, Esc). Returns who it was. */
  endVisit(): DbStaff | null {
    const staff = this.currentVisit?.staff ?? null;
    this.currentVisit = null;
    return staff;
  }

  private scanInTransaction(input: ScanInput): Outcome {
    const identified = this.identify(input.code);
    const decision = decide(identified, this.currentVisit, input.at, this.options.rules);
    const ctx: WriteContext = {
      counter: this.options.counter,
      operatorId: this.currentVisit?.staff.id ?? null,
      source: input.source,
      symbology: input.symbology ?? null,
      at: input.at,
    };
    // A missing chart that turns up at the counter marks itself found, whatever else happens.
    if (identified.kind === 'chart' && decision.kind !== 'rejected') {
      this.markFoundIfMissing(identified.chart, ctx);
    }
    switch (decision.kind) {
      case 'rejected':
        if (
          identified.kind === 'chart' &&
          decision.reason === 'badge_first' &&
          identified.chart.missingSince !== null
        ) {
          // Still record that the missing chart was seen here.
          this.markFoundIfMissing(identified.chart, ctx);
          return {
            kind: 'unchanged',
            chart: this.reload(identified.chart),
            notices: [{ kind: 'found_pending' }],
          };
        }
        return {
          kind: 'rejected',
          reason: decision.reason,
          code: input.code,
          ...(decision.detail ? { detail: decision.detail } : {}),
        };
      case 'session_start':
        this.currentVisit = { staff: decision.staff, location: null, startedAt: input.at };
        return { kind: 'session_start', staff: decision.staff, ended: decision.ended };
      case 'session_end':
        this.currentVisit = null;
        return { kind: 'session_end', staff: decision.staff };
      case 'location':
        if (this.currentVisit) {
          this.currentVisit = {
            ...this.currentVisit,
            location: decision.selected ? decision.location : null,
          };
        }
        return { kind: 'location', location: decision.location, selected: decision.selected };
      case 'undo':
        return this.undoInTransaction(input.at, input.source);
      case 'unchanged': {
        const chart = this.reload(decision.chart);
        return {
          kind: 'unchanged',
          chart,
          notices: this.flagNotices(
            chart,
            noticesAfterMove(this.store, chart, chart.custodian, input.at),
          ),
        };
      }
      case 'move': {
        const chart = this.reload(decision.chart);
        const before = snapshotOf(chart);
        const row = writeCustody(
          this.store,
          chart,
          decision.action,
          decision.to,
          decision.dueAt,
          ctx,
        );
        this.lastMove = {
          seq: row.seq,
          chartId: chart.id,
          action: decision.action,
          at: input.at,
          before,
        };
        const after = this.reload(chart);
        const notices = noticesAfterMove(this.store, after, decision.to, input.at);
        return {
          kind: decision.action,
          chart: after,
          from: before.custodian,
          to: decision.to,
          dueAt: decision.to ? decision.dueAt : null,
          seq: row.seq,
          notices: this.flagNotices(after, notices),
        };
      }
      default: {
        const never: never = decision;
        throw new Error(`unhandled decision ${JSON.stringify(never)}`);
      }
    }
  }

  private undoInTransaction(at: number, source: ScanInput['source']): Outcome {
    const last = this.lastMove;
    if (!last) return { kind: 'rejected', reason: 'nothing_to_undo', code: 'undo' };
    if (at - last.at > this.options.undoWindowMs) {
      this.lastMove = null;
      return { kind: 'rejected', reason: 'undo_expired', code: 'undo' };
    }
    const chart = this.store.charts.get(last.chartId);
    if (!chart || chart.lastSeq !== last.seq) {
      // Someone moved it since: undoing now would rewrite newer history.
      this.lastMove = null;
      return { kind: 'rejected', reason: 'nothing_to_undo', code: 'undo' };
    }
    const ctx: WriteContext = {
      counter: this.options.counter,
      operatorId: this.currentVisit?.staff.id ?? null,
      source,
      at,
      note: `undo of #${last.seq}`,
    };
    const row = writeCustody(
      this.store,
      chart,
      'undo',
      last.before.custodian,
      last.before.dueAt,
      ctx,
      {
        outSince: last.before.outSince,
        undoesSeq: last.seq,
      },
    );
    this.lastMove = null;
    return { kind: 'undo', chart: this.reload(chart), undone: last.action, seq: row.seq };
  }

  private markFoundIfMissing(chart: ChartView, ctx: WriteContext): void {
    const fresh = this.reload(chart);
    if (fresh.missingSince !== null && !fresh.foundPending) {
      writeFlag(this.store, fresh, 'found', { ...ctx, note: 'found at the counter' });
    }
  }

  private flagNotices(chart: ChartView, notices: Notice[]): Notice[] {
    return chart.foundPending ? [{ kind: 'found_pending' }, ...notices] : notices;
  }

  private reload(chart: ChartView): ChartView {
    const fresh = this.store.charts.get(chart.id);
    if (!fresh) throw new Error(`chart ${chart.id} vanished inside its transaction`);
    return fresh;
  }
}
