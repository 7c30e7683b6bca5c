// Imported by the command's entry (cli.ts) right after regexps.ts, for one effect: V8's optimizing
// compiler compiles each hot function without inlining the functions it calls into it. A run of
// the command is short, and compiling the engine's hot functions with their callees inlined, again
// whenever a new shape of data sends one back to the interpreter, cost more than the inlined code
// saved: measured with cachegrind, 12% fewer instructions over 1,000 generated flyers, 8% over
// 4,000, 10% over 1,487 real pages. The results are the same; only how V8 compiles changes.
// (Not set for the language server, which runs for hours: there it was not measured.)
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-turbo-inlining');
