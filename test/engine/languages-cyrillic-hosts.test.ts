// Russian, Ukrainian and Bulgarian pages of a host that holds recurring meetings of its own group, said in the third person and with no
// weekday ("фонд проводит регулярные встречи группы поддержки"), read as the group's own page; not the same words in the past, denied,
// in a clause that defines such a body, or in an explainer. All texts here are the team's own.
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { OWN_MEETING_OTHER } from '../../server/src/engine/languages';

const matches = (re: RegExp, text: string): boolean => {
  re.lastIndex = 0;
  return re.test(text);
};

describe('Russian, Ukrainian and Bulgarian hosts holding regular meetings of their own group', () => {
  it('reads a host holding or organising recurring meetings, in each language, and not in the past, denied or defining', () => {
    for (const text of [
      'Фонд проводит регулярные встречи для родственников.',
      'Центр организует ежемесячные встречи группы.',
      'Организация проводит постоянные занятия для мам.',
      'Громадська організація проводить щотижневі зустрічі для батьків.',
      'Центр організовує регулярні зустрічі групи.',
      'Сдружението провежда редовни срещи на групата.',
      'Фондацията организира ежемесечни срещи за родители.',
    ])
      assert.ok(matches(OWN_MEETING_OTHER, text), text);
    for (const text of [
      'Сдружението проведе 12 седмични срещи през есента.',
      'Фонд проводил регулярные встречи до 2019 года.',
      'Центр не проводит регулярные встречи летом.',
      'Группа поддержки — это сообщество, которое проводит регулярные встречи.',
      'Група за подкрепа е общност, която провежда редовни срещи.',
      'Спільнота, яка проводить регулярні зустрічі, допомагає людям.',
      'Центр проводит регулярные проверки качества.',
    ])
      assert.ok(!matches(OWN_MEETING_OTHER, text), text);
  });

  it('reads such a page as a support group of its own, in each language', () => {
    for (const [page, language] of [
      [
        '# Группа взаимопомощи для близких\n\nБлаготворительный фонд «Рядом» проводит регулярные встречи группы взаимопомощи для родственников людей с деменцией. Мы знаем, что это трудно, и если вам тоже нужна поддержка, вы можете прийти: на встречах участники делятся опытом. Это бесплатно.\n',
        'Russian',
      ],
      [
        '# Група взаємодопомоги для батьків\n\nГромадська організація «Поруч» проводить щотижневі зустрічі групи взаємодопомоги для батьків дітей з аутизмом. Ми знаємо, що це важко, і якщо вам теж потрібна підтримка, ви можете прийти: учасники діляться досвідом. Це безкоштовно.\n',
        'Ukrainian',
      ],
      [
        '# Група за взаимопомощ за близки\n\nСдружение „Заедно“ провежда редовни срещи на група за взаимопомощ за близки на хора с деменция. Знаем, че това е трудно, и ако и вие имате нужда от подкрепа, може да дойдете: участниците споделят опит. Това е безплатно.\n',
        'Bulgarian',
      ],
    ] as const) {
      const r = lint(page);
      assert.equal(r.kind, 'support', page);
      assert.match(r.groupReason ?? '', new RegExp(`in ${language}`), page);
    }
  });

  it('passes over a report of a finished run and an explainer of such groups', () => {
    for (const text of [
      '# Група за взаимопомощ за близки\n\nПрез есента сдружение „Заедно“ проведе 10 седмични срещи на група за взаимопомощ за близки на хора с деменция. Знаем, че това е трудно, и участниците споделиха, че това им е помогнало.\n',
      '# Что такое группа взаимопомощи\n\nГруппа взаимопомощи — это сообщество людей, которое проводит регулярные встречи, чтобы делиться опытом. Такие группы есть во многих городах.\n',
      '# Що таке група взаємодопомоги\n\nГрупа взаємодопомоги — це спільнота, яка проводить регулярні зустрічі, щоб ділитися досвідом. Такі групи є в багатьох містах.\n',
    ])
      assert.equal(lint(text).groupMaterial, false, text);
  });

  it('passes over another body holding meetings with someone or a board\'s assemblies, and a Ukrainian "котра", but reads the adverb first', () => {
    for (const text of [
      'Партия проводит регулярные встречи с избирателями.',
      'Депутат проводить регулярні зустрічі з виборцями.',
      'Совет директоров проводит регулярные собрания акционеров.',
      'Організація, котра проводить регулярні зустрічі, допомагає людям.',
      'Центр, который регулярно проводит встречи, помогает людям.',
    ])
      assert.ok(!matches(OWN_MEETING_OTHER, text), text);
    for (const text of [
      'Фонд проводит регулярные встречи для родственников.',
      'Центр регулярно проводит встречи для родителей.',
      'Організація регулярно проводить зустрічі групи.',
      'Сдружението редовно провежда срещи за родители.',
    ])
      assert.ok(matches(OWN_MEETING_OTHER, text), text);
  });
});
