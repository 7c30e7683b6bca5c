// Pages in French, Spanish, Italian, Portuguese and Catalan that call themselves an article in their own text ("dans cet article",
// "neste artigo", "este artículo explica"): writing about groups, not a group's own page, unless they give a sign-up, the day and hour
// a group meets, or a group named beside a way to reach it. All sentences are the team's own words (invented names, 555 numbers).
import * as assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { ARTICLE_SELF_OTHER, FIRING_OTHER, SATISFIED_OTHER } from '../../server/src/engine/languages';

const finds = (text: string) => new RegExp(ARTICLE_SELF_OTHER.source, 'iu').test(text);

describe('Romance-language pages that call themselves an article', () => {
  it('reads the page naming itself an article, a post or a guide, in each language and word order', () => {
    for (const text of [
      'Neste artigo, vamos ver como funciona um grupo de apoio.',
      'Este artigo apresenta os efeitos clínicos da terapia em grupo.',
      'O objetivo deste artigo é discutir a terapia de grupo.',
      'Dans cet article, nous présentons les groupes de parole.',
      'Cet article explique le fonctionnement de la thérapie de groupe.',
      'En este artículo te explicamos qué es la terapia de grupo.',
      'Este post describe las ventajas de los grupos de apoyo.',
      'El objetivo de este artículo es comparar dos enfoques.',
      'In questo articolo vediamo come funziona la psicoterapia di gruppo.',
      'Questo articolo spiega i benefici dei gruppi di auto mutuo aiuto.',
      'En aquest article us expliquem què és un grup de suport.',
      'Aquest article descriu la teràpia de grup.',
    ])
      assert.ok(finds(text), text);
  });

  it('reads "el presente artículo", "quest’articolo" and "neste texto", and a pronoun only before a verb of telling', () => {
    for (const text of [
      'En el presente artículo repasamos cómo nace un grupo de ayuda mutua.',
      'No presente artigo abordamos a história da associação.',
      'Nel presente articolo vediamo come nasce un gruppo di auto mutuo aiuto.',
      'In quest’articolo parliamo dei gruppi di auto mutuo aiuto.',
      'Neste texto explicamos como se forma um grupo de ajuda mútua.',
      'Questa guida vi spiega come si svolge un incontro.',
      'Cet article vous présente les groupes d’entraide.',
    ])
      assert.ok(finds(text), text);
  });

  it('does not read a pronoun or article that follows the word, nor a guide who is a person', () => {
    for (const text of [
      'Ce texte, les membres du groupe l’ont écrit ensemble.',
      'Questa guida vi accompagnerà al primo incontro: è una volontaria del gruppo.',
      'Esta guía te acompañará en tu primera reunión.',
      'Ce guide, on le remercie pour sa patience.',
    ])
      assert.ok(!finds(text), text);
  });

  it('reads a page in its own voice as a group’s page, even when it points to an article or a guide', () => {
    const italian =
      '# Gruppo di auto-aiuto per genitori\n\nIl nostro gruppo di auto-aiuto si incontra ogni due settimane nella sala parrocchiale. Questa guida vi accompagnerà al primo incontro: è una volontaria del gruppo.\n';
    assert.equal(lint(italian).kind, 'support');
    const spanish =
      '# Grupo de apoyo para cuidadores\n\nEn este artículo de la Gaceta Local cuentan cómo nació nuestro grupo de apoyo para cuidadores. Nos reunimos una vez al mes y es gratuito. Más información en www.ejemplo.org.\n';
    assert.equal(lint(spanish).kind, 'support');
  });

  it('does not read a group, a statute’s article or an article named in passing', () => {
    for (const text of [
      'Este grupo se reúne todos los martes.',
      'Según el artículo 12 de la ley, los datos son confidenciales.',
      'Lisez cet article du journal local sur notre groupe.',
      'Questo gruppo di auto mutuo aiuto si incontra il lunedì.',
      'O artigo publicado ontem falava do nosso grupo.',
    ])
      assert.ok(!finds(text), text);
  });

  it('passes over a Portuguese explainer on group therapy that calls itself an article', () => {
    const text =
      '# Terapia em grupo na clínica\n\nA terapia em grupo reúne vários pacientes com um psicólogo. Este artigo detalha os efeitos clínicos e administrativos da terapia em grupo para consultórios.\n\nA terapia em grupo tem sessões semanais de 90 minutos, e o valor da sessão costuma ser menor. A Resolução 011/2018 trata do atendimento online.\n';
    assert.equal(lint(text).groupMaterial, false);
  });

  it('passes over a Spanish and a French explainer on support groups that gives only a link', () => {
    for (const text of [
      '# Los grupos de apoyo\n\nEn este artículo te explicamos qué son los grupos de apoyo para el duelo. Los grupos de apoyo se reúnen una vez por semana y no tienen coste. La asociación que organiza los grupos tiene su web en www.ejemplo.org.\n',
      '# Les groupes de parole\n\nDans cet article, nous expliquons ce qu’est un groupe de parole pour les personnes endeuillées et comment il peut aider. Le groupe de parole se réunit une fois par mois, et la participation est gratuite. Pour en savoir plus : www.exemple.org.\n',
    ])
      assert.equal(lint(text).groupMaterial, false, text);
  });

  it('still reads a notice that calls itself an article but gives a sign-up or its day and hour', () => {
    for (const text of [
      '# Grupo de apoio ao luto\n\nNeste artigo, apresentamos o nosso grupo de apoio ao luto, que é aberto a todas as pessoas que perderam alguém e que querem partilhar a sua experiência com outras pessoas. O grupo reúne-se às terças-feiras, das 18h às 20h, na Rua das Flores 12. Inscreva-se pelo telefone 555-0142.\n',
      '# Groupe de parole pour les aidants\n\nDans cet article, nous présentons notre groupe de parole pour les aidants, qui est ouvert à toutes les personnes qui accompagnent un proche malade et qui veulent parler de leur expérience avec les autres. Le groupe se réunit le mardi de 14h à 16h, 12 rue des Lilas. Inscrivez-vous au 555 01 42.\n',
    ])
      assert.equal(lint(text).groupMaterial, true, text);
  });

  it('reads quoted words as no self-description of the page', () => {
    const text =
      '# Grupo de apoyo Los Álamos\n\nSomos un grupo de apoyo para las personas que han perdido a un ser querido y que quieren compartir su experiencia con los demás. Nos reunimos los jueves a las 19:00 en la calle Mayor 5. Un periódico escribió sobre nosotros: «en este artículo hablamos de los grupos de apoyo».\n';
    assert.equal(lint(text).groupMaterial, true);
  });
});

describe('Romance-language support groups set apart from therapy', () => {
  const disclaimer = new RegExp(SATISFIED_OTHER['support-disclaimer'].source, 'iu');

  it('reads the group set apart from therapy or a clinician’s work as its disclaimer, in each language', () => {
    for (const text of [
      'Ce n’est pas le travail que l’on fait avec un psychologue : ici, chacun partage son vécu.',
      'Ce n’est pas le même accompagnement qu’une psychothérapie.',
      'Le cercle est différent d’une thérapie : on y échange entre pairs.',
      'Nuestro grupo no es lo mismo que una terapia con un psicólogo.',
      'El encuentro es distinto de un tratamiento.',
      'Il gruppo non è la stessa cosa di una psicoterapia.',
      'Il cerchio è diverso da un percorso con lo psicologo.',
      'A roda de conversa não é o mesmo que fazer terapia.',
      'O encontro é diferente de um tratamento.',
      'La trobada no és el mateix que una teràpia.',
      'Il cerchio è diverso dalle terapie.',
      'La reunión es diferente de las terapias.',
      'Le cercle est différent des thérapies.',
    ])
      assert.ok(disclaimer.test(text), text);
  });

  it('does not read "not different from therapy", or "not the same" that goes on past a colon or comma', () => {
    for (const text of [
      'Notre atelier n’est pas différent d’une thérapie : c’est une thérapie de groupe.',
      'La reunión no es distinta de una terapia.',
      'La reunión no es tan distinta de una psicoterapia.',
      'Il cerchio non è così diverso da una terapia.',
      'A roda não é diferente de uma terapia.',
      'Il cerchio non è lo stesso di un tempo: adesso lo guida una psicoterapeuta.',
      'La reunión no es lo mismo que antes, ahora la lleva una psicóloga.',
    ])
      assert.ok(!disclaimer.test(text), text);
  });

  it('does not read individual therapy set against group therapy, or one group set against another', () => {
    for (const text of [
      'La thérapie de groupe est différente de la thérapie individuelle.',
      'La terapia de grupo es distinta de la terapia individual.',
      'A terapia em grupo é diferente de uma terapia individual.',
      'Ce n’est pas le même groupe que celui du lundi.',
      'Il gruppo del giovedì è diverso da quello del martedì.',
    ])
      assert.ok(!disclaimer.test(text), text);
  });

  it('asks no disclaimer of a French talking group that sets itself apart from a psychologist’s work', () => {
    const text =
      '# Groupe de parole pour les proches\n\nNotre groupe de parole est ouvert à toutes les personnes qui accompagnent un proche malade et qui veulent en parler avec d’autres. Ce n’est pas le même travail que celui que l’on fait avec un psychologue : nous partageons nos expériences entre pairs. Le groupe se réunit le jeudi de 18h à 20h, 4 rue des Tilleuls. La participation est gratuite. Contact : 555 01 77.\n';
    const result = lint(text);
    assert.equal(result.kind, 'support');
    const rules = result.problems.map((p) => p.rule);
    assert.ok(!rules.includes('support-disclaimer'), rules.join(', '));
  });
});

describe('Romance-language support groups whose own meetings are called therapeutic', () => {
  const claim = new RegExp(FIRING_OTHER['support-no-therapy-claims'].source, 'iu');

  it('reads talks, sessions or meetings called therapeutic as a therapy claim, in each language', () => {
    for (const text of [
      'Cada semana tenemos charlas terapéuticas entre compañeros.',
      'Ofrecemos encuentros terapéuticos a las familias.',
      'Organizziamo incontri terapeutici una volta al mese.',
      'Le groupe propose des rencontres thérapeutiques le samedi.',
      'Fazemos rodas terapêuticas às quartas-feiras.',
      'Cada mes fem xerrades terapèutiques.',
      'Cada sesión terapéutica dura noventa minutos.',
      'Chaque mois, nous proposons une séance thérapeutique.',
      'Il primo incontro terapeutico si tiene a settembre.',
    ])
      assert.ok(claim.test(text), text);
  });

  it('does not read them denied', () => {
    for (const text of [
      'No son sesiones terapéuticas: compartimos experiencias.',
      'Ce ne sont pas des séances thérapeutiques.',
      'Non sono sedute terapeutiche.',
      'No es una sesión terapéutica.',
      'Ce n’est pas une séance thérapeutique.',
      'Non è un incontro terapeutico.',
    ])
      assert.ok(!claim.test(text), text);
  });
});
