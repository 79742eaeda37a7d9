#!/usr/bin/env node
// GraphQL-over-HTTP conformance audit of a running server, using the audits that the
// graphql-http package ships (serverAudits, pinned in package.json).
//
//   node audit.mjs <url>            e.g. node audit.mjs http://127.0.0.1:8080/graphql
//
// Prints one line per audit:  PASS|FAIL MUST|SHOULD|MAY <id> <name>
// (a failure is followed by an indented "reason:" line), then the counts per level and,
// as the last line, "audit: N passed, M failed".
//
// Exit code: 1 when any MUST audit fails, or when fewer than MIN_SHOULD_MAY of the SHOULD
// and MAY audits pass; 2 on bad usage; 0 otherwise.
//
// Environment:
//   MIN_SHOULD_MAY       minimum number of passing SHOULD+MAY audits (default 45)
//   AUDIT_AUTHORIZATION  if set, sent as the Authorization header on every audit request
//                        (for a server that refuses anonymous requests)
//   AUDIT_TIMEOUT_MS     per-request timeout in milliseconds (default 10000)
//   AUDIT_WAIT_SECONDS   wait up to this long for the server to answer at all before
//                        auditing (default 0: no waiting)
import { serverAudits } from 'graphql-http';

const LEVELS = ['MUST', 'SHOULD', 'MAY'];

function usage(message) {
  if (message) console.error(`audit.mjs: ${message}`);
  console.error('usage: node audit.mjs <url>   (e.g. http://127.0.0.1:8080/graphql)');
  process.exit(2);
}

function intFromEnv(name, fallback) {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) usage(`${name} must be a non-negative integer, got ${JSON.stringify(raw)}`);
  return Number(raw);
}

const args = process.argv.slice(2);
if (args.length !== 1) usage();
let url;
try {
  url = new URL(args[0]);
} catch {
  usage(`not a URL: ${args[0]}`);
}
if (url.protocol !== 'http:' && url.protocol !== 'https:') usage(`not an http(s) URL: ${args[0]}`);
url = url.toString();

const minShouldMay = intFromEnv('MIN_SHOULD_MAY', 45);
const timeoutMs = intFromEnv('AUDIT_TIMEOUT_MS', 10000);
const waitSeconds = intFromEnv('AUDIT_WAIT_SECONDS', 0);
const authorization = process.env.AUDIT_AUTHORIZATION || '';

// fetch used by every audit: adds the optional Authorization header and a timeout.
function auditFetch(input, init = {}) {
  const headers = new Headers(init.headers);
  if (authorization && !headers.has('authorization')) headers.set('authorization', authorization);
  return fetch(input, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
}

async function waitForServer() {
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    try {
      await fetch(url, { method: 'GET', signal: AbortSignal.timeout(2000) });
      return; // any HTTP answer will do
    } catch (err) {
      if (Date.now() >= deadline) {
        console.error(`audit.mjs: no answer from ${url} within ${waitSeconds}s: ${describe(err)}`);
        process.exit(1);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

function describe(err) {
  if (err && err.cause) return `${err.message} (${err.cause.code || err.cause.message || err.cause})`;
  return err && err.message ? err.message : String(err);
}

function oneLine(text, max) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

// What the server actually answered, for the failure line.
async function describeResponse(res) {
  if (!res || typeof res.status !== 'number') return '';
  let body = '';
  try {
    if (!res.bodyUsed) body = oneLine(await res.text(), 200);
  } catch {
    // body already consumed or unreadable: leave it out
  }
  const type = res.headers.get('content-type') || '(none)';
  return ` [got ${res.status}, content-type ${type}${body ? `, body ${body}` : ''}]`;
}

if (waitSeconds > 0) await waitForServer();

const audits = serverAudits({ url, fetchFn: auditFetch });
const counts = Object.fromEntries(LEVELS.map((level) => [level, { passed: 0, total: 0 }]));
let passed = 0;
let failed = 0;

// One at a time, in the package's order, so the output is stable and readable.
for (const audit of audits) {
  const level = LEVELS.find((l) => audit.name.startsWith(`${l} `));
  if (!level) throw new Error(`audit ${audit.id} has a name without a level: ${audit.name}`);
  counts[level].total += 1;

  let ok = false;
  let reason = '';
  try {
    const result = await audit.fn();
    ok = result.status === 'ok';
    if (!ok) reason = `${result.reason}${await describeResponse(result.response)}`;
  } catch (err) {
    // Anything but an assertion failure (connection refused, timeout, …) is thrown by the
    // audit itself; it counts as a failure of that audit.
    reason = `request failed: ${describe(err)}`;
  }

  if (ok) {
    passed += 1;
    counts[level].passed += 1;
    console.log(`PASS ${level} ${audit.id} ${audit.name}`);
  } else {
    failed += 1;
    console.log(`FAIL ${level} ${audit.id} ${audit.name}`);
    console.log(`     reason: ${reason}`);
  }
}

const shouldMayPassed = counts.SHOULD.passed + counts.MAY.passed;
const shouldMayTotal = counts.SHOULD.total + counts.MAY.total;
const mustFailed = counts.MUST.total - counts.MUST.passed;

const problems = [];
if (mustFailed > 0) problems.push(`${mustFailed} MUST audit(s) failed`);
if (shouldMayPassed < minShouldMay) {
  problems.push(`only ${shouldMayPassed} SHOULD+MAY audits passed, MIN_SHOULD_MAY is ${minShouldMay}`);
}

console.log(
  LEVELS.map((l) => `${l} ${counts[l].passed}/${counts[l].total}`).join(', ') +
    ` (SHOULD+MAY ${shouldMayPassed}/${shouldMayTotal}, minimum ${minShouldMay})`,
);
if (problems.length > 0) console.log(`verdict: NOT CONFORMANT: ${problems.join('; ')}`);
else console.log('verdict: conformant');
console.log(`audit: ${passed} passed, ${failed} failed`);

process.exitCode = problems.length > 0 ? 1 : 0;
