/** Row types that match db/migrations exactly, as better-sqlite3 returns them. */

/** A row of `locations`. */
export interface DbLocation {
  id: number;
  code: string;
  name: string;
  kind: 'file_room' | 'clinic' | 'ward' | 'department' | 'other';
  active: number;
}

/** A row of `patients`. */
export interface DbPatient {
  id: number;
  mrn: string;
  family_name: string;
  given_name: string;
  birth_date: string;
  td_key: string;
}

/** A row of `staff`. */
export interface DbStaff {
  id: number;
  badge: string;
  name: string;
  department: string;
  role: 'staff' | 'clerk' | 'supervisor';
  pin_hash: string | null;
  active: number;
  failed_pins: number;
  locked_until: number | null;
}

/** A row of `charts`. */
export interface DbChart {
  id: number;
  barcode: string;
  patient_id: number;
  volume: number;
  home_location_id: number;
  state: 'in' | 'out';
  custodian_kind: 'staff' | 'location' | null;
  custodian_id: number | null;
  out_since: number | null;
  due_at: number | null;
  missing_since: number | null;
  found_pending: number;
  last_seq: number | null;
}

/** The actions a movement row records. */
export type MovementAction =
  | 'check_out'
  | 'return'
  | 'transfer'
  | 'undo'
  | 'mark_missing'
  | 'found'
  | 'found_approved'
  | 'home_change'
  | 'volume_added';

/** Where a movement came from. */
export type MovementSource = 'hid' | 'wedge' | 'keyboard' | 'cli' | 'workspace' | 'system';

/** A row of `movements`. */
export interface DbMovement {
  seq: number;
  occurred_at: number;
  action: MovementAction;
  chart_id: number;
  from_kind: 'staff' | 'location' | null;
  from_id: number | null;
  to_kind: 'staff' | 'location' | null;
  to_id: number | null;
  operator_id: number | null;
  counter: string;
  due_at: number | null;
  source: MovementSource;
  symbology: string | null;
  note: string | null;
  undoes_seq: number | null;
  prev_hash: string;
  hash: string;
}

/** A row of `requests`. */
export interface DbRequest {
  id: number;
  chart_id: number;
  requester_id: number | null;
  location_id: number;
  needed_at: number;
  status: 'requested' | 'pulled' | 'filled' | 'cancelled' | 'not_fillable';
  reason: string | null;
  source: 'workspace' | 'appointments' | 'cli';
  created_at: number;
  created_by: number | null;
  pulled_at: number | null;
  filled_at: number | null;
  closed_at: number | null;
}
