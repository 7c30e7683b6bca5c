// Generated flyers for the CLI benchmark (cli.mjs) and the parser's differential test:
// deterministic, every file different, about the size of a real flyer.
let seed = 12345;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (a) => a[Math.floor(rnd() * a.length)];
const TOPICS = [
  'Grief',
  'Caregivers',
  'Cancer Survivors',
  'New Parents',
  'Chronic Pain',
  'Recovery',
  'Veterans',
  'Divorce',
  'Anxiety',
  'Loss of a Pet',
  'Widowed',
  'Long COVID',
];
const NAMES = ['Alex Rivera', 'Sam Okafor', 'Jordan Lee', 'Priya Shah', 'Morgan Diaz', 'Chris Novak', 'Dana Kim', 'Lee Hart'];
const DAYS = ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Saturdays'];
const PLACES = ['Oak Street Library, Room 2', 'Eastside Community Center', 'St. Anne Hall', 'Riverside Clinic, Suite 300', 'Harbor Counseling, 55 Pier St'];
const FILLER = [
  'Come as you are. You can talk, or simply listen; nobody is put on the spot, and newcomers are always welcome.',
  'Parking is free behind the building, and the room is on the ground floor with step-free access.',
  'We start on time and finish on time, so you can plan your evening around it.',
  'Bring a friend if that makes the first visit easier. Tea, coffee and something sweet are on the table.',
  'If you cannot make it one week, that is fine: there is no attendance list and no pressure to explain.',
];

function supportGood(i) {
  const t = pick(TOPICS);
  return `# ${t} Support Group (${i})\n\nThis is a peer support group for people living with ${t.toLowerCase()}. It is not therapy and not a clinical service.\n\n- ${pick(DAYS)} at ${6 + (i % 3)}:30 pm\n- ${pick(PLACES)}\n- Free to attend; a donation for refreshments is welcome but never expected.\n\nMeetings are peer-led. ${pick(FILLER)} ${pick(FILLER)}\n\nContact ${pick(NAMES)} at (555) 01${i % 10}-${String(1000 + i).slice(-4)}.\n`;
}
function supportBad(i) {
  const t = pick(TOPICS);
  return `# ${t} Support Group (${i})\n\nA welcoming circle for anyone affected by ${t.toLowerCase()}.\n\n- ${pick(DAYS)} at 7 pm, ${pick(PLACES)}\n- Fee: $${15 + (i % 20)} per meeting\n\nEach week members receive a worksheet and a short homework assignment. ${pick(FILLER)}\n\nIf you'd like more help, book a consult with me through my website.\n\n${pick(FILLER)}\n`;
}
function therapyGood(i) {
  const n = pick(NAMES);
  return `---\ngroup: therapy\n---\n\n# ${pick(TOPICS)} Therapy Group (${i})\n\n**This is group therapy**, led by ${n}, LCSW, a licensed clinical social worker.\n\n- **When:** ${pick(DAYS)}, 5:30–7:00 pm, for ${8 + (i % 8)} weeks from March 3\n- **Where:** ${pick(PLACES)}\n- **Fee:** $${60 + (i % 30)} per session; we bill most insurance plans.\n\nWhat members share stays in the group. As in all therapy, the therapist keeps clinical notes and must report abuse or an imminent risk to someone's life.\n\n${pick(FILLER)}\n\nCall (555) 013-${String(7000 + i).slice(-4)} for an intake appointment.\n`;
}
function therapyBad(i) {
  return `# ${pick(TOPICS)}: A CBT Therapy Group (${i})\n\nA therapy group for adults whose worry is getting in the way of work, school or relationships.\n\nUsing cognitive behavioral therapy, we'll cover:\n\n1. How worry works in the body and mind\n2. Catching and challenging anxious thoughts\n3. Facing feared situations step by step\n\n${pick(FILLER)} ${pick(FILLER)}\n\n${pick(DAYS)} at 6 pm, ${pick(PLACES)}. Interested? Call ${pick(NAMES)}.\n`;
}
const MAKERS = [supportGood, supportBad, therapyGood, therapyBad];

/** The texts of `count` flyers, the same for the same count. */
export function flyers(count) {
  seed = 12345 + count;
  return Array.from({ length: count }, (_, i) => MAKERS[i % MAKERS.length](i));
}
