#!/usr/bin/env node
import { main } from './main.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
});
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
