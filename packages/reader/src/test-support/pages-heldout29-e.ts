import { links, type TestPage, texts } from './page-kit.js';
import { straitsTimes } from './pages-heldout29-e2.js';

/**
 * Held-out batch 29, file e: a Le Monde in English story (the consent wall, masthead with "Subscribe" and "Log in", the
 * English-edition nav, breadcrumb, headline and description, author with place in brackets, the published/updated line and
 * reading time, share buttons, "Lire en français", lead image with caption and credit, "article__paragraph" body with two
 * sub-titles and inline "Read more / Subscribers only" catchers, the author signature repeated at the end, the translation note,
 * "Reuse this content", the newsletter box, "Most read" and the footer).
 */
const lmTitle = 'In the Aude, winegrowers uproot their vines as prices collapse';
const lmDesc =
  'With bulk wine selling below what it costs to make, growers in the south of France are accepting public money to tear up ' +
  'vineyards their families planted generations ago.';
const lmBody1 = [
  'The digger took less than an hour to pull up what Bernard Casals’s grandfather had taken a whole winter to plant. On a grey ' +
    'morning in early November, it worked its way along the rows of carignan on the slope above the village, lifting each ' +
    'stump with its roots and dropping it onto a pile at the end of the field.',
  '“I watched for ten minutes, then I went home,” said Casals, 58, who has grown grapes on these 14 hectares since he was 20. ' +
    '“You don’t want to see that twice.”',
  'He is one of several hundred growers in the Aude department who have signed up this autumn for a state-funded scheme that pays ' +
    'them to uproot vineyards for good, at a rate of about €4,000 per hectare. Local winegrowers’ unions estimate that more than ' +
    '6,000 hectares could disappear from the department by the end of the winter.',
];
const lmH1 = 'Cellars still full';
const lmBody2 = [
  'The reasons are familiar to anyone who has followed the crisis in French wine over the past few years. Consumption of red ' +
    'wine has fallen steadily in France, exports have slowed, and cooperative cellars in the south are still holding large ' +
    'volumes from previous harvests that they cannot sell.',
  'At the cooperative in Lézignan-Corbières, where Casals has delivered his grapes for 38 years, the price paid for a hectolitre ' +
    'of bulk red has dropped by nearly a third in two years. “For many members, every bottle now costs more to make than it ' +
    'brings in,” said the cooperative’s director, Sandrine Vidal. “Uprooting is not a strategy. It is an emergency exit.”',
];
const lmH2 = 'Olive trees, solar panels or nothing';
const lmBody3 = [
  'What comes next for the land is uncertain. Some growers plan to plant olive or almond trees, crops that need less labor and ' +
    'tolerate the dry summers that have become the norm in the region. Others have been approached by solar energy developers, ' +
    'an option that divides villages already worried about losing their landscape.',
  'Many simply do not know. Casals said he would leave his field fallow for a few years and see. His son, who works in ' +
    'Toulouse, has no plans to return to the farm.',
  'Local officials fear that abandoned vineyards will become a fire risk, as dry scrub replaces the vines that once acted as ' +
    'natural firebreaks around the villages. The departmental fire service has asked for uprooted plots to be cleared and ' +
    'maintained, but it is unclear who will pay for the work.',
  '“The vine held this landscape together for two centuries,” said Vidal. “We are about to find out what it looks like without it.”',
];
const lmNav = ['News', 'International', 'France', 'Opinion', 'Culture', 'Environment', 'Economy', 'Science', 'Sports', 'Lifestyle'];
const lmCatch = [
  'In the Hérault, young winemakers bet on white wine to escape the red glut',
  'French wine exports fall for a third year as Chinese demand dries up',
];
const lmCaption = 'Uprooted carignan vines on Bernard Casals’s plot near Lézignan-Corbières (Aude), November 6, 2025.';
const lmPlace = '(Lézignan-Corbières (Aude), special correspondent)';
const lmTransl = 'Translation of an original article published in French on lemonde.fr; only the French version is binding on the publisher.';
const lmMost = [
  'Paris to ban cars from the banks of the Seine on weekends from spring',
  'Why the French are buying fewer baguettes',
  'Strikes expected to disrupt TGV services before Christmas',
];
const lmFoot = ['Help', 'Contact', 'Legal notice', 'Privacy policy', 'Manage cookies', 'Terms and conditions', 'Accessibility: partially compliant'];
const lmP = (t: string): string => `<p class="article__paragraph ">${t}</p>`;
const lmCatcher = (t: string): string =>
  `<section class="catcher catcher--inline"><p class="catcher__title"><span class="catcher__label">Read more</span>
<span class="icon__premium"><span class="sr-only">Subscribers only</span></span> <a class="js-article-read-more" href="/en/economy/">${t}</a></p></section>`;
const lmHtml = `<!DOCTYPE html>
<html lang="en" prefix="og: http://ogp.me/ns#"><head><meta charset="UTF-8"><title>${lmTitle}</title>
<link rel="alternate" hreflang="fr" href="https://www.lemonde.example/economie/article/2025/11/20/dans-l-aude-les-vignerons-arrachent.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${lmTitle}","inLanguage":"en",
"datePublished":"2025-11-21T04:30:00+01:00","author":[{"@type":"Person","name":"Clémence Arnaud"}],"isAccessibleForFree":true}</script>
<script>var lmd={"context":{"page":{"type":"article","language":"en","premium":false,"section":"economy"}}};</script></head>
<body class="article article--content article--en" data-lang="en">
<div class="gdpr-lmd-wall" id="js-gdpr-wall" role="dialog" aria-labelledby="gdpr-title"><h2 id="gdpr-title">Your choices regarding cookies</h2>
<p>Le Monde and its partners use cookies to measure the audience of the site, to personalise content and to show advertising.</p>
<button class="gdpr-lmd-button gdpr-lmd-button--main">Accept and continue</button><button class="gdpr-lmd-button">Refuse and subscribe</button></div>
<header class="Header Header--en" id="Header"><a class="Header__logo" href="/en/"><span class="sr-only">Le Monde</span></a>
<span class="Header__edition">English edition</span><div class="Header__actions"><a class="Header__subscribe" href="/en/subscription/">Subscribe</a>
<a class="Header__login" href="/en/login/">Log in</a></div>
<nav class="Nav" aria-label="Sections"><ul class="Nav__list">${links(lmNav, 'Nav__item')}</ul></nav></header>
<main id="habillagepub" class="zone zone--article"><section class="article__header article__header--standard">
<ul class="breadcrumb"><li class="breadcrumb__parent"><a href="/en/france/">France</a></li>
<li class="breadcrumb__child"><a href="/en/economy/">Agriculture</a></li></ul>
<h1 class="article__title">${lmTitle}</h1><p class="article__desc">${lmDesc}</p>
<section class="meta meta__publisher"><span class="meta__author meta__author--page">By <a class="article__author-link"
href="/en/signataires/clemence-arnaud/">Clémence Arnaud</a> <span class="author__detail">${lmPlace}</span></span>
<span class="meta__date meta__date--header">Published on November 21, 2025, at 5:30 am (Paris), updated at 9:12 am</span>
<p class="meta__reading-time"><span class="icon__reading-time" aria-hidden="true"></span>Time to read 4 min.</p></section>
<section class="meta meta__social"><ul class="meta__social-list"><li><a class="meta__social-item" href="#" data-share="facebook">Share on Facebook</a></li>
<li><a class="meta__social-item" href="#" data-share="x">Share on X</a></li><li><a class="meta__social-item" href="#">Share on LinkedIn</a></li>
<li><button class="meta__social-item js-copy-link">Copy link</button></li></ul><a class="meta__lang-switch" href="/economie/" lang="fr">Lire en français</a>
<button class="meta__bookmark" aria-label="Add to your selections">Save</button></section></section>
<section class="article__wrapper article__wrapper--standard"><figure class="article__media"><picture><img
src="https://img.lemde.example/2025/11/20/0/0/5120/3413/664/0/75/0/vignes-arrachees.jpg" alt="" width="664" height="443"></picture>
<figcaption class="article__legend" aria-hidden="true">${lmCaption} <span class="article__credit">OLIVIER MÉRAND FOR “LE MONDE”</span></figcaption></figure>
<article class="article__content old__article-content-single">
${lmBody1.map(lmP).join('\n')}
${lmCatcher(lmCatch[0]!)}
<h2 class="article__sub-title">${lmH1}</h2>
${lmBody2.map(lmP).join('\n')}
<div class="dfp-slot dfp__inread" id="dfp-inread"><span class="dfp__label">Advertisement</span></div>
<h2 class="article__sub-title">${lmH2}</h2>
${lmBody3.slice(0, 2).map(lmP).join('\n')}
${lmCatcher(lmCatch[1]!)}
${lmBody3.slice(2).map(lmP).join('\n')}
<section class="article__signature"><span class="author__name">Clémence Arnaud</span> <span class="author__detail">${lmPlace}</span></section>
<section class="article__translation"><p class="article__translation-text">${lmTransl}</p></section>
</article><footer class="article__footer"><a class="article__reuse" href="/en/syndication/">Reuse this content</a></footer>
<aside class="aside__iso"><section class="newsletter-box"><h3>Le Monde in English newsletter</h3>
<p>The best of our reporting from France and the world, every weekday.</p><a class="button" href="/en/newsletters/">Sign up</a></section>
<section class="aside__most-read"><h3 class="aside__title">Most read</h3><ol>${links(lmMost, 'aside__item')}</ol></section></aside></section></main>
<footer class="Footer"><p class="Footer__brand">Le Monde</p>
<ul class="Footer__links">${links(lmFoot)}</ul><p class="Footer__copyright">© Le Monde 2025</p></footer>
<script src="https://www.lemonde.example/bucket/js/article.en.js" async></script></body></html>`;
const leMonde: TestPage = {
  html: lmHtml,
  name: 'heldout29-le-monde-english-story',
  kind: 'news',
  // the description under the headline is body, the two sub-titles are the headings; the author's name (header and end
  // signature, listed once), the bracketed place (twice, once) and the published/updated line are bylines ("By" in neither);
  // the reading time is furniture; the inline "Read more" catchers with their hidden "Subscribers only" label, the translation note,
  // "Reuse this content", the breadcrumb, share row, "Lire en français", "Save", the lead caption and its credit, the ad label,
  // newsletter box, "Most read", the consent wall, masthead, nav and footer are furniture; the nav's "France" (the breadcrumb's
  // too) is a word of the body: left out
  title: lmTitle,
  headings: [lmH1, lmH2],
  body: [lmDesc, ...texts(lmBody1), ...texts(lmBody2), ...texts(lmBody3)],
  bylines: ['Clémence Arnaud', lmPlace, 'Published on November 21, 2025, at 5:30 am (Paris), updated at 9:12 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Your choices regarding cookies',
    'Le Monde and its partners use cookies to measure the audience of the site, to personalise content and to show advertising.',
    'Accept and continue', 'Refuse and subscribe', 'Le Monde', 'Time to read 4 min.', 'English edition', 'Subscribe', 'Log in',
    ...lmNav.filter((t) => t !== 'France'), 'Agriculture', 'Share on Facebook',
    'Share on X', 'Share on LinkedIn', 'Copy link', 'Lire en français', 'Save', lmCaption, 'OLIVIER MÉRAND FOR “LE MONDE”', 'Read more',
    'Subscribers only', ...lmCatch, 'Advertisement', lmTransl, 'Reuse this content', 'Le Monde in English newsletter',
    'The best of our reporting from France and the world, every weekday.', 'Sign up', 'Most read', ...lmMost, ...lmFoot, '© Le Monde 2025',
  ],
};

export const HELDOUT29_E: readonly TestPage[] = [leMonde, straitsTimes];
