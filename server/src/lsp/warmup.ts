// Work the server does while it waits for its first document: it lints a small flyer of its
// own, and edits it, the way an open document is linted and edited. The first lint in a new
// process compiles the engine's functions and regular expressions as it meets them, and
// V8's optimizing compiler then works on the hot ones beside it; done here, in idle time,
// that cost is out of the way before a document arrives. Only the text below is used (never
// a user's file), nothing is published, and no state the server answers from is touched: the
// engine's caches it fills are keyed by pattern and config objects and give the same
// results either way.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EditableDocument } from '../engine';
import { check, diagnosticsOf, type ConfigContext } from './checker';

/** A flyer with a little of everything a group document holds, and a few problems to report. */
export const WARM_UP_FLYER = `---
group: support
---

# Thursday Evening Bereavement Circle

A peer support group for adults grieving a partner, parent or friend. It is not therapy and
not a clinical service; members share what has helped and listen to one another.

## When and where

- **When:** Thursdays, 7:00 to 8:30 pm
- **Where:** Room 2, Riverside Community Centre
- **Cost:** $15 per session; no one is turned away.

Our facilitator, a volunteer who lost her husband six years ago, keeps time and welcomes
newcomers. What is said in the circle stays in the circle. Our therapist-led sessions will
heal your grief and cure the loneliness.

| Date | Topic |
| --- | --- |
| March 6 | The first year |
| April 3 | Anniversaries and holidays |

> "I stopped feeling like the only one." (a member)

1. Come as you are.
2. Share only what you want to share.

Call Ana at 555-0100 or write to circle@example.org to book a free consultation with me.
`;

/**
 * Where the warm-up types its letter: in the middle of the flyer, past its first blocks. An
 * edit in the title's block or the one after it (where it used to type) parses the whole
 * text again, so the keystroke path (a few blocks parsed again, the rest moved and their
 * matches reused) was never warmed up. Met first by a 10,000-line handout's first keystroke,
 * that path threw away about ten functions V8 had compiled for the open (moving a block
 * writes fields the open only ever read, which V8 had treated as constants), and that
 * keystroke took twice a later one's time.
 */
export const WARM_UP_EDIT_AT = WARM_UP_FLYER.indexOf('keeps time');

/**
 * Rounds of the warm-up (a lint of the whole flyer, then one after a keystroke), and a time
 * after which it stops anyway (ms), on a machine too busy to finish them soon. Measured on
 * two cores: after these 60 lints (about half a second), a first open of a 10,000-line
 * handout took a quarter less CPU time over all the server's threads (1.34 s instead of
 * 1.78 s) and one of 100 lines 17 ms instead of 135; twice the rounds saved little more.
 */
const ROUNDS = 30;
const BUDGET_MS = 2000;

export interface WarmUpEnv {
  /** The config an untitled document gets: defaults, no config file read, no settings asked for. */
  context(): ConfigContext;
  docsLink(id: string): string;
  /** Has the real work begun (a document opened, a workspace check, a shutdown)? Then the warm-up stops. */
  stop(): boolean;
  /** Run `f` on a later turn of the event loop, after what is already queued. */
  later(f: () => void): void;
}

export interface WarmUpResult {
  /** Lints done (whole or after an edit). */
  steps: number;
  ms: number;
  /** Whether stop() ended it before its rounds were done. */
  stopped: boolean;
}

/**
 * Lint the built-in flyer, then type a letter in it and lint again, one step per turn of the
 * event loop (so a message that arrives waits for one small lint at most), until ROUNDS are
 * done, BUDGET_MS has passed or `stop()` says so: it is asked before every step. The first
 * turn takes both steps: an editor sends its first document as soon as the server is
 * initialized, so there may be no second turn before it, and that document's first keystroke
 * should not be the first to take the keystroke path (see WARM_UP_EDIT_AT).
 */
export function warmUp(env: WarmUpEnv): Promise<WarmUpResult> {
  return new Promise((resolve) => {
    const t0 = Date.now();
    const at = WARM_UP_EDIT_AT;
    let lines = TextDocument.create('untitled:grouplint-warm-up.md', 'markdown', 1, WARM_UP_FLYER);
    let editable = new EditableDocument(WARM_UP_FLYER);
    let steps = 0;
    /** Resolves and says so when the warm-up is over. */
    const over = (): boolean => {
      const stopped = env.stop();
      if (!stopped && steps < ROUNDS * 2 && Date.now() - t0 <= BUDGET_MS) return false;
      resolve({ steps, ms: Date.now() - t0, stopped });
      return true;
    };
    const step = (): void => {
      if (steps % 2 === 0) {
        // An open: the whole text parsed and linted.
        lines = TextDocument.create(lines.uri, 'markdown', 1, WARM_UP_FLYER);
        editable = new EditableDocument(WARM_UP_FLYER);
      } else {
        // A keystroke in the middle, re-linted from the blocks around it.
        const position = lines.positionAt(at);
        lines = TextDocument.update(lines, [{ range: { start: position, end: position }, text: 'x' }], lines.version + 1);
        editable.update([{ start: at, end: at, text: 'x' }], lines.getText());
      }
      const doc = editable;
      diagnosticsOf(
        check(undefined, doc.text.length, env.context(), (options) => doc.lint(options)),
        lines,
        env.docsLink,
      );
      steps++;
    };
    const turn = (): void => {
      if (over()) return;
      step();
      if (steps === 1) {
        if (over()) return;
        step();
      }
      env.later(turn);
    };
    env.later(turn);
  });
}
