// The title test for articles runs in two parts, most of it without the u flag (see isArticleTitle): it must
// answer as the one pattern with the flag does, for titles with letters that fold only under it, and beyond.
import * as assert from 'node:assert/strict';
import { ARTICLE_TITLE, isArticleTitle } from '../../server/src/engine/kind';

describe('the article title test in two parts', () => {
  const titles = [
    'How to Find a Support Group',
    'Study finds peer groups help',
    'Understanding Grief Support Groups',
    'Understanding Group Therapy',
    'What Are Support Groups for Anxiety? (1/2)',
    'how our groups help',
    'Is Group Therapy Right for You?',
    'Caregivers Support Circle',
    'Opinion: why we meet',
    '10 benefits of group therapy',
    'Group Therapy Explained',
    'Finding a Stroke Caregiver Support Group: First Steps',
    'Finding Your Voice Group',
    'Carer support groups can ease the load',
    'Our support groups can help',
    'Tinnitus: how support groups can help',
    'After a stroke, peer support groups can ease the way',
    'Ashdown Support Group: how our group can help',
    'Pééř support groups often help',
    'Stroke support groups help carers',
    // Letters that fold to s and k only under the u flag, a letter beyond the Basic Multilingual Plane, a lone surrogate.
    'Tipſ for new members',
    'How to find a group thiſ week',
    'Benefitſ of group therapy',
    'Thing\u212a you need to know',
    'What are 😀 support groups?',
    'Why join? \ud83d',
    'İs group therapy for you?',
  ];
  it('answers as the single pattern does', () => {
    for (const t of titles) assert.equal(isArticleTitle(t), ARTICLE_TITLE.test(t), t);
  });
  it("reads a claim about a kind's groups in general as an article's title, not the page's own groups", () => {
    assert.equal(isArticleTitle('Carer support groups can ease the load'), true);
    assert.equal(isArticleTitle('Our support groups can help'), false);
  });
  it('reads the same claim after a topic and a colon, a clause and a comma, or a dash, but not a group naming its own', () => {
    assert.equal(isArticleTitle('Tinnitus: how support groups can help'), true);
    assert.equal(isArticleTitle('Heart surgery: how cardiac support groups help families'), true);
    assert.equal(isArticleTitle('After a stroke, peer support groups can ease the way'), true);
    assert.equal(isArticleTitle('Losing a parent young – support groups may help'), true);
    assert.equal(isArticleTitle('Ashdown Support Group: how our group can help'), false);
    assert.equal(isArticleTitle('Ashdown Support Group: our support groups can help'), false);
    assert.equal(isArticleTitle('Ashdown Support Group: how we can help'), false);
  });
  it("reads a present-tense claim of what a kind's groups do as an article's title, but not a group's own or a title with no verb", () => {
    assert.equal(isArticleTitle('Gambling support groups help whole families'), true);
    assert.equal(isArticleTitle('Why peer support groups work'), true);
    assert.equal(isArticleTitle('Bereavement: peer support groups ease the first year'), true);
    assert.equal(isArticleTitle('Our support groups help carers'), false);
    assert.equal(isArticleTitle('The Fenwick support groups help line'), false);
    assert.equal(isArticleTitle('Carer Support Groups Offered Weekly'), false);
    assert.equal(isArticleTitle('Support Groups Helpline'), false);
  });
  it('reads letters that fold only under the u flag as the pattern does', () => {
    assert.equal(isArticleTitle('Benefitſ of group therapy'), true);
    assert.equal(isArticleTitle('Thing\u212a you need to know'), ARTICLE_TITLE.test('Thing\u212a you need to know'));
  });
});
