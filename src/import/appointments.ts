import type { Config } from '../config/schema.js';
import type { Store } from '../db/store.js';
import { requestsOf, volumeRuleOf, volumesFor } from '../workflows/requests.js';
import { localTime } from '../workflows/day.js';
import { checkAppointment } from './kinds.js';
import type { RowWriter } from './writers.js';

/**
 * appointments.csv (clinic,date,time,mrn): one chart request per volume the clinic's rule asks
 * for (ALL or LAST), needed at the appointment's local date and time. An unknown or inactive
 * clinic, or an MRN without charts, refuses the row. Importing the same appointment again adds
 * nothing: the request already exists for that chart, clinic and time.
 */
export function appointmentWriter(
  store: Store,
  config: Config,
  now: () => number = Date.now,
): RowWriter {
  const patient = store.db.prepare<[string], { id: number }>(
    'SELECT id FROM patients WHERE mrn = ?',
  );
  const queries = requestsOf(store);
  return {
    key: (f) =>
      `appointment ${(f.clinic ?? '').trim()} ${(f.date ?? '').trim()} ${(f.time ?? '').trim()} mrn ${(f.mrn ?? '').trim()}`,
    write(fields, dryRun) {
      const row = checkAppointment(fields);
      if (!row.ok) return row;
      const v = row.value;
      const clinic = store.locations.byCode(v.clinic);
      if (!clinic) return { ok: false, reason: `no clinic "${v.clinic}" (import locations first)` };
      if (clinic.active !== 1) return { ok: false, reason: `clinic "${v.clinic}" is inactive` };
      if (clinic.kind === 'file_room') {
        return { ok: false, reason: `"${v.clinic}" is a file room, not a clinic` };
      }
      const neededAt = localTime(v.date, v.time);
      if (neededAt === null) return { ok: false, reason: `${v.date} ${v.time} is not a time` };
      const p = patient.get(v.mrn);
      if (!p) return { ok: false, reason: `no patient with mrn ${v.mrn}` };
      const charts = volumesFor(store.charts.volumes(p.id), volumeRuleOf(config, clinic.code));
      if (charts.length === 0) return { ok: false, reason: `mrn ${v.mrn} has no chart` };
      if (dryRun) return { ok: true, value: 'added' };
      let added = false;
      for (const chart of charts) {
        const made = queries.create({
          chartId: chart.id,
          requesterId: null,
          locationId: clinic.id,
          neededAt,
          source: 'appointments',
          createdAt: now(),
          createdBy: null,
        });
        added ||= made.created;
      }
      // "updated" here means: already imported, nothing new.
      return { ok: true, value: added ? 'added' : 'updated' };
    },
  };
}
