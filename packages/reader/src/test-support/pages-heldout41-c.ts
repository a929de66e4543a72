import { links, type TestPage, texts } from './page-kit.js';
import { abcNews } from './pages-heldout41-c2.js';

/**
 * Held-out batch 41, file c: a Le Monde in English article (the "Le Monde in English" bar with its French link, nav,
 * "Subscribe" and "Log in", breadcrumb, headline, the article__desc standfirst, author with place and role, published and
 * updated line, reading time with a screen-reader label, share and save, the lead photo with caption and upper-case credit,
 * an inline "Read more" link marked "Subscribers only", article__sub-title headings, the translation notice, "Reuse this
 * content", "The latest" list, the pay-or-consent cookie wall and the footer).
 */
const lmTitle = 'In France’s Jura mountains, watchmaking schools cannot train apprentices fast enough';
const lmDesc =
  'Swiss manufacturers across the border are hiring every graduate they can find, leaving French workshops in the Doubs ' +
  'department struggling to keep their own.';
const lmBody1 = [
  'At 7:30 am, the workshop of the Edgar-Faure vocational high school in Morteau already smells of cutting oil. Twelve apprentices ' +
    'in grey coats bend over their benches, loupes screwed into one eye, assembling the 80-odd parts of a simple mechanical ' +
    'movement. By June, most of them will have signed a contract – and few will be working in France.',
  'Across the border, less than 15 kilometers away, the Swiss watch industry has been recruiting without pause since 2021. ' +
    'Salaries there start at around 4,500 Swiss francs a month (€4,800), roughly double what a beginner earns in a French ' +
    'workshop. “We train them, and Switzerland hires them,” sighed Patrice Lambert, who has taught at the school for 22 years. ' +
    '“It has always been like this, but never to this extent.”',
  'About 40,000 French residents cross into Switzerland every day to work in the cantons of Neuchâtel, Jura and Vaud, according ' +
    'to the statistics office of the Bourgogne-Franche-Comté region. Watchmaking accounts for a growing share of them, and the ' +
    'pull is felt most keenly by the small French firms that assemble movements, polish cases or repair watches for the ' +
    'domestic market.',
];
const lmH1 = 'Bonuses for those who stay';
const lmBody2 = [
  'At Ateliers Courvoisier, a 30-person company in Villers-le-Lac that restores vintage watches, the manager, Sophie Mairet, ' +
    'has lost four employees in two years, all to Swiss brands. “I cannot compete on salary, so I compete on everything else,” ' +
    'she said: a four-day week in summer, a company car for the longest commutes and, since September, a bonus paid to any ' +
    'apprentice who stays for three years after qualifying.',
  'The region has also tried to respond. In 2024, it financed 60 additional training places in watchmaking and ' +
    'micromechanics, and the Doubs department now runs an information campaign aimed at lycée students, reminding them that ' +
    'the French side of the valley has jobs too.',
];
const lmH2 = 'A single labor pool';
const lmBody3 = [
  'Swiss employers, for their part, reject the accusation of poaching. “The labor market in the Arc jurassien has been a ' +
    'single pool for a century,” said a spokesperson for the employers’ association in Neuchâtel, adding that several Swiss ' +
    'brands fund equipment in French schools.',
  'Some in Morteau see a middle way. A handful of cross-border apprenticeships, in which students alternate between a French ' +
    'school and a Swiss workshop, were launched this autumn. Lambert remains cautious. “It is a good idea,” he said, looking ' +
    'at his students. “But we need some of them to stay.”',
];
const lmNav = ['International', 'France', 'Opinion', 'Lifestyle', 'Culture', 'Economy', 'Environment', 'Science', 'Sports', 'Archives'];
const lmReadMore = 'In Switzerland, the luxury watch industry faces its first slowdown in a decade';
const lmLatest = [
  'Paris Olympic pool to reopen to the public after two-year delay',
  'French farmers block roads near Toulouse over Mercosur deal',
  'The Louvre’s new entrance: What visitors can expect',
];
const lmTranslation = 'Translation of an article originally published in French on lemonde.fr; the publisher may only be liable for the French version.';
const lmFoot = ['Le Monde app', 'Legal notice', 'Terms and conditions', 'Privacy policy', 'Manage cookies', 'Help', 'Contact'];
const lmWall =
  'Le Monde and its partners store and access information on your device to measure audiences, show you personalised ads ' +
  'and offer social features. You can accept, or refuse and subscribe for €2.99 per month.';
const lmP = (ps: readonly string[]): string => ps.map((p) => `<p class="article__paragraph">${p}</p>`).join('\n');
const lmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>In France’s Jura mountains, watchmaking schools cannot train apprentices fast enough</title>
<meta name="description" content="${lmDesc}"><link rel="alternate" hreflang="fr"
href="https://www.lemonde.fr/economie/article/2025/12/02/horlogerie-doubs.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${lmTitle}","inLanguage":"en",
"author":[{"@type":"Person","name":"Hélène Vasseur"}],"datePublished":"2025-12-03T05:15:00+01:00","isAccessibleForFree":true}</script>
<script>var lmd = window.lmd || {}; lmd.context = {"page":{"type":"article","section":"economy","language":"en"}};</script></head>
<body class="article article--content"><div id="habillagepub"></div>
<header id="Header" class="Header"><div class="Header__edition"><span class="Header__edition-name">Le Monde in English</span>
<a class="Header__lang" href="https://www.lemonde.fr/" lang="fr">Version française</a></div>
<a class="Header__logo" href="/en/"><span class="sr-only">Le Monde</span><svg aria-hidden="true"></svg></a>
<nav class="Nav" role="navigation"><ul class="Nav__list">${links(lmNav, 'Nav__item')}</ul></nav>
<div class="Header__account"><a class="Header__subscribe" href="/en/subscribe/">Subscribe</a><a class="Header__login"
href="/en/login/">Log in</a></div></header>
<main id="garde" class="zone zone--article"><section class="article__heading"><ul class="breadcrumb"><li><a href="/en/economy/">Economy</a></li></ul>
<h1 class="article__title">${lmTitle}</h1><p class="article__desc">${lmDesc}</p>
<div class="meta meta__publisher"><span class="meta__author meta__author--page">By <a class="article__author-link" href="/en/signataires/helene-vasseur/">
<span class="author__name">Hélène Vasseur</span></a> (Morteau, Doubs, special correspondent)</span>
<span class="meta__date meta__date--header">Published on December 3, 2025, at 5:15 am (Paris), updated at 11:02 am</span>
<p class="meta__reading-time"><span class="icon__reading-time"></span><span class="sr-only">Time to read</span> 4 min. </p></div>
<div class="meta__social"><button class="meta__social-button js-share">Share</button><ul class="meta__social-list"><li><a href="#">Facebook</a></li>
<li><a href="#">X</a></li><li><a href="#">LinkedIn</a></li><li><a href="#">Email</a></li></ul><button
class="meta__bookmark js-bookmark">Save</button></div></section>
<section class="article__wrapper"><article class="article__content old__article-content-single">
<figure class="article__media"><img src="https://img.lemde.fr/2025/12/02/0/0/5568/3712/664/0/75/0/a1b2c3_5.jpg" alt="">
<figcaption class="article__legend" aria-hidden="true">An apprentice at the Edgar-Faure vocational high school in Morteau (Doubs), on November 20, 2025.
<span class="article__credit">JULIEN MOREAU FOR “LE MONDE”</span></figcaption></figure>
${lmP(lmBody1.slice(0, 2))}
<section class="inread inread--NOUVELLE"><p class="inread__title"><span class="inread__label">Read more</span> <span class="icon__premium" aria-hidden="true">
</span><span class="sr-only">Subscribers only</span> <a class="inread__link"
href="/en/economy/article/2025/10/14/swiss-watches.html">${lmReadMore}</a></p></section>
${lmP(lmBody1.slice(2))}
<h2 class="article__sub-title">${lmH1}</h2>
${lmP(lmBody2)}
<div class="dfp-slot dfp__inread"><div id="dfp-inread" class="dfp__slot"></div></div>
<h2 class="article__sub-title">${lmH2}</h2>
${lmP(lmBody3)}
<p class="article__translation"><em>${lmTranslation}</em></p></article>
<section class="article__reactions"><a class="article__reuse" href="https://www.lemonde.fr/en/syndication/">Reuse this content</a></section>
<aside class="aside__iso"><h3 class="aside__title">The latest</h3><ul class="aside__list">${links(lmLatest, 'aside__item')}</ul></aside></section></main>
<footer class="Footer"><span class="Footer__logo">Le Monde</span><ul class="Footer__list">${links(lmFoot)}</ul><p
class="Footer__copyright">© Le Monde 2025</p></footer>
<div id="gdpr-consent-wall" class="gdpr-lmd-wall" role="dialog" aria-modal="true"><p class="gdpr-lmd-wall__title">Your consent to cookies</p>
<p class="gdpr-lmd-wall__text">${lmWall}</p><button class="gdpr-lmd-button gdpr-lmd-button--main">Accept and continue</button>
<a class="gdpr-lmd-button gdpr-lmd-button--sub" href="/en/subscribe/">Refuse and subscribe</a><a href="#"
class="gdpr-lmd-wall__choices">Manage my choices</a></div>
<script src="https://www.lemonde.fr/bucket/5f3c2a1b/js/article.js" defer></script></body></html>`;
const leMonde: TestPage = {
  html: lmHtml,
  name: 'heldout41-le-monde-english',
  kind: 'news',
  // the article__desc standfirst is body, the two article__sub-title h2s are the headings. The author line (name with place
  // and role) and the published/updated line are bylines ("By" in neither). The inline "Read more" link with its
  // "Subscribers only" label is a related item: furniture; so are the caption and its credit, the reading time, share and
  // save, the translation notice (a site notice, not the reporter's text), "Reuse this content", "The latest", the edition
  // bar, nav, account links, consent wall and footer. "France" (nav) and "Share" are body words ("a growing share"): left
  // out; the "Economy" breadcrumb is the nav's word, listed once; the logo's "Le Monde" is the footer's, listed once
  title: lmTitle,
  headings: [lmH1, lmH2],
  body: [lmDesc, ...texts(lmBody1), ...texts(lmBody2), ...texts(lmBody3)],
  bylines: ['Hélène Vasseur (Morteau, Doubs, special correspondent)', 'Published on December 3, 2025, at 5:15 am (Paris), updated at 11:02 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Le Monde in English', 'Version française', 'Le Monde', ...lmNav.filter((t) => t !== 'France'), 'Subscribe', 'Log in', 'Time to read 4 min.',
    'Facebook', 'X', 'LinkedIn', 'Email', 'Save',
    'An apprentice at the Edgar-Faure vocational high school in Morteau (Doubs), on November 20, 2025.', 'JULIEN MOREAU FOR “LE MONDE”',
    'Read more', 'Subscribers only', lmReadMore, lmTranslation, 'Reuse this content', 'The latest', ...lmLatest, ...lmFoot, '© Le Monde 2025',
    'Your consent to cookies', lmWall, 'Accept and continue', 'Refuse and subscribe', 'Manage my choices',
  ],
};

export const HELDOUT41_C: readonly TestPage[] = [leMonde, abcNews];
