import type { AppServices } from '../../app/services.js';
import { registry } from '../../services/records.js';
import { localTime } from '../../workflows/day.js';
import { createRequests, type RequestTarget } from '../../workflows/requests.js';
import { attempt } from './attempt.js';
import { done, refused, type ScreenMessage } from './message.js';
import { REQUESTS_TEXT as T, requestRefusalText } from './text.js';

/** The fields of the new-request form, in order. */
export const REQUEST_FIELDS = ['mrn', 'barcode', 'requester', 'location', 'date', 'time'] as const;

/** What saving the form did: the message, and whether the form may close. */
export interface SaveResult {
  readonly saved: boolean;
  readonly message: ScreenMessage;
}

/**
 * Checks and saves the new-request form through `createRequests`. Looking up the patient or
 * the volume writes the access log (who, which counter, which MRN or barcode), as the
 * workspace's chart and patient screens do.
 */
export function saveRequest(
  services: AppServices,
  values: Readonly<Record<string, string>>,
  clerkId: number | null,
): SaveResult {
  const { store, config, clock } = services;
  const now = clock.now();
  const field = (name: string) => (values[name] ?? '').trim();
  const no = (text: string): SaveResult => ({ saved: false, message: refused(text) });
  const mrn = field('mrn');
  const barcode = field('barcode');
  if ((mrn === '') === (barcode === '')) return no(T.oneTarget);
  const location = field('location');
  if (location === '') return no(T.needLocation);
  const neededAt = localTime(field('date'), field('time'));
  if (neededAt === null) return no(T.badWhen);
  let requesterId: number | null = null;
  if (field('requester') !== '') {
    const staff = store.staff.byBadge(field('requester'));
    if (!staff) return no(T.unknownBadge(field('requester')));
    requesterId = staff.id;
  }
  const counter = config.counter.name;
  let target: RequestTarget;
  if (barcode !== '') {
    const chart = store.charts.byBarcode(barcode);
    if (!chart) return no(T.unknownBarcode(barcode));
    target = { kind: 'chart', chartId: chart.id };
  } else {
    const patient = registry(store).patientByMrn(mrn);
    if (!patient) return no(T.unknownMrn(mrn));
    target = { kind: 'patient', patientId: patient.id };
  }
  const result = attempt(() => {
    if (target.kind === 'chart')
      store.audit.access(now, clerkId, counter, 'request_chart', 'chart', barcode);
    else store.audit.access(now, clerkId, counter, 'request_chart', 'patient', mrn);
    return createRequests(store, config, {
      target,
      locationCode: location,
      requesterId,
      neededAt,
      source: 'workspace',
      createdBy: clerkId,
      at: now,
    });
  });
  if (!result.ok) return no(T.dbFailed);
  const made = result.value;
  if (made.kind === 'refused') return no(requestRefusalText(made.reason));
  const fresh = made.requests.filter((r) => r.created).length;
  return { saved: true, message: done(T.created(made.requests.length, fresh, location)) };
}
