import { Text } from 'ink';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { colourOf } from '../theme/colours.js';

/** Props of the panel error boundary. */
export interface PanelBoundaryProps {
  /** The panel's name, for the log. */
  readonly name: string;
  /** The notice shown in place of a panel that failed. */
  readonly fallback: string;
  /** Told about each render error (the kiosk logs it). */
  readonly onError: (panel: string, error: Error) => void;
  /** When this changes, a failed panel tries to draw again (e.g. the next scan). */
  readonly resetKey: string | number;
  /** The panel. */
  readonly children?: ReactNode;
}

interface State {
  readonly failedAt: string | number | null;
}

/**
 * Keeps a render error inside one panel: the panel shows a red notice, the rest of the
 * screen (and the scan field) keeps working. The panel draws again on the next reset key.
 */
export class PanelBoundary extends Component<PanelBoundaryProps, State> {
  override state: State = { failedAt: null };

  /** Part of React's error-boundary contract. */
  static getDerivedStateFromError(): Partial<State> {
    return { failedAt: '__pending__' };
  }

  override componentDidCatch(error: Error, _info: ErrorInfo): void {
    this.setState({ failedAt: this.props.resetKey });
    try {
      this.props.onError(this.props.name, error);
    } catch {
      // The notice on screen is enough.
    }
  }

  override componentDidUpdate(previous: PanelBoundaryProps): void {
    if (
      this.state.failedAt !== null &&
      this.state.failedAt !== '__pending__' &&
      previous.resetKey !== this.props.resetKey
    ) {
      this.setState({ failedAt: null });
    }
  }

  override render(): ReactNode {
    if (this.state.failedAt !== null) {
      return (
        <Text color={colourOf('refused')} bold wrap="truncate">
          {this.props.fallback}
        </Text>
      );
    }
    return this.props.children;
  }
}
