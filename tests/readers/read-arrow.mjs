// Reads an Arrow IPC stream file with npm's apache-arrow (an independent reader of what the C# host wrote) and prints,
// as JSON: the field names with their label_zh metadata, and each row's period, code, rowsUploaded and a null check.
import { readFileSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';

const table = tableFromIPC(readFileSync(process.argv[2]));
const fields = table.schema.fields.map((f) => ({ name: f.name, type: String(f.type), labelZh: f.metadata.get('label_zh') ?? null }));
const rows = [];
for (const row of table) {
  rows.push({
    period: row.period,
    code: row.code,
    rowsUploaded: Number(row.rowsUploaded),
    dischargeRealtimeRate: row.dischargeRealtimeRate,
  });
}
process.stdout.write(JSON.stringify({ numRows: table.numRows, fields, rows }));
