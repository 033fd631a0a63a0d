// Walks the dashboard in Debian's chromium (headless, 1366×768) as an operator would: log in with a token, read a
// figure on the home page, click institution → table → batch → a rejected row, and save a screenshot of each step.
// Usage: node walk-dashboard.mjs BASE_URL TOKEN INSTITUTION TABLE BATCH PERIOD SCREENSHOT_DIR
// Prints one JSON object with what it read; the C# test (DashboardBrowserTests) checks it.
import { chromium } from 'playwright-core';

const [base, token, institution, table, batch, period, shots] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.HX_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.setDefaultTimeout(20000);
  await page.goto(`${base}/dashboard/login`);
  await page.fill('#token', token);
  await Promise.all([page.waitForURL('**/dashboard?**'), page.click('#login')]);

  await page.goto(`${base}/dashboard?period=${period}`);
  const row = page.locator(`tr[data-institution="${institution}"]`).first();
  const rowsUploaded = (await row.locator('td[data-column="rowsUploaded"]').textContent()).trim();
  await page.screenshot({ path: `${shots}/1-home.png`, fullPage: true });

  await Promise.all([page.waitForURL(`**/institutions/${institution}?**`), row.locator('td[data-column="institution"] a').click()]);
  const heading = (await page.locator('h1').textContent()).trim();
  // The lines and the calendar must be drawn (a laid-out box), not only present in the markup.
  const calendarBox = await page.locator('#upload-calendar').boundingBox();
  const linesBox = await page.locator('#realtime-lines').boundingBox();
  const uploadDaysShown = await page.locator('#upload-calendar rect.up').count();
  const lineForms = await page.locator('#realtime-lines g[data-form]').evaluateAll(gs => gs.filter(g => g.querySelector('path')).map(g => g.dataset.form));
  await page.screenshot({ path: `${shots}/2-institution.png`, fullPage: true });

  await Promise.all([page.waitForURL(`**/tables/${table}?**`), page.locator(`tr[data-table="${table}"] a`).first().click()]);
  await page.screenshot({ path: `${shots}/3-table.png`, fullPage: true });

  await Promise.all([page.waitForURL(`**/batches/${batch}?**`), page.locator(`tr[data-batch="${batch}"] a`).first().click()]);
  const quarantined = (await page.locator('#quarantined').textContent()).trim();
  await page.screenshot({ path: `${shots}/4-batch.png`, fullPage: true });

  await Promise.all([page.waitForURL('**/rows/**'), page.locator('#rejected tr[data-row] a').first().click()]);
  const selected = page.locator('#rejected tr.selected').first();
  const code = (await selected.locator('td.code').textContent()).trim();
  const value = (await selected.locator('td.value').textContent()).trim();
  await page.screenshot({ path: `${shots}/5-rejected-row.png`, fullPage: true });

  console.log(JSON.stringify({ rowsUploaded, heading, calendarWidth: calendarBox?.width ?? 0, linesWidth: linesBox?.width ?? 0, uploadDaysShown, lineForms, quarantined, code, value, url: page.url(), body: await page.content() }));
} finally {
  await browser.close();
}
