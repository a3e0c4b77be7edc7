import { locationCustodian, staffCustodian } from '../db/charts.js';
import { sameCustodian, type Custodian } from '../domain/custodian.js';
import { dueAt, type LoanHours } from '../domain/due.js';
import type { Decision, Identified, Visit } from './types.js';

/** What decide() needs besides the scan: rules that come from config. */
export interface Rules {
  readonly loanHours: LoanHours;
}

/**
 * The circulation rules, as a pure function of what the code is, the visit in progress and the
 * time. No I/O: the caller applies the decision in one transaction.
 */
export function decide(
  identified: Identified,
  visit: Visit | null,
  now: number,
  rules: Rules,
): Decision {
  switch (identified.kind) {
    case 'invalid':
      return {
        kind: 'rejected',
        reason: identified.reason === 'too_long' ? 'code_too_long' : 'invalid_code',
      };
    case 'unknown':
      return { kind: 'rejected', reason: 'unknown_code' };
    case 'undo':
      return { kind: 'undo' };
    case 'staff': {
      const { staff } = identified;
      if (staff.active !== 1) return { kind: 'rejected', reason: 'inactive_badge' };
      if (visit && visit.staff.id === staff.id) return { kind: 'session_end', staff };
      return { kind: 'session_start', staff, ended: visit?.staff ?? null };
    }
    case 'location': {
      const { location } = identified;
      if (!visit) return { kind: 'rejected', reason: 'badge_first' };
      if (location.active !== 1) return { kind: 'rejected', reason: 'inactive_location' };
      // Scanning the selected location again clears it: charts go to the person again.
      const selected = visit.location?.id !== location.id;
      return { kind: 'location', location, selected };
    }
    case 'chart': {
      const { chart } = identified;
      if (!visit) {
        if (chart.state === 'in') return { kind: 'rejected', reason: 'badge_first' };
        return { kind: 'move', action: 'return', chart, to: null, operator: null, dueAt: null };
      }
      const target: Custodian = visit.location
        ? locationCustodian(visit.location)
        : staffCustodian(visit.staff);
      // Handing a chart to its own home location is a return.
      if (visit.location && visit.location.id === chart.home.id) {
        if (chart.state === 'in') return { kind: 'unchanged', chart };
        return {
          kind: 'move',
          action: 'return',
          chart,
          to: null,
          operator: visit.staff,
          dueAt: null,
        };
      }
      const due = dueAt(target, now, rules.loanHours);
      if (chart.state === 'in') {
        return {
          kind: 'move',
          action: 'check_out',
          chart,
          to: target,
          operator: visit.staff,
          dueAt: due,
        };
      }
      if (sameCustodian(chart.custodian, target)) return { kind: 'unchanged', chart };
      return {
        kind: 'move',
        action: 'transfer',
        chart,
        to: target,
        operator: visit.staff,
        dueAt: due,
      };
    }
    default: {
      const never: never = identified;
      throw new Error(`unhandled code kind ${JSON.stringify(never)}`);
    }
  }
}
