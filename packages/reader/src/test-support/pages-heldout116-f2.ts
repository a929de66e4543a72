import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 116, file f2: a Le Monde in English article (the header with "Subscribe", "Log in" and the French-edition
 * link, the section nav, the breadcrumb, the "Subscribers only" status, the h1 and its description, the author and the
 * published/updated line, the reading time, the share and "Add to your selections" tools and "Lire en français", the lede image
 * whose legend carries the agency credit, article__paragraph text with h2 sub-titles and inline "Read more" catchers, the
 * closing author signature, the translation notice, "Reuse this content", the newsletter box, the "In the same section" list,
 * the pay-or-accept consent wall and the footer).
 */
const lmTitle = 'In Lyon, the last silk workshops of the Croix-Rousse find a new generation of weavers';
const lmDesc =
  'Once home to thousands of looms, the hillside district now has only a handful of working workshops. A training programme launched ' +
  'two years ago has brought in young apprentices, and orders from fashion houses.';
const lmP1 = [
  'On the third floor of a tall building on Rue d’Austerlitz, the clatter of a Jacquard loom fills a room with ceilings almost ' +
    'four metres high. They were built that way in the 19th century precisely to hold these machines. Clémence Roux, 24, ' +
    'pushes the treadle, checks the pattern, and starts again. “You have to listen to it,” she said. “When something is wrong, ' +
    'you hear it before you see it.”',
  'Two years ago, Roux was studying graphic design in Grenoble. Today she is one of seven apprentices in a programme set up by ' +
    'the Maison des Canuts association, named after the silk workers who made the Croix-Rousse famous, and funded by the city ' +
    'and the Auvergne-Rhône-Alpes region.',
];
const lmH1 = 'A craft close to disappearing';
const lmP2 = [
  'In the middle of the 19th century, more than 30,000 looms were working on the hill. By the early 2000s, only a few dozen ' +
    'professional weavers remained in the Lyon area, most of them close to retirement. Several workshops closed without anyone ' +
    'to take them over, and their looms were sold to museums or abroad.',
  '“We realised that within ten years, there would be nobody left who knew how to set up these machines,” said Bernard Vial, 68, ' +
    'who trained Roux and has worked as a weaver since he was 16. Setting up a Jacquard loom for a new pattern can take several ' +
    'weeks, and the knowledge has long been passed on by word of mouth.',
  'The programme lasts three years. Apprentices are paid the minimum wage and spend most of their time in one of four partner ' +
    'workshops, with classes in textile design and the history of the trade.',
];
const lmH2 = 'Orders from luxury houses';
const lmP3 = [
  'The revival owes a great deal to demand from fashion and interior design. Several Paris fashion houses now order short runs of ' +
    'hand-woven silk for their haute couture collections, and restorers of historic buildings regularly commission copies of ' +
    'period fabrics.',
  'The Atelier Vial, where Roux works, has a waiting list of almost a year. Last autumn, it delivered 60 metres of brocade for ' +
    'the restoration of a château in the Loire Valley, woven to a design from 1812.',
  'The economics remain fragile. A metre of hand-woven brocade can sell for more than €1,000, but it may take a weaver a full ' +
    'day to produce 30 centimetres. “It will never be an industry again,” said Vial. “But it can be a living, and that is ' +
    'already a lot.”',
  'The city hopes to double the number of apprentices from 2026 and is looking for premises for a shared workshop where former ' +
    'trainees could set up on their own.',
];
const lmSig = 'Louise Garnier (Lyon, correspondent)';
const lmTrans = 'Translation of an original article published in French on lemonde.fr; the publisher may only be liable for the French version.';
const lmNav = ['International', 'France', 'Opinion', 'Economy', 'Environment', 'Culture', 'Lifestyle', 'Science', 'Sports', 'Pixels'];
const lmCrumbs = ['France', 'Society'];
const lmCaption = 'A weaver at work on a Jacquard loom in a workshop of the Croix-Rousse district, in Lyon, on February 20, 2025.';
const lmCredit = 'OLIVIER CHASSAGNE / HANS LUCAS FOR « LE MONDE »';
const lmReadMore = ['In Saint-Étienne, the ribbon makers who refuse to give up', 'Made in France: The return of small textile mills to the Vosges'];
const lmNews = ['Le Monde in English newsletter', 'Every weekday, a selection of our best stories in English.', 'Sign up'];
const lmSame = [
  'France’s rural post offices turn into all-purpose service centres',
  'In Marseille, a neighbourhood fights to save its last cinema',
  'Why French bakers are struggling to find apprentices',
];
const lmFoot = ['Legal notice', 'Terms of use', 'Privacy', 'Cookie management', 'Contact', 'FAQ', 'Advertise', 'Le Monde in English'];
const lmConsent = [
  'Le Monde and its partners use cookies to store and access information on your device, to measure audience and to show you ' + 'personalised advertising.',
  'Accept and continue',
  'Refuse and subscribe',
];
const lmP = (a: readonly string[]): string => a.map((p) => `<p class="article__paragraph">${p}</p>`).join('\n');
const lmCatcher = (t: string): string => `<section class="catcher catcher--inline"><span class="catcher__title">Read more</span>
<a class="js-article-read-more-link" href="/en/france/article/2025/${t.length}.html"><span class="icon__premium"></span>Subscribers only
<span class="catcher__desc">${t}</span></a></section>`;
const lmHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>In Lyon, the last silk workshops of the Croix-Rousse find a new generation of weavers</title>
<meta name="description" content="${lmDesc}"><meta property="og:title" content="${lmTitle}"><meta property="og:site_name" content="Le Monde.fr">
<meta property="og:locale" content="en_GB"><meta property="article:published_time" content="2025-03-03T06:00:04+01:00">
<link rel="canonical" href="https://www.lemonde.fr/en/france/article/2025/03/03/in-lyon-the-last-silk-workshops_6738912_7.html">
<link rel="alternate" hreflang="fr" href="https://www.lemonde.fr/societe/article/2025/03/02/a-lyon-les-derniers-ateliers-de-soie_6573310_3224.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${lmTitle}","author":[{"@type":"Person",
"name":"Louise Garnier"}],"datePublished":"2025-03-03T06:00:04+01:00","dateModified":"2025-03-03T09:14:27+01:00","isAccessibleForFree":false,
"publisher":{"@type":"Organization","name":"Le Monde"}}</script>
<script>var lmd = {"context":{"page":{"type":"article","section":"france","premium":true,"id":6738912}}};</script>
<script src="https://www.lemonde.fr/bucket/7f3a0e/js/article.js" defer></script></head>
<body class="article-page lang-en"><div id="js-body" class="page__content"><header class="Header"><div class="Header__top">
<a class="Header__logo" href="/en/" aria-label="Le Monde in English"><svg viewBox="0 0 250 40"></svg></a>
<a class="Header__edition" href="/">Français</a><a class="Header__subscribe" href="/en/subscribe/">Subscribe</a>
<a class="Header__login" href="/en/login/">Log in</a></div><nav class="Nav" aria-label="Sections"><ul>${links(lmNav, 'Nav__item')}</ul></nav></header>
<main class="article article--content"><section class="zone zone--article"><ul class="breadcrumb">${links(lmCrumbs, 'breadcrumb__item')}</ul>
<p class="article__status"><span class="icon__premium"></span>Subscribers only</p>
<h1 class="article__title">${lmTitle}</h1><p class="article__desc">${lmDesc}</p>
<section class="meta meta__publisher"><span class="meta__author"><a class="article__author-link" href="/en/signataires/louise-garnier/">Louise
Garnier</a></span><span class="meta__date meta__date--header">Published on March 3, 2025, at 6:00 am (Paris), updated at 9:14 am</span>
<p class="meta__reading-time"><span class="sr-only">Reading time</span>Time to read 4 min.</p></section>
<section class="meta__social"><button class="meta__social-button js-share">Share</button><button class="meta__favorite js-add-favorite">Add to your
selections</button><a class="meta__translation" href="/societe/article/2025/03/02/a-lyon-les-derniers-ateliers-de-soie_6573310_3224.html">Lire en
français</a></section>
<figure class="article__media"><img src="https://img.lemde.example/2025/03/02/0/0/4000/2667/664/0/75/0/9b1c2e8_weaver.jpg" alt="${lmCaption}"
width="664" height="443"><figcaption class="article__legend">${lmCaption} <span class="article__credit">${lmCredit}</span>
</figcaption></figure>
<article class="article__content old__article-content-single">
${lmP(lmP1)}
${lmCatcher(lmReadMore[0] ?? '')}
<h2 class="article__sub-title">${lmH1}</h2>
${lmP(lmP2)}
<div class="dfp__inread dfp-slot dfp__slot--inread"><span class="dfp__label">Advertisement</span></div>
<h2 class="article__sub-title">${lmH2}</h2>
${lmP(lmP3.slice(0, 2))}
${lmCatcher(lmReadMore[1] ?? '')}
${lmP(lmP3.slice(2))}
<p class="article__author"><span class="author__detail"><span class="author__name">Louise Garnier</span> (Lyon, correspondent)</span></p>
<p class="article__translation">${lmTrans}</p>
</article>
<section class="article__reactions"><a class="article__reuse" href="/en/syndication/">Reuse this content</a></section>
<section class="newsletter-inread"><p class="newsletter-inread__title">${lmNews[0]}</p><p class="newsletter-inread__desc">${lmNews[1]}</p>
<a class="newsletter-inread__button" href="/en/newsletters/">${lmNews[2]}</a></section></section>
<aside class="aside__article"><h2 class="aside__title">In the same section</h2><ul>${links(lmSame, 'aside__item')}</ul></aside></main>
<footer class="Footer"><div class="Footer__logo">Le Monde</div><ul>${links(lmFoot)}</ul><p class="Footer__copyright">© Le Monde</p></footer></div>
<div id="sp_message_container" class="message-container" role="dialog"><div class="message"><p class="message__text">${lmConsent[0]}</p>
<button class="message__accept">${lmConsent[1]}</button><a class="message__subscribe" href="/en/subscribe/consent/">${lmConsent[2]}</a></div></div>
</body></html>`;
export const leMondeStory: TestPage = {
  html: lmHtml,
  name: 'heldout116-lemonde-english-news',
  kind: 'news',
  // the article__desc under the h1 is the dek: body; the two h2 sub-titles are the headings; the closing author signature is a
  // byline; the inline "Read more" catchers, the translation notice and "Reuse this content" are furniture
  title: lmTitle,
  headings: [lmH1, lmH2],
  body: texts([lmDesc, ...lmP1, ...lmP2, ...lmP3]),
  bylines: ['Louise Garnier', 'Published on March 3, 2025, at 6:00 am (Paris), updated at 9:14 am', 'Time to read 4 min.', lmSig],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Français', 'Subscribe', 'Log in', ...lmNav.filter((t) => t !== 'France'), ...lmCrumbs, 'Subscribers only', 'Reading time', 'Share',
    'Add to your selections', 'Lire en français', lmCaption, lmCredit, 'Read more', ...lmReadMore, 'Advertisement', lmTrans, 'Reuse this content',
    ...lmNews, 'In the same section', ...lmSame, 'Le Monde', ...lmFoot, '© Le Monde', ...lmConsent,
  ],
};
