// Opens an HTML report in Debian's headless Chromium (playwright-core) and times what an editor
// waits for: the page until its findings are rendered, then filtering by rule, by level and a
// search. Prints one line per measurement, in milliseconds (medians of --runs runs).
//   node bench/html_report.mjs REPORT.html [--runs N]
import { chromium } from "playwright-core";

const file = process.argv[2];
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1] || 3);
if (!file) throw new Error("usage: node bench/html_report.mjs REPORT.html [--runs N]");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
const times = { open: [], filter_rule: [], filter_level: [], search: [], clear: [] };
let findings = 0;
for (let r = 0; r < runs; ++r) {
  const page = await browser.newPage();
  const started = Date.now();
  await page.goto("file://" + file, { waitUntil: "load" });
  // layout done: the count line is written at the end of the script
  await page.evaluate(() => document.body.offsetHeight);
  times.open.push(Date.now() - started);
  const nav = await page.evaluate(() => JSON.stringify(performance.getEntriesByType("navigation")[0].toJSON()));
  if (r === 0) {
    const n = JSON.parse(nav);
    const inPage = await page.evaluate(() => [document.documentElement.dataset.parseMs, document.documentElement.dataset.renderMs]);
    console.log(`file read ${n.responseEnd.toFixed(0)} ms, HTML parsed ${n.domInteractive.toFixed(0)} ms, ` +
                `JSON.parse ${inPage[0]} ms, first page built ${inPage[1]} ms, load ${n.loadEventEnd.toFixed(0)} ms`);
  }
  findings = await page.evaluate(() => document.getElementById("count").textContent);
  // Each step: change a control, then force style and layout, timed inside the page.
  const step = (id, value, event) =>
    page.evaluate(([id, value, event]) => {
      const t0 = performance.now();
      const control = document.getElementById(id);
      if (control.tagName === "SELECT" && value === "#second") value = control.options[Math.min(2, control.options.length - 1)].value;
      control.value = value;
      control.dispatchEvent(new Event(event));
      document.body.offsetHeight;
      return performance.now() - t0;
    }, [id, value, event]);
  times.filter_rule.push(await step("f-rule", "#second", "change"));
  times.filter_level.push(await step("f-level", "#second", "change"));
  times.search.push(await step("f-search", "prisoners", "input"));
  await step("f-rule", "", "change");
  await step("f-level", "", "change");
  times.clear.push(await step("f-search", "", "input"));
  await page.close();
}
await browser.close();
console.log(`findings ${findings}`);
for (const [name, xs] of Object.entries(times)) console.log(`${name} ${median(xs).toFixed(0)} ms (median of ${xs.length})`);
