import { useCallback, useMemo, useRef, useState } from 'react';
import type { KeyPress } from '../../input/keys.js';
import type { DbLocation, DbStaff } from '../../db/rows.js';
import type { ImportKind } from '../../import/kinds.js';
import { setPin } from '../../services/clerk.js';
import {
  addChart,
  locationValues,
  patientValues,
  registry,
  runImport,
  saveLocation,
  savePatient,
  saveStaff,
  staffValues,
  WORKSPACE_IMPORTS,
  type FormValues,
} from '../../services/records.js';
import {
  failedText,
  importedText,
  importRefusedText,
  pinSetText,
  PIN_REFUSALS,
  WS,
} from '../../theme/workspace-text.js';
import { safeText } from '../../domain/safe-text.js';
import { filterItems, PICKER_START, pickerKey } from '../workspace/picker-state.js';
import type { ScreenProps } from '../workspace/routes.js';
import { FORM_FIELDS, type AdminMode, type FormKind } from './admin-state.js';
import { formKey, newForm } from './form-state.js';

/** A row of the staff or locations registry list. */
export type RegistryRow =
  | {
      readonly kind: 'staff';
      readonly key: string;
      readonly label: string;
      readonly staff: DbStaff;
    }
  | {
      readonly kind: 'location';
      readonly key: string;
      readonly label: string;
      readonly location: DbLocation;
    };

/** Most bad rows listed on screen after a refused import. */
const SHOWN_ERRORS = 12;

/** Wires records admin: the menu, forms, registry lists, PINs and imports. */
export function useAdmin(props: ScreenProps) {
  const { services, actor, back, height } = props;
  const { store, clock, config } = services;
  const [mode, setModeState] = useState<AdminMode>({ kind: 'menu' });
  const [status, setStatus] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  const latest = useRef(mode);
  latest.current = mode;
  const setMode = useCallback((m: AdminMode) => {
    latest.current = m;
    setModeState(m);
  }, []);
  const supervisor = actor.clerk.role === 'supervisor';

  const registryRows = useMemo<RegistryRow[]>(() => {
    if (mode.kind !== 'registry') return [];
    void version;
    const r = registry(store);
    const rows: RegistryRow[] =
      mode.which === 'staff'
        ? r.staffPage('', 100_000).map((s) => ({
            kind: 'staff',
            key: `s${s.id}`,
            label: `${s.badge}  ${s.name} (${s.department}) · ${s.role}${s.active === 1 ? '' : ' · inactive'}${s.locked_until !== null && s.locked_until > clock.now() ? ' · locked' : ''}`,
            staff: s,
          }))
        : r.locations().map((l) => ({
            kind: 'location',
            key: `l${l.id}`,
            label: `${l.code}  ${l.name} (${l.kind})${l.active === 1 ? '' : ' · inactive'}`,
            location: l,
          }));
    return [...filterItems(rows, mode.picker.filter, (row) => row.label)];
  }, [mode, store, clock, version]);

  const openForm = useCallback(
    (form: FormKind, id: number | null, values: FormValues = {}, subject = '') => {
      setMode({
        kind: 'form',
        form,
        id,
        subject,
        state: newForm(FORM_FIELDS[form], values, form === 'pin' ? ['pin', 'pin_again'] : []),
        error: null,
      });
    },
    [setMode],
  );

  const done = useCallback(
    (message: string, next: AdminMode = { kind: 'menu' }) => {
      setStatus(message);
      setVersion((v) => v + 1);
      setMode(next);
    },
    [setMode],
  );

  const startImport = useCallback(
    (kind: ImportKind, file: string) => {
      setMode({ kind: 'importing', done: 0, total: 0 });
      void runImport(store, config, kind, file, (d, t) =>
        setMode({ kind: 'importing', done: d, total: t }),
      ).then((report) => {
        if ('failure' in report) {
          setMode({ kind: 'report', lines: [failedText(report.failure)] });
        } else if (report.ok) {
          setMode({
            kind: 'report',
            lines: [importedText(report.rows, report.added, report.updated)],
          });
        } else {
          const lines = report.errors
            .slice(0, SHOWN_ERRORS)
            .map((e) => `${safeText(file)}:${e.line}: ${safeText(e.reason)}`);
          if (report.errors.length > SHOWN_ERRORS)
            lines.push(`… ${report.errors.length - SHOWN_ERRORS} more`);
          setMode({ kind: 'report', lines: [importRefusedText(report.errors.length), ...lines] });
        }
      });
    },
    [store, config, setMode],
  );

  const submit = useCallback(
    (form: FormKind, id: number | null, subject: string, values: FormValues): string | null => {
      const now = clock.now();
      switch (form) {
        case 'patient_new':
        case 'patient_edit': {
          const r = savePatient(store, actor, id, values, now);
          if (!r.ok) return r.reason;
          done(WS.saved);
          return null;
        }
        case 'patient_find': {
          const p = registry(store).patientByMrn((values.mrn ?? '').trim());
          if (!p) return `no patient with mrn ${values.mrn ?? ''}`;
          store.audit.access(now, actor.clerk.id, actor.counter, 'open_patient', 'patient', p.mrn);
          openForm('patient_edit', p.id, patientValues(p), p.mrn);
          return null;
        }
        case 'chart_new': {
          const r = addChart(store, actor, values, now);
          if (!r.ok) return r.reason;
          done(WS.saved);
          return null;
        }
        case 'staff_new':
        case 'staff_edit': {
          const r = saveStaff(store, id, values);
          if (!r.ok) return r.reason;
          done(WS.saved, { kind: 'registry', which: 'staff', picker: PICKER_START });
          return null;
        }
        case 'location_new':
        case 'location_edit': {
          const r = saveLocation(store, id, values);
          if (!r.ok) return r.reason;
          done(WS.saved, { kind: 'registry', which: 'locations', picker: PICKER_START });
          return null;
        }
        case 'pin': {
          if (!supervisor) return PIN_REFUSALS.not_supervisor;
          const r = setPin(store, subject, values.pin ?? '', values.pin_again ?? '');
          if (r.kind !== 'set') return PIN_REFUSALS[r.kind];
          done(pinSetText(subject), { kind: 'registry', which: 'staff', picker: PICKER_START });
          return null;
        }
        case 'import': {
          const kind = WORKSPACE_IMPORTS.find((k) => k === (values.import_kind ?? '').trim());
          if (!kind) return `${WS.importPath} ${WORKSPACE_IMPORTS.join(', ')}`;
          const file = (values.file ?? '').trim();
          if (file === '') return WS.importPath;
          startImport(kind, file);
          return null;
        }
        default: {
          const never: never = form;
          throw new Error(`unhandled form ${String(never)}`);
        }
      }
    },
    [store, clock, actor, done, openForm, startImport, supervisor],
  );

  const pickHeight = Math.max(2, height - 5);
  const onKey = useCallback(
    (key: KeyPress): boolean => {
      const m = latest.current;
      switch (m.kind) {
        case 'menu':
          // The menu screen handles its own keys.
          return false;
        case 'importing':
          return true;
        case 'report':
          if (key.kind === 'escape' || (key.kind === 'text' && key.text.includes('\r'))) {
            setMode({ kind: 'menu' });
          }
          return true;
        case 'form': {
          const r = formKey(m.state, key);
          switch (r.kind) {
            case 'cancel':
              setMode(
                m.form === 'pin' || m.form === 'staff_edit' || m.form === 'staff_new'
                  ? { kind: 'registry', which: 'staff', picker: PICKER_START }
                  : m.form === 'location_edit' || m.form === 'location_new'
                    ? { kind: 'registry', which: 'locations', picker: PICKER_START }
                    : { kind: 'menu' },
              );
              return true;
            case 'state':
              setMode({ ...m, state: r.state });
              return true;
            case 'submit': {
              setMode({ ...m, state: r.state });
              const error = submit(m.form, m.id, m.subject, r.state.values);
              if (error !== null && latest.current.kind === 'form') {
                setMode({ ...m, state: r.state, error: safeText(error) });
              }
              return true;
            }
            case 'ignored':
              return false;
            default: {
              const never: never = r;
              throw new Error(`unhandled form key ${JSON.stringify(never)}`);
            }
          }
        }
        case 'registry': {
          if (key.kind === 'function' && key.n === 3) {
            openForm(m.which === 'staff' ? 'staff_new' : 'location_new', null, { active: 'yes' });
            return true;
          }
          const row = registryRows[m.picker.nav.selected];
          if (key.kind === 'function' && key.n === 4) {
            if (!supervisor) setStatus(PIN_REFUSALS.not_supervisor);
            else if (row?.kind === 'staff') openForm('pin', row.staff.id, {}, row.staff.badge);
            return true;
          }
          const r = pickerKey(m.picker, key, registryRows.length, pickHeight);
          switch (r.kind) {
            case 'state':
              setMode({ ...m, picker: r.state });
              return true;
            case 'cancel':
              setMode({ kind: 'menu' });
              return true;
            case 'pick': {
              const picked = registryRows[r.index];
              if (picked?.kind === 'staff') {
                openForm(
                  'staff_edit',
                  picked.staff.id,
                  staffValues(picked.staff),
                  picked.staff.badge,
                );
              } else if (picked?.kind === 'location') {
                openForm(
                  'location_edit',
                  picked.location.id,
                  locationValues(picked.location),
                  picked.location.code,
                );
              }
              return true;
            }
            case 'ignored':
              return false;
            default: {
              const never: never = r;
              throw new Error(`unhandled picker result ${JSON.stringify(never)}`);
            }
          }
        }
        default: {
          const never: never = m;
          throw new Error(`unhandled admin mode ${JSON.stringify(never)}`);
        }
      }
    },
    [submit, openForm, registryRows, pickHeight, setMode, supervisor],
  );

  const pickMenu = useCallback(
    (hotkey: string) => {
      setStatus(null);
      if (hotkey === 'p') openForm('patient_new', null);
      else if (hotkey === 'e') openForm('patient_find', null);
      else if (hotkey === 'c') openForm('chart_new', null, { home: config.fileRoom });
      else if (hotkey === 's') setMode({ kind: 'registry', which: 'staff', picker: PICKER_START });
      else if (hotkey === 'l')
        setMode({ kind: 'registry', which: 'locations', picker: PICKER_START });
      else if (hotkey === 'i') openForm('import', null, { import_kind: 'patients' });
    },
    [openForm, setMode, config],
  );

  return { mode, status, registryRows, onKey, pickMenu, back, pickHeight };
}
