#!/usr/bin/env node
// The published entry point: the compiled CLI (built by `npm install` via `prepare`).
import { main } from '../dist/src/cli/main.js';

// `dossier entities | head` closes the pipe early; that is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

process.exitCode = await main(process.argv);
