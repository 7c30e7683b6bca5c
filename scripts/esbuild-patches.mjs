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
  {
    // vscode-jsonrpc encodes each message as Buffer.from(JSON.stringify(msg)). For a long
    // handout's diagnostics (hundreds of KB on every keystroke) the one big string costs more
    // than building it: a fresh string that large is allocated outside V8's young generation,
    // and its pages are touched for the first time, twice over (the string, then its copy
    // flattened). Long arrays (64 elements or more) in the message's first levels are written
    // 64 elements at a time instead, into one Buffer: the same bytes, never one big string.
    // Anything else (a toJSON method, a class instance, another charset) takes the old path.
    file: /[\\/]vscode-jsonrpc[\\/]lib[\\/]node[\\/]ril\.js$/,
    edits: [
      {
        from: `                    return Promise.resolve(Buffer.from(JSON.stringify(msg, undefined, 0), options.charset));`,
        to: `                    return Promise.resolve(options.charset === 'utf-8' || options.charset === 'utf8' ? encodeJsonUtf8(msg) : Buffer.from(JSON.stringify(msg, undefined, 0), options.charset));`,
      },
      {
        from: `const _ril = Object.freeze({`,
        to: `function encodeJsonUtf8(msg) {
    const parts = [];
    let size = 0;
    const put = (s) => {
        parts.push(s);
        size += Buffer.byteLength(s);
    };
    const plain = (v) => {
        if (v === null || typeof v !== 'object' || typeof v.toJSON === 'function') return false;
        if (Array.isArray(v)) return true;
        const proto = Object.getPrototypeOf(v);
        return proto === Object.prototype || proto === null;
    };
    const emit = (v, depth) => {
        if (depth > 3 || !plain(v) || (Array.isArray(v) && v.length < 64)) {
            put(JSON.stringify(v) ?? 'null');
        } else if (Array.isArray(v)) {
            put('[');
            for (let i = 0; i < v.length; i += 64) put((i ? ',' : '') + JSON.stringify(v.slice(i, i + 64)).slice(1, -1));
            put(']');
        } else {
            put('{');
            let first = true;
            for (const key of Object.keys(v)) {
                const x = v[key];
                if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
                put((first ? '' : ',') + JSON.stringify(key) + ':');
                first = false;
                emit(x, depth + 1);
            }
            put('}');
        }
    };
    emit(msg, 0);
    const buffer = Buffer.allocUnsafe(size);
    let at = 0;
    for (const s of parts) at += buffer.write(s, at, 'utf8');
    return buffer;
}
const _ril = Object.freeze({`,
      },
    ],
  },
  {
    // jsonc-parser builds tables of indentation strings (1,220 of them) when it is loaded, for
    // its formatter, which no bundle of ours calls: every run of the CLI with a config file,
    // and every start of the server, paid for them. Marked pure, they are left out of a bundle
    // that never reads them, and built as before in one that does.
    file: /[\\/]jsonc-parser[\\/]lib[\\/]esm[\\/]impl[\\/]string-intern\.js$/,
    edits: [
      {
        from: `export const cachedSpaces = new Array(20).fill(0).map((_, index) => {
    return ' '.repeat(index);
});`,
        to: `export const cachedSpaces = /* @__PURE__ */ (() => new Array(20).fill(0).map((_, index) => {
    return ' '.repeat(index);
}))();`,
      },
      {
        from: `export const cachedBreakLinesWithSpaces = {`,
        to: `export const cachedBreakLinesWithSpaces = /* @__PURE__ */ (() => ({`,
      },
      {
        from: `        }),
    }
};
export const supportedEols`,
        to: `        }),
    }
}))();
export const supportedEols`,
      },
    ],
  },
];

export const dependencyPatches = {
  name: 'dependency-patches',
  setup(build) {
    for (const p of patches) {
      build.onLoad({ filter: p.file }, async (args) => {
        let text = await readFile(args.path, 'utf8');
        for (const { from, to } of p.edits ?? [p]) {
          const at = text.indexOf(from);
          if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            return { errors: [{ text: `scripts/esbuild-patches.mjs: the code to patch is not found once in ${args.path} (was the package updated?)` }] };
          }
          text = text.slice(0, at) + to + text.slice(at + from.length);
        }
        return { contents: text, loader: 'js' };
      });
    }
  },
};
