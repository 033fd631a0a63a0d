// A hospital token in chromium: login lands on its own institution, another institution's page is refused (403).
// Usage: node hospital-scope.mjs BASE_URL TOKEN OTHER_INSTITUTION SCREENSHOT_DIR — prints one JSON object.
import { chromium } from 'playwright-core';

const [base, token, other, shots] = process.argv.slice(2);
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
  await Promise.all([page.waitForURL('**/institutions/**'), page.click('#login')]);
  const landed = new URL(page.url()).pathname;
  const response = await page.goto(`${base}/dashboard/institutions/${other}?period=2022-04`);
  const refusal = (await page.locator('#forbidden').textContent()).trim();
  await page.screenshot({ path: `${shots}/6-hospital-refused.png`, fullPage: true });
  console.log(JSON.stringify({ landed, status: response.status(), refusal }));
} finally {
  await browser.close();
}
