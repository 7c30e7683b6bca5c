// Documents the protocol tests (test/lsp) and the web tests (test/web) open: the same texts,
// so the browser's expected results are the desktop's. Small on purpose: each line matters
// to an assertion. No Node or `vscode` imports (the web suite bundles this for the browser).

export const SUPPORT_FLYER = [
  '---',
  'group: support',
  '---',
  '',
  '# Tuesday Caregivers Circle',
  '',
  'A peer-led support group for people caring for a parent.',
  'We meet every Tuesday at 7 pm.',
  '',
  'Each week we fill in a worksheet together.',
  '',
  'Drop in any week.',
  '',
].join('\n');

/** A line of SUPPORT_FLYER with two of its rules turned off by a comment (hover and completion tests). */
export const COMMENTED_FLYER = [
  '---',
  'group: support',
  '---',
  '',
  '# Tuesday Caregivers Circle',
  '',
  '<!-- grouplint-disable-next-line support-free support-no-clinical-activities -->',
  'Each week we fill in a worksheet together.',
  '',
].join('\n');

/** The rules SUPPORT_FLYER breaks. */
export const SUPPORT_CODES = ['support-disclaimer', 'support-free', 'support-no-clinical-activities'];

export const DISCLAIMER = 'This is a peer support group. It is not therapy or a clinical service, and it is not a substitute for professional care.';
export const FREE = 'This group is free. A donation toward the room or refreshments is welcome but never expected.';

/** A support flyer with nothing to report. */
export const GOOD_SUPPORT_FLYER = [
  '---',
  'group: support',
  '---',
  '',
  '# Tuesday Caregivers Circle',
  '',
  DISCLAIMER,
  '',
  FREE,
  '',
  'We meet every Tuesday at 7 pm in the library.',
  '',
].join('\n');

export const THERAPY_FLYER = ['---', 'group: therapy', '---', '', '# Anxiety Group', '', 'We meet on Mondays at 6 pm.', ''].join('\n');

export const UNCLEAR_FLYER = ['# New Parents Group', '', 'A group for new parents to meet each week.', ''].join('\n');

export const NOT_GROUP = ['# Project README', '', 'Run the build, then the tests.', ''].join('\n');
