#!/usr/bin/env node
// The published entry point: the compiled CLI (built by `npm install` via `prepare`).
import { main } from '../dist/src/cli/main.js';

process.exitCode = await main(process.argv);
