// Hebrew group pages (languages.ts): told from English and from the other languages, read with the one-letter words Hebrew joins on
// to the next ("ו", "ה", "ב", "ל", "מ", "ש", "כ"), and the prefilter reading Hebrew letters. All texts here are the team's own.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint } from '../../server/src/engine';
import { guessLanguage, OWN_GROUP_OTHER, OWN_MEETING_OTHER, SATISFIED_OTHER, SUPPORT_NAME_OTHER, THERAPY_NAME_OTHER } from '../../server/src/engine/languages';
import { indexText, mayMatch, prefilterOf, readPrefilter } from '../../server/src/engine/prefilter';
import { rules } from '../support/languages';

describe('Hebrew group pages', () => {
  it('tells Hebrew from English and from the languages read before, a short flyer too', () => {
    assert.equal(guessLanguage('הקבוצה מיועדת לכל מי שאיבד אדם קרוב ורוצה לשתף את מה שהוא עובר עם אחרים, או רק להקשיב ולהרגיש שהוא לא לבד.'), 'Hebrew');
    assert.equal(guessLanguage('טיפול קבוצתי למבוגרים. הקבוצה תיפגש בימי חמישי בערב, בהנחיית פסיכולוגית קלינית, במשך שנים עשר מפגשים.'), 'Hebrew');
    assert.equal(guessLanguage('Our group is for anyone who has lost someone close. We meet every Tuesday and the word קבוצה means group.'), undefined);
    assert.equal(
      guessLanguage('Η ομάδα είναι για όσους έχουν χάσει ένα αγαπημένο πρόσωπο και θέλουν να μοιραστούν την εμπειρία τους με άλλους που το έχουν ζήσει.'),
      'Greek',
    );
  });

  it('names the kinds with their prefixes and construct forms, and not groups for treating something in general', () => {
    for (const text of ['קבוצת תמיכה', 'בקבוצת התמיכה', 'ולקבוצות התמיכה', 'קבוצה תומכת', 'קבוצת עזרה עצמית', 'בקבוצות לעזרה הדדית']) {
      SUPPORT_NAME_OTHER.lastIndex = 0;
      assert.ok(SUPPORT_NAME_OTHER.test(text), text);
    }
    for (const text of [
      'טיפול קבוצתי',
      'ובטיפול הקבוצתי',
      'פסיכותרפיה קבוצתית',
      'קבוצה טיפולית',
      'בקבוצת טיפול',
      'ייעוץ קבוצתי',
      'טיפול בקבוצה',
      'קבוצת טיפול בחרדה',
    ]) {
      THERAPY_NAME_OTHER.lastIndex = 0;
      assert.ok(THERAPY_NAME_OTHER.test(text), text);
    }
    for (const text of ['קבוצות לטיפול בהפרעות שינה', 'קבוצת טיפול בבעלי חיים', 'קבוצתי', 'תמיכה']) {
      THERAPY_NAME_OTHER.lastIndex = 0;
      SUPPORT_NAME_OTHER.lastIndex = 0;
      assert.ok(!THERAPY_NAME_OTHER.test(text) && !SUPPORT_NAME_OTHER.test(text), text);
    }
  });

  it("reads support groups' own notices, and asks for what they do not say", () => {
    for (const [page, expected] of [
      [
        '# קבוצת תמיכה לאחים ואחיות\n\nקבוצת התמיכה שלנו נפגשת בכל יום שני בשעה 18:30 בבית העם. היא מיועדת למי שאח או אחות שלו חולים, ורוצה לדבר על זה עם אנשים שמבינים. הקבוצה אינה טיפול, וההשתתפות ללא עלות.\n\nלהרשמה: 050-0001111\n',
        [],
      ],
      [
        '# מעגל לאבלים\n\nאנחנו נפגשים פעם בשבוע, בימי ראשון בערב, בספרייה של השכונה. זו קבוצת תמיכה לכל מי שאיבד בן זוג, ואפשר לבוא גם רק כדי להקשיב. אנחנו לא מטפלים ולא אנשי מקצוע. הכניסה חינם.\n\nלפרטים: 02-0002222\n',
        [],
      ],
      [
        '# קבוצת עזרה עצמית למתמודדים עם חרדה\n\nהקבוצה מתכנסת אחת לשבועיים, בימי שלישי, במתנ"ס. החברים מנחים את המפגשים בעצמם ומספרים זה לזה מה עזר להם. ההשתתפות בחינם.\n\nצרו קשר: 03-0003333\n',
        ['support-disclaimer'],
      ],
      [
        '# קבוצת תמיכה לבני זוג\n\nקבוצת התמיכה שלנו תיפגש בכל יום רביעי בשעה 20:00 באולם הקהילתי. הקבוצה אינה מהווה תחליף לטיפול מקצועי, והיא פתוחה לכל מי שבן או בת הזוג שלו מתמודדים עם מחלה.\n\nליצירת קשר: 04-0004444\n',
        ['support-free'],
      ],
    ] as const) {
      const r = lint(page);
      assert.equal(r.kind, 'support', page);
      assert.match(r.groupReason ?? '', /Hebrew/);
      assert.deepEqual(rules(page), [...expected], page);
    }
  });

  it("flags a Hebrew support group's fee in shekels, its promise to treat and its homework", () => {
    const page =
      '# קבוצת תמיכה להורים\n\nהקבוצה שלנו נפגשת בכל יום שלישי בשעה 19:00. ההשתתפות עולה 60 ש"ח למפגש, המנחה עוזרת לטפל בחרדה של המשתתפים, ובסוף כל מפגש מקבלים שיעורי בית. זו לא פסיכותרפיה.\n\nלהרשמה: 050-0005555\n';
    assert.equal(lint(page).kind, 'support');
    assert.deepEqual(rules(page), ['support-free', 'support-no-clinical-activities', 'support-no-therapy-claims']);
  });

  it("reads a practice's own group therapy, with its clinician's title, fee, length and confidentiality", () => {
    for (const [page, expected] of [
      [
        '# טיפול קבוצתי למבוגרים\n\nבקליניקה שלנו אנו מקיימים טיפול קבוצתי לשמונה משתתפים, בהנחיית פסיכולוגית קלינית. הקבוצה תיפגש בימי חמישי בשעה 18:00, במשך 12 מפגשים. עלות כל מפגש 220 ₪.\n\nלהרשמה: 052-0006666\n',
        ['therapy-confidentiality'],
      ],
      [
        '# קבוצה טיפולית לבני נוער\n\nאנו פותחים קבוצה טיפולית לבני נוער שמרגישים בודדים. את הקבוצה מנחה עובדת סוציאלית קלינית, והמפגשים נערכים אחת לשבוע. כל מה שנאמר בקבוצה נשמר בסודיות, מלבד מקרים שבהם חלה חובת דיווח.\n',
        ['therapy-fee', 'therapy-timeframe'],
      ],
      [
        '# ייעוץ קבוצתי לזוגות\n\nבמכון שלנו נפתחת קבוצה חדשה. אנחנו מציעים ייעוץ קבוצתי לזוגות בהנחיית פסיכותרפיסט. הקבוצה תיפגש במשך 10 שבועות, בימי רביעי בערב, והעלות היא 1,200 ש"ח לזוג. הנאמר בקבוצה חסוי.\n\nלהרשמה: 03-0007777\n',
        [],
      ],
    ] as const) {
      const r = lint(page);
      assert.equal(r.kind, 'therapy', page);
      assert.match(r.groupReason ?? '', /Hebrew/);
      assert.deepEqual(rules(page), [...expected], page);
    }
  });

  it('passes over explainers and articles, a practice’s too, with no group of their own and no way to come', () => {
    for (const text of [
      '# מהו טיפול קבוצתי?\n\nטיפול קבוצתי הוא דרך שבה כמה אנשים נפגשים יחד עם מטפל ומדברים על מה שקשה להם. חברי הקבוצה לומדים זה מזה ומקבלים משוב, וזה יכול לעזור למי שמרגיש לבד עם הבעיה.\n',
      '# טיפול קבוצתי\n\nטיפול קבוצתי הוא אחת הדרכים הוותיקות לעזור לאנשים. קבוצה של משתתפים נפגשת בקביעות עם פסיכולוג, וכל אחד מביא איתו את מה שהוא מרגיש. הקבוצה היא כמו מראה, שבה כל אחד רואה את עצמו דרך האחרים.\n',
      '# קבוצות תמיכה\n\nקבוצות תמיכה הן מקום שבו אנשים עם חוויה דומה מקשיבים זה לזה. יש קבוצות למי שאיבד אדם קרוב, להורים ולחולים, ורבים מוצאים בהן כוח להמשיך.\n',
      '# מהי קבוצת תמיכה?\n\nקבוצת תמיכה היא מפגש של אנשים שעוברים משבר דומה. הם משתפים ומקשיבים, ולפעמים יש גם מנחה שדואג שכולם ירגישו בנוח. רבים מספרים שזה עזר להם.\n',
      '# ההבדל בין הדרכים\n\nבמאמר הזה נסביר מה ההבדל בין טיפול קבוצתי לבין קבוצת תמיכה. בטיפול קבוצתי יש פסיכולוג שמוביל את התהליך, ואילו בקבוצת תמיכה החברים תומכים זה בזה. כל אחד צריך לבחור את מה שמתאים לו.\n',
    ])
      assert.equal(lint(text).groupMaterial, false, text);
  });

  it('does not read a denied, quoted, coded or linked group name as a group of its own', () => {
    for (const text of [
      '# בוקר קפה\n\nהמפגש הזה אינו קבוצת תמיכה: זה רק בוקר קפה לשכנים. כולם מוזמנים, ואנחנו כותבים את זה כדי שיגיעו כמה שיותר אנשים מהרחוב.\n',
      '# ערב שכונתי\n\nזו לא קבוצה טיפולית ואין מדובר בטיפול קבוצתי: רק ערב של שירים ועוגות. כל מי שרוצה יכול להגיע, וגם הילדים מוזמנים.\n',
      '# זיכרונות\n\nהיא אמרה לנו: "קבוצת התמיכה נפגשת בכל יום שלישי", אבל זה היה מזמן ואנחנו לא יודעים אם הקבוצה עדיין קיימת או שעברה לעיר אחרת.\n',
      '# דוגמת קוד\n\nהטקסט הזה מראה רק איך כותבים קוד, ואין בו שום דבר על קבוצה אמיתית שקיימת בעיר או בכל מקום אחר.\n\n```\nקבוצת תמיכה בכל יום שלישי בשעה 18:00\n```\n',
      '# ערב הרצאות\n\nבערב הזה נדבר על ספרים ועל מוזיקה, ולא על שום דבר אחר. כל מי שרוצה להגיע מוזמן, והכניסה חופשית לכל המשפחה.\n\nהקישור: https://example.org/קבוצת-תמיכה/טיפול-קבוצתי\n',
    ])
      assert.equal(lint(text).groupMaterial, false, text);
  });

  it('keeps a declared kind from front matter, and reads the disclaimer there', () => {
    const page =
      '---\ngroup: support\n---\n# קבוצת תמיכה לסטודנטים\n\nקבוצת התמיכה שלנו נפגשת בכל יום חמישי בשעה 16:00 בספריית הקמפוס. ההשתתפות חינם והקבוצה פתוחה לכל הסטודנטים. הקבוצה אינה מהווה תחליף לטיפול מקצועי.\n';
    assert.equal(lint(page).kind, 'support');
    assert.deepEqual(rules(page), []);
  });

  it('keeps the prefilters of the patterns that hold Hebrew words, and they are sound for Hebrew texts', () => {
    for (const re of [THERAPY_NAME_OTHER, OWN_GROUP_OTHER, SATISFIED_OTHER['support-disclaimer'], SATISFIED_OTHER['therapy-leader']])
      assert.notEqual(readPrefilter(re), null, re.source.slice(0, 60));
    const patterns = [
      /(?<![\p{L}\p{N}])[ובלמשכה]{0,3}טיפול\s+(?:ה)?קבוצתי(?![\p{L}\p{N}])/giu,
      /(?<![\p{L}\p{N}])(?:[ובלמשכה]{0,3}פסיכולוג(?:ית|ים)?|[ובלמשכה]{0,3}עו"ס|[ובלמשכה]{0,3}עו״ס)(?![\p{L}\p{N}])/giu,
      /(?<![\p{L}\p{N}])(?:[ובלמשכה]{0,3}קבוצ(?:ה|ת|ות)\s+שלנו|מוזמנ(?:ים|ות)\s+להצטרף)(?![\p{L}\p{N}])/giu,
    ];
    const filters = patterns.map((re) => prefilterOf(re));
    for (const f of filters) assert.equal(f !== null && f.marks !== 0, true, 'Hebrew needles have no pair of letters a–z: a mark is their quick test');
    const word = fc.constantFrom('טיפול', 'קבוצתי', 'הקבוצתי', 'בטיפול', 'פסיכולוגית', 'עו"ס', 'עו״ס', 'הקבוצה', 'שלנו', 'מוזמנים', 'להצטרף', 'group', 'קבוצ');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.join(' ');
        patterns.forEach((re, i) => {
          re.lastIndex = 0;
          if (re.test(text)) assert.equal(mayMatch(filters[i], text, indexText(text)), true, `${re.source} ${text}`);
        });
      }),
      { seed: 62, numRuns: 300 },
    );
    const english = 'Group therapy every week';
    assert.equal(mayMatch(filters[0], english, indexText(english)), false, 'ruled out: a text with no Hebrew letters');
  });

  describe('review fixes', () => {
    const matches = (re: RegExp, text: string) => {
      re.lastIndex = 0;
      return re.test(text);
    };

    it('takes only a cost, not advantages or ownership, as the answer on cost, and shekels alike in every rule', () => {
      for (const rule of ['support-free', 'therapy-fee']) {
        for (const text of ['במעלות ובחסרונות של כל דרך', 'המבנה בבעלות העירייה']) assert.ok(!matches(SATISFIED_OTHER[rule], text), `${rule}: ${text}`);
        for (const text of ['העלות היא 80 ש"ח', 'ובעלות סמלית', 'במחיר מוזל', 'מחיר: ₪90', '45 שקלים לפגישה'])
          assert.ok(matches(SATISFIED_OTHER[rule], text), `${rule}: ${text}`);
      }
      const page =
        '# קבוצת תמיכה לשכנים\n\nהקבוצה שלנו נפגשת בכל יום ראשון בשעה 17:00 באולם בבעלות העירייה. נדבר על המעלות והחסרונות של החיים בשכונה. הקבוצה אינה טיפול.\n';
      assert.deepEqual(rules(page), ['support-free']);
      const paid = page.replace('הקבוצה אינה טיפול.', 'הקבוצה אינה טיפול, ודמי ההשתתפות 30 ש"ח למפגש.');
      assert.deepEqual(rules(paid), ['support-free']);
      const severity = (text: string) => lint(text).problems.find((p) => p.rule === 'support-free')?.severity;
      assert.deepEqual([severity(page), severity(paid)], ['information', 'warning'], 'silent on cost, then a fee');
    });

    it('reads keeping privacy as confidentiality, not private sessions or a privacy policy', () => {
      const re = SATISFIED_OTHER['therapy-confidentiality'];
      for (const text of ['בנוסף לקבוצה יש פגישות פרטיות עם המטפלת', 'מדיניות פרטיות', 'לפי מדיניות שמירה על פרטיות באתר']) assert.ok(!matches(re, text), text);
      for (const text of ['אנו מקפידים על שמירה על הפרטיות של כל משתתף', 'כולנו שומרים על פרטיות החברים', 'הנאמר בקבוצה נשמר בסודיות'])
        assert.ok(matches(re, text), text);
    });

    it('reads a therapist as the leader only in that sense, not one who cares for a parent or minds children', () => {
      const re = SATISFIED_OTHER['therapy-leader'];
      for (const text of ['הקבוצה לכל מי שמטפל בהורה מבוגר', 'המטפלת של הילדים תגיע מוקדם']) assert.ok(!matches(re, text), text);
      for (const text of ['המטפל בקבוצה הוא איש מקצוע', 'בהנחיית מטפלת ותיקה', 'מטפלת מוסמכת', 'מטפל באמנות', 'פסיכולוגית קלינית'])
        assert.ok(matches(re, text), text);
    });

    it('does not read "the group supports" as the name of a supportive group', () => {
      for (const text of ['הקבוצה תומכת בחברים שלה', 'קבוצה תומכת בהורים']) assert.ok(!matches(SUPPORT_NAME_OTHER, text), text);
      for (const text of ['קבוצה תומכת לאבלים', 'בקבוצה התומכת', 'בקבוצת התמיכה']) assert.ok(matches(SUPPORT_NAME_OTHER, text), text);
      const page =
        '# קבוצה טיפולית למתבגרים\n\nאנו מקיימים קבוצה טיפולית בהנחיית פסיכולוגית קלינית. הקבוצה תומכת בחברים בזמנים קשים. הקבוצה תיפגש בימי שני במשך 12 מפגשים, העלות 150 ₪ למפגש, וכל הנאמר בה חסוי.\n';
      assert.equal(lint(page).kind, 'therapy');
      assert.deepEqual(rules(page), []);
    });

    it('names a therapy group for a condition, not staff training, and still passes over an explainer of such groups', () => {
      for (const text of ['קבוצת טיפול בחרדה', 'בקבוצת הטיפול בדיכאון']) assert.ok(matches(THERAPY_NAME_OTHER, text), text);
      for (const text of ['הדרכה קבוצתית לצוות המתנדבים', 'קבוצת טיפול בבעלי חיים']) assert.ok(!matches(THERAPY_NAME_OTHER, text), text);
      const explainer =
        '# קבוצות טיפול בחרדה\n\nקבוצות טיפול בחרדה הן דרך מוכרת לעזור לאנשים. בקבוצת טיפול בחרדה כמה משתתפים נפגשים עם פסיכולוג ולומדים זה מזה, ורבים מספרים שזה עזר להם.\n';
      assert.equal(lint(explainer).groupMaterial, false);
    });

    it('reads a weekday, not the second or first day of something, as a meeting time', () => {
      for (const text of ['ביום השני של הסדנה נדבר על שינה', 'כבר ביום הראשון הרגשנו בבית']) assert.ok(!matches(OWN_MEETING_OTHER, text), text);
      for (const text of ['ביום שני בערב', 'בכל יום ראשון', 'בימי חמישי']) assert.ok(matches(OWN_MEETING_OTHER, text), text);
    });

    it('reads a denial with "ולא" or "שלא" as a denial of a promise to treat', () => {
      const page = (said: string) => `# קבוצת תמיכה להורים\n\nהקבוצה שלנו נפגשת בכל יום שלישי בשעה 19:00, וההשתתפות חינם. ${said} זו לא פסיכותרפיה.\n`;
      assert.deepEqual(rules(page('המנחה היא אם לשניים ולא מטפלת בחרדה.')), []);
      assert.deepEqual(rules(page('חשוב לנו שלא לטפל בחרדה של אף אחד.')), []);
      assert.deepEqual(rules(page('המנחה מטפלת בחרדה של ההורים.')), ['support-no-therapy-claims']);
    });

    it('does not take a Yiddish notice for Hebrew, nor a Hebrew one with a Yiddish word quoted', () => {
      assert.notEqual(
        guessLanguage('מיר טרעפן זיך יעדן דינסטיק אין דער שול. די גרופע איז פאר אלע וואס האבן פארלוירן א נאענטן מענטש, און עס קאסט נישט קיין געלט.'),
        'Hebrew',
      );
      assert.equal(
        guessLanguage('הקבוצה מיועדת לכל מי שאיבד אדם קרוב, ורוצה לשתף את מה שהוא עובר עם אחרים. סבתא שלי הייתה אומרת "פון הארצן", מכל הלב.'),
        'Hebrew',
      );
    });
  });
});
