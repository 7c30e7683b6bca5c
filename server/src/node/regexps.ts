// Imported first by the Node entries (cli.ts, server.ts), for this one effect: V8 compiles each
// regular expression to machine code on its first run, instead of interpreting it first and
// compiling it again on the second. The engine's search patterns are few, long (up to 5,000
// characters) and each run over every block of a document, so the first tier only adds a
// compile and a slow run per pattern (about 200 ms of a CLI run over 1,000 flyers, and a
// tenth of a long handout's open in the server). The matches are the same.
//
// A V8 flag belongs to the whole process: it is set here, before any other module runs and
// before any worker thread starts. Changed later, while worker threads ran, it crashed a test run.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
