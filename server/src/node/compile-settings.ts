// Imported by both Node entries (cli.ts, server.ts) right after regexps.ts: how V8 compiles and
// allocates. Most of a CLI run's instructions went to V8 compiling the engine's hot functions
// (TurboFan), and compiling them again after each deoptimisation; a language server's open of a
// long document is such a first run too. Neither setting changes a result.
// Set, like regexps.ts, before any other module runs and before any worker thread starts.
import { setFlagsFromString } from 'node:v8';

// Each hot function is compiled without inlining the functions it calls: compiling with inlining
// cost more than the inlined code saved. Measured with cachegrind, 12% fewer instructions over
// 1,000 generated flyers, 8% over 4,000, 10% over 1,487 real pages. In the language server, the
// open of a 10,000-line handout took 340 ms instead of 400, and edits took no longer.
setFlagsFromString('--no-turbo-inlining');

// Objects are not moved to the old generation by where they were allocated. That decision,
// taken again as documents come and go, threw away the compiled code of every function that
// allocates at such a place (eleven deoptimisations over 1,000 flyers, then compiles again):
// 3.4% fewer instructions over 1,000 flyers, 0.5% over 4,000, 2.5% over the real pages. The
// server's memory with a 1,000-file workspace is the same (95 MB against 96).
setFlagsFromString('--no-allocation-site-pretenuring');
