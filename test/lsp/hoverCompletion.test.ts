import * as assert from 'node:assert/strict';
import type { CompletionItem, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { TestClient } from './client';
import { COMMENTED_FLYER, SUPPORT_FLYER } from './fixtures';

describe('lsp: hover and completion', () => {
  let client: TestClient;
  before(
    async () =>
      (client = await TestClient.start({ mode: 'pull', settings: { grouplint: { wording: { disclaimer: 'Our circle is peer-led; it is not therapy.' } } } })),
  );
  after(() => client.stop());

  const hover = (uri: string, line: number, character: number): Promise<Hover | null> =>
    client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  const complete = async (uri: string, line: number, character: number): Promise<CompletionItem[]> => {
    const r = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    return (Array.isArray(r) ? r : (r as { items: CompletionItem[] }).items) ?? [];
  };

  it('hover on the front matter kind: what it promises and which rules check it', async () => {
    client.open('untitled:hover.md', COMMENTED_FLYER);
    const h = (await hover('untitled:hover.md', 1, 9))!;
    const text = (h.contents as MarkupContent).value;
    assert.match(text, /^\*\*Support group\*\* \(`group: support`\)/);
    assert.match(text, /not therapy or a clinical service/);
    assert.match(text, /\[`support-disclaimer`\]\(file:\/\/.*docs\/rules\/support-disclaimer\.md\) \(warning\)/);
    assert.doesNotMatch(text, /therapy-fee/);
    assert.deepEqual(h.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 14 } });
  });

  it("hover on a rule id in a grouplint comment: the rule's one-line description", async () => {
    const h = (await hover('untitled:hover.md', 6, 50))!;
    const text = (h.contents as MarkupContent).value;
    assert.match(text, /^\*\*support-no-clinical-activities\*\* \(support groups; default: warning\)/);
    assert.deepEqual(h.range, { start: { line: 6, character: 46 }, end: { line: 6, character: 76 } });
    assert.equal(await hover('untitled:hover.md', 7, 3), null);
  });

  it('hover on the title of an inferred document: the kind and the words it rests on', async () => {
    const text = '# Widows Circle\n\nOur peer support group meets on Tuesdays at 7 pm in the library.\n';
    client.open('untitled:hover-kind.md', text);
    const h = (await hover('untitled:hover-kind.md', 0, 4))!;
    assert.equal(
      (h.contents as MarkupContent).value.split('\n\n')[0],
      'grouplint reads this as **Support group**, read from the words "peer support group" (group material because a sentence opens by naming a support group).',
    );
    assert.deepEqual(h.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 15 } });
    // Below the title there is nothing to say.
    assert.equal(await hover('untitled:hover-kind.md', 2, 5), null);
  });

  it('hover on the title of group material of unclear kind: why it is group material, and how to declare the kind', async () => {
    const text =
      '# Healing Together\n\nAfter group on Tuesday we stay for tea. The group talks about grief and loss; group members share coping ideas. Each group ends at 8.\n';
    client.open('untitled:hover-unclear.md', text);
    const h = (await hover('untitled:hover-unclear.md', 0, 4))!;
    assert.equal(
      (h.contents as MarkupContent).value,
      'grouplint reads this as group material (because it describes, in words of care, a group the reader would join) but cannot tell its kind. ' +
        'Declare it in front matter (`group: support` or `group: therapy`).',
    );
  });

  it('hover on the title of a text about groups that is passed over: why, and how to declare the kind', async () => {
    const text = '# 7 Benefits of Joining a Support Group\n\nSupport groups are usually free and led by volunteers.\n';
    client.open('untitled:hover-article.md', text);
    const h = (await hover('untitled:hover-article.md', 0, 4))!;
    assert.equal(
      (h.contents as MarkupContent).value,
      'grouplint does not check this as group material: its title, "7 Benefits of Joining a Support Group", reads as an article\'s or a directory\'s. ' +
        "If it is a flyer, a handout or a group's own page, declare its kind in front matter (`group: support` or `group: therapy`).",
    );
    const info = await client.connection.sendRequest('grouplint/documentInfo', { textDocument: { uri: 'untitled:hover-article.md' } });
    assert.deepEqual(
      { groupMaterial: (info as { groupMaterial: boolean }).groupMaterial, why: (info as { notGroupReason?: string }).notGroupReason },
      { groupMaterial: false, why: 'its title, "7 Benefits of Joining a Support Group", reads as an article\'s or a directory\'s' },
    );
    // A README's title has nothing to say.
    client.open('untitled:hover-readme.md', '# Build notes\n\nRun the build, then the tests.\n');
    assert.equal(await hover('untitled:hover-readme.md', 0, 4), null);
  });

  it('completes group: values in front matter', async () => {
    client.open('untitled:complete-kind.md', '---\ngroup: \n---\n\n# Grief Circle\n');
    const items = await complete('untitled:complete-kind.md', 1, 7);
    assert.deepEqual(
      items.map((i) => i.label),
      ['support', 'therapy'],
    );
    assert.deepEqual(items[0].textEdit, { range: { start: { line: 1, character: 7 }, end: { line: 1, character: 7 } }, newText: 'support' });
  });

  it('completes rule ids inside grouplint comments, leaving out those already named', async () => {
    client.open('untitled:complete-ids.md', `${SUPPORT_FLYER}\n<!-- grouplint-disable support-free supp\n`);
    const line = SUPPORT_FLYER.split('\n').length;
    const items = await complete('untitled:complete-ids.md', line, 39);
    const labels = items.map((i) => i.label);
    assert.equal(labels.length, 16);
    assert.ok(!labels.includes('support-free'));
    assert.ok(labels.includes('support-disclaimer') && labels.includes('therapy-fee'));
    assert.deepEqual((items[0].textEdit as { range: unknown }).range, { start: { line, character: 36 }, end: { line, character: 39 } });
  });

  it('completes the directive names after "<!-- grouplint-"', async () => {
    client.open('untitled:complete-directive.md', '<!-- grouplint-\n');
    const items = await complete('untitled:complete-directive.md', 0, 15);
    assert.deepEqual(
      items.map((i) => i.label),
      ['grouplint-disable-next-line', 'grouplint-disable-file', 'grouplint-disable', 'grouplint-enable'],
    );
  });

  it("offers the statements in the practice's wording from the settings", async () => {
    client.open('untitled:complete-statements.md', `${SUPPORT_FLYER}\ngl-`);
    const line = SUPPORT_FLYER.split('\n').length;
    const items = await complete('untitled:complete-statements.md', line, 3);
    const disclaimer = items.find((i) => i.label === 'gl-disclaimer')!;
    assert.equal(disclaimer.textEdit!.newText, 'Our circle is peer-led; it is not therapy.$0');
    assert.equal(disclaimer.labelDetails?.description, "your practice's wording");
    assert.deepEqual(
      items.map((i) => i.label),
      ['gl-disclaimer', 'gl-therapy-statement', 'gl-free', 'gl-referral', 'gl-confidentiality'],
    );
  });

  it('offers no statements on indentation or a list marker (typing stays quiet)', async () => {
    client.open('untitled:quiet.md', '- \n  \n> \n');
    for (const [line, character] of [
      [0, 2],
      [1, 2],
      [2, 2],
    ])
      assert.deepEqual(await complete('untitled:quiet.md', line, character), []);
  });

  it("with the extension's static snippets, offers only wording that differs from them", async () => {
    const other = await TestClient.start({
      mode: 'pull',
      initializationOptions: { staticSnippets: true },
      settings: { grouplint: { wording: { free: 'Free, always.' } } },
    });
    try {
      other.open('untitled:static.md', 'gl');
      const r = await other.connection.sendRequest('textDocument/completion', {
        textDocument: { uri: 'untitled:static.md' },
        position: { line: 0, character: 2 },
      });
      const items = (Array.isArray(r) ? r : (r as { items: CompletionItem[] }).items) as CompletionItem[];
      assert.deepEqual(
        items.map((i) => [i.label, i.textEdit!.newText]),
        [['gl-free', 'Free, always.$0']],
      );
    } finally {
      await other.stop();
    }
  });
});
