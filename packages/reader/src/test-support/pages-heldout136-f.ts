import { links, ps, type TestPage, texts } from './page-kit.js';
import { items, paras, uniq } from './pages-heldout136-kit.js';
import { reutersFactCheck } from './pages-heldout136-f2.js';

/**
 * Held-out batch 136, file f: a France 24 English story (skip link, the header with region nav, language links and "Live",
 * the breadcrumb tag, h1 and chapo, "Issued on" and "Modified" dates, the "By:" author line, reading time, share links, the
 * main image caption and "©" credit, an "Advertising" slot, body paragraphs with an h2 and an inline "Read more" box, the
 * "(FRANCE 24 with AFP)" line at the end, the newsletter and app promos, "On the same topic", the footer and the Didomi
 * consent notice) and, from file f2, a Reuters fact check.
 */
const fTitle = 'Farmers block roads around Lyrac in protest over giant water reservoir';
const fChapo =
  'Hundreds of farmers and environmental activists faced off on Thursday around the southwestern town of Lyrac, where a planned ' +
  'reservoir to irrigate maize fields has divided the region for three years.';
const fP1 = paras(`
Tractors blocked the three main roads into Lyrac from dawn on Thursday as farmers rallied in support of the reservoir, which would
store up to 1.4 million cubic metres of water pumped from the ground in winter and used to irrigate crops in summer.

A few kilometres away, around 600 opponents gathered in a field near the construction site, waving banners reading “Water is a
common good”. Riot police kept the two groups apart, and by midday there had been no reports of clashes.

Supporters say the reservoir is vital for around 40 farms that have suffered repeated droughts. “Without water in July, we lose
the harvest. It is that simple,” said Jean-Marc Ribière, a maize grower who has farmed near Lyrac for 30 years.
`);
const fH1 = 'Court ruling expected in December';
const fP2 = paras(`
Opponents argue that storing groundwater in open-air basins, where much of it evaporates, benefits a small number of large
farms at the expense of rivers and other users. They point to a report by regional water authorities that found the local
aquifer had fallen to its lowest level on record last summer.

The project has been held up in the courts since 2022. An administrative court in Bordeaux is due to rule in December on a
challenge brought by environmental groups, who say the impact study underestimated the effect on nearby wetlands.

Agriculture minister Pauline Ardouin, visiting a farm show in Toulouse, called for “calm and dialogue” and said the government
would respect the court’s decision. Farmers’ unions have threatened further blockades if work on the site is halted.

By late afternoon, the farmers had begun to move their tractors off the main road to Toulouse, but organisers said the blockades
of the two smaller roads would continue overnight. Local authorities advised drivers to avoid the area until Friday morning.
`);
const fEnd = '(FRANCE 24 with AFP)';
const fNav = ['France', 'Africa', 'Middle East', 'Americas', 'Europe', 'Asia-Pacific', 'Business / Tech', 'Environment', 'Sport', 'Culture'];
const fLangs = ['FR', 'EN', 'ES', 'AR'];
const fShare = ['Share on Facebook', 'Share on X', 'Share on LinkedIn', 'Share by email'];
const fCaption = ['Farmers drive tractors towards a roadblock near Lyrac, southwestern France, on November 13, 2025.', '© Léo Castaing, AFP'];
const fRead = ['Read more', 'France’s mega-basins: Why a farming reservoir has become a battleground'];
const fNews = ['Daily newsletter', 'Receive essential international news every morning', 'Subscribe'];
const fApp = 'Take international news everywhere with you! Download the France 24 app';
const fSame = items(`
Drought: France extends water restrictions to 62 departments
EU farm ministers clash over new pesticide rules
Thousands march in Paris against pension reform plans
`);
const fFoot = ['About France 24', 'Contact us', 'Terms of use', 'Legal information', 'Cookies', 'Privacy policy', 'Jobs'];
const fCopy =
  '© 2025 Copyright France 24 - All rights reserved. France 24 is not responsible for the content of external websites. ' +
  'Audience figures certified by ACPM/OJD.';
const fConsent = paras(`
We care about your privacy

France Médias Monde and its partners use cookies and similar technologies to measure audiences, show you personalised
advertising and content, and offer social media features. You can change your choices at any time.
`);
const fHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${fTitle} - France 24</title><meta name="description" content="${fChapo}">
<meta property="og:title" content="${fTitle}"><meta property="og:site_name" content="France 24"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.france24.com/en/france/20251113-farmers-block-roads-around-lyrac-in-protest-over-giant-water-reservoir">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${fTitle}","description":"${fChapo}",
"datePublished":"2025-11-13T13:30:41+00:00","dateModified":"2025-11-13T15:02:10+00:00","author":[{"@type":"Organization","name":"FRANCE 24"}],
"publisher":{"@type":"NewsMediaOrganization","name":"France 24"}}</script>
<script>window.fmmConfig = {"site":"f24","lang":"en","section":"france","pageType":"article"};</script>
<link rel="stylesheet" href="https://static.france24.com/meta_og_twcards/css/f24-article.6a1e2c.css"></head>
<body class="t-article"><a class="a-skip-link" href="#main">Skip to main content</a>
<header class="o-site-header"><a class="o-site-header__logo" href="/en/"><span class="u-visually-hidden">France 24</span></a>
<nav class="m-main-nav" aria-label="Main navigation"><ul>${links(fNav, 'm-main-nav__item')}</ul></nav>
<ul class="m-lang-switch">${links(fLangs, 'm-lang-switch__item')}</ul><a class="o-site-header__live a-btn" href="/en/live">Live</a></header>
<main id="main" class="t-content t-content--article"><article class="t-content__article-wrapper">
<div class="t-content__tags"><a class="m-tag" href="/en/france/">France</a></div>
<h1 class="t-content__title a-page-title">${fTitle}</h1>
<p class="t-content__chapo">${fChapo}</p>
<div class="t-content__dates-authors"><p class="m-pub-dates"><span class="m-pub-dates__label">Issued on: </span><time
datetime="2025-11-13T13:30:41+00:00">13/11/2025 - 14:30</time><span class="m-pub-dates__label">Modified: </span><time
datetime="2025-11-13T15:02:10+00:00">13/11/2025 - 16:02</time></p>
<p class="m-from-author"><span class="m-from-author__label">By: </span><a class="m-from-author__name" href="/en/tag/france-24/">FRANCE 24</a></p>
<p class="m-reading-time"><span>3 min</span> Reading time</p></div>
<div class="m-share-bar">${fShare
  .map((t) => `<a class="m-share-bar__link" href="#share" title="${t}"><span class="u-visually-hidden">${t}</span></a>`)
  .join('')}</div>
<figure class="m-figure m-figure--16x9"><img class="m-figure__img" src="https://s.france24.com/media/display/lyrac.jpg" alt="">
<figcaption class="m-figure__caption"><span class="m-figure__caption-text">${fCaption[0]}</span> <span class="m-figure__credits">${fCaption[1]}</span>
</figcaption></figure>
<div class="o-ad-container"><p class="o-ad-container__label">Advertising</p><div id="dfp-article-1" class="o-ad-container__slot"></div></div>
<div class="t-content__body u-clearfix">
${ps(fP1.slice(0, 2))}
<div class="m-em-see-also"><span class="m-em-see-also__label">${fRead[0]}</span><a class="m-em-see-also__link"
href="/en/france/20250312-mega-basins-farming-reservoir-battleground">${fRead[1]}</a></div>
${ps(fP1.slice(2))}
<h2>${fH1}</h2>
${ps(fP2)}
<p><em>${fEnd}</em></p>
</div></article>
<aside class="o-self-promo o-self-promo--newsletter"><p class="o-self-promo__title">${fNews[0]}</p><p class="o-self-promo__text">${fNews[1]}</p>
<a class="a-btn" href="/en/newsletters">${fNews[2]}</a></aside>
<aside class="o-self-promo o-self-promo--app"><p class="o-self-promo__text">${fApp}</p></aside>
<section class="o-related"><h2 class="o-related__title">On the same topic</h2><ul>${links(fSame, 'o-related__item')}</ul></section></main>
<footer class="o-site-footer"><ul>${links(fFoot)}</ul><p class="o-site-footer__copyright">${fCopy}</p></footer>
<div id="didomi-host"><div id="didomi-notice" class="didomi-notice-banner" role="dialog" aria-describedby="didomi-notice-text">
<h1 class="didomi-notice-title">${fConsent[0]}</h1><div id="didomi-notice-text" class="didomi-notice-text">${fConsent[1]}</div>
<button id="didomi-notice-agree-button" type="button"><span>Agree and close</span></button>
<button id="didomi-notice-learn-more-button" type="button">Learn more</button>
<button class="didomi-continue-without-agreeing" type="button">Continue without agreeing</button></div></div>
<script src="https://static.france24.com/meta_og_twcards/js/f24-article.6a1e2c.js" defer></script></body></html>`;
const france24Story: TestPage = {
  name: 'heldout136-france24-story',
  kind: 'news',
  // the chapo is body (a dek); "(FRANCE 24 with AFP)" at the end of the body, the dates, "By: FRANCE 24" and the reading time
  // are bylines; the "Read more" box between paragraphs, the tag, share links, caption, credit and promos are furniture; the
  // consent notice has its own h1, which is furniture
  html: fHtml,
  title: fTitle,
  headings: [fH1],
  body: [fChapo, ...texts(fP1), ...texts(fP2)],
  bylines: ['Issued on: 13/11/2025 - 14:30', 'Modified: 13/11/2025 - 16:02', 'By: FRANCE 24', '3 min Reading time', fEnd],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to main content', 'France 24', ...fNav, ...fLangs, 'Live', ...fShare, ...fCaption, 'Advertising', ...fRead, ...fNews, fApp, 'On the same topic',
    ...fSame, ...fFoot, fCopy, ...fConsent, 'Agree and close', 'Learn more', 'Continue without agreeing',
  ]),
};

export const HELDOUT136_F: readonly TestPage[] = [france24Story, reutersFactCheck];
