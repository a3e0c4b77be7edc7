import type { ReactNode } from 'react';
import {
  ADMIN_MENU,
  FILE_ROOM_MENU,
  LIST_MENU,
  MAIN_MENU,
  WS,
} from '../../theme/workspace-text.js';
import { AdminScreen } from '../admin/AdminScreen.js';
import { AuditScreen } from '../audit/AuditScreen.js';
import { LooseScreen } from '../loose/LooseScreen.js';
import { MissingScreen } from '../missing/MissingScreen.js';
import { PullListScreen } from '../pull-list/PullListScreen.js';
import { RequestsScreen } from '../requests/RequestsScreen.js';
import { ShiftScreen } from '../shift/ShiftScreen.js';
import { ChartScreen } from '../chart/ChartScreen.js';
import { ListScreen } from '../lists/ListScreen.js';
import { PlacePickScreen } from '../lists/PlacePickScreen.js';
import { ReportsScreen } from '../reports/ReportsScreen.js';
import { SearchScreen } from '../search/SearchScreen.js';
import { MenuScreen } from './MenuScreen.js';
import type { Route, ScreenProps } from './routes.js';

type FileRoomRoute = 'pull_list' | 'requests' | 'missing' | 'loose' | 'audit' | 'shift';

/** File-room menu hotkeys to their screens. */
const FILE_ROOM_ROUTES: Readonly<Record<string, FileRoomRoute>> = {
  p: 'pull_list',
  q: 'requests',
  m: 'missing',
  l: 'loose',
  u: 'audit',
  e: 'shift',
};

/** The file-room screens: each takes the same props and handles its own keys. */
const FILE_ROOM_SCREENS: Readonly<
  Record<
    FileRoomRoute,
    (props: {
      readonly services: ScreenProps['services'];
      readonly onBack: () => void;
      readonly width: number;
      readonly height: number;
      readonly clerkId?: number | null;
    }) => ReactNode
  >
> = {
  pull_list: PullListScreen,
  requests: RequestsScreen,
  missing: MissingScreen,
  loose: LooseScreen,
  audit: AuditScreen,
  shift: ShiftScreen,
};

/** Props of the route switch. */
export interface RouteViewProps extends ScreenProps {
  /** The screen to show. */
  readonly route: Route;
}

/** Shows the screen a route names. Screens are keyed so each opens fresh. */
export function RouteView(props: RouteViewProps): ReactNode {
  const { route, go, back } = props;
  switch (route.name) {
    case 'menu':
      return (
        <MenuScreen
          title={WS.mainMenu}
          items={MAIN_MENU}
          onBack={back}
          onPick={(k) => {
            if (k === 's') go({ name: 'search' });
            else if (k === 'w') go({ name: 'list', spec: { kind: 'who_has_what' } });
            else if (k === 'o') go({ name: 'overdue_menu' });
            else if (k === 'l') go({ name: 'list_menu' });
            else if (k === 'f') go({ name: 'file_room_menu' });
            else if (k === 'r') go({ name: 'reports' });
            else if (k === 'a') go({ name: 'admin' });
            else if (k === 'q') back();
          }}
        />
      );
    case 'overdue_menu':
    case 'list_menu': {
      const items =
        route.name === 'overdue_menu'
          ? LIST_MENU.filter((i) => ['c', 'a', 't'].includes(i.hotkey))
          : LIST_MENU;
      return (
        <MenuScreen
          key={route.name}
          title={WS.listsTitle}
          items={items}
          onBack={back}
          onPick={(k) => {
            if (k === 'w') go({ name: 'list', spec: { kind: 'who_has_what' } });
            else if (k === 'c') go({ name: 'list', spec: { kind: 'overdue_custodian' } });
            else if (k === 'a') go({ name: 'list', spec: { kind: 'overdue_age' } });
            else if (k === 't') go({ name: 'list', spec: { kind: 'overdue_td' } });
            else if (k === 'p') go({ name: 'place_pick' });
            else if (k === 'm') go({ name: 'list', spec: { kind: 'missing' } });
            else if (k === 'd') go({ name: 'list', spec: { kind: 'today' } });
          }}
        />
      );
    }
    case 'file_room_menu':
      return (
        <MenuScreen
          key={route.name}
          title={WS.fileRoomTitle}
          items={FILE_ROOM_MENU}
          onBack={back}
          onPick={(k) => {
            const target = FILE_ROOM_ROUTES[k];
            if (target) go({ name: target });
          }}
        />
      );
    case 'pull_list':
    case 'requests':
    case 'missing':
    case 'loose':
    case 'audit':
    case 'shift': {
      const Screen = FILE_ROOM_SCREENS[route.name];
      return (
        <Screen
          key={route.name}
          services={props.services}
          onBack={back}
          width={props.width}
          height={props.height}
          clerkId={props.actor.clerk.id}
        />
      );
    }
    case 'place_pick':
      return <PlacePickScreen {...props} />;
    case 'search':
      return <SearchScreen {...props} />;
    case 'chart':
      return <ChartScreen key={`chart-${route.chartId}`} {...props} chartId={route.chartId} />;
    case 'list':
      return <ListScreen key={JSON.stringify(route.spec)} {...props} spec={route.spec} />;
    case 'reports':
      return <ReportsScreen {...props} />;
    case 'admin':
      return <AdminScreen {...props} menu={ADMIN_MENU} />;
    default: {
      const never: never = route;
      throw new Error(`unhandled route ${JSON.stringify(never)}`);
    }
  }
}
