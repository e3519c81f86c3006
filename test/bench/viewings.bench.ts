// Viewings benchmark in real Chromium, phone-sized (360x740), on the built app with the
// demo data, at 1x and 4x CPU throttling (a cheap phone). What a volunteer waits for:
// - opening the agenda (navigation to the first viewing on screen);
// - logging an outcome, the "30 seconds" flow: tap "Log the outcome" -> the form is there
//   with its defaults; tap Save -> the packet confirms. The person's part is two taps.
// Figures only, no pass/fail (TOOLCHAIN.md: speed is reported, not asserted).
// Run alone: `npx node --experimental-strip-types test/bench/viewings.bench.ts`.
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import {
  builtAppDir,
  demoData,
  launchBrowser,
  newPhoneContext,
  startServer,
  waitForScreen,
  waitForServiceWorkerActivated,
} from '../e2e/support.ts';
import { stats, type Stats } from './bench-support.ts';

const ROUNDS = 5;


export async function run(): Promise<Record<string, Record<string, Stats>>> {
  const appDir = await builtAppDir();
  const server = await startServer({ staticDir: appDir });
  const browser = await launchBrowser();
  try {
    const context = await newPhoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.url}/settings`);
    await waitForScreen(page);
    await waitForServiceWorkerActivated(page);
    await demoData(page, 'load');
    const viewingId = await pastViewingId(page, server.url);
    console.log(`\nViewings benchmark: Chromium ${browser.version()}, 360x740, demo data`);
    const cdp = await context.newCDPSession(page);
    const result: Record<string, Record<string, Stats>> = {};
    for (const [label, rate] of [
      ['1x', 1],
      ['4x', 4],
    ] as const) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      result[label] = await measure(page, server.url, viewingId);
      console.log(
        `${label} CPU: ` +
          Object.entries(result[label])
            .map(([name, s]) => `${name} p50 ${s.p50.toFixed(0)} ms, max ${s.max.toFixed(0)} ms`)
            .join('; '),
      );
    }
    return result;
  } finally {
    await browser.close();
    await server.stop();
  }
}

async function pastViewingId(page: Page, url: string): Promise<string> {
  await page.goto(`${url}/viewings`);
  const link = page.getByTestId('agenda-past').locator('a.vw-item__link').first();
  await link.waitFor();
  return (await link.getAttribute('href'))!.split('/')[2]!;
}

async function measure(page: Page, url: string, viewingId: string): Promise<Record<string, Stats>> {
  const samples: Record<string, number[]> = {};
  const add = (name: string, value: number) => (samples[name] ??= []).push(value);
  for (let round = 0; round < ROUNDS; round += 1) {
    let started = performance.now();
    await page.goto(`${url}/viewings`);
    await page.locator('a.vw-item__link').first().waitFor();
    add('open agenda (reload)', performance.now() - started);

    await page.goto(`${url}/viewings/${viewingId}`);
    await page.getByTestId('packet-when').waitFor();
    started = performance.now();
    await page.getByRole('link', { name: 'Log the outcome' }).click();
    await page.getByTestId('save-outcome').waitFor();
    add('tap "Log the outcome" to form ready', performance.now() - started);
    // Change one answer so every round writes (alternating between two outcomes).
    await page.getByTestId('choice-outcome').getByLabel(round % 2 ? 'Accepted' : 'Landlord said no').click();
    started = performance.now();
    await page.getByTestId('save-outcome').click();
    await page.getByTestId('flash').waitFor();
    add('tap Save to saved', performance.now() - started);
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, stats(values)]));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run();
