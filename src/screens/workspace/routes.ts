import type { AppServices } from '../../app/services.js';
import type { ListSpec } from '../../services/lists.js';
import type { WorkspaceActor } from '../../services/charts-admin.js';

/** The workspace's screens, as a stack: Esc pops back to the one below. */
export type Route =
  | { readonly name: 'menu' }
  | { readonly name: 'search' }
  | { readonly name: 'chart'; readonly chartId: number }
  | { readonly name: 'list_menu' }
  | { readonly name: 'overdue_menu' }
  | { readonly name: 'place_pick' }
  | { readonly name: 'list'; readonly spec: ListSpec }
  | { readonly name: 'reports' }
  | { readonly name: 'file_room_menu' }
  | { readonly name: 'pull_list' }
  | { readonly name: 'requests' }
  | { readonly name: 'missing' }
  | { readonly name: 'loose' }
  | { readonly name: 'audit' }
  | { readonly name: 'shift' }
  | { readonly name: 'admin' };

/** What every workspace screen receives. */
export interface ScreenProps {
  /** The kiosk's services. */
  readonly services: AppServices;
  /** The signed-in clerk, the counter and the loan rules. */
  readonly actor: WorkspaceActor;
  /** Columns available. */
  readonly width: number;
  /** Rows available for the screen's body. */
  readonly height: number;
  /** Opens a screen on top of this one. */
  readonly go: (route: Route) => void;
  /** Goes back to the screen below. */
  readonly back: () => void;
}
