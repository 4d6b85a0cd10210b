/**
 * Exhaustiveness check for `switch` statements over unions.
 *
 * @module
 */

/** Unreachable when every case of a union is handled; throws if reached anyway at run time. */
export function assertNever(value: never, what = "value"): never {
  throw new TypeError(`unexpected ${what}: ${JSON.stringify(value)}`);
}
