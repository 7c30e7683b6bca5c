// Imported by the command's entry (cli.ts) right after regexps.ts: V8 settings for a short run.
// A run of the command lints a folder and exits; most of its instructions went to V8 compiling
// the engine's hot functions (TurboFan), and compiling them again after each deoptimisation.
// Neither setting changes a result; only how V8 compiles and allocates.
// (Not set for the language server, which runs for hours: there they were not measured.)
import { setFlagsFromString } from 'node:v8';

// Each hot function is compiled without inlining the functions it calls: compiling with inlining
// cost more than the inlined code saved. Measured with cachegrind, 12% fewer instructions over
// 1,000 generated flyers, 8% over 4,000, 10% over 1,487 real pages.
setFlagsFromString('--no-turbo-inlining');

// Objects are not moved to the old generation by where they were allocated. That decision,
// taken again as documents come and go, threw away the compiled code of every function that
// allocates at such a place (eleven deoptimisations over 1,000 flyers, then compiles again):
// 3.4% fewer instructions over 1,000 flyers, 0.5% over 4,000, 2.5% over the real pages.
setFlagsFromString('--no-allocation-site-pretenuring');
