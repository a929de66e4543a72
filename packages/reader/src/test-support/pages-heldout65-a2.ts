import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 65, file a2: a CBS News article (a CBS Colorado story on the shared CBS News template: the site header
 * with "Watch CBS News" and the section nav, the section label, headline, "By" and "Edited By" lines, the "Updated on: ... /
 * CBS Colorado" timestamp, the share bar and "Add CBS News on Google", the body with two h2 subheads, an image embed with
 * caption and credit and a video embed, "In:" topic links, the author box with "Read Full Bio", "More from CBS News",
 * "Trending News", the Paramount consent banner and the footer).
 */
const cbTitle = 'Colorado regulators approve $1.2 billion plan to bury power lines in wildfire zones';
const cbBody1 = [
  'Colorado utility regulators on Wednesday approved a plan that will move about 600 miles of overhead power lines underground over ' +
    'the next eight years, targeting foothill communities where fire officials say a single downed wire could start a ' +
    'catastrophic blaze.',
  'The Colorado Public Utilities Commission voted 2-1 to approve the $1.2 billion proposal from Front Range Power, which serves ' +
    'roughly 380,000 customers from Boulder County south to Pueblo.',
  '"This is the single largest wildfire mitigation project the commission has considered," Commissioner Teresa Valdivia said ' +
    'before the vote. "The question in front of us was never whether to do it. It was how fast, and who pays."',
];
const cbH1 = 'What the plan covers';
const cbBody2 = [
  'The utility will start with 140 miles of line in what it calls its "highest-risk corridors," mostly in canyons west of ' +
    'Colorado Springs and along the Highway 285 corridor, where strong winter winds and dry grass have combined to spark several ' +
    'fires in recent years.',
  'Crews will bury lines in trenches along existing roads where possible. In steeper terrain, the utility plans to replace bare ' +
    'wire with insulated cable and install sensors that can cut power within a fraction of a second if a line breaks.',
  'Front Range Power said the work would also reduce the need for planned shutoffs, in which the utility cuts power to thousands ' +
    'of customers during high winds. The company used such shutoffs four times last winter, leaving some mountain homes without ' +
    'electricity for more than two days.',
];
const cbH2 = 'Cost to customers';
const cbBody3 = [
  'The approval comes with a price. The average residential customer will see bills rise by about $4.80 a month starting in ' +
    "July, according to the commission's order, with the increase phased in over three years.",
  'Commissioner Marcus Hale, who voted against the plan, said the company should have been required to pay a larger share from ' +
    'its own profits. "Customers are being asked to fund a project that protects the company\'s liability as much as it ' +
    'protects their homes," he said.',
  'Consumer advocates had asked the commission to cap the increase at $3 a month. The commission did require the utility to ' +
    'report its progress every six months and to return money to customers if it falls more than 15% behind schedule.',
  'For residents in places like Pine Junction, where a 2022 fire burned within half a mile of the elementary school, the debate ' + 'over cost felt distant.',
  '"I\'d pay double," said Annie Corwin, who has lived in the area for 31 years. "Every time the wind picks up, I look at those ' + 'wires outside my window."',
];
const cbNav = ['Latest', 'U.S.', 'World', 'Politics', 'HealthWatch', 'MoneyWatch', 'Entertainment', 'Crime', 'Sports', 'Essentials', 'Local News'];
const cbTags = ['Colorado', 'Wildfires', 'Denver', 'Power Outage'];
const cbMore = [
  'Crews contain grass fire near Castle Rock after evacuations lifted',
  'Denver Water warns of summer watering limits after dry winter',
  'Why Colorado homeowners are struggling to find fire insurance',
];
const cbTrending = [
  'Man rescued after 3 nights on Longs Peak',
  'I-70 closed in both directions near Vail Pass',
  'Broncos sign veteran kicker',
  'Avalanche warning issued for northern mountains',
];
const cbFoot = [
  'Privacy Policy',
  'California Notice',
  'Do Not Sell My Personal Information',
  'Terms of Use',
  'About',
  'Advertise',
  'Closed Captioning',
  'CBS News Store',
  'Careers',
  'Help',
  'Contact',
  'CBS News Tips',
];
const cbCap = 'A Front Range Power crew replaces a utility pole west of Colorado Springs in October 2025.';
const cbVideo = 'Utility regulators weigh the cost of burying power lines';
const cbBio = 'Jordan Ellery is a reporter for CBS Colorado covering energy, water and the environment.';
const cbP = (ps: readonly string[]): string => ps.map((p) => `<p>${p.replace(/"/g, '&quot;')}</p>`).join('\n');
const cbHtml = `<!doctype html>
<html lang="en" class="no-js"><head><meta charset="utf-8"><title>${cbTitle} - CBS Colorado</title>
<meta name="description" content="Regulators voted 2-1 to approve the plan, which will raise the average residential bill by about $4.80 a month.">
<link rel="canonical" href="https://www.cbsnews.com/colorado/news/colorado-regulators-approve-plan-bury-power-lines-wildfire/">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${cbTitle}","dateModified":"2025-11-12T18:42:00-0700",
"author":[{"@type":"Person","name":"Jordan Ellery"}],"publisher":{"@type":"Organization","name":"CBS News"}}</script>
<script>var CBSNEWS = CBSNEWS || {}; CBSNEWS.features = {"video":{"autoplay":false}}; CBSNEWS.ads = {"adUnit":"/8264/cbslocal-colorado/news"};</script>
<style>.content__body p{font-size:1.1875rem;line-height:1.6}.embed__credit{text-transform:uppercase}</style></head>
<body class="device--type-desktop edition--us page--article page--article-local"><a class="skip-link" href="#main-content">Skip to main content</a>
<header class="site-header" id="site-header" role="banner"><div class="site-header__inner">
<a class="site-header__logo" href="/colorado/"><span class="visually-hidden">CBS Colorado</span></a>
<nav class="site-nav" aria-label="Site"><ul class="site-nav__list">${links(cbNav, 'site-nav__item')}</ul></nav>
<a class="site-header__watch button button--live" href="/colorado/live/">Watch CBS News</a>
<button class="site-header__search" aria-label="Search"><svg aria-hidden="true"><use href="#search"></use></svg></button></div></header>
<div class="ad-wrapper ad-wrapper--leader"><div id="leader-plus-top" class="ad"></div><span class="ad-wrapper__label">Advertisement</span></div>
<main id="main-content" class="page__main"><article id="article-0" class="content-article content" data-index="0" data-sort-time="1762998120000">
<header class="content__header"><a class="content__section-link" href="/colorado/local-news/">Local News</a>
<h1 class="content__title">${cbTitle}</h1>
<div class="content__meta-wrapper"><p class="content__meta content__meta--byline">By
<span class="byline__author"><a class="byline__author__link" href="/colorado/team/jordan-ellery/">Jordan Ellery</a></span></p>
<p class="content__meta content__meta--byline content__meta--edited">Edited By <span class="byline__author"><a class="byline__author__link"
 href="/colorado/team/priya-ramaswamy/">Priya Ramaswamy</a></span></p>
<p class="content__meta content__meta--timestamp"><time datetime="2025-11-12T18:42:00-0700">Updated on: November 12, 2025 / 6:42 PM MST</time>
/ CBS Colorado</p></div>
<div class="content__share"><ul class="share-bar"><li><a class="share-bar__facebook" href="https://www.facebook.com/sharer/sharer.php">
<span class="visually-hidden">Share on Facebook</span></a></li><li><a class="share-bar__x" href="https://x.com/intent/post">
<span class="visually-hidden">Post on X</span></a></li><li><a class="share-bar__email" href="mailto:"><span class="visually-hidden">Share via Email</span></a>
</li></ul><a class="google-preferred-source" href="https://www.google.com/preferences/source?q=cbsnews.com">Add CBS News on Google</a></div></header>
<section class="content__body">
<figure class="embed embed--type-image embed--float-none embed--size-full"><span class="img embed__content">
<img src="https://assets3.cbsnewsstatic.com/hub/i/r/2025/11/12/front-range-power-crew.jpg?v=8c2" alt="utility-crew.jpg" loading="lazy"></span>
<figcaption class="embed__caption"><span class="embed__caption-text">${cbCap}</span> <span class="embed__credit">CBS News Colorado</span></figcaption></figure>
${cbP(cbBody1)}
<div class="embed embed--type-video embed--float-none" data-component="video"><div class="embed__content video-player" data-video-id="c5b1f2"></div>
<div class="embed__title">${cbVideo}</div><span class="embed__duration">02:14</span></div>
<h2>${cbH1}</h2>
${cbP(cbBody2)}
<div class="ad-wrapper ad-wrapper--mid"><div id="mpu-plus-top" class="ad"></div><span class="ad-wrapper__label">Advertisement</span></div>
<h2>${cbH2}</h2>
${cbP(cbBody3)}
</section>
<footer class="content__footer"><ul class="content__tags"><li class="content__tags-label">In:</li>${links(cbTags, 'content__tag')}</ul>
<section class="content-author"><div class="content-author__avatar"><img src="https://assets1.cbsnewsstatic.com/hub/i/r/jordan-ellery.jpg" alt=""></div>
<div class="content-author__meta"><h3 class="content-author__name"><a href="/colorado/team/jordan-ellery/">Jordan Ellery</a></h3>
<p class="content-author__bio">${cbBio}</p><a class="content-author__more" href="/colorado/team/jordan-ellery/">Read Full Bio</a></div></section>
</footer></article>
<aside class="component list-river" data-component="more-from"><h2 class="component__title">More from CBS News</h2>
<ul class="component__item-wrapper">${links(cbMore, 'item')}</ul></aside></main>
<aside class="page__rail"><section class="component component--trending"><h2 class="component__title">Trending News</h2>
<ol>${links(cbTrending, 'item item--trending')}</ol></section></aside>
<footer class="site-footer" role="contentinfo"><ul class="site-footer__links">${links(cbFoot, 'site-footer__link')}</ul>
<p class="site-footer__copyright">Copyright ©2025 CBS Interactive Inc. All rights reserved.</p></footer>
<div id="onetrust-banner-sdk" role="dialog" aria-label="Privacy"><div class="ot-sdk-container"><p id="onetrust-policy-text">We and our partners
 use cookies to understand how you use our site, improve your experience and serve you personalized content and advertising.</p>
<button id="onetrust-accept-btn-handler">Accept</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-pc-btn-handler">Manage Settings</button></div></div>
<script src="https://www.cbsnews.com/fly/bundles/cbsnewscore/js/article.js?v=4b7a" defer></script>
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K3NS2M" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
</body></html>`;
export const cbsArticle: TestPage = {
  html: cbHtml,
  name: 'heldout65-cbs-news-article',
  kind: 'news',
  // the two h2 subheads are the headings, the eleven paragraphs the body. Bylines: the reporter, the "Edited By" editor (an
  // author line: "By" and "Edited By" in neither), the "Updated on:" timestamp with its "CBS Colorado" source, and the
  // author box's bio (an author line; the author box repeats the name). Furniture: the lead image caption and its "CBS
  // News Colorado" credit, the video embed's title and duration, the section link "Local News" (also a nav item: once),
  // the screen-reader share labels, "Add CBS News on Google", ad labels (once), the topic links, "Read Full Bio", "More
  // from CBS News", "Trending News", the consent banner, "Skip to main content", the nav and the footer; the nav's "World" and the
  // tag "Colorado", the tags' label "In:" and the footer's "About" are words of the body: left out
  title: cbTitle,
  headings: [cbH1, cbH2],
  body: [...texts(cbBody1), ...texts(cbBody2), ...texts(cbBody3)],
  bylines: ['Jordan Ellery', 'Priya Ramaswamy', 'Updated on: November 12, 2025 / 6:42 PM MST', 'CBS Colorado', cbBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...cbNav.filter((t) => t !== 'World'), 'Watch CBS News', 'Advertisement', 'Share on Facebook', 'Post on X',
    'Share via Email', 'Add CBS News on Google', cbCap, 'CBS News Colorado', cbVideo, '02:14', ...cbTags.filter((t) => t !== 'Colorado'), 'Read Full Bio',
    'More from CBS News', ...cbMore, 'Trending News', ...cbTrending, ...cbFoot.filter((t) => t !== 'About'),
    'Copyright ©2025 CBS Interactive Inc. All rights reserved.',
    'We and our partners use cookies to understand how you use our site, improve your experience and serve you personalized content and advertising.',
    'Accept', 'Reject All', 'Manage Settings',
  ],
};
