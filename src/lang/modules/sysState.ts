/**
 * Interpreter state the `sys` module exposes and the CLI sets before running a program.
 */
export const sysState = {
  argv: [] as string[],
  recursionLimit: 1000,
};

export function setArgv(argv: string[]): void {
  sysState.argv = argv;
}

/** Functions to run when the interpreter exits (atexit, buffered files), last registered first. */
export const atExit: (() => void)[] = [];
