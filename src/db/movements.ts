import type { Db } from './connection.js';
import { GENESIS_HASH, movementHash } from './hash-chain.js';
import type { DbMovement } from './rows.js';

/** A movement to append: seq, prev_hash and hash are filled in here. */
export type NewMovement = Omit<DbMovement, 'seq' | 'prev_hash' | 'hash'>;

/** Options for the movement queries. */
export interface MovementOptions {
  /** Runs before every append, inside its transaction; throwing refuses the write. */
  readonly beforeAppend?: () => void;
}

/** Queries on the append-only movement log. */
export function movementQueries(db: Db, options: MovementOptions = {}) {
  const last = db.prepare<[], { seq: number; hash: string }>(
    'SELECT seq, hash FROM movements ORDER BY seq DESC LIMIT 1',
  );
  const insert = db.prepare<DbMovement>(
    `INSERT INTO movements (seq, occurred_at, action, chart_id, from_kind, from_id, to_kind, to_id,
       operator_id, counter, due_at, source, symbology, note, undoes_seq, prev_hash, hash)
     VALUES (@seq, @occurred_at, @action, @chart_id, @from_kind, @from_id, @to_kind, @to_id,
       @operator_id, @counter, @due_at, @source, @symbology, @note, @undoes_seq, @prev_hash, @hash)`,
  );
  const bySeq = db.prepare<[number], DbMovement>('SELECT * FROM movements WHERE seq = ?');
  const forChart = db.prepare<[number], DbMovement>(
    'SELECT * FROM movements WHERE chart_id = ? ORDER BY seq',
  );
  return {
    /**
     * Appends one movement, chained to the row before it. Call inside the transaction that
     * also changes the chart's state.
     */
    append(m: NewMovement): DbMovement {
      options.beforeAppend?.();
      const prev = last.get();
      const row: Omit<DbMovement, 'hash'> = {
        ...m,
        seq: (prev?.seq ?? 0) + 1,
        prev_hash: prev?.hash ?? GENESIS_HASH,
      };
      const full: DbMovement = { ...row, hash: movementHash(row) };
      insert.run(full);
      return full;
    },
    /** One movement by its sequence number. */
    get(seq: number): DbMovement | undefined {
      return bySeq.get(seq);
    },
    /** Every movement of one chart, oldest first. */
    forChart(chartId: number): DbMovement[] {
      return forChart.all(chartId);
    },
  };
}

/** The movement queries' type. */
export type MovementQueries = ReturnType<typeof movementQueries>;
