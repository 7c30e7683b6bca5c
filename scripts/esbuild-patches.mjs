// Changes made to dependencies as they are bundled (esbuild plugins), each for speed alone,
// never for what the code computes. A patch whose text is not found fails the build, so a
// dependency update that moves the code is noticed rather than silently left unpatched.
import { readFile } from 'node:fs/promises';

const patches = [
  {
    // mdast-util-from-markdown builds a fresh copy of its compile context (nine fields) for
    // every event it hands to a handler, only to set `sliceSerialize` on it: for a 10,000-line
    // handout that is hundreds of thousands of short-lived objects. The handlers read `this`
    // only during their own synchronous call and never write to it, so one context with
    // `sliceSerialize` set before each call gives them exactly what the copies gave.
    file: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/,
    from: `        handler[events[index][1].type].call({
          ...context,
          sliceSerialize: events[index][2].sliceSerialize
        }, events[index][1]);`,
    to: `        context.sliceSerialize = events[index][2].sliceSerialize;
        handler[events[index][1].type].call(context, events[index][1]);`,
  },
  {
    // micromark's parse() combines its default constructs with the extensions (GFM, front
    // matter) into one table of hooks for every document it parses: about 3% of a flyer's
    // lint. The table depends only on the extensions, whose list remark-parse passes as the
    // same array each time, and the tokenizers only read it; so it is made once per list.
    file: /[\\/]micromark[\\/]lib[\\/]parse\.js$/,
    from: `  const constructs = /** @type {FullNormalizedExtension} */
  combineExtensions([defaultConstructs, ...(settings.extensions || [])]);`,
    to: `  const extensions = settings.extensions || [];
  const combined = (parse.combined ??= new WeakMap());
  let constructs = combined.get(extensions);
  if (!constructs) {
    constructs = combineExtensions([defaultConstructs, ...extensions]);
    combined.set(extensions, constructs);
  }`,
  },
];

export const dependencyPatches = {
  name: 'dependency-patches',
  setup(build) {
    for (const p of patches) {
      build.onLoad({ filter: p.file }, async (args) => {
        const text = await readFile(args.path, 'utf8');
        const at = text.indexOf(p.from);
        if (at < 0 || text.indexOf(p.from, at + 1) >= 0) {
          return { errors: [{ text: `scripts/esbuild-patches.mjs: the code to patch is not found once in ${args.path} (was the package updated?)` }] };
        }
        return { contents: text.slice(0, at) + p.to + text.slice(at + p.from.length), loader: 'js' };
      });
    }
  },
};
