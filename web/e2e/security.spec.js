// What a host page's security team asks about: the widget under a strict Content-Security-Policy
// with Trusted Types, and the messages between the widget's frame and the host script, which hear
// only each other (source, origin, type and shape) and keep the frame's height within bounds.
import { test, expect } from '@playwright/test';
import { hostUrl, strictUrl, widgetUrl } from '../playwright.config.js';
import { watch, widgetFrame } from './a11y-helpers.js';
import { settled } from './helpers.js';

const foreignPage = 'http://foreign.test/frame.html';

// Records CSP violations (Trusted Types ones included) from the first script on.
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
}

test.describe('Trusted Types', () => {
  test('the widget starts under require-trusted-types-for \'script\' with no violation', async ({ page }) => {
    await recordViolations(page);
    const seen = watch(page);
    const response = await page.goto(`${strictUrl}index.html?lang=en#compare=asker,tinn`);
    const csp = response.headers()['content-security-policy'];
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(csp).toContain("trusted-types 'none'");  // not one policy may be made, and none is needed
    await page.evaluate(() => window.NomineeMap.ready.then(() => true));
    await expect(page.locator('#nominee-map')).toHaveAttribute('data-state', 'ready');
    await settled(page);
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect((await page.evaluate(() => window.NomineeMap.state())).selected).toEqual(['asker', 'tinn']);
    // And Trusted Types is enforced here: a plain string as a script's address is refused.
    expect(await page.evaluate(() => {
      try { document.createElement('script').src = 'other.js'; return 'accepted'; } catch (e) { return 'refused'; }
    })).toBe('refused');
    await expect.poll(() => page.evaluate(() => window.cspViolations.length)).toBe(1);
  });
});

// The host page on its own origin, with the widget's frame, and a foreign frame beside it.
async function hostWithForeignFrame(page) {
  await page.route('http://foreign.test/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>foreign</title><p>another site' }));
  await page.goto(`${hostUrl}index.html`);
  const widget = await widgetFrame(page);
  await page.waitForFunction(() => window.received.some((m) => m.type === 'nominee-map:height'));
  await settled(widget.frame);
  await page.evaluate((src) => new Promise((resolve) => {
    const f = document.createElement('iframe');
    f.src = src;
    f.onload = resolve;
    document.body.appendChild(f);
  }), foreignPage);
  const foreign = page.frames().find((f) => f.url() === foreignPage);
  return { ...widget, foreign };
}

// Posts messages from `from` to the host page, then a marker; returns once the host has heard
// the marker (messages from one source arrive in order, so the others were handled before it).
async function postToHost(page, from, messages) {
  const marker = `done-${Math.random()}`;
  await from.evaluate(([messages, marker]) => {
    for (const m of messages) window.parent.postMessage(m, '*');
    window.parent.postMessage({ type: marker }, '*');
  }, [messages, marker]);
  await page.waitForFunction((marker) => window.received.some((m) => m.type === marker), marker);
}

const iframeHeight = (page) => page.evaluate(() => document.querySelector('iframe[data-nominee-map]').style.height);

test.describe('messages between the host page and the widget', () => {
  test('the host script ignores a foreign frame posting the widget\'s messages', async ({ page }) => {
    const { foreign } = await hostWithForeignFrame(page);
    const height = await iframeHeight(page);
    await page.evaluate(() => {
      window.domEvents = [];
      document.querySelector('iframe[data-nominee-map]').addEventListener('nominee-map:select', (e) => window.domEvents.push(e.detail));
    });
    await postToHost(page, foreign, [
      { type: 'nominee-map:height', height: 5 },
      { type: 'nominee-map:height', height: 99999 },
      { type: 'nominee-map:select', selected: ['tinn'] },
    ]);
    expect(await iframeHeight(page)).toBe(height);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await page.evaluate(() => window.domEvents)).toEqual([]);
  });

  test('the host script keeps the height within 200–3000 px and takes only well-formed messages from the widget', async ({ page }) => {
    const { frame } = await hostWithForeignFrame(page);
    const height = await iframeHeight(page);
    await page.evaluate(() => {
      window.domEvents = [];
      document.querySelector('iframe[data-nominee-map]').addEventListener('nominee-map:select', (e) => window.domEvents.push(e.detail.selected));
    });
    // Malformed messages, from the widget's own frame and origin: all ignored.
    await postToHost(page, frame, [
      { type: 'nominee-map:height', height: 'NaN' }, { type: 'nominee-map:height', height: NaN },
      { type: 'nominee-map:height', height: Infinity }, { type: 'nominee-map:height' }, { type: 'nominee-map:height', height: '900' },
      { type: 'nominee-map:select', selected: ['<img src=x onerror=alert(1)>'] },
      { type: 'nominee-map:select', selected: ['tinn', 'tinn'] },
      { type: 'nominee-map:select', selected: ['asker', 'tinn', 'sigdal'] },
      { type: 'nominee-map:select', selected: 'tinn' }, { type: 'nominee-map:select', selected: [42] },
      'nominee-map:height', null, 42, ['nominee-map:select'],
    ]);
    expect(await iframeHeight(page)).toBe(height);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await page.evaluate(() => window.domEvents)).toEqual([]);

    // Heights out of bounds are held to them.
    await postToHost(page, frame, [{ type: 'nominee-map:height', height: 1e9 }]);
    expect(await iframeHeight(page)).toBe('3000px');
    await postToHost(page, frame, [{ type: 'nominee-map:height', height: -50 }]);
    expect(await iframeHeight(page)).toBe('200px');
    // And a well-formed selection is still heard.
    await postToHost(page, frame, [{ type: 'nominee-map:select', selected: ['asker', 'tinn'] }]);
    expect(await page.evaluate(() => location.hash)).toBe('#vertskap=asker,tinn');
    expect(await page.evaluate(() => window.domEvents)).toEqual([['asker', 'tinn']]);
  });

  test('the widget takes the article\'s address only from its parent, of the parent\'s own origin', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { frame, handle, foreign } = await hostWithForeignFrame(page);
    // A listener after the widget's own: once it hears the marker, the widget has handled the rest.
    await frame.evaluate(() => {
      window.heard = [];
      window.addEventListener('message', (e) => window.heard.push(e.data && e.data.type));
    });
    const heardMarker = (marker) => frame.waitForFunction((marker) => window.heard.includes(marker), marker);
    await foreign.evaluate(() => {
      const widget = window.parent.frames[0];
      widget.postMessage({ type: 'nominee-map:host', url: 'http://foreign.test/phishing' }, '*');
      widget.postMessage({ type: 'marker-foreign' }, '*');
    });
    await heardMarker('marker-foreign');
    await page.evaluate(() => {
      const widget = document.querySelector('iframe[data-nominee-map]').contentWindow;
      widget.postMessage({ type: 'nominee-map:host', url: 'https://evil.example/article' }, '*');  // not the sender's origin
      widget.postMessage({ type: 'nominee-map:host', url: 'javascript:alert(1)' }, '*');
      widget.postMessage({ type: 'nominee-map:host', url: 42 }, '*');
      widget.postMessage({ type: 'nominee-map:host', url: `${location.origin}/${'x'.repeat(3000)}` }, '*');
      widget.postMessage({ type: 'marker-parent' }, '*');
    });
    await heardMarker('marker-parent');
    // The copy-link button still copies the article's real address, which host.js sent on load.
    await frame.evaluate(() => window.NomineeMap.select('tinn'));
    await settled(frame);
    const t = await frame.evaluate(() => window.NomineeMap.targets());
    const box = await handle.boundingBox();
    await page.mouse.click(box.x + t.copyLink.x + t.copyLink.width / 2, box.y + t.copyLink.y + t.copyLink.height / 2);
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${hostUrl}index.html#vertskap=tinn`);
    expect(new URL(widgetUrl).origin).not.toBe(new URL(hostUrl).origin);
  });
});
