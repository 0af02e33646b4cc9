// `npm run demo`: Concord's main job on the sample corpus — the figures it finds, then the
// problems it reports. Exits 0 when the run worked (problems found are the point of a demo).
import { spawnSync } from 'node:child_process';

const corpus = process.argv[2] ?? 'samples';
const run = (args) => spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit' }).status;
console.log(`\n== concord extract ${corpus}\n`);
const extract = run(['extract', corpus]);
console.log(`\n== concord check ${corpus}\n`);
const check = run(['check', corpus]);
process.exit(extract === 0 && (check === 0 || check === 1) ? 0 : 1);
