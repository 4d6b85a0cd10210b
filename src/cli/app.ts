/**
 * Running a WebViewTK app: the program runs on a worker thread behind the bridge; the app
 * opens in a Chromium-family browser window, or with --serve (or no browser) is served.
 */
export interface AppRunOptions {
  serve: boolean;
  port: number;
  browser: string | null;
}

export async function runApp(file: string, argv: string[], opts: AppRunOptions): Promise<number> {
  const { runWindowed, exitCodeOf } = await import("../host/index.js");
  const result = await runWindowed({ file, argv, serve: opts.serve, port: opts.port, browserPath: opts.browser ?? undefined } as any);
  return exitCodeOf(result);
}
