import { Box, Text } from 'ink';
import { HintBar } from '../../components/HintBar.js';
import type { MenuItem } from '../../components/Menu.js';
import { safeText } from '../../domain/safe-text.js';
import { KEY_PRIORITY, useKeypress } from '../../input/use-keypress.js';
import { colourOf } from '../../theme/colours.js';
import { FORM_TITLES, progressText, WS, WS_HINTS } from '../../theme/workspace-text.js';
import { progressBarText } from '../lists/ListScreen.js';
import { MenuScreen } from '../workspace/MenuScreen.js';
import { PickerView } from '../workspace/Picker.js';
import type { ScreenProps } from '../workspace/routes.js';
import { FormView } from './FormView.js';
import { useAdmin } from './use-admin.js';

/** Props of records admin. */
export interface AdminScreenProps extends ScreenProps {
  /** The admin menu's entries. */
  readonly menu: readonly MenuItem[];
}

const TITLES: Readonly<Record<string, string>> = {
  ...FORM_TITLES,
  patient_find: FORM_TITLES.patient_edit,
  pin: WS.newPinFor,
};

/** Records admin: patients, charts, staff, locations, PINs and imports. */
export function AdminScreen(props: AdminScreenProps) {
  const admin = useAdmin(props);
  const { mode } = admin;
  useKeypress(admin.onKey, { priority: KEY_PRIORITY.screen, isActive: mode.kind !== 'menu' });
  switch (mode.kind) {
    case 'menu':
      return (
        <MenuScreen
          title={WS.adminTitle}
          items={props.menu}
          onPick={admin.pickMenu}
          onBack={admin.back}
          status={admin.status}
        />
      );
    case 'form':
      return (
        <Box flexDirection="column" flexGrow={1} justifyContent="space-between">
          <FormView
            title={`${TITLES[mode.form] ?? mode.form}${mode.subject ? ` ${safeText(mode.subject)}` : ''}`}
            form={mode.state}
            error={mode.error}
          />
          <HintBar hints={WS_HINTS.form} />
        </Box>
      );
    case 'registry':
      return (
        <Box flexDirection="column" flexGrow={1}>
          <PickerView
            title={mode.which === 'staff' ? WS.staffTitle : WS.locationsTitle}
            items={admin.registryRows}
            state={mode.picker}
            height={props.height - 1}
            label={(r) => r.label}
            keyOf={(r) => r.key}
            hints={WS_HINTS.registry}
          />
          {admin.status ? <Text bold>{admin.status}</Text> : null}
        </Box>
      );
    case 'importing':
      return (
        <Text color={colourOf('info')}>
          {progressText(WS.importing, mode.done, mode.total)}{' '}
          {progressBarText(mode.done, mode.total, 30)}
        </Text>
      );
    case 'report':
      return (
        <Box flexDirection="column" flexGrow={1} justifyContent="space-between">
          <Box flexDirection="column">
            {mode.lines.map((line, i) => (
              <Text key={i}>{line}</Text>
            ))}
          </Box>
          <HintBar hints={WS_HINTS.prompt} />
        </Box>
      );
    default: {
      const never: never = mode;
      throw new Error(`unhandled admin mode ${JSON.stringify(never)}`);
    }
  }
}
