// Texts the web tests open as untitled documents (the same flyers as the protocol tests, so
// the expected results are the desktop's).
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

export const UNCLEAR_FLYER = ['# New Parents Group', '', 'A group for new parents to meet each week.', ''].join('\n');

export const SUPPORT_CODES = ['support-disclaimer', 'support-free', 'support-no-clinical-activities'];

export const DISCLAIMER = 'This is a peer support group. It is not therapy or a clinical service, and it is not a substitute for professional care.';
export const FREE = 'This group is free. A donation toward the room or refreshments is welcome but never expected.';
