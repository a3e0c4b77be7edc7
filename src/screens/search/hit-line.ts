import type { FilingOrder } from '../../domain/filing.js';
import { formatShelf } from '../../domain/filing.js';
import { safeText } from '../../domain/safe-text.js';
import type { SearchHit } from '../../services/search.js';
import { chartStateMark, patientLine, whereText } from '../../theme/workspace-text.js';

/** A stable key for a result row. */
export function hitKey(hit: SearchHit): string {
  switch (hit.kind) {
    case 'chart':
      return `c${hit.chart.id}`;
    case 'patient':
      return `p${hit.patient.id}`;
    case 'staff':
      return `s${hit.staff.id}`;
    case 'location':
      return `l${hit.location.id}`;
    default: {
      const never: never = hit;
      throw new Error(`unhandled hit ${JSON.stringify(never)}`);
    }
  }
}

/** One result as a line: state symbol and word, patient, shelf number, volume, barcode, where. */
export function hitLine(hit: SearchHit, now: number, order: FilingOrder): string {
  switch (hit.kind) {
    case 'chart': {
      const c = hit.chart;
      const mark = chartStateMark(c, now);
      return `${mark.symbol} ${mark.word.padEnd(8)} ${patientLine(c.patient, formatShelf(c.patient.mrn, order))} · vol ${c.volume} · ${safeText(c.barcode)} · ${whereText(c, now)}`;
    }
    case 'patient': {
      const p = hit.patient;
      return `○ NO CHART ${patientLine({ family: p.family_name, given: p.given_name }, formatShelf(p.mrn, order))}`;
    }
    case 'staff': {
      const s = hit.staff;
      return `◇ BADGE    ${safeText(s.badge)} ${safeText(s.name)} (${safeText(s.department)}) · ${s.role}${s.active === 1 ? '' : ' · inactive'}`;
    }
    case 'location': {
      const l = hit.location;
      return `⌂ PLACE    ${safeText(l.code)} ${safeText(l.name)} (${l.kind})${l.active === 1 ? '' : ' · inactive'}`;
    }
    default: {
      const never: never = hit;
      throw new Error(`unhandled hit ${JSON.stringify(never)}`);
    }
  }
}
