import { links, ps, type TestPage, texts } from './page-kit.js';
import { ld, paras } from './pages-heldout271-kit.js';

/**
 * Held-out batch 271, file c2: the English edition of a French daily (BEM article template) under a Didomi consent notice,
 * with the "Read also" inline promo, the "Subscribers only" badge, the "Most read" list and the footer.
 */
const dTitle = 'In Nantes, a tram line built on a former canal divides the city';
const dDesc = 'The 3.1-kilometre extension, due to open in 2029, would run along the filled-in bed of the Erdre canal.';
const dP = paras(`
  On a grey Saturday morning, a few hundred people gathered on the Cours des Cinquante-Otages, where the Erdre canal ran until
  it was filled in during the 1930s. Some carried placards for the new tram line that the metropolitan council wants to lay
  along the old waterway. Others carried photographs of the canal as it was, lined with barges and wash-houses.

  The project, which the council approved in principle in February, would extend line 4 by 3.1 kilometres to the northern
  districts. Its supporters say it is the only route that avoids demolishing homes. Its opponents want the canal reopened
  instead, as a park and a flood channel, and say the tram would bury that possibility for a century.

  "We are being asked to choose between the past and the future, but that is a false choice," said Anouk Lespinasse, a
  historian who leads the collective Rouvrir l'Erdre. "Cities everywhere are uncovering their rivers. Nantes wants to pour
  concrete on one a second time."

  The deputy mayor for transport, Bastien Morvan, rejects that description. He points out that the canal bed now carries a
  four-lane road and two major sewers, and that reopening it would cost an estimated 600 million euros, four times the price
  of the tram.

  Between the two camps, many residents simply want the works to be quick. Shopkeepers on the Cours remember the two years
  of disruption when line 1 was built in the 1980s, and several said they would accept either project if it came with
  compensation for lost trade.

  A public inquiry will open in September. Its conclusions are not binding, but the council has said it will not proceed
  if the commissioner's opinion is unfavourable.
`);
const dHeads = ['A waterway under the road', 'An inquiry in the autumn'];
const dNav = ['International', 'France', 'Economy', 'Culture', 'Opinion', 'Environment', 'Science'];
const dMost = ['Why French bakeries are closing on Mondays', 'Marseille port strike enters its third week', 'The quiet return of night trains to the Alps'];
const dFoot = ['Legal notice', 'Terms of sale', 'Privacy policy', 'Cookie management', 'Help', 'Contact us'];
const dHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><title>${dTitle}</title>
<meta name="description" content="${dDesc}"><meta property="og:locale" content="en_GB"><meta property="og:site_name" content="L'Écho de l'Ouest">
<meta property="article:section" content="France"><link rel="alternate" hreflang="fr" href="https://www.echo-ouest.example/nantes/tramway-erdre">
${ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: dTitle, inLanguage: 'en', isAccessibleForFree: true })}
<script type="text/javascript">window.gdprAppliesGlobally=true;(function(){function a(e){if(!window.frames[e]){if(document.body&&document.body.firstChild)
{var t=document.body;var n=document.createElement("iframe");n.style.display="none";n.name=e;n.title=e;t.insertBefore(n,t.firstChild)}
else{setTimeout(function(){a(e)},5)}}}window.didomiConfig={app:{apiKey:"7a3c19e4-0f2b-4c55-b8d1-6e2f9a0c1d33"}};a("__tcfapiLocator")})();</script>
<script src="https://sdk.privacy-center.example/7a3c19e4/loader.js" async></script></head>
<body class="article article--en"><header class="header"><a class="header__logo" href="/en/">L'Écho de l'Ouest</a>
<span class="header__edition">English edition</span><nav class="header__nav"><ul class="header__list">${links(dNav, 'header__item')}</ul></nav>
<a class="header__subscribe button" href="/abonnement">Subscribe</a><a class="header__login" href="/login">Log in</a></header>
<main class="zone zone--article"><section class="article__header">
<nav class="breadcrumb"><ul><li class="breadcrumb__item"><a href="/en/">English</a></li><li class="breadcrumb__item"><a href="/en/france/">France</a></li>
</ul></nav><span class="article__status">Subscribers only</span>
<h1 class="article__title">${dTitle}</h1><p class="article__desc">${dDesc}</p>
<div class="meta meta__article"><span class="meta__author">By <a class="article__author-link" href="/signataires/clemence-royer/">Clémence Royer</a>
(Nantes, special correspondent)</span><span class="meta__date">Published on June 3, 2026 at 7:00 am (Paris)</span>
<span class="meta__reading-time">Time to read 4 min.</span><span class="meta__translation">Lire en français</span></div>
<ul class="meta__social"><li><button class="meta__social-btn">Share</button></li><li><button class="meta__social-btn">Save</button></li>
<li><button class="meta__social-btn">Offer this article</button></li></ul></section>
<article class="article__content"><figure class="article__media"><img src="/img/2026/06/erdre-cours.jpg" alt="">
<figcaption class="article__legend">The Cours des Cinquante-Otages, built over the Erdre canal, in Nantes, on May 30, 2026.
<span class="article__credit">YANN LE GOFF / L'ÉCHO DE L'OUEST</span></figcaption></figure>
${ps(dP.slice(0, 2), ' class="article__paragraph"')}
<section class="catcher catcher--inline"><span class="catcher__title">Read also</span>
<a class="catcher__desc" href="/en/rennes-metro">Rennes bets on a second metro line to curb car traffic</a></section>
<h2 class="article__sub-title">${dHeads[0]}</h2>
${ps(dP.slice(2, 5), ' class="article__paragraph"')}
<h2 class="article__sub-title">${dHeads[1]}</h2>
${ps(dP.slice(5), ' class="article__paragraph"')}
<p class="article__translation-note">Translation of an original article published in French on echo-ouest.example; the publisher may only be
liable for the French version.</p></article>
<aside class="aside__most-read"><h3 class="aside__title">Most read</h3><ol>${links(dMost)}</ol></aside></main>
<footer class="footer"><ul class="footer__list">${links(dFoot)}</ul><p class="footer__copy">L'Écho de l'Ouest – All rights reserved</p></footer>
<div id="didomi-host" data-nosnippet="true" class="didomi-host"><div class="didomi-popup-backdrop didomi-notice-popup"><div class="didomi-popup-container">
<div id="didomi-notice" class="didomi-popup-notice didomi-popup-notice-with-data-processing" role="dialog" aria-labelledby="didomi-notice-title">
<h1 id="didomi-notice-title" class="didomi-popup-notice-title">Welcome to L'Écho de l'Ouest</h1>
<div class="didomi-popup-notice-text"><p>We and our partners use cookies to store and access personal data such as browsing data for
purposes such as serving and personalising content and advertising and analysing site traffic.</p>
<p>You can change your mind at any time by clicking on "Cookie management" at the bottom of the page.</p></div>
<div class="didomi-popup-notice-buttons"><button id="didomi-notice-learn-more-button" class="didomi-components-button
didomi-button-standard">Learn More →</button><button id="didomi-notice-disagree-button" class="didomi-components-button">Continue
without agreeing</button><button id="didomi-notice-agree-button" class="didomi-components-button didomi-button-highlight">Agree and
close</button></div></div></div></div></div></body></html>`;
export const didomiPage: TestPage = {
  name: 'heldout271-didomi-french-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dHeads,
  body: [dDesc, ...texts(dP)],
  bylines: ['Clémence Royer', '(Nantes, special correspondent)', 'Published on June 3, 2026 at 7:00 am (Paris)'],
  furniture: [
    'English edition',
    ...dNav,
    'Subscribe',
    'Log in',
    'English',
    'Subscribers only',
    'Time to read 4 min.',
    'Lire en français',
    'Share',
    'Save',
    'Offer this article',
    'The Cours des Cinquante-Otages, built over the Erdre canal, in Nantes, on May 30, 2026.',
    "YANN LE GOFF / L'ÉCHO DE L'OUEST",
    'Read also',
    'Rennes bets on a second metro line to curb car traffic',
    'Translation of an original article published in French on echo-ouest.example; the publisher may only be liable for the French version.',
    'Most read',
    ...dMost,
    ...dFoot,
    "L'Écho de l'Ouest – All rights reserved",
    "Welcome to L'Écho de l'Ouest",
    paras(`We and our partners use cookies to store and access personal data such as browsing data for purposes such as
      serving and personalising content and advertising and analysing site traffic.`)[0] ?? '?',
    'You can change your mind at any time by clicking on "Cookie management" at the bottom of the page.',
    'Learn More →',
    'Continue without agreeing',
    'Agree and close',
  ],
};
