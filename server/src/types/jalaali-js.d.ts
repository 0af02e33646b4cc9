/** The part of jalaali-js Concord uses (the package ships no types). */
declare module 'jalaali-js' {
  /** Converts a Solar Hijri (Jalaali) date to Gregorian. */
  export function toGregorian(jy: number, jm: number, jd: number): { gy: number; gm: number; gd: number };
}
