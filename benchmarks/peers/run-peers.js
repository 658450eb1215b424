#!/usr/bin/env node
// Runs peer extractors over a corpus folder (X.txt with X.json or X.gold.json gold) and writes, per
// system, one result file per article in the NewsExtraction JSON schema (docs/output-schema.md),
// plus timings. Usage: node run-peers.js CORPUS_DIR OUT_DIR
//
// Systems and what they cover:
//   recognizers  @microsoft/recognizers-text-suite (dates via DateTimeV2, distances via Dimension).
//                Fed ONE LINE AT A TIME: it slows down superlinearly on whole documents.
//   chrono       chrono-node (dates), whole document.
//   compromise   compromise (organisations, quotations), whole document.
'use strict';
const fs = require('fs');
const path = require('path');

const [corpusDir, outDir] = process.argv.slice(2);
if (!corpusDir || !outDir) {
  console.error('usage: node run-peers.js CORPUS_DIR OUT_DIR');
  process.exit(2);
}

function loadCorpus(dir) {
  if (!fs.readdirSync(dir).some(f => f.endsWith('.txt')) && fs.existsSync(path.join(dir, 'docs'))) dir = path.join(dir, 'docs');
  const docs = [];
  for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.txt')).sort()) {
    const id = f.slice(0, -4);
    const goldPath = [path.join(dir, id + '.gold.json'), path.join(dir, id + '.json')].find(p => fs.existsSync(p));
    if (!goldPath) continue;
    const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8'));
    docs.push({ id, text: fs.readFileSync(path.join(dir, f), 'utf8'), ref: gold.reference_date || null });
  }
  return docs;
}

const pad = n => String(n).padStart(2, '0');
const iso = d => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const refDate = s => (s ? new Date(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10), 12) : new Date());

// ---- Recognizers-Text -------------------------------------------------------------------------
const UNIT_METRES = { Mile: 1609.344, Kilometer: 1000, Meter: 1, Centimeter: 0.01, Millimeter: 0.001, Foot: 0.3048, Yard: 0.9144, Inch: 0.0254, 'Nautical mile': 1852 };
const UNIT_SYMBOL = { Mile: 'mi', Kilometer: 'km', Meter: 'm', Centimeter: 'cm', Millimeter: 'mm', Foot: 'ft', Yard: 'yd', Inch: 'in', 'Nautical mile': 'nmi' };
function recognizersKind(typeName) {
  const t = typeName.replace('datetimeV2.', '');
  if (t === 'date') return 'date';
  if (t === 'time' || t === 'datetime') return 'time';
  if (t.endsWith('range')) return 'range';
  if (t === 'duration') return 'duration';
  if (t === 'set') return 'set';
  return t;
}
function recognizersValue(r, ref) {
  const values = (r.resolution && r.resolution.values) || [];
  if (values.length === 0) return null;
  // Ambiguous pairs (past/future): news prefers the one on or before the reference date.
  const refIso = iso(ref);
  let v = values.find(x => (x.value || x.start || '') <= refIso + 'Z') || values[0];
  if (values.length > 1 && values[values.length - 1].value && values[values.length - 1].value <= refIso) v = values[values.length - 1];
  if (v.type === 'duration' || v.type === 'set') return v.timex;
  if (v.start && v.end) return `${v.start.replace(' ', 'T').slice(0, 16)}/${v.end.replace(' ', 'T').slice(0, 16)}`.replace(/T00:00/g, '');
  if (v.value) return v.value.replace(' ', 'T').replace(/:00$/, '').replace(/T00:00$/, '');
  return v.timex || null;
}
function runRecognizers(R, doc) {
  const ref = refDate(doc.ref);
  const dates = [], distances = [];
  let offset = 0;
  for (const line of doc.text.split('\n')) {
    if (line.trim().length > 0) {
      for (const r of R.recognizeDateTime(line, R.Culture.English, undefined, ref)) {
        const start = offset + r.start, end = offset + r.end + 1;
        dates.push({ start, end, text: doc.text.slice(start, end), kind: recognizersKind(r.typeName), value: recognizersValue(r, ref) });
      }
      for (const r of R.recognizeDimension(line, R.Culture.English)) {
        const unit = r.resolution && r.resolution.unit;
        if (!(unit in UNIT_METRES)) continue; // lengths only
        const start = offset + r.start, end = offset + r.end + 1;
        const value = parseFloat(r.resolution.value);
        distances.push({ start, end, text: doc.text.slice(start, end), value, unit: UNIT_SYMBOL[unit], meters: value * UNIT_METRES[unit], approximate: false });
      }
    }
    offset += line.length + 1;
  }
  return { dates, distances };
}

// ---- chrono-node --------------------------------------------------------------------------------
function chronoPoint(c) {
  const y = c.get('year'), m = c.get('month'), d = c.get('day');
  if (c.isCertain('hour')) return `${y}-${pad(m)}-${pad(d)}T${pad(c.get('hour'))}:${pad(c.get('minute') || 0)}`;
  if (c.isCertain('day') || c.isCertain('weekday')) return `${y}-${pad(m)}-${pad(d)}`;
  if (c.isCertain('month')) return `${y}-${pad(m)}`;
  if (c.isCertain('year')) return `${y}`;
  return `${y}-${pad(m)}-${pad(d)}`;
}
function runChrono(chrono, doc) {
  const ref = refDate(doc.ref);
  const dates = chrono.parse(doc.text, ref).map(r => ({
    start: r.index, end: r.index + r.text.length, text: r.text,
    kind: r.end ? 'range' : (r.start.isCertain('hour') ? 'time' : 'date'),
    value: r.end ? `${chronoPoint(r.start)}/${chronoPoint(r.end)}` : chronoPoint(r.start),
  }));
  return { dates };
}

// ---- compromise ---------------------------------------------------------------------------------
function trimSpan(text, start, end) {
  while (end > start && /[\s.,;:!?'"“”‘’()]/.test(text[end - 1])) end--;
  while (start < end && /[\s"“‘(]/.test(text[start])) start++;
  return [start, end];
}
function runCompromise(nlp, doc) {
  const d = nlp(doc.text);
  const organisations = d.organizations().json({ offset: true }).map(o => {
    const [s, e] = trimSpan(doc.text, o.offset.start, o.offset.start + o.offset.length);
    return { start: s, end: e, text: doc.text.slice(s, e), canonical: doc.text.slice(s, e) };
  }).filter(o => o.end > o.start);
  const quotations = d.quotations().json({ offset: true }).map(q => {
    const [s, e] = trimSpan(doc.text, q.offset.start, q.offset.start + q.offset.length);
    return { start: s, end: e, text: doc.text.slice(s, e), marked: true, speaker: null };
  }).filter(q => q.end > q.start);
  return { organisations, quotations };
}

// ---- driver -------------------------------------------------------------------------------------
const docs = loadCorpus(corpusDir);
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
const systems = {
  recognizers: { load: () => require('@microsoft/recognizers-text-suite'), run: runRecognizers, types: ['dates', 'distances'] },
  chrono: { load: () => require('chrono-node'), run: runChrono, types: ['dates'] },
  compromise: { load: () => require('compromise'), run: runCompromise, types: ['organisations', 'quotations'] },
};
const summary = { corpus: corpusDir, articles: docs.length, utf8_bytes: bytes, systems: {} };
for (const [name, sys] of Object.entries(systems)) {
  const dir = path.join(outDir, name);
  fs.mkdirSync(dir, { recursive: true });
  let t0 = process.hrtime.bigint();
  const lib = sys.load();
  if (docs.length > 0) sys.run(lib, docs[0]);
  const firstUseMs = Number(process.hrtime.bigint() - t0) / 1e6;
  // Timed like ours (eval --warmup): whole passes over the corpus until at least one second has passed.
  let outputs, passes = 0;
  t0 = process.hrtime.bigint();
  do {
    outputs = docs.map(d => sys.run(lib, d));
    passes++;
  } while (Number(process.hrtime.bigint() - t0) / 1e6 < 1000);
  const elapsedMs = Number(process.hrtime.bigint() - t0) / 1e6 / passes;
  docs.forEach((d, i) => {
    const o = outputs[i];
    const result = { id: d.id, reference_date: d.ref, dates: o.dates || [], distances: o.distances || [], organisations: o.organisations || [], quotations: o.quotations || [] };
    fs.writeFileSync(path.join(dir, d.id.replace(/[\/\\#:]/g, '_') + '.json'), JSON.stringify(result));
  });
  summary.systems[name] = { types: sys.types, first_use_ms: +firstUseMs.toFixed(1), elapsed_ms: +elapsedMs.toFixed(1), mb_per_s: +(bytes / 1e6 / (elapsedMs / 1000)).toFixed(3) };
  console.error(`${name}: ${docs.length} articles, ${elapsedMs.toFixed(0)} ms, first use ${firstUseMs.toFixed(0)} ms`);
}
fs.writeFileSync(path.join(outDir, 'summary.json'), JSON.stringify(summary, null, 1));
