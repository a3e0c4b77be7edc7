import type { ChartView } from '../db/charts.js';
import type { DbLocation, DbStaff, MovementSource } from '../db/rows.js';
import type { Custodian } from '../domain/custodian.js';

/** One scanned (or typed) code as the engine receives it. */
export interface ScanInput {
  /** The code, already stripped of prefixes/suffixes by the scanner layer. */
  readonly code: string;
  /** Where it came from. */
  readonly source: MovementSource;
  /** AIM symbology identifier (e.g. `]A0`) when the scanner sent one. */
  readonly symbology?: string | null;
  /** When it was scanned (ms since epoch). */
  readonly at: number;
}

/** What a code is, found from the data. */
export type Identified =
  | { readonly kind: 'chart'; readonly chart: ChartView }
  | { readonly kind: 'staff'; readonly staff: DbStaff }
  | { readonly kind: 'location'; readonly location: DbLocation }
  | { readonly kind: 'undo' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'invalid'; readonly reason: 'control_characters' | 'too_long' | 'empty' };

/** The walk-up visit in progress at a counter. */
export interface Visit {
  readonly staff: DbStaff;
  /** A location scanned during the visit: charts go there, with the person as operator. */
  readonly location: DbLocation | null;
  readonly startedAt: number;
}

/** Why a scan was refused. Nothing is written for a refusal. */
export type RejectReason =
  | 'unknown_code'
  | 'invalid_code'
  | 'code_too_long'
  | 'badge_first'
  | 'inactive_badge'
  | 'inactive_location'
  | 'nothing_to_undo'
  | 'undo_expired'
  | 'db_busy'
  | 'db_fault';

/** A movement the engine decided to write. */
export type MoveAction = 'check_out' | 'return' | 'transfer';

/** The pure decision for one scan, before anything is written. */
export type Decision =
  | { readonly kind: 'session_start'; readonly staff: DbStaff; readonly ended: DbStaff | null }
  | { readonly kind: 'session_end'; readonly staff: DbStaff }
  | { readonly kind: 'location'; readonly location: DbLocation; readonly selected: boolean }
  | {
      readonly kind: 'move';
      readonly action: MoveAction;
      readonly chart: ChartView;
      /** New custodian, or null when the chart goes back to its home location. */
      readonly to: Custodian | null;
      readonly operator: DbStaff | null;
      readonly dueAt: number | null;
    }
  | { readonly kind: 'unchanged'; readonly chart: ChartView }
  | { readonly kind: 'undo' }
  | { readonly kind: 'rejected'; readonly reason: RejectReason; readonly detail?: string };

/** Something the person at the counter must not miss about the chart just handled. */
export type Notice =
  | {
      readonly kind: 'requested_elsewhere';
      readonly locationCode: string;
      readonly locationName: string;
      readonly neededAt: number;
    }
  | {
      readonly kind: 'request_filled';
      readonly locationCode: string;
      readonly locationName: string;
    }
  | {
      readonly kind: 'other_volumes_out';
      readonly volumes: readonly { readonly volume: number; readonly custodian: Custodian }[];
    }
  | { readonly kind: 'loose_reports'; readonly count: number }
  | { readonly kind: 'found_pending' };

/** What a scan did, once its transaction committed (or why nothing was written). */
export type Outcome =
  | { readonly kind: 'session_start'; readonly staff: DbStaff; readonly ended: DbStaff | null }
  | { readonly kind: 'session_end'; readonly staff: DbStaff }
  | { readonly kind: 'location'; readonly location: DbLocation; readonly selected: boolean }
  | {
      readonly kind: 'check_out' | 'return' | 'transfer';
      readonly chart: ChartView;
      readonly from: Custodian | null;
      readonly to: Custodian | null;
      readonly dueAt: number | null;
      readonly seq: number;
      readonly notices: readonly Notice[];
    }
  | { readonly kind: 'unchanged'; readonly chart: ChartView; readonly notices: readonly Notice[] }
  | {
      readonly kind: 'undo';
      readonly chart: ChartView;
      readonly undone: MoveAction;
      readonly seq: number;
    }
  | {
      readonly kind: 'rejected';
      readonly reason: RejectReason;
      readonly code: string;
      readonly detail?: string;
    };
