import { useMemo, useState } from 'react';
import { KEY_PRIORITY, useKeypress } from '../../input/use-keypress.js';
import { registry } from '../../services/records.js';
import { WS } from '../../theme/workspace-text.js';
import { PickerView } from '../workspace/Picker.js';
import { filterItems, PICKER_START, pickerKey } from '../workspace/picker-state.js';
import type { ScreenProps } from '../workspace/routes.js';

interface PlaceRow {
  readonly key: string;
  readonly label: string;
  readonly kind: 'staff' | 'location';
  readonly id: number;
  readonly code: string;
}

/** Picks the place or person for "what is out at …", then opens that list. */
export function PlacePickScreen({ services, height, go, back }: ScreenProps) {
  const { store } = services;
  const [picker, setPicker] = useState(PICKER_START);
  const all = useMemo<PlaceRow[]>(() => {
    const r = registry(store);
    return [
      ...r.locations().map((l) => ({
        key: `l${l.id}`,
        label: `${l.code}  ${l.name} (${l.kind})`,
        kind: 'location' as const,
        id: l.id,
        code: l.code,
      })),
      ...r.activeStaff().map((s) => ({
        key: `s${s.id}`,
        label: `${s.badge}  ${s.name} (${s.department})`,
        kind: 'staff' as const,
        id: s.id,
        code: s.badge,
      })),
    ];
  }, [store]);
  const rows = filterItems(all, picker.filter, (r) => r.label);
  const pickHeight = Math.max(2, height - 5);
  useKeypress(
    (key) => {
      const r = pickerKey(picker, key, rows.length, pickHeight);
      switch (r.kind) {
        case 'state':
          setPicker(r.state);
          return true;
        case 'cancel':
          back();
          return true;
        case 'pick': {
          const row = rows[r.index];
          if (row) {
            go({
              name: 'list',
              spec: { kind: 'out_at', custodian: { kind: row.kind, id: row.id, code: row.code } },
            });
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
    },
    { priority: KEY_PRIORITY.screen },
  );
  return (
    <PickerView
      title={WS.pickLocation}
      items={rows}
      state={picker}
      height={height}
      label={(r) => r.label}
      keyOf={(r) => r.key}
    />
  );
}
