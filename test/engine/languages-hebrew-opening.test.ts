// Hebrew notices of a group that will open or start, or that its writers are setting up ("הקבוצה תיפתח", "אנו מקימים קבוצה"), with a
// way to sign up: the group's own page. Not a group that will not open, nor an explainer. All texts here are the team's own.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';

describe('Hebrew notices of a group that opens or starts', () => {
  it('reads the opening or start of its group, the verb before or after, with a sign-up, as its own page', () => {
    for (const page of [
      '# קבוצת תמיכה להורים שכולים\n\nהקבוצה תיפתח בחודש הבא במרכז הקהילתי, ותתאים לכל מי שאיבד ילד. במפגשים נדבר על הגעגוע ועל החיים שממשיכים.\n\nלהרשמה: 050-0005555\n',
      '# קבוצת תמיכה למטפלים בהורים\n\nבקרוב תיפתח קבוצה חדשה לבני משפחה שמטפלים בהורה מבוגר. נדבר על העומס, על האשמה ועל מה שעוזר.\n\nלהרשמה: 050-0006666\n',
      '# קבוצת תמיכה לנשים אחרי לידה\n\nהקבוצה תתחיל אחרי החגים ותיפגש בבית הקהילה. נשים מספרות זו לזו מה עובר עליהן בחודשים הראשונים.\n\nלהרשמה: 050-0007777\n',
      '# קבוצת תמיכה לבני זוג של חולים\n\nאנחנו מנסים להקים קבוצת תמיכה לבני זוג של חולי סרטן, כדי שיהיה מקום לדבר על מה שקשה.\n\nלהרשמה: 050-0008888\n',
    ]) {
      const r = lint(page);
      assert.equal(r.kind, 'support', page);
      assert.match(r.groupReason ?? '', /Hebrew/, page);
    }
  });

  it('passes over a group that will not open, and an explainer of how such groups start', () => {
    for (const text of [
      '# קבוצת תמיכה להורים שכולים\n\nהקבוצה לא תיפתח השנה, כי לא היו מספיק פונים. אנחנו מקווים שבעתיד נוכל לחזור לזה, ומודים לכל מי שהתעניין.\n',
      '# איך נפתחת קבוצת תמיכה?\n\nבדרך כלל קבוצת תמיכה מתחילה כשכמה אנשים עם חוויה דומה מחליטים להיפגש. לפעמים יש מנחה, ולפעמים החברים מנחים בעצמם. רבים מספרים שזה עזר להם.\n',
    ])
      assert.equal(lint(text).groupMaterial, false, text);
  });

  it('takes the present "מתחילה" before an infinitive or "את" as "begins to", a stage or a team, not a group that opens', () => {
    for (const text of [
      '# שלבים בטיפול קבוצתי\n\nבשלב הראשון המשתתפים מכירים זה את זה. בשלב השני הקבוצה מתחילה לפתח לכידות, ובשלב השלישי עולים קונפליקטים. כך מתארים את התהליך רוב המטפלים.\n',
      '# קבוצת תמיכה לאוהדים\n\nקבוצת הכדורגל מתחילה את העונה בשבת. האוהדים מדברים על הציפיות ועל מה שמלחיץ אותם.\n\nלהרשמה: 050-0001111\n',
    ])
      assert.notEqual(lint(text).kind, 'support', text);
    // (But a group that begins after the holidays still starts.)
    const page =
      '# קבוצת תמיכה לנשים אחרי לידה\n\nהקבוצה מתחילה לאחר החגים בבית הקהילה. נשים מספרות זו לזו מה עובר עליהן בחודשים הראשונים.\n\nלהרשמה: 050-0009999\n';
    assert.equal(lint(page).kind, 'support');
  });
});
