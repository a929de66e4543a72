import { links, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout147-kit.js';

/**
 * Held-out batch 147, file a2: a Rolling Stone music news article on the PMC (Larva) WordPress templates (skip link, the
 * header with the mega-menu button, nav, "Got a Tip?", "Subscribe" and "Log In", the breadcrumb category, headline, dek,
 * byline with the hidden author card, timestamp, the social share bar with its screen-reader labels, the lede figure with
 * caption and credit, the paywalled content with a "Trending Stories" module between paragraphs, the tour-date list, the
 * "In This Article" tags, "Editor’s picks", the "Most Popular" sidebar, the newsletter form, "Our Sites" and the footer).
 */
const rsTitle = 'The Marrow Lanterns Reunite for First Tour in 12 Years';
const rsDek = 'The Ohio band will play 22 dates this fall, starting with two nights at the bar where they made their debut';
const rsP1 = paras(`
The Marrow Lanterns are getting back together. The Dayton indie-rock band, whose 2009 album <em>Copper Weather</em> became an
unlikely college-radio staple, announced on Tuesday that they will play their first shows in 12 years this fall, a 22-date North
American tour that begins with two nights at the Velvet Mule, the bar where they played their first gig in 2004.

All four original members, singer and guitarist Tamsin Okafor, guitarist Rudy Vancleave, bassist June Harrow and drummer Felix
Aramburu, will take part. Presale tickets go on sale Thursday, with general sale the following Monday.

“We’d been talking about it for years, mostly as a joke,” Okafor tells <em>Rolling Stone</em>. “Then Felix sent a voice memo of an
old song at like two in the morning, and it didn’t sound like a joke anymore.”

The band split in 2013 after a difficult tour behind their third album, <em>Lowland Saints</em>, during which Vancleave left mid-run
and the remaining dates were canceled. In a 2015 interview, Okafor said the group had ended “on the worst possible terms,” and for
much of the following decade the members rarely spoke.`);
const rsP2 = paras(`
That changed, she says, when Harrow organized a benefit show for a Dayton venue damaged by flooding in 2023. Three of the four
Lanterns played a short acoustic set; Vancleave, who now teaches high school chemistry in Pittsburgh, came to watch. “He stood at the
back the whole time,” Okafor says. “Afterwards we went to a diner and talked until it closed.”

The group has been rehearsing in Aramburu’s garage since January and says the setlists will draw from all three albums. They have
also written new material, though Okafor is cautious about what that means. “There are songs,” she says. “Whether there’s a record, I
honestly don’t know yet. We want to see if we still like being in a van together first.”

The tour will also include a handful of festival appearances, and the band says a dollar from every ticket will go to independent
venues in the cities they visit. The opening act for most dates will be the Cincinnati duo Paper Orchard.

The Marrow Lanterns’ fall tour dates:`);
const rsDates = [
  'Sept. 12 — Dayton, OH @ The Velvet Mule',
  'Sept. 13 — Dayton, OH @ The Velvet Mule',
  'Sept. 16 — Chicago, IL @ Ironworks Hall',
  'Sept. 18 — Minneapolis, MN @ The Northern Lamp',
  'Sept. 21 — Denver, CO @ Larkin Theatre',
  'Sept. 24 — Seattle, WA @ Harbor Ballroom',
  'Sept. 26 — Portland, OR @ Crystal Annex',
  'Sept. 29 — Oakland, CA @ The Foundry',
  'Oct. 2 — Los Angeles, CA @ Belmont Palace',
  'Oct. 5 — Austin, TX @ Cedar Street Hall',
];
const rsNav = ['Music', 'Politics', 'TV & Movies', 'Culture', 'RS Recommends', 'Sub-Culture', 'Video', 'Charts'];
const rsShare = [
  'Share on Facebook',
  'Share on X',
  'Share to Flipboard',
  'Send an Email',
  'Show additional share options',
  'Share on Pinterest',
  'Share on Reddit',
  'Print this article',
  'Post a Comment',
];
const rsAuthorCard = ['Staff Writer', 'Jolene Mercado’s Most Recent Stories', 'Harbor Light Announce Surprise Album Out Friday'];
const rsCaption = 'The Marrow Lanterns in 2009, from left: Felix Aramburu, June Harrow, Tamsin Okafor and Rudy Vancleave.';
const rsCredit = 'Dana Whitcombe*';
const rsTrending = [
  'Country Star Lyle Benning Cancels Stadium Run After Vocal Surgery',
  'Inside the Messy Breakup of the Year’s Biggest Pop Duo',
  'The 50 Best Debut Albums of the 2010s',
  'Why Everyone Is Suddenly Fighting Over Vinyl Prices',
];
const rsTags = ['In This Article:', 'The Marrow Lanterns', 'Tour Dates', 'Music News'] as const;
const rsPicks = [
  'The 100 Greatest Guitar Solos of the Last 25 Years',
  'How a Dayton Basement Scene Shaped a Decade of Indie Rock',
  'The Best Live Albums Ever Made',
];
const rsPopular = [
  'Coachella Reveals Lineup With Three Surprise Reunions',
  'A Forgotten Soul Singer’s Tapes Turn Up in a Garage Sale',
  'The Songs of the Summer, Ranked',
];
const rsNews = ['Get the best of Rolling Stone in your inbox every week.', 'Enter your email', 'Sign Up', 'By providing your information, you agree to our'];
const rsSites = ['Billboard', 'Variety', 'Deadline', 'IndieWire', 'Vibe', 'SPY'];
const rsFoot = ['About Us', 'Advertise', 'Legal', 'Privacy Policy', 'Terms of Use', 'AdChoices', 'Your Privacy Choices', 'Accessibility', 'Careers'];
const rsCopy = 'Rolling Stone is a part of Penske Media Corporation. © 2025 Rolling Stone, LLC. All rights reserved.';
const rsPara = (a: readonly string[]): string =>
  a.map((p) => `<p class="paragraph larva // lrv-u-margin-lr-auto lrv-u-max-width-830 a-font-body-m">${p}</p>`).join('\n');
const rsHtml = `<!DOCTYPE html>
<html lang="en-US" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Marrow Lanterns Reunite for First Tour in 12 Years</title>
<meta name="description" content="${rsDek}"><meta property="og:site_name" content="Rolling Stone"><meta property="og:type" content="article">
<meta property="og:title" content="${rsTitle}"><meta name="author" content="Jolene Mercado">
<meta property="article:published_time" content="2025-03-11T10:31:12-04:00"><meta property="article:section" content="Music News">
<link rel="canonical" href="https://www.rollingstone.com/music/music-news/marrow-lanterns-reunion-tour-1235281944/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rsTitle}","description":"${rsDek}",
"datePublished":"2025-03-11T10:31:12-04:00","author":[{"@type":"Person","name":"Jolene Mercado"}],
"publisher":{"@type":"Organization","name":"Rolling Stone"},"isAccessibleForFree":"False",
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":"False","cssSelector":".pmc-paywall"}}</script>
<script>var pmc_meta = {"lob":"rollingstone","page-type":"article","env":"desktop","primary-category":"Music","primary-vertical":"music-news"};</script>
<link rel="stylesheet" id="rollingstone-common-css" href="https://www.rollingstone.com/wp-content/themes/vip/pmc-rollingstone-2018/assets/build/css/common.css">
<script async src="https://c.amazon-adsystem.example/aax2/apstag.js"></script></head>
<body class="post-template-default single single-post postid-1235281944 single-format-standard pmc-paywall-enabled rs-article">
<a class="screen-reader-text skip-link" href="#section-main">Skip to main content</a>
<div class="header-sticky // lrv-u-background-color-black"><header class="header // lrv-u-flex lrv-u-align-items-center">
<button class="c-mega-menu-toggle" aria-expanded="false"><span class="screen-reader-text">Click to expand the Mega Menu</span></button>
<a class="c-logo" href="https://www.rollingstone.com" title="Rolling Stone"><span class="screen-reader-text">Rolling Stone</span></a>
<nav class="o-nav o-nav--horizontal // header__nav" aria-label="Main"><ul class="o-nav__list lrv-a-unstyle-list lrv-u-flex">
${links(rsNav, 'o-nav__list-item lrv-u-color-white')}</ul></nav>
<div class="header__actions"><a class="c-link header__tip" href="https://www.rollingstone.com/tips/">Got a Tip?</a>
<a class="c-button c-button--subscribe" href="https://www.rollingstone.com/subscribe">Subscribe</a>
<a class="c-link header__login" href="https://www.rollingstone.com/login/">Log In</a>
<button class="c-search-toggle"><span class="screen-reader-text">Click to Expand Search Input</span></button></div></header></div>
<main id="section-main" class="lrv-a-wrapper lrv-u-flex"><div class="lrv-a-grid lrv-a-cols3@desktop"><div class="lrv-a-span2@desktop">
<article id="post-1235281944" class="post-1235281944 post type-post status-publish format-standard has-post-thumbnail category-music-news">
<div class="article-header // lrv-u-text-align-center"><div class="c-breadcrumbs // lrv-u-text-transform-uppercase">
<a class="c-link" href="https://www.rollingstone.com/music/music-news/">Music News</a></div>
<h1 class="c-title // lrv-u-font-family-primary a-font-primary-bold-xl" id="section-heading">${rsTitle}</h1>
<h2 class="c-dek // a-font-secondary-regular-s lrv-u-margin-t-050">${rsDek}</h2>
<div class="article-byline // lrv-u-flex lrv-u-justify-content-center"><div class="c-byline // lrv-u-font-family-secondary">
<div class="c-byline__authors">By <a class="c-link c-byline__link" href="https://www.rollingstone.com/author/jolene-mercado/">Jolene Mercado</a></div>
<div class="c-author-card" hidden><p class="c-author-card__title">${rsAuthorCard[0]}</p><h4 class="c-author-card__heading">${rsAuthorCard[1]}</h4>
<ul class="c-author-card__list"><li><a href="https://www.rollingstone.com/music/music-news/harbor-light-album-1235279001/">${rsAuthorCard[2]}</a></li></ul>
<a class="c-author-card__all" href="https://www.rollingstone.com/author/jolene-mercado/">View All</a></div></div>
<div class="c-timestamp // lrv-u-margin-l-050"><time datetime="2025-03-11T10:31:12-04:00">March 11, 2025</time></div></div>
<div class="o-social-list // article__share" data-pmc-social="share-bar"><ul class="o-social-list__list lrv-a-unstyle-list lrv-u-flex">
${rsShare
  .map(
    (t, i) => `<li class="o-social-list__item"><a class="c-icon c-icon--social-${i}" href="#share-${i}" rel="nofollow">
<span class="screen-reader-text">${t}</span><svg class="c-icon__svg" aria-hidden="true"><use xlink:href="#social-${i}"></use></svg></a></li>`,
  )
  .join('\n')}</ul></div></div>
<figure class="c-figure // lrv-u-margin-b-1"><div class="c-lazy-image"><img class="c-lazy-image__img" alt="The Marrow Lanterns"
src="https://www.rollingstone.com/wp-content/uploads/2025/03/marrow-lanterns.jpg?w=1581&amp;h=1054&amp;crop=1"></div>
<figcaption class="c-figcaption // lrv-u-font-size-12"><span class="c-figcaption__caption">${rsCaption}</span>
<cite class="c-figcaption__credit lrv-u-text-transform-uppercase">${rsCredit}</cite></figcaption></figure>
<div class="a-content a-content--article pmc-paywall // lrv-u-margin-lr-auto" data-paywall="metered">
${rsPara(rsP1)}
<div class="c-trending-module // lrv-u-border-t-1 lrv-u-border-b-1" data-module="trending-inline"><h3 class="c-trending-module__title">Trending Stories</h3>
<ul class="c-trending-module__list lrv-a-unstyle-list">${links(rsTrending, 'c-trending-module__item')}</ul></div>
${rsPara(rsP2)}
<ul class="wp-block-list">${lis(rsDates)}</ul>
<div class="admz lrv-u-text-align-center" id="adm-inline-article-ad-3"><div class="ad-label">Advertisement</div></div>
</div>
<div class="article-tags // lrv-u-flex"><span class="article-tags__label">${rsTags[0]}</span>
${rsTags
  .slice(1)
  .map((t) => `<a class="c-link article-tags__tag" href="https://www.rollingstone.com/t/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`)
  .join('\n')}</div></article>
<section class="o-editors-picks // lrv-u-margin-t-2"><h2 class="o-editors-picks__heading">Editor’s picks</h2>
<ul class="o-editors-picks__list">${links(rsPicks, 'o-editors-picks__item')}</ul></section></div>
<aside class="lrv-a-span1@desktop sidebar"><div class="admz" id="adm-right-rail-1"><div class="ad-label">Advertisement</div></div>
<section class="o-most-popular"><h2 class="o-most-popular__heading">Most Popular</h2><ol class="o-most-popular__list">${links(rsPopular)}</ol></section>
</aside></div></main>
<section class="newsletter-footer // lrv-u-background-color-grey-lightest"><h2 class="newsletter-footer__title">Newsletter Signup</h2>
<p>${rsNews[0]}</p><form class="newsletter-footer__form"><label class="screen-reader-text" for="nl-email">${rsNews[1]}</label>
<input id="nl-email" type="email" placeholder="Enter your email"><button type="submit">${rsNews[2]}</button></form>
<p class="newsletter-footer__legal">${rsNews[3]} <a href="https://pmc.com/terms-of-use/">Terms of Use</a> and
<a href="https://pmc.com/privacy-policy/">Privacy Policy</a>.</p></section>
<footer class="footer // lrv-u-background-color-black lrv-u-color-white"><div class="footer__tip"><h3>Have a Tip?</h3>
<p>Send us a tip using our anonymous form.</p><a class="c-button" href="https://www.rollingstone.com/tips/">Send Us a Tip</a></div>
<div class="footer__sites"><h3>Our Sites</h3><ul>${links(rsSites)}</ul></div>
<ul class="footer__links">${links(rsFoot, 'footer__item')}</ul><p class="footer__copyright">${rsCopy}</p>
<p class="footer__vip"><a href="https://wpvip.com/">Powered by WordPress.com VIP</a></p></footer>
<script type="text/javascript" src="https://www.rollingstone.com/wp-content/themes/vip/pmc-rollingstone-2018/assets/build/js/article.js" defer></script>
</body></html>`;
export const rollingStone: TestPage = {
  html: rsHtml,
  name: 'heldout147-rollingstone-news',
  kind: 'news',
  // the dek and the tour-date list are body; the inline "Trending Stories" module, the hidden author card, breadcrumb,
  // screen-reader share labels, caption, credit, tags (but the two that are words of the title and the dates line), picks,
  // rails, newsletter and footer are furniture
  title: rsTitle,
  headings: [],
  body: [rsDek, ...texts(rsP1), ...texts(rsP2), ...rsDates],
  bylines: ['By Jolene Mercado', 'Jolene Mercado', 'March 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Click to expand the Mega Menu', ...rsNav, 'Got a Tip?', 'Subscribe', 'Log In', 'Click to Expand Search Input',
    'Music News', ...rsAuthorCard, 'View All', ...rsShare, rsCaption, rsCredit, 'Trending Stories', ...rsTrending, 'Advertisement', rsTags[0],
    'Editor’s picks', ...rsPicks, 'Most Popular', ...rsPopular, 'Newsletter Signup', ...rsNews, 'Have a Tip?',
    'Send us a tip using our anonymous form.', 'Send Us a Tip', 'Our Sites', ...rsSites, ...rsFoot, rsCopy, 'Powered by WordPress.com VIP',
  ],
};
