/** The part of jalaali-js Concord uses (the package ships no types). */
declare module 'jalaali-js' {
  /** Converts a Solar Hijri (Jalaali) date to Gregorian. */
  export function toGregorian(jy: number, jm: number, jd: number): { gy: number; gm: number; gd: number };
  /** Whether a Solar Hijri (Jalaali) year is a leap year (Esfand has 30 days). */
  export function isLeapJalaaliYear(jy: number): boolean;
}
