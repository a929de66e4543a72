import { links, type TestPage, texts } from './page-kit.js';
import { lines, paras } from './pages-heldout159-kit.js';

/**
 * Held-out batch 159, file c2: a Hollywood Reporter business story on the PMC theme (the "Subscribe" bar and header nav, the
 * hidden mobile menu, the category kicker, the dek under the headline, the byline and date, the share icons, the lede image
 * caption and credit, the "THR Newsletters" box inside the article body between paragraphs, the inline "Related Stories" box,
 * one h3 subhead, the tags, the "Trending on THR" rail, the "More From Our Brands" carousel, the consent banner and the footer).
 */
const thTitle = 'Marlowe Stein Agency and Fairhaven Talent Agree to Merge, Creating Mid-Size Powerhouse';
const thDek = 'The combined company will represent more than 1,400 clients across film, television, books and podcasts.';
const thP1 = paras(`
Two of Hollywood’s fastest-growing mid-size agencies are joining forces. Marlowe Stein Agency and Fairhaven Talent have agreed to
merge, The Hollywood Reporter has confirmed, in a deal that will create one of the largest independent agencies outside the
industry’s top tier.

The combined firm, which will operate under the name Marlowe Fairhaven, will have roughly 220 agents and offices in Los Angeles,
New York, Atlanta and London. Financial terms were not disclosed. The deal is expected to close by the end of the year.
`);
const thP2 = paras(`
Marlowe Stein co-founder Renata Marlowe and Fairhaven CEO Desmond Akerley will serve as co-CEOs. In a memo to staff obtained by
THR, the pair said the merger would give clients “the reach of a large agency with the attention of a boutique.”

“We have spent the last decade competing for the same clients and, increasingly, the same deals,” Marlowe and Akerley wrote.
“It became obvious that we could do more for them together.”
`);
const thH1 = 'A crowded middle';
const thP3 = paras(`
The merger is the latest sign of consolidation among agencies below the largest firms, which have spent the past few years
buying companies in sports, music and brand partnerships. Mid-size agencies have struggled to match the big agencies’ packaging
power and the growing management companies that poach agents and clients alike.

Fairhaven, founded in 2009, is known for its literary and podcast departments, and has built a strong business adapting books
for television. Marlowe Stein has a large roster of actors and a growing unscripted department.

Both agencies said no layoffs are planned as part of the deal, though executives acknowledged that some departments would be
combined over the next year. The combined agency will keep both companies’ London offices for now.

Industry observers said the merger could prompt similar deals. “There are at least half a dozen agencies of this size that are
having the same conversation right now,” said one veteran agent who was not involved in the deal.
`);
const thNav = lines(`
News
TV
Movies
Awards
Lifestyle
Business
Global
Video
Podcasts
Heat Vision
Power Lists
`);
const thMenu = lines(`
Reviews
Box Office
Politics
Features
Digital Edition
Events
`);
const thRelated = lines(`
Talent Agency Promotes Nine to Partner in Literary and Unscripted Departments
Hollywood’s Mid-Size Agencies Face a Squeeze as Management Firms Grow
`);
const thTags = lines(`
Agencies
Fairhaven Talent
Marlowe Stein Agency
`);
const thTrending = lines(`
Studio Sets Release Date for Sequel to Surprise Summer Hit
TV Ratings: Awards Show Falls to New Low
Veteran Character Actor Dies at 84
Streamer Cancels Comedy After One Season
Casting Director Joins Rival Studio as Executive
`);
const thBrands = lines(`
Variety
Rolling Stone
Billboard
Deadline
Robb Report
`);
const thFooter = lines(`
About
Contact
Advertise
Careers
Customer Service
Accessibility
Terms of Use
Privacy Policy
Your Privacy Choices
California Privacy Rights
Ad Choices
Send Us a Tip
`);
const thNews = 'Sign up for THR news straight to your inbox every day';
const thCaption = 'Renata Marlowe and Desmond Akerley';
const thCredit = 'Courtesy of Marlowe Stein Agency; Illustration by THR Staff';
const thCookie = 'By clicking “Accept All Cookies”, you agree to the storing of cookies on your device to enhance site navigation and analyze site usage.';
const thCopy = 'The Hollywood Reporter is a part of Penske Media Corporation. © 2025 The Hollywood Reporter, LLC. All Rights Reserved.';
const thPs = (a: readonly string[]): string => a.map((p) => `<p class="paragraph larva // lrv-u-margin-lr-auto">${p}</p>`).join('\n');
const thHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Marlowe Stein Agency and Fairhaven Talent Agree to Merge – The Hollywood Reporter</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="${thDek}"><meta property="og:site_name"
content="The Hollywood Reporter">
<link rel="canonical" href="https://www.hollywoodreporter.com/business/business-news/marlowe-stein-fairhaven-talent-merge-1236401188/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${thTitle}","description":"${thDek}",
"datePublished":"2025-10-16T08:45:00-07:00","author":[{"@type":"Person","name":"Gideon Farrow-Mbeki"}],"articleSection":"Business News"}</script>
<script type="text/javascript">var pmc_meta = {"lob":"hollywoodreporter","page-type":"article","primary-category":"Business"};</script>
<script async src="https://www.hollywoodreporter.com/wp-content/themes/vip/pmc-hollywoodreporter-2021/assets/build/js/main.js"></script></head>
<body class="post-template-default single single-post pmc-hollywoodreporter-2021"><div id="site_wrap">
<a class="lrv-a-screen-reader-only" href="#main-wrapper">Skip to main content</a>
<div class="subscribe-bar lrv-u-background-color-brand-primary"><a href="/subscribe/">Subscribe</a> <a href="/login/">Login</a></div>
<header class="header lrv-u-flex"><button class="c-button" aria-label="Menu">Menu</button><a class="c-logo" href="/"><span class="lrv-a-screen-reader-only">
The Hollywood Reporter</span></a><nav class="o-nav"><ul class="o-nav__list">${links(thNav, 'o-nav__list-item')}</ul></nav>
<div class="mobile-menu" hidden><ul>${links(thMenu)}</ul></div></header>
<main id="main-wrapper"><article class="article-layout lrv-u-flex">
<header class="article-title"><div class="article-kicker"><a class="c-link" href="/c/business/business-news/">Business News</a></div>
<h1 class="c-title a-font-primary-bold-xxl">${thTitle}</h1><h2 class="c-dek a-font-secondary-m">${thDek}</h2>
<div class="c-byline"><span class="c-byline__prefix">By </span><a class="c-link" href="/author/gideon-farrow-mbeki/">Gideon Farrow-Mbeki</a></div>
<time class="c-timestamp" datetime="2025-10-16T08:45:00-07:00">October 16, 2025 8:45am</time>
<div class="o-social-list"><a href="#" class="c-icon"><span class="lrv-a-screen-reader-only">Share on Facebook</span></a>
<a href="#" class="c-icon"><span class="lrv-a-screen-reader-only">Share on X</span></a><a href="#" class="c-icon"><span class="lrv-a-screen-reader-only">
Share to Flipboard</span></a><a href="#" class="c-icon"><span class="lrv-a-screen-reader-only">Send an Email</span></a>
<a href="#" class="c-icon"><span class="lrv-a-screen-reader-only">Show additional share options</span></a></div></header>
<figure class="o-figure"><img src="https://www.hollywoodreporter.com/wp-content/uploads/2025/10/marlowe-akerley.jpg?w=1296"
alt="Renata Marlowe and Desmond Akerley">
<figcaption class="c-figcaption"><span class="c-figcaption__caption">${thCaption}</span> <cite
class="c-figcaption__credit">${thCredit}</cite></figcaption></figure>
<div class="a-content a-font-body-m pmc-paywall" id="article-content">
${thPs(thP1)}
<div class="pmc-newsletter-widget"><h3 class="c-heading">THR Newsletters</h3><p>${thNews}</p><form><label for="thr-nl">Email Address</label>
<input id="thr-nl" type="email"><button type="submit">Sign Up</button></form></div>
${thPs(thP2)}
<div class="article-related"><h4 class="c-heading">Related Stories</h4><ul>${links(thRelated, 'related-story')}</ul></div>
<h3>${thH1}</h3>
${thPs(thP3)}
</div>
<div class="article-tags"><h4>Tags</h4><ul>${links(thTags)}</ul></div></article>
<aside class="sidebar"><div class="admz" id="adm-right-rail-1"><span class="ad-label">Advertisement</span></div>
<section class="trending"><h3 class="c-heading">Trending on THR</h3><ol>${links(thTrending, 'trending__item')}</ol></section></aside></main>
<section class="more-from-our-brands"><h2 class="c-heading">More From Our Brands</h2><ul>${links(thBrands, 'brand-item')}</ul></section>
<footer class="footer lrv-u-background-color-black"><ul>${links(thFooter, 'footer__link')}</ul><p class="footer__copyright">${thCopy}</p>
<p>Powered by WordPress.com VIP</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${thCookie}</p>
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></body></html>`;
export const thrStory: TestPage = {
  html: thHtml,
  name: 'heldout159-hollywoodreporter-story',
  kind: 'news',
  // the dek is body
  title: thTitle,
  headings: [thH1],
  body: [thDek, ...texts(thP1), ...texts(thP2), ...texts(thP3)],
  bylines: ['By Gideon Farrow-Mbeki', 'October 16, 2025 8:45am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', 'Subscribe', 'Login', 'Menu', 'The Hollywood Reporter', ...thNav, ...thMenu, 'Business News', 'Share on Facebook',
    'Share on X', 'Share to Flipboard', 'Send an Email', 'Show additional share options', thCaption, thCredit, 'THR Newsletters', thNews,
    'Email Address', 'Sign Up', 'Related Stories', ...thRelated, 'Tags', ...thTags, 'Advertisement', 'Trending on THR', ...thTrending,
    'More From Our Brands', ...thBrands, ...thFooter, thCopy, 'Powered by WordPress.com VIP', thCookie, 'Cookies Settings', 'Accept All Cookies',
  ])],
};
