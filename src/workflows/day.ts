/** A local calendar day as a half-open time window [from, to) in ms since the epoch. */
export interface DayWindow {
  readonly date: string;
  readonly from: number;
  readonly to: number;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return (
    d.getFullYear() === Number(m[1]) &&
    d.getMonth() === Number(m[2]) - 1 &&
    d.getDate() === Number(m[3])
  );
}

/** The local day YYYY-MM-DD as a window; null when the text is not a date. */
export function dayWindow(date: string): DayWindow | null {
  if (!isDate(date)) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return {
    date,
    from: new Date(y, m - 1, d).getTime(),
    to: new Date(y, m - 1, d + 1).getTime(),
  };
}

/** A local date and 24-hour time (YYYY-MM-DD, HH:MM) as ms; null when either is not valid. */
export function localTime(date: string, time: string): number | null {
  const day = dayWindow(date);
  const t = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!day || !t) return null;
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, Number(t[1]), Number(t[2])).getTime();
}

function two(n: number): string {
  return String(n).padStart(2, '0');
}

/** The local date YYYY-MM-DD of a time. */
export function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** The local time HH:MM of a time. */
export function clock(ms: number): string {
  const d = new Date(ms);
  return `${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The local date and time `YYYY-MM-DD HH:MM` of a time. */
export function dateTime(ms: number): string {
  return `${localDate(ms)} ${clock(ms)}`;
}
