import type { AppServices } from '../../app/services.js';
import type { KeyPress } from '../../input/keys.js';
import { formKey, newForm, type FormState } from '../admin/form-state.js';
import { attempt } from '../requests/attempt.js';
import { useLiveState } from '../requests/live-state.js';
import { refused, type ScreenMessage } from '../requests/message.js';
import { clampNav, LIST_START, navKey, type ListNav } from '../workspace/list-nav.js';
import {
  auditShelf,
  fixFinding,
  isSection,
  type AuditResult,
  type AuditSection,
  type FixOutcome,
} from '../../workflows/audit.js';
import { typeCodes, useHidCodes } from './scan-codes.js';
import { AUDIT_TEXT as T } from './text.js';

/** What the shelf-audit screen is doing. */
export type AuditMode =
  | { readonly kind: 'pick'; readonly form: FormState }
  | {
      readonly kind: 'scan';
      readonly section: AuditSection;
      /** Codes scanned so far, in scan order. */
      readonly scanned: readonly string[];
      readonly typed: string;
    }
  | {
      readonly kind: 'results';
      readonly section: AuditSection;
      readonly scanned: readonly string[];
      readonly result: AuditResult;
      /** What each fixed finding's fix did, by its index in the findings. */
      readonly fixed: ReadonlyMap<number, FixOutcome>;
      readonly nav: ListNav;
    };

interface AuditState {
  readonly mode: AuditMode;
  readonly message: ScreenMessage | null;
}

/** What the shelf-audit view renders. */
export interface AuditModel {
  readonly mode: AuditMode;
  readonly message: ScreenMessage | null;
  /** Handles one key; true when it was used. */
  readonly onKey: (key: KeyPress) => boolean;
}

const PICK_FIELDS = ['primary', 'secondary'] as const;

/** A fresh section form. */
export function pickMode(): AuditMode {
  return { kind: 'pick', form: newForm(PICK_FIELDS) };
}

/**
 * The shelf audit's state and keys: pick a section, scan the shelf (typed codes, wedge bursts
 * and HID scans all add a code), compare with the log (`auditShelf`), and fix a finding with
 * one key (`fixFinding`).
 */
export function useAudit(
  services: AppServices,
  onBack: () => void,
  rows: number,
  clerkId: number | null,
): AuditModel {
  const { store, config, clock } = services;
  const counter = config.counter.name;
  const [state, current, update] = useLiveState<AuditState>(() => ({
    mode: pickMode(),
    message: null,
  }));
  const set = (change: Partial<AuditState>) => update((s) => ({ ...s, ...change }));

  const addCodes = (codes: readonly string[], typed?: string) =>
    update((s) =>
      s.mode.kind === 'scan'
        ? {
            ...s,
            mode: {
              ...s.mode,
              scanned: [...s.mode.scanned, ...codes],
              typed: typed ?? s.mode.typed,
            },
          }
        : s,
    );
  useHidCodes(services, state.mode.kind === 'scan', (code) => addCodes([code]));

  const start = (form: FormState) => {
    const primary = (form.values.primary ?? '').trim();
    const secondary = (form.values.secondary ?? '').trim() || null;
    if (!isSection(primary, secondary))
      return set({ message: refused(T.badSection), mode: { kind: 'pick', form } });
    const room = store.locations.byCode(config.fileRoom);
    if (room?.kind !== 'file_room')
      return set({
        message: refused(T.unknownRoom(config.fileRoom)),
        mode: { kind: 'pick', form },
      });
    const section = { fileRoomCode: config.fileRoom, primary, secondary };
    set({ message: null, mode: { kind: 'scan', section, scanned: [], typed: '' } });
  };

  const compare = (section: AuditSection, scanned: readonly string[]) => {
    const result = attempt(() => {
      // The audit lists the charts of a shelf: a look-up like any list.
      store.audit.access(clock.now(), clerkId, counter, 'audit_shelf', 'list', T.section(section));
      return auditShelf(store, section, scanned);
    });
    if (!result.ok) return set({ message: refused(T.dbFailed) });
    const audit = result.value;
    if (!audit.ok) return set({ message: refused(T.badSection) });
    set({
      message: null,
      mode: {
        kind: 'results',
        section,
        scanned,
        result: audit.result,
        fixed: new Map(),
        nav: LIST_START,
      },
    });
  };

  const fix = (mode: Extract<AuditMode, { kind: 'results' }>, index: number) => {
    const finding = mode.result.findings[index];
    if (!finding || mode.fixed.has(index)) return;
    const outcome = attempt(() =>
      fixFinding(store, finding, {
        counter,
        operatorId: clerkId,
        source: 'workspace',
        at: clock.now(),
      }),
    );
    if (!outcome.ok) return set({ message: refused(T.dbFailed) });
    const fixed = new Map(mode.fixed).set(index, outcome.value);
    set({ message: null, mode: { ...mode, fixed } });
  };

  const onKey = (key: KeyPress): boolean => {
    const { mode } = current();
    switch (mode.kind) {
      case 'pick': {
        const r = formKey(mode.form, key);
        if (r.kind === 'cancel') onBack();
        else if (r.kind === 'state') set({ mode: { kind: 'pick', form: r.state } });
        else if (r.kind === 'submit') start(r.state);
        return true;
      }
      case 'scan':
        if (key.kind === 'escape') set({ message: null, mode: pickMode() });
        else if (key.kind === 'ctrl' && key.key === 'd') compare(mode.section, mode.scanned);
        else if (key.kind === 'text') {
          const typed = typeCodes(mode.typed, key.text);
          addCodes(typed.codes, typed.typed);
        } else return false;
        return true;
      case 'results': {
        if (key.kind === 'escape') {
          set({
            message: null,
            mode: { kind: 'scan', section: mode.section, scanned: mode.scanned, typed: '' },
          });
          return true;
        }
        const count = mode.result.findings.length;
        const nav = clampNav(mode.nav, count, rows);
        const moved = navKey(nav, key, count, rows);
        if (moved) set({ mode: { ...mode, nav: moved } });
        else if (key.kind === 'text' && key.text === '\r') fix(mode, nav.selected);
        return true;
      }
      default: {
        const never: never = mode;
        throw new Error(`unhandled mode ${JSON.stringify(never)}`);
      }
    }
  };

  return { mode: state.mode, message: state.message, onKey };
}
