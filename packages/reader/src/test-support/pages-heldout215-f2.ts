import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 215, file f2: a regional tourist board's itinerary article (the "Book accommodation" header button and
 * the language links, breadcrumb, author, date and reading time, the "At a glance" facts box, Day h2s with stop h3s, image
 * captions with credits, the partner listing cards inside the article with their "Book now" buttons, the "Save to trip"
 * button, the share bar, "More itineraries", the e-newsletter box, the Cookiebot banner, the funding line and the footer).
 */
const paras = (s: string): string[] =>
  s
    .trim()
    .split(/\n\s*\n/)
    .map((x) => x.replace(/\s+/g, ' '));
const vTitle = 'Three slow days in the Caldermoor Dales';
const vIntro = paras(`
This is an itinerary for people who would rather walk to a waterfall than drive past ten of them. It follows the River Calder
from the market town of Askby to the head of the dale, staying two nights and never spending more than half an hour in a car.`);
const vGlance = ['Best for: walkers, couples, food lovers', 'Distance: about 20 miles in total', 'Getting there: train to Askby, then bus 71'];
const vD1 = 'Day one: Askby and the river';
const vS1 = 'Askby market';
const vP1 = paras(`
Arrive in Askby in time for the Tuesday market, which has filled the cobbled square since 1287. Pick up cheese from the Lund
family stall and bread from Hollin Bakery for the next day's picnic.

In the afternoon, follow the riverside path two miles upstream to Wren Force. The path is level and suitable for pushchairs as
far as the footbridge.`);
const vD2 = 'Day two: into the upper dale';
const vS2 = 'Calder Head walk';
const vP2 = paras(`
Take the 09:10 bus to Calder Head and walk back down the dale on the Dales Way, a little over eight miles. The first stretch
crosses open moorland with wide views; after Thorngill the route follows the river through hay meadows that are full of
wildflowers in June.

Stop for lunch at the Packhorse Inn in Thorngill, where the landlord has kept the same beef and ale pie on the menu for
thirty years.`);
const vS3 = 'Evening at the observatory';
const vP3 = paras(`
The upper dale is a dark sky reserve. On clear Friday evenings, volunteers at Greyhowe Observatory run free stargazing sessions.
Booking is not needed, but bring a warm layer, even in summer.`);
const vD3 = 'Day three: craft and coffee';
const vS4 = 'Lowfold Mill';
const vP4 = paras(`
Spend your last morning at Lowfold Mill, a restored woollen mill where weavers still work the original looms. The shop sells
blankets made from the wool of the dale's own Swaledale flocks.

Finish with coffee at the mill café before the short walk back to Askby for the bus to the station.`);
const vNav = 'Things to do|Where to stay|Food and drink|Itineraries|Events|Plan your trip'.split('|');
const vLang = ['EN', 'DE', 'FR'];
const vCrumbs = ['Home', 'Itineraries', 'Walking'];
const vCap = ['Wren Force after heavy rain. Photo: Visit Caldermoor / Tom Ashby', 'Hay meadows near Thorngill in June. Photo: Visit Caldermoor'];
const vCards = [
  ['Where to stay', 'The Old Vicarage, Askby', 'Bed and breakfast · From £95 per night', 'Book now'],
  ['Where to stay', 'Thorngill Bunkhouse', 'Hostel · From £28 per night', 'Book now'],
];
const vShare = ['Share this page', 'Facebook', 'Pinterest', 'Email'];
const vMore = ['A weekend of waterfalls', 'Caldermoor by bike: a four-day loop', 'Rainy day ideas for families'];
const vNews = ['Get inspired', 'Sign up for our monthly e-newsletter for events, offers and ideas.', 'Your email', 'Subscribe'];
const vCookie = [
  'This website uses cookies',
  'We use cookies to personalise content, to provide social media features and to analyse our traffic.',
  'Use necessary cookies only',
  'Allow selection',
  'Allow all cookies',
];
const vFund = 'Visit Caldermoor is supported by Caldermoor District Council and the Dales Rural Growth Fund.';
const vFoot = 'About us|Trade and industry|Press|Contact us|Accessibility|Privacy|Cookies'.split('|');
const vHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Three slow days in the Caldermoor Dales | Visit Caldermoor</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="A three-day walking itinerary in the Caldermoor Dales.">
<meta property="og:type" content="article"><meta property="og:title" content="${vTitle}"><meta property="article:author" content="Jess Wren">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${vTitle}","author":{"@type":"Person","name":"Jess Wren"},
"datePublished":"2026-02-12","publisher":{"@type":"Organization","name":"Visit Caldermoor"}}</script>
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="vc-77" async></script>
<link rel="stylesheet" href="/static/css/site.min.css?v=41"></head>
<body class="template-itinerary"><a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><a class="site-header__logo" href="/"><img src="/static/img/visit-caldermoor.svg" alt="Visit Caldermoor"></a>
<nav class="site-nav" aria-label="Main"><ul>${links(vNav, 'site-nav__item')}</ul></nav><ul class="lang-switch">${links(vLang)}</ul>
<a class="btn btn--accent" href="/where-to-stay/">Book accommodation</a></header>
<main id="main"><nav class="breadcrumb" aria-label="Breadcrumb"><ol>${links(vCrumbs)}</ol></nav>
<article class="itinerary"><header class="itinerary__header"><h1>${vTitle}</h1><p class="itinerary__meta"><span class="author">By Jess Wren</span>
<span class="date">12 February 2026</span><span class="read">6 minute read</span></p>
<button class="btn btn--save" data-save-id="it-118">Save to trip</button></header>
<aside class="at-a-glance"><h2 class="at-a-glance__title">At a glance</h2><ul>${vGlance.map((t) => `<li>${t}</li>`).join('\n')}</ul></aside>
<div class="rich-text">${ps(vIntro)}</div>
<section class="itinerary__day"><h2>${vD1}</h2><h3>${vS1}</h3>
${ps(vP1)}
<figure><img src="/media/wren-force.jpg" alt="Wren Force waterfall"><figcaption>${vCap[0]}</figcaption></figure>
${vCards
  .map(
    (c) => `<div class="listing-card"><span class="listing-card__label">${c[0]}</span><h4 class="listing-card__name">${c[1]}</h4>
<p class="listing-card__type">${c[2]}</p><a class="btn btn--small" href="/where-to-stay/">${c[3]}</a></div>`,
  )
  .join('\n')}
</section>
<section class="itinerary__day"><h2>${vD2}</h2><h3>${vS2}</h3>
${ps(vP2)}
<figure><img src="/media/thorngill-meadows.jpg" alt="Hay meadows"><figcaption>${vCap[1]}</figcaption></figure>
<h3>${vS3}</h3>
${ps(vP3)}
</section>
<section class="itinerary__day"><h2>${vD3}</h2><h3>${vS4}</h3>
${ps(vP4)}
</section>
<div class="share-bar"><span class="share-bar__label">${vShare[0]}</span>${vShare
  .slice(1)
  .map((s) => `<a class="share-bar__link" href="#">${s}</a>`)
  .join('')}</div></article>
<section class="more-itineraries"><h2>More itineraries</h2><ul>${links(vMore, 'card')}</ul></section>
<section class="newsletter"><h2>${vNews[0]}</h2><p>${vNews[1]}</p><form><label for="nl">${vNews[2]}</label><input id="nl" type="email">
<button type="submit">${vNews[3]}</button></form></section></main>
<footer class="site-footer"><ul>${links(vFoot)}</ul><p class="site-footer__funding">${vFund}</p><p>© Visit Caldermoor 2026</p></footer>
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true"><h2 id="CybotCookiebotDialogBodyContentTitle">${vCookie[0]}</h2>
<div id="CybotCookiebotDialogBodyContentText">${vCookie[1]}</div><button id="CybotCookiebotDialogBodyButtonDecline">${vCookie[2]}</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection">${vCookie[3]}</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">${vCookie[4]}</button></div>
<script src="/static/js/site.min.js?v=41" defer></script></body></html>`;
export const itinerary: TestPage = {
  html: vHtml,
  name: 'heldout215-tourist-board-itinerary-blog',
  kind: 'blog',
  // the day h2s and stop h3s are headings; the "At a glance" box is part of the article (its h2 a heading, its items
  // body); the partner listing cards inside the day section are furniture
  title: vTitle,
  headings: ['At a glance', vD1, vS1, vD2, vS2, vS3, vD3, vS4],
  body: [...vGlance, ...vIntro, ...vP1, ...texts(vP2), ...vP3, ...vP4],
  bylines: ['By Jess Wren', '12 February 2026', '6 minute read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...vNav, ...vLang, 'Book accommodation', ...vCrumbs, 'Save to trip', ...vCap, ...vCards.flat(), ...vShare,
    'More itineraries', ...vMore, ...vNews, ...vFoot, vFund, '© Visit Caldermoor 2026', ...vCookie,
  ],
};
