import { links, type TestPage, texts } from './page-kit.js';
import { bonappetitRecipe } from './pages-heldout159-e2.js';
import { lines, paras } from './pages-heldout159-kit.js';

/**
 * Held-out batch 159, file e: an Eater city-site restaurant story on the Vox Media "Chorus" template (the city header with the
 * Eater network nav and the hidden cities menu, the "Filed under:" line above the headline, the dek, byline and time, the
 * "Share this story" bar, the lede image caption and credit, the body with an inline newsletter box and a restaurant info line,
 * the "Sign up for the newsletter" box at the end, the "More in" rail, the Vox Media consent banner and the footer).
 */
const eaTitle = 'A Tiny Georgian Bakery in Ridgewood Is Turning Out the Neighborhood’s Best Khachapuri';
const eaDek = 'Shotis Saxli, from a former pastry chef at a Midtown hotel, opens Friday with a wood-burning tone oven and a short menu.';
const eaP1 = paras(`
Ridgewood is getting a new reason to wake up early. Shotis Saxli, a small Georgian bakery from chef Nino Kvaratskhelia, opens
on Friday, November 7 at 61-14 Myrtle Avenue, near Fresh Pond Road, with a menu built around bread baked in a traditional
tone oven.

The tone, a deep clay-lined pit fired with wood, is the centerpiece of the 400-square-foot shop. Kvaratskhelia, who spent nine
years as a pastry chef at a Midtown hotel, had it built by a mason from Kutaisi who flew in for two weeks this summer. Dough is
slapped against the hot walls of the oven and peeled off minutes later as shotis puri, the long, canoe-shaped loaves that give
the bakery its name.

“In Tbilisi, every neighborhood has a place like this,” Kvaratskhelia says. “You buy your bread in the morning while it is still
too hot to hold. I wanted that in the neighborhood where I live.”
`);
const eaP2 = paras(`
The menu is short. There is Adjarian khachapuri, the boat-shaped bread filled with sulguni and imeruli cheese and finished with
an egg yolk and a slab of butter, as well as a round Imeretian version and a penovani made with laminated dough. Lobiani, stuffed
with spiced kidney beans, is on the menu daily, and on weekends there will be a meat-filled kubdari from Svaneti.

Most things cost between $6 and $16. Loaves of shotis puri are $5, and Kvaratskhelia plans to sell a limited number of them to
neighborhood restaurants once the bakery finds its rhythm.

There is no seating inside, but a bench out front and a counter by the window hold about six people. Coffee comes from a roaster
in Bushwick, and there is Georgian tarragon soda and a sour cherry compote made in-house.

Kvaratskhelia says she may add a few dinner items in the spring, including chakapuli, a lamb stew with tarragon and sour plums.
For now, she is focused on bread. “If the bread is good,” she says, “people will come back.”

Shotis Saxli is open Wednesday through Sunday from 8 a.m. to 3 p.m., or until the bread sells out.
`);
const eaNav = lines(`
Maps
Guides
Openings
News
Video
Eater Cities
`);
const eaCities = lines(`
Atlanta
Austin
Boston
Chicago
Dallas
Los Angeles
Miami
San Francisco
Seattle
Washington DC
`);
const eaFiled = lines(`
Filed under:
Openings
Queens
Bakeries
`);
const eaMore = lines(`
The Hottest New Restaurants in NYC, October 2025
Where to Eat Georgian Food in New York City
A Beloved Astoria Diner Is Closing After 52 Years
A Bushwick Natural Wine Bar Is Expanding to the Lower East Side
`);
const eaFooter = lines(`
Terms of Use
Privacy Notice
Cookie Policy
Do Not Sell or Share My Personal Info
Licensing FAQ
Accessibility
Platform Status
Contact
Send Us a Tip
Masthead
About Eater
Ethics Statement
`);
const eaNews =
  'Sign up for the Eater New York newsletter. The freshest news from the local food world. By submitting your email, you agree to our Terms ' +
  'and Privacy Notice.';
const eaCaption = 'Adjarian khachapuri at Shotis Saxli.';
const eaCredit = 'Dara Whelan-Soto/Eater NY';
const eaCookie =
  'We use cookies and other tracking technologies to improve your browsing experience on our site, show personalized content and targeted ads, ' +
  'analyze site traffic, and understand where our audiences come from.';
const eaPs = (a: readonly string[]): string => a.map((p) => `<p id="p${p.length}">${p}</p>`).join('\n');
const eaHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>A Tiny Georgian Bakery in Ridgewood Is Turning Out the Neighborhood’s Best Khachapuri - Eater NY</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${eaDek}"><meta property="og:site_name"
content="Eater NY">
<link rel="canonical" href="https://ny.eater.com/2025/11/4/24012277/shotis-saxli-georgian-bakery-ridgewood-open">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"NewsArticle","headline":"${eaTitle}","description":"${eaDek}",
"datePublished":"2025-11-04T11:30:00-05:00","author":[{"@type":"Person","name":"Lucía Brandt-Oyelaran"}],"publisher":{"@type":"Organization",
"name":"Eater NY"}}]</script>
<script>var Chorus = Chorus || {}; Chorus.Context = {"network":"eater","community":"ny","entry_type":"article"};</script>
<link rel="stylesheet" href="https://cdn.vox-cdn.com/packs/eater-b7c2a1.css"></head>
<body class="entry_key_unison_standard entry_layout_standard"><div class="l-root l-reskin">
<a class="c-skip-link" href="#content">Skip to main content</a>
<header class="c-global-header"><div class="c-global-header__logo"><a href="/"><span class="c-global-header__logo-large">Eater NY</span></a></div>
<nav class="c-global-header__links"><ul>${links(eaNav, 'c-global-header__link')}</ul></nav><div class="c-global-header__cities" hidden>
<ul>${links(eaCities)}</ul></div><a class="c-global-header__newsletter" href="/newsletters">Sign Up</a><button
class="c-global-header__search">Search</button></header>
<div class="c-ad" data-cid="site/dfp-leaderboard"><span class="c-ad__label">Advertisement</span></div>
<main id="content" class="l-main-content"><article class="l-segment l-main-content"><div class="c-entry-hero c-entry-hero--default">
<div class="c-entry-group-labels"><ul class="c-entry-group-labels__list">${eaFiled
  .map((t, i) =>
    i === 0
      ? `<li><span>${t}</span></li>`
      : `<li><a
href="/${t.toLowerCase()}">${t}</a></li>`,
  )
  .join('\n')}</ul></div>
<h1 class="c-page-title">${eaTitle}</h1><p class="c-entry-summary p-dek">${eaDek}</p>
<div class="c-byline" data-cdata="{&quot;author_ids&quot;:[12211]}"><span class="c-byline__item"><span class="c-byline__by">by</span>
<a href="https://www.eater.com/authors/lucia-brandt-oyelaran">Lucía Brandt-Oyelaran</a></span><span class="c-byline__item">
<time class="c-byline__item" datetime="2025-11-04T11:30:00-05:00">Nov 4, 2025, 11:30am EST</time></span></div>
<div class="c-social-buttons c-entry-hero__social"><span class="c-social-buttons__label">Share this story</span><ul>
<li><a class="c-social-buttons__item" href="#">Share this on Facebook</a></li><li><a class="c-social-buttons__item" href="#">Share this on Pinterest</a></li>
<li><a class="c-social-buttons__item" href="#">Share this on X</a></li></ul></div></div>
<figure class="e-image e-image--hero"><img src="https://cdn.vox-cdn.com/thumbor/khachapuri.jpg"
alt="A boat-shaped cheese bread with an egg yolk in the center.">
<span class="e-image__meta"><figcaption>${eaCaption}</figcaption><cite>${eaCredit}</cite></span></figure>
<div class="c-entry-content">
${eaPs(eaP1)}
<div class="c-newsletter_signup_box c-newsletter_signup_box--inline" data-newsletter="eater_ny"><p class="c-newsletter_signup_box__title">${eaNews}</p>
<form><input type="email" placeholder="Email (required)" aria-label="Email (required)"><button type="submit">Subscribe</button></form></div>
${eaPs(eaP2)}
</div>
<div class="c-entry-footer"><p class="c-entry-footer__tip"><a href="/tips">Got a tip? Send it our way.</a></p></div></article>
<aside class="l-sidebar"><section class="c-rock-list"><h2 class="c-rock-list__title">More in Openings</h2><ul>${links(
  eaMore,
  'c-rock-list__item',
)}</ul></section>
<div class="c-ad" data-cid="site/dfp-rail"><span class="c-ad__label">Advertisement</span></div></aside></main>
<footer class="c-footer"><div class="c-footer__logo">Eater NY</div><ul>${links(eaFooter, 'c-footer__link')}</ul>
<p class="c-footer__copy">© 2025 Vox Media, LLC. All Rights Reserved</p></footer>
<div id="privacy-consent" class="c-privacy-consent" role="dialog"><p>${eaCookie}</p><button>Accept All</button><button>Reject All</button>
<a href="/cookie-policy">Learn more</a></div></div></body></html>`;
const eater: TestPage = {
  html: eaHtml,
  name: 'heldout159-eater-story',
  kind: 'news',
  // the dek and the closing opening-hours line are body; the "Filed under:" labels above the headline are furniture
  title: eaTitle,
  headings: [],
  body: [eaDek, ...texts(eaP1), ...texts(eaP2)],
  bylines: ['by Lucía Brandt-Oyelaran', 'Nov 4, 2025, 11:30am EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Eater NY', ...eaNav, ...eaCities, 'Sign Up', 'Search', 'Advertisement', ...eaFiled, 'Share this story',
    'Share this on Facebook', 'Share this on Pinterest', 'Share this on X', eaCaption, eaCredit, eaNews, 'Subscribe', 'Got a tip? Send it our way.',
    'More in Openings', ...eaMore, ...eaFooter, '© 2025 Vox Media, LLC. All Rights Reserved', eaCookie, 'Accept All', 'Reject All', 'Learn more',
  ])],
};

export const HELDOUT159_E: readonly TestPage[] = [eater, bonappetitRecipe];
