#!/usr/bin/env node
// Reads a cabletrends run directory with DuckDB (no Spark): row counts per table, compared with manifest.json,
// and a few columns of the first cables. Usage: node jobs/check-parquet.mjs RUN_DIR
// Needs `npm install` once in jobs/duckdb. Exit 0 when every table reads and matches the manifest, 1 otherwise,
// 2 on bad usage.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const runDir = process.argv[2];
if (!runDir || !existsSync(join(runDir, 'manifest.json'))) {
  console.error(`Invalid run directory '${runDir ?? ''}' (usage: node jobs/check-parquet.mjs RUN_DIR)`);
  process.exit(2);
}
const require = createRequire(join(dirname(fileURLToPath(import.meta.url)), 'duckdb', 'package.json'));
const { DuckDBInstance } = require('@duckdb/node-api');

const manifest = JSON.parse(readFileSync(join(runDir, 'manifest.json'), 'utf8'));
const db = await DuckDBInstance.create(':memory:');
const con = await db.connect();
const scan = (table) => `read_parquet('${join(runDir, table).replaceAll("'", "''")}/**/*.parquet', hive_partitioning = true, union_by_name = true)`;
const rows = async (sql) => (await con.runAndReadAll(sql)).getRowObjectsJson();

let ok = true;
for (const [table, expected] of Object.entries(manifest.rows)) {
  let count = 0;
  try {
    count = Number((await rows(`select count(*) as n from ${scan(table)}`))[0].n);
  } catch (e) {
    if (expected !== 0) throw e; // an empty table may have no Parquet file at all
  }
  const same = count === expected;
  ok &&= same;
  console.log(`${table}\t${count}\t${same ? 'ok' : `MISMATCH (manifest ${expected})`}`);
}
for (const r of await rows(`select refid, year, classification, classification_rank, origin, len(tags) as tags,
    len("references") as refs, len("to") as to_count, dtg from ${scan('cables')} order by refid limit 3`)) {
  console.log(JSON.stringify(r));
}
process.exit(ok ? 0 : 1);
