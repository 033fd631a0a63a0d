// Writes outpatient-visit rows (a JSON file of string values, as the C# test builds them) as an Arrow IPC stream with
// npm's apache-arrow — a writer nobody on the platform wrote — in two record batches, with the types a hospital's
// tooling would choose: utf8, dictionary-encoded utf8, int32 for a code, date32, timestamps with and without a zone.
// Usage: node write-arrow.mjs rows.json out.arrow [--binary-column NAME]
import { readFileSync, writeFileSync } from 'node:fs';
import { tableToIPC, vectorFromArray, makeTable, Table, Utf8, Int32, DateDay, TimestampMillisecond, Dictionary, Binary } from 'apache-arrow';

const [input, output, flag, binaryColumn] = process.argv.slice(2);
const rows = JSON.parse(readFileSync(input, 'utf8'));
const wallClockMs = (text) => { const [d, t] = text.split(' '); const [y, m, day] = d.split('-').map(Number); const [h, mi, s] = t.split(':').map(Number); return Date.UTC(y, m - 1, day, h, mi, s); };
const shanghaiMs = (text) => wallClockMs(text) - 8 * 3600 * 1000;
const types = {
  dept_name: new Dictionary(new Utf8(), new Int32()),
  sex: new Int32(),
  birth_date: new DateDay(),
  visit_time: new TimestampMillisecond('Asia/Shanghai'),
  record_time: new TimestampMillisecond(),
};
const convert = {
  sex: (v) => Number(v),
  birth_date: (v) => new Date(`${v}T00:00:00Z`),
  visit_time: shanghaiMs,
  record_time: wallClockMs,
};
const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
function batch(part) {
  const vectors = {};
  for (const column of columns) {
    if (flag === '--binary-column' && column === binaryColumn) {
      vectors[column] = vectorFromArray(part.map((row) => (row[column] == null ? null : new TextEncoder().encode(row[column]))), new Binary());
      continue;
    }
    const values = part.map((row) => (row[column] == null ? null : (convert[column] ?? ((v) => v))(row[column])));
    vectors[column] = vectorFromArray(values, types[column] ?? new Utf8());
  }
  return makeTable(vectors);
}
const half = Math.ceil(rows.length / 2);
const table = new Table([...batch(rows.slice(0, half)).batches, ...batch(rows.slice(half)).batches]);
writeFileSync(output, tableToIPC(table, 'stream'));
process.stdout.write(JSON.stringify({ numRows: table.numRows, batches: table.batches.length }));
