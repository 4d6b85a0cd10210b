/**
 * Running a WebViewTK app: the program runs on a worker thread behind the bridge; the app
 * opens in a Chromium-family browser window, or with --serve (or with no browser) is served.
 */
import { startApp, servingLine } from "../bridge/bridge.js";

export interface AppRunOptions {
  serve: boolean;
  port: number;
  browser: string | null;
}

export async function runApp(file: string, argv: string[], opts: AppRunOptions): Promise<number> {
  const app = await startApp({ file, argv, port: opts.port });
  if (app.url === null) {
    // The program ended without mounting a page: it was an ordinary program.
    return app.exited;
  }
  if (opts.serve) {
    process.stdout.write(servingLine(app) + "\n");
    const stop = () => void app.close();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    return app.exited;
  }
  const { runWindowed, BrowserNotFoundError } = await import("../host/index.js");
  try {
    await runWindowed({
      url: app.url,
      window: app.page!,
      browserPath: opts.browser ?? undefined,
      controllerSink: (c) => app.setWindow(c),
      stop: app.exited,
    });
  } catch (e) {
    if (e instanceof BrowserNotFoundError) {
      process.stderr.write(`tauraro: ${e.message}\n`);
      await app.close();
      return 2;
    }
    throw e;
  }
  return app.close();
}
