// Russian, Ukrainian and Bulgarian words in the other languages' patterns (engine/languages.ts), after a review: a support group's
// name, a weekday, a disclaimer, a charge, "we", a where-row and what members come with, read only where meant, with the cases that
// were wrong and near misses that must keep working. All texts here are the team's own.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { DAY_WORD, FIRST_PERSON_MEETING, SATISFIED_OTHER, SUPPORT_NAME_OTHER, WHERE_ROW } from '../../server/src/engine/languages';
import { check, rules } from '../support/languages';

describe('Russian, Ukrainian and Bulgarian words read where they are meant', () => {
  it('names a support group by the group word and the noun in the genitive, not "коли" nor a group that gets support', () => {
    check(
      SUPPORT_NAME_OTHER,
      [
        'Группа поддержки для мам',
        'в группе взаимопомощи',
        'группы психологической поддержки',
        'у групі психологічної підтримки',
        'групи взаємодопомоги',
        'коло підтримки',
        'в кругу поддержки',
        'групата за взаимопомощ',
        'групи за емоционална подкрепа',
      ],
      [
        'Коли підтримка потрібна найбільше',
        'Терапевтическая группа благодарит за поддержку',
        'Каждая группа получает поддержку супервизора',
        'группировка без поддержки',
        'Група отримує підтримку від громади',
        'група шукає підтримки',
        'Групата благодари за подкрепата',
      ],
    );
  });

  it('reads "среду" and "средам" as Wednesday after "в", "каждую", "по" or before a time, not a safe environment', () => {
    check(
      DAY_WORD,
      ['Встречаемся в среду вечером', 'каждую среду', 'по средам в 18:00', 'в эту среду', 'следующую среду', 'у середу'],
      ['Мы создаём безопасную среду для всех', 'в безопасную среду', 'поддерживающую среду', 'городская среда'],
    );
  });

  it('reads a disclaimer, but not "not only psychologists" nor a thing that does not cancel treatment', () => {
    check(
      SATISFIED_OTHER['support-disclaimer'],
      [
        'Это не групповая психотерапия.',
        'Это не замена лечению.',
        'Это не заменяет лечения у врача.',
        'Группа не является заменой терапии.',
        'Це не групова терапія.',
        'Това не е групова терапия.',
        'Мы не психологи и не врачи.',
        'Ние не сме психолози.',
      ],
      [
        'Мы не только психологи, но и родители.',
        'Ми не лише психологи, а й батьки.',
        'Ние не сме само психолози.',
        'Не сме просто терапевти.',
        'Это не отменяет лечения у врача.',
        'Це не скасовує лікування.',
        'Това не отменя лечението.',
        'Это не заменяет.',
      ],
    );
  });

  it('reads "не более 500 руб" (no more than) as a charge, as a price alone is', () => {
    const page = (cost: string) =>
      `# Группа поддержки для родственников\n\nНаша группа поддержки встречается каждый вторник в 18:00 в библиотеке. Это место, где родственники людей с деменцией могут поделиться опытом и выслушать других. ${cost} Группа не является психотерапией.\n\nЗапись по телефону: 555 0101\n`;
    assert.deepEqual(rules(page('Взнос — не более 500 руб за встречу.')), ['support-free']);
    assert.deepEqual(rules(page('Взнос 300 руб за встречу.')), ['support-free']);
    assert.deepEqual(rules(page('Участие бесплатное.')), []);
  });

  it('reads a sentence of 60 KB of "люди, " once, and people who meet, with a clause between commas, as such groups in general', function () {
    // (Ten thousand matches in one sentence: a few seconds alone, more beside the whole suite's heap; a quadratic reading would take minutes.)
    this.timeout(60_000);
    const intro =
      '# Группа поддержки\n\nЭто место, где можно поговорить о том, что тревожит, и где все могут выслушать других, если это им нужно. Это не терапия.\n\n';
    const page = (n: number) => `${intro}Наша группа поддержки встречается раз в месяц, и ${'люди, '.repeat(n)}приходят.\n`;
    assert.deepEqual(rules(page(10_000)), ['support-free']);
    assert.deepEqual(rules(page(3)), ['support-free']);
    for (const text of [
      '# О группах поддержки\n\nЛюди, которые потеряли близких, часто собираются вместе, чтобы поговорить. Такие группы поддержки есть во многих городах.\n',
      '# Про групи підтримки\n\nЛюди, які втратили близьких, часто збираються разом, щоб поговорити. Такі групи підтримки є в багатьох містах.\n',
      '# О группах поддержки\n\nЛюди, пережившие утрату, обычно собираются раз в месяц, чтобы поговорить. Такие группы поддержки есть во многих городах.\n',
    ])
      assert.equal(lint(text).groupMaterial, false, text);
  });

  it('reads a group\'s own page that names neither kind, in each, by its group word, its "we" and what its members come with', () => {
    for (const [page, language] of [
      [
        '# Встречи для тех, кто потерял близких\n\nНаша группа встречается каждую среду в 18:00 в библиотеке на Садовой. Мы говорим об утрате и о том, как жить дальше. Приходите, мы будем рады.\n\nЗапись по телефону: 555 0161\n',
        'Russian',
      ],
      [
        '# Зустрічі для родичів\n\nНаша група збирається щочетверга о 18:00 у громадському центрі. Ми говоримо про втрату близьких і про те, як жити далі. Приходьте, ми будемо раді.\n\nЗапис за телефоном: 555 0162\n',
        'Ukrainian',
      ],
      [
        '# Срещи за близки\n\nНашата група се събира всеки вторник от 18:00 ч. в читалището. Ние говорим за загубата и за това как да продължим напред. Заповядайте, ние ще се радваме.\n\nЗа контакти: 0888 123 456\n',
        'Bulgarian',
      ],
    ] as const) {
      const r = lint(page);
      assert.match(r.groupReason ?? '', new RegExp(`in ${language}, it is one group's own page`), page);
      assert.deepEqual(rules(page), ['declare-kind'], page);
    }
    // (A choir that meets names no such thing.)
    const choir =
      '# Хор ветеранов\n\nНаша группа встречается каждую среду в 18:00 в библиотеке на Садовой. Мы поём песни и пьём чай. Приходите, мы будем рады.\n\nЗапись по телефону: 555 0163\n';
    assert.equal(lint(choir).groupMaterial, false);
  });

  it('reads "где", "де", "къде" as a where-row, and "ми" as we in Ukrainian, not Bulgarian "me" in "обадете ми се"', () => {
    for (const label of ['Где', 'Де', 'Къде', 'Место', 'Місце']) assert.ok(WHERE_ROW.test(label), label);
    for (const label of ['Когда', 'Коли', 'Час']) assert.ok(!WHERE_ROW.test(label), label);
    for (const text of ['Мы встречаемся по средам', 'Ми збираємося щосереди', 'Ние се срещаме всяка сряда']) assert.ok(FIRST_PERSON_MEETING.test(text), text);
    for (const text of ['Обадете ми се в сряда', 'Пишете ми в сряда', 'Ще ми е приятно да дойдете']) assert.ok(!FIRST_PERSON_MEETING.test(text), text);
  });
});
