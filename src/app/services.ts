/**
 * AppServices: everything the kiosk's screens may use, built once by the composition root
 * (start.tsx) and handed down through a React context. Screens reach data only through these
 * services and their hooks; none of them opens the database itself.
 */
import { createContext, createElement, useContext, type ReactNode } from 'react';
import type { Config } from '../config/schema.js';
import type { TodayCounts } from '../db/today.js';
import type { Store } from '../db/store.js';
import type { Desk } from '../engine/desk.js';
import type { ActiveInputs } from '../scanner/scan-source.js';
import type { Sound } from './bell.js';
import type { KioskLog } from './log-events.js';
import type { ScannerFeed } from './scanner-feed.js';
import type { ExitCheck } from './supervisor-check.js';

/** Why the kiosk closes itself. */
export type QuitReason = 'supervisor' | 'ctrl_c';

/** The kiosk's time source (fake timers in tests replace Date.now underneath it). */
export interface KioskClock {
  /** Milliseconds since the epoch. */
  readonly now: () => number;
}

/** The services every screen may use. */
export interface AppServices {
  /** The checked kiosk configuration. */
  readonly config: Config;
  /** The folder config paths are relative to (the config file's folder), e.g. the print file. */
  readonly baseDir: string;
  /** The open database (writer). Screens use its query groups, never better-sqlite3. */
  readonly store: Store;
  /** This counter's circulation engine. */
  readonly desk: Desk;
  /** The time source. */
  readonly clock: KioskClock;
  /** The kiosk log file; never give it patient data. */
  readonly log: KioskLog;
  /** HID scanner status and scans. */
  readonly scanner: ScannerFeed;
  /** Which inputs make scans (from `scanner.mode`). */
  readonly inputs: ActiveInputs;
  /** Rings a bell pattern (silent when `config.sounds` is false). */
  readonly sound: Sound;
  /** Charts out and back today (local day of `now`). */
  readonly today: (now: number) => TodayCounts;
  /** Checks a supervisor badge + PIN for leaving the kiosk, and records the try. */
  readonly authorizeExit: (badge: string, pin: string, at: number) => ExitCheck;
  /** Closes the kiosk (restoring the terminal). */
  readonly quit: (why: QuitReason) => void;
}

const ServicesContext = createContext<AppServices | null>(null);

/** Props of the services provider. */
export interface ServicesProviderProps {
  /** The services for the tree below. */
  readonly services: AppServices;
  /** The tree. */
  readonly children?: ReactNode;
}

/** Provides the services to the tree below. */
export function ServicesProvider({ services, children }: ServicesProviderProps) {
  return createElement(ServicesContext.Provider, { value: services }, children);
}

/** The kiosk's services. Throws outside <ServicesProvider>: that is a wiring bug. */
export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (services === null) throw new Error('useServices must be used inside <ServicesProvider>');
  return services;
}
