// The review app in a real browser (Debian's headless Chromium driven by playwright-core):
// open the app, dismiss one finding with a comment, confirm another, reload: the decisions are
// shown, the review file holds them, and `lint` no longer fails on the dismissed one. Also
// renders the sample corpus' HTML report to a PNG.
//   node review_app.mjs CROSSCHECK_BIN CORPUS_DIR SAMPLE_CORPUS SCREENSHOT_PNG
import { spawn, spawnSync } from "node:child_process";
import { readFileSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { chromium } from "playwright-core";

const [bin, corpus, sample, screenshot] = process.argv.slice(2);
const fail = (why) => { console.error("FAIL: " + why); process.exitCode = 1; };
const check = (ok, why) => { if (!ok) fail(why); else console.log("ok: " + why); };

// the app on an ephemeral port; its first line says where
const app = spawn(bin, ["review", corpus, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
const url = await new Promise((resolve, reject) => {
  let out = "";
  app.stdout.on("data", (d) => {
    out += d;
    const m = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
    if (m) resolve(m[0]);
  });
  app.on("exit", (code) => reject(new Error("the app exited: " + code)));
  setTimeout(() => reject(new Error("no address from the app")), 20000);
});

const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  page.on("console", (m) => { if (m.type() === "error") fail("console error: " + m.text()); });
  await page.goto(url);
  const findings = page.locator("article.finding");
  check((await findings.count()) >= 2, "the app shows the findings");
  const first = findings.nth(0), second = findings.nth(1);
  const dismissed = await first.getAttribute("data-fingerprint");
  const confirmed = await second.getAttribute("data-fingerprint");
  await first.locator(".decide select").selectOption("false-positive");
  await first.locator(".decide input").fill("both reports say each side");
  await first.locator("button[data-action=dismiss]").click();
  await first.locator(".decide .saved").waitFor();
  await second.locator("button[data-action=confirm]").click();
  await second.locator(".decide .saved").waitFor();

  await page.reload();
  const again = (fp) => page.locator(`article.finding[data-fingerprint="${fp}"] .review`);
  check((await again(dismissed).textContent()).includes("dismissed (false-positive)"), "the dismissal is shown after a reload");
  check((await again(dismissed).textContent()).includes("both reports say each side"), "with its comment");
  check((await again(confirmed).textContent()).includes("confirmed"), "the confirmation is shown after a reload");

  const file = readFileSync(join(corpus, "crosscheck-review.yaml"), "utf8");
  check(file.includes(`${dismissed}:\n    status: dismissed\n    reason: false-positive`), "the review file holds the dismissal");
  check(file.includes(`${confirmed}:\n    status: confirmed`), "the review file holds the confirmation");

  const lint = spawnSync(bin, ["lint", corpus, "--format", "json"], { encoding: "utf8" });
  const report = JSON.parse(lint.stdout);
  const status = (fp) => report.findings.find((f) => f.fingerprint === fp).status;
  check(status(dismissed) === "dismissed" && status(confirmed) === "confirmed", "lint reads the decisions");
  const failing = report.findings.filter((f) => f.status !== "dismissed" && f.status !== "baselined" && f.level === "error");
  check(failing.every((f) => f.fingerprint !== dismissed), "lint no longer fails on the dismissed finding");

  // the sample corpus' report, as the README shows it
  const work = mkdtempSync(join(tmpdir(), "crosscheck-shot-"));
  spawnSync(bin, ["lint", sample, "--format", "html", "-o", join(work, "report.html")]);
  const shot = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
  await shot.goto("file://" + join(work, "report.html"));
  await shot.screenshot({ path: screenshot });
  check(readFileSync(screenshot).length > 10000, "a screenshot of the sample corpus' report");
} finally {
  await browser.close();
  app.kill("SIGTERM");
}
