#!/usr/bin/env node
// Prints one table: system x type -> overlap F1, value accuracy, MB/s, first-use ms, from our eval JSON
// and the peers' eval JSON files. Usage: node compare.js OUT_DIR (written by compare.sh).
'use strict';
const fs = require('fs');
const path = require('path');
const out = process.argv[2];
const summary = JSON.parse(fs.readFileSync(path.join(out, 'summary.json'), 'utf8'));
const rows = [];
const ours = JSON.parse(fs.readFileSync(path.join(out, 'newsextraction.eval.json'), 'utf8'));
const oursMbps = ours.mb_per_s;
for (const [type, s] of Object.entries(ours.types)) rows.push(['NewsExtraction', type, s.f1, s.value_accuracy, ours.mb_per_s, ours.first_use_ms]);
for (const [name, sys] of Object.entries(summary.systems)) {
  const ev = JSON.parse(fs.readFileSync(path.join(out, name + '.eval.json'), 'utf8'));
  for (const type of sys.types) {
    const s = ev.types[type];
    if (!s) continue; // the corpus does not annotate this type
    rows.push([name, type, s.f1, s.value_accuracy, sys.mb_per_s, sys.first_use_ms]);
  }
}
console.log(`corpus: ${summary.corpus} (${summary.articles} articles, ${summary.utf8_bytes} UTF-8 bytes); MB/s single-threaded, whole corpus`);
console.log('system           type            F1   value-acc      MB/s  first-use-ms  our-speed-ratio');
for (const [sys, type, f1, va, mbps, fu] of rows) {
  const ratio = sys === 'NewsExtraction' ? '' : (oursMbps / mbps).toFixed(0) + 'x';
  console.log(`${sys.padEnd(16)} ${type.padEnd(14)} ${f1.toFixed(3).padStart(5)} ${va.toFixed(3).padStart(10)} ${mbps.toFixed(2).padStart(9)} ${fu.toFixed(0).padStart(13)} ${ratio.padStart(16)}`);
}
