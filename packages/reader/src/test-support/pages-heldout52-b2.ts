import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 52, file b2: a Rolling Stone feature on the PMC WordPress template (the header with its section menu and
 * "Subscribe" link, the "In This Article" tag strip, the category kicker, headline and dek, byline with the photographer line,
 * date, share tools, the lead photo with caption, a long body broken by separators, a pull quote, a mid-story photo and
 * the "Trending Stories" module, the RS Country newsletter promo, "Editor's Picks", the "Got a Hot Tip?" box and the PMC footer).
 */
const rsTitle = 'Ruby Vance Spent 20 Years Waiting Tables in Bakersfield. Now Nashville Is Calling';
const rsDek = 'At 44, the singer with the cracked-glass voice has a viral hit, a major-label deal and no intention of leaving the diner behind';
const rsBody1 = [
  'The Blue Fern Diner on Union Avenue opens at five in the morning, and by six Ruby Vance has usually poured 40 cups of coffee. She knows ' +
    'who takes cream, who wants the booth by the window and who will tip in quarters. What most of the regulars did not know, until last ' +
    'spring, is that she had been writing songs on the back of order pads for two decades.',
  'Then a trucker named Lyle filmed her singing one of them at the counter after close, and the clip of “Gravel and Grace” was watched ' +
    'eleven million times in a week. By summer she had a manager, a publishing deal and a stack of offers from labels she had only read ' +
    'about in magazines. In October she signed with a Nashville imprint, and her debut album, <em>Order Up</em>, is due in March.',
  '“People keep asking if I’m going to quit,” Vance says on a gray morning in November, sliding into the booth by the window. “I tell them ' +
    'I’ve got a shift Thursday. I’m not being cute. I just don’t trust any of this yet.”',
];
const rsBody2 = [
  'Vance grew up in Oildale, the hard-luck neighborhood north of the Kern River that gave the world Merle Haggard, and she talks about the ' +
    'Bakersfield sound the way other people talk about weather: it was just there. Her father played steel guitar in bar bands on weekends ' +
    'and fixed air conditioners the rest of the week. Her mother sang in church and, after a couple of beers, at the kitchen sink.',
  'She formed a band at 19, played the county fair circuit for three years and quit when her daughter was born. “I didn’t stop writing,” she ' +
    'says. “I stopped performing. Those are different things. Writing you can do at two in the morning with a baby on your shoulder.”',
  'The songs she kept writing are small and exact. “Gravel and Grace” is about a woman who drives her ex-husband’s truck to his funeral ' +
    'because it is the only thing of his she still wants. “Second Shift” lists, in order, every object on a diner counter at 11 p.m. Her ' +
    'producer, Dale Kittredge, says he cut almost nothing from her demos. “You don’t edit that,” he says. “You just try not to get in the way.”',
];
const rsPull = '“I didn’t stop writing. I stopped performing. Those are different things.”';
const rsBody3 = [
  'The speed of it has been disorienting. In August she played her first show in 20 years, to 300 people at a Bakersfield bar, and forgot ' +
    'the second verse of her own song. In December she will open three dates for a touring arena act whose name she asks me not to print ' +
    'until the contracts are signed. Her daughter, now 24, has taken over her social media accounts.',
  'Vance has also had to learn to say no. She turned down a reality-show producer who wanted to film her at the diner, and a brand that ' +
    'wanted her to sing about its frozen pancakes. “I’ve served a lot of pancakes,” she says. “I know what they’re worth.”',
  'Before I leave, she refills my coffee without asking, then pauses at the register to scribble something on an order pad. A line, she ' +
    'says, about a man who always orders for two and eats alone. She folds the slip and tucks it into her apron. “That one’s going to be ' +
    'a song,” she says. “Or it’s going to be nothing. You never know until Thursday.”',
];
const rsNav = ['Music', 'Politics', 'TV & Movies', 'Culture', 'RS Recommends', 'Sub-Cultures', 'Video'];
const rsTags = ['Country Music', 'Ruby Vance', 'RS Country', 'Bakersfield'];
const rsTrending = [
  'The 50 Best Albums of 2025',
  'Inside the Feud That Broke Up Country’s Hottest Duo',
  'Every Song on the Grammy Shortlist, Ranked',
  'A Stand-Up Comic’s Hard Road Back After the Crash',
];
const rsPicks = [
  'The 100 Greatest Country Songs of All Time',
  'How Bakersfield Outlaws Reinvented Nashville, Again',
  'Sturgill Simpson Goes Back to the Bluegrass',
];
const rsFoot = ['About Us', 'Advertise', 'Contact Us', 'Careers', 'Privacy Policy', 'Terms of Use', 'AdChoices', 'Accessibility', 'Subscribe'];
const rsCap1 = 'Ruby Vance at the Blue Fern Diner in Bakersfield, California, where she still works three shifts a week.';
const rsCap2 = 'Vance with her father’s steel guitar, which she keeps in a closet at home.';
const rsCredit = 'Amara Quist for Rolling Stone';
const rsHtml =
  `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Ruby Vance: From Bakersfield Diner to Nashville Deal – Rolling Stone</title>
<meta name="description" content="${rsDek}">
<link rel="canonical" href="https://www.rollingstone.com/music/music-country-features/ruby-vance-interview-1235501188/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ruby Vance Spent 20 Years Waiting Tables in Bakersfield",
"author":[{"@type":"Person","name":"Wesley Harlan"}],"datePublished":"2025-12-09T07:00:00-05:00",
"publisher":{"@type":"Organization","name":"Rolling Stone"}}</script>
<script type="text/javascript">var pmc_meta={"lob":"rollingstone","page-type":"article","vertical":"music","category":"music-country-features"};</script>
<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-RS01"></script></head>
<body class="post-template-default single single-post postid-1235501188 single-format-standard pmc-core-v2">
<div id="pmc-gallery-vertical"></div><header class="header-sticky lrv-u-background-color-black" data-header-sticky>
<a class="c-logo" href="https://www.rollingstone.com/" title="Rolling Stone">
<svg role="img" aria-labelledby="rs-logo-t"><title id="rs-logo-t">Rolling Stone</title></svg></a>
<nav class="o-nav o-nav--horizontal" aria-label="Main"><ul class="o-nav__list">${links(rsNav, 'o-nav__list-item')}</ul></nav>
<a class="c-button c-button--subscribe" href="https://www.rollingstone.com/subscribe">Subscribe</a>
<button class="c-button c-button--search" aria-label="Search"><svg></svg></button></header>
<main id="main" class="lrv-a-wrapper"><article class="single-article lrv-u-margin-tb-1">
<div class="article-tags lrv-u-flex"><span class="article-tags__label">In This Article:</span><ul>${links(rsTags, 'article-tags__item')}</ul></div>
<div class="article-header"><a class="c-span__link" href="/music/music-country/">Music Features</a>
<h1 class="c-title a-font-primary-bold-l">${rsTitle}</h1><h2 class="c-tagline a-font-secondary-m">${rsDek}</h2>
<div class="c-byline lrv-u-flex"><div class="author"><span class="c-byline__by">By</span>
<a class="c-byline__link" href="/author/wesley-harlan/">Wesley Harlan</a></div>
<div class="c-byline__photo">Photographs by <span>Amara Quist</span></div></div>
<time class="c-timestamp" datetime="2025-12-09T07:00:00-05:00">December 9, 2025</time>
<div class="c-social-bar" data-social-bar><a href="#" class="c-icon" title="Share on Facebook"><span class="screen-reader-text">Facebook</span></a>
<a href="#" class="c-icon" title="Share on X"><span class="screen-reader-text">X</span></a>
<a href="#" class="c-icon" title="Email"><span class="screen-reader-text">Email</span></a>
<a href="#comments-loaded" class="c-icon"><span class="screen-reader-text">Comments</span></a></div></div>
<figure class="c-figure article-featured-image"><img src="https://www.rollingstone.com/wp-content/uploads/2025/12/ruby-vance-diner.jpg?w=1581&amp;h=1054" alt=""
loading="eager"><figcaption class="c-figcaption"><span class="c-figcaption__caption">${rsCap1}</span>
<cite class="c-figcaption__credit">${rsCredit}</cite></figcaption></figure>
<div class="a-content pmc-paywall">
${rsBody1.map((p) => `<p class="paragraph larva">${p}</p>`).join('\n')}
<hr class="wp-block-separator has-alpha-channel-opacity is-style-dots">
${rsBody2.map((p) => `<p class="paragraph larva">${p}</p>`).join('\n')}
<blockquote class="c-pull-quote wp-block-pullquote"><p>${rsPull}</p></blockquote>
<figure class="wp-block-image size-large"><img src="https://www.rollingstone.com/wp-content/uploads/2025/12/ruby-vance-guitar.jpg?w=1024" alt="">
<figcaption class="wp-element-caption">${rsCap2} <em>${rsCredit}</em></figcaption></figure>
<section class="article-trending lrv-u-border-a-1" data-trending-inline><h3 class="article-trending__title">Trending Stories</h3>
<ul class="article-trending__list">${links(rsTrending, 'article-trending__item')}</ul></section>
<hr class="wp-block-separator has-alpha-channel-opacity is-style-dots">
${rsBody3.map((p) => `<p class="paragraph larva">${p}</p>`).join('\n')}
</div>
<div class="newsletter-inline" data-newsletter="rs-country"><p class="newsletter-inline__copy"><strong>RS Country</strong> Sign up for the ` +
  `monthly newsletter on the artists and songs shaping country music.</p><a class="c-button" href="/newsletters/">Sign Up</a></div>
</article>
<section class="editors-picks"><h2 class="c-heading">Editor’s Picks</h2><ul>${links(rsPicks, 'c-card')}</ul></section>
<aside class="hot-tip"><h3>Got a Hot Tip?</h3><p>Want to tell us something? Send us a confidential tip.</p><a href="/tips/">Send Us a Tip</a></aside></main>
<footer class="footer lrv-u-background-color-black"><div class="footer__magazine"><span>Get The Magazine</span><a href="/subscribe">Subscribe Now</a></div>
<ul class="footer__menu">${links(rsFoot, 'menu-item')}</ul>
<p class="footer__copyright">Rolling Stone is a part of Penske Media Corporation. © 2025 Rolling Stone, LLC. All rights reserved.</p>
<p class="footer__powered">Powered by WordPress.com VIP</p></footer>
<div id="ot-sdk-btn-floating" class="ot-floating-button">
<button class="ot-floating-button__open" aria-label="Open Preferences">Your Privacy Choices</button></div>
</body></html>`;
export const rollingStoneFeature: TestPage = {
  html: rsHtml,
  name: 'heldout52-rolling-stone-feature',
  kind: 'news',
  // the dek (the h2 under the title) is body; the feature has no section headings (its parts are split by dotted rules);
  // the pull quote repeats the subject's words from the body (in neither list); "Wesley Harlan" and the date are bylines
  // ("By" in neither); the photographer line, both captions and the "for Rolling Stone" credit, the "In This Article" tags,
  // kicker, share labels, "Trending Stories", the RS Country promo, "Editor’s Picks", the tip box, privacy button, header and
  // footer are furniture; the tags "Ruby Vance" and "Bakersfield" are body words: left out
  title: rsTitle,
  headings: [],
  body: [rsDek, ...texts(rsBody1), ...texts(rsBody2), ...texts(rsBody3)],
  bylines: ['Wesley Harlan', 'December 9, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rolling Stone', ...rsNav, 'In This Article:', 'Country Music', 'RS Country', 'Music Features', 'Photographs by Amara Quist', 'Facebook',
    'Email', 'Comments', rsCap1, rsCap2, rsCredit, 'Trending Stories', ...rsTrending,
    'Sign up for the monthly newsletter on the artists and songs shaping country music.', 'Sign Up', 'Editor’s Picks', ...rsPicks,
    'Got a Hot Tip?', 'Want to tell us something? Send us a confidential tip.', 'Send Us a Tip', 'Get The Magazine', 'Subscribe Now', ...rsFoot,
    'Rolling Stone is a part of Penske Media Corporation. © 2025 Rolling Stone, LLC. All rights reserved.', 'Powered by WordPress.com VIP',
    'Your Privacy Choices',
  ],
};
