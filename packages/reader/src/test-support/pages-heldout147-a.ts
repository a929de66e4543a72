import { links, type TestPage, texts } from './page-kit.js';
import { rollingStone } from './pages-heldout147-a2.js';
import { paras } from './pages-heldout147-kit.js';

/**
 * Held-out batch 147, file a: a New York Magazine (Intelligencer) news article on the Clay templates (skip link, the
 * global brand nav with "Sign In" and "Subscribe", the subscription banner, rubric, headline, dek, byline with the
 * reporter's title, timestamp, share tools, the lede photo with caption and credit, the "One Great Story" notice at the top
 * of the article text, clay paragraphs and subheaders with a mid-article ad, tags, the newsletter sign-up, the "Most Viewed
 * Stories" rail, the hidden paywall modal and the footer) and, from file a2, a Rolling Stone news article.
 */
const nyTitle = 'The Ferry Landing That Broke a Queens Council Race';
const nyDek = 'A shuttered pier in Halvard Point has become the only issue anyone there wants to talk about.';
const nyP1 = paras(`
For most of the last decade, the concrete landing at the foot of Tessaly Avenue in Halvard Point was a place where teenagers fished
for porgies and the occasional wedding party posed for photos against the skyline. Then, in February, the city’s Economic Development
Corporation quietly posted a notice on its website: the landing would be demolished this summer, and the ferry stop promised to the
neighborhood since 2019 would go somewhere else.

Within a week, the notice had upended the race for the district’s open City Council seat. All four Democratic candidates now have a
position on the pier. Two of them have held rallies on it. One, a former transit planner named Odalys Ferreira, has made it almost the
entire basis of her campaign.

“People out here have been told for six years that a boat was coming,” Ferreira said on a recent Saturday, standing next to the
chain-link fence that now blocks the landing. “Nobody told them it wasn’t until a PDF went up on a Tuesday afternoon.”`);
const nyH1 = 'What the city says';
const nyP2 = paras(`
The EDC’s explanation is about money and mud. An engineering survey completed last fall found that the landing’s pilings had
deteriorated faster than expected, and that the channel next to it had silted up to less than eight feet at low tide, too shallow for
the 150-passenger boats the system now uses. Dredging and rebuilding would cost an estimated $41 million, according to the agency,
roughly triple the original budget.

Instead, the city wants to put the stop a mile north, at a former bus depot on Kessler Street that it already owns. A spokesperson,
Marcus Oyelaran, said the new site would open by 2028 and would serve “more riders, not fewer,” because it sits closer to two large
apartment developments now under construction.

That argument has not landed well on the blocks around Tessaly Avenue, where many residents are older and do not drive. The walk from
the old landing to Kessler Street takes about 25 minutes, and there is no direct bus.`);
const nyH2 = 'The race';
const nyP3 = paras(`
The seat opened up in December when the incumbent, Councilmember Harold Vining, announced he would not seek a fourth term. Vining has
not endorsed anyone, but his former chief of staff, Renée Adjani, is running and has been careful about the ferry, saying only that
she wants “an honest accounting” of the engineering report.

The other candidates have been less cautious. Daniel Koszalka, a tenants’ lawyer, has called for the city to
<a href="https://nymag.com/intelligencer/article/halvard-point-dredging.html">fund the dredging outright</a>. Priya Raghunathan, who
runs a food pantry on Tessaly Avenue, has proposed a shuttle bus to the new site as a compromise, and has been attacked by Ferreira
for it.

“It’s a bus to a boat,” Ferreira said. “If you’re 78 and you live on Ninth Street, that’s not a ferry.”

Campaign-finance filings show the issue has changed where the money is coming from, too. Ferreira raised more in the six weeks after
the EDC notice than in the previous five months combined, most of it in donations under $100 from addresses inside the district.`);
const nyH3 = 'What happens next';
const nyP4 = paras(`
The EDC will hold a public hearing on the plan on April 9 at the Halvard Point branch library, and has said it will publish the full
engineering report before then. Whatever it says, the pier will probably stay at the center of the race until the June primary.

Raghunathan, for one, thinks that is a mistake. “There are people in this district who are going to lose their apartments this
year,” she said. “I care about the ferry. But I’m not sure the ferry is what this election should be about.”`);
const nyBrands = ['Intelligencer', 'The Cut', 'Vulture', 'The Strategist', 'Curbed', 'Grub Street'];
const nyBanner = ['Get unlimited access to New York, starting at $1 a week.', 'Subscribe Now'];
const nyNotice = 'This article was featured in One Great Story, New York’s reading recommendation newsletter. Sign up here to get it nightly.';
const nyShare = ['Share on Facebook', 'Share on X', 'Share via Email', 'Gift This Article', 'Comment'];
const nyCaption = 'The fenced-off landing at the foot of Tessaly Avenue.';
const nyCredit = 'Photo: Kenji Albrecht for New York Magazine';
const nyTags = ['nyc politics', 'queens', 'ferries', 'city council', 'transit', 'More'];
const nyNews = [
  'Sign Up for the Intelligencer Newsletter',
  'Daily news about the politics, business, and technology shaping our world.',
  'Email',
  'This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.',
  'Vox Media, LLC Terms and Privacy Notice',
];
const nyMost = [
  'Why the Subway Budget Fight Is Really About Albany',
  'The Mayor’s New Housing Czar Has One Big Problem',
  'A Brooklyn Landlord Tried to Evict a Whole Building. It Backfired.',
  'What to Know About the June Primary Ballot',
];
const nyPaywall = [
  'You’ve read your last free article this month.',
  'Subscribe for unlimited access to New York, including Intelligencer, The Cut, Vulture, and more.',
  'Already a subscriber?',
];
const nyFoot = [
  'About New York',
  'Customer Service',
  'Media Kit',
  'Newsletters',
  'Careers',
  'Contact',
  'Terms',
  'Privacy',
  'Ad Choices',
  'Your Privacy Choices',
  'Accessibility',
];
const clay = (name: string, id: string): string => `data-uri="nymag.com/intelligencer/_components/${name}/instances/cm7q${id}@published"`;
const nyPs = (a: readonly string[], k: string): string =>
  a.map((p, i) => `<p ${clay('clay-paragraph', `${k}${i}x3m0`)} data-editable="text" class="clay-paragraph">${p}</p>`).join('\n');
const nyH = (t: string, id: string): string => `<h2 ${clay('clay-subheader', id)} data-editable="text" class="clay-subheader">${t}</h2>`;
const nyHtml = `<!DOCTYPE html>
<html lang="en-US" class="intelligencer"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Halvard Point Ferry Landing Fight Reshapes Queens Council Race</title>
<meta name="description" content="${nyDek}"><meta property="og:site_name" content="Intelligencer">
<meta property="og:title" content="${nyTitle}"><meta property="og:type" content="article"><meta name="twitter:site" content="@intelligencer">
<meta name="author" content="Clara Montague"><meta property="article:published_time" content="2025-03-11T05:00:10.111-04:00">
<link rel="canonical" href="https://nymag.com/intelligencer/article/halvard-point-ferry-landing-queens-council-race.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nyTitle}","description":"${nyDek}",
"author":[{"@type":"Person","name":"Clara Montague","url":"https://nymag.com/author/clara-montague/"}],"datePublished":"2025-03-11T05:00:10.111-04:00",
"publisher":{"@type":"Organization","name":"Intelligencer"},"isAccessibleForFree":false,
"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".article-content"}}</script>
<link rel="stylesheet" href="https://nymag.com/css/intelligencer-article.b8f14c.css">
<script>window.kiln = window.kiln || {}; window.nymPaywall = {"meter":3,"site":"intelligencer"};</script>
<script async src="https://securepubads.g.doubleclick.example/tag/js/gpt.js"></script></head>
<body class="intelligencer layout-article" data-site-slug="intelligencer"
data-layout-uri="nymag.com/intelligencer/_layouts/one-column-layout/instances/article">
<a class="skip-link" href="#main">Skip to content</a>
<div class="layout-top"><div class="subscription-banner" ${clay('subscription-banner', 'sb01')}><p class="banner-text">${nyBanner[0]}</p>
<a class="banner-link" href="https://subscribe.nymag.com/pubs/NY/NYM/Intelli_Banner.jsp">${nyBanner[1]}</a></div>
<header class="site-header global-nav" ${clay('nav', 'nav1')}><a class="site-logo" href="https://nymag.com/intelligencer/">
<span class="visually-hidden">Intelligencer</span><svg class="logo" aria-hidden="true" viewBox="0 0 184 24"></svg></a>
<nav class="brand-nav" aria-label="New York Magazine brands"><ul class="brand-nav-list">${links(nyBrands, 'brand-nav-item')}</ul></nav>
<div class="nav-actions"><button class="search-toggle" aria-label="Search">Search</button>
<a class="login-link" href="https://nymag.com/account/login/">Sign In</a>
<a class="subscribe-link" href="https://subscribe.nymag.com/pubs/NY/NYM/Intelli_Nav.jsp">Subscribe</a></div></header></div>
<main id="main" class="layout-main"><article class="article article-type-article" ${clay('article', 'a91k')} itemscope
itemtype="http://schema.org/NewsArticle"><header class="article-header">
<div class="article-rubric"><a class="rubric" href="https://nymag.com/intelligencer/nyc-politics/">nyc politics</a></div>
<h1 class="headline-primary" data-editable="primaryHeadline" itemprop="headline">${nyTitle}</h1>
<p class="article-teaser" data-editable="teaser" itemprop="description">${nyDek}</p>
<div class="bylines-and-timestamp"><span class="bylines"><span class="byline-label">By</span>
<span class="byline-name" itemprop="author"><a class="article-author" rel="author" href="https://nymag.com/author/clara-montague/">Clara Montague</a></span>,
<span class="byline-title">a reporter covering city politics</span></span>
<time class="article-timestamp" datetime="2025-03-11T05:00:10.111-04:00" itemprop="datePublished">Mar. 11, 2025</time></div>
<div class="share-tools" ${clay('share', 'sh01')}><ul class="share-list">
${nyShare.map((t, i) => `<li class="share-item share-${i}"><a class="share-link" href="#share-${i}"><span class="share-text">${t}</span></a></li>`).join('\n')}
</ul></div></header>
<figure class="lede-image-wrapper" ${clay('image', 'im01')}><div class="img-wrapper"><picture><img class="lede-image"
src="https://pyxis.nymag.com/v1/imgs/5e1/halvard-point-landing.rsquare.w700.jpg" alt="A chain-link fence across a concrete pier"></picture></div>
<figcaption class="image-caption"><span class="attribution"><span class="caption">${nyCaption}</span>
<span class="credit">${nyCredit}</span></span></figcaption></figure>
<div class="article-content inline" data-editable="content">
<div class="newsletter-flex-text" ${clay('newsletter-flex-text', 'nf01')}><p><em>This article was featured in
<a href="https://nymag.com/newsletters/one-great-story/">One Great Story</a>, New York’s reading recommendation newsletter.
<a href="https://nymag.com/newsletters/">Sign up here</a> to get it nightly.</em></p></div>
${nyPs(nyP1, 'a')}
${nyH(nyH1, 'sh1')}
${nyPs(nyP2, 'b')}
<div class="ad-container ad-mid ad-in-article" ${clay('google-ad-manager', 'gam2')}><div class="ad-label">Advertisement</div>
<div id="ad-cid-inline-2" class="ad-slot" data-sizes="[[300,250],[728,90]]"></div></div>
${nyH(nyH2, 'sh2')}
${nyPs(nyP3, 'c')}
${nyH(nyH3, 'sh3')}
${nyPs(nyP4, 'd')}
</div>
<div class="article-tags" ${clay('tags', 'tg01')}><span class="tags-label">Tags:</span><ul class="tags-list">${links(nyTags, 'tag')}</ul></div>
<div class="article-share-bottom"><button class="share-link gift-link">${nyShare[3]}</button></div></article>
<section class="newsletter-signup" ${clay('newsletter-sign-up', 'ns01')}><h2 class="newsletter-heading">${nyNews[0]}</h2>
<p class="newsletter-description">${nyNews[1]}</p><form class="newsletter-form" action="/newsletters/subscribe" method="post">
<label for="nl-email" class="visually-hidden">${nyNews[2]}</label><input id="nl-email" type="email" name="email" placeholder="Email">
<button class="newsletter-submit" type="submit">Sign Up</button></form>
<p class="newsletter-legal">${nyNews[3]}</p><p class="newsletter-terms"><a href="https://www.voxmedia.com/legal/privacy-notice">${nyNews[4]}</a></p></section>
<aside class="most-popular" ${clay('most-popular', 'mp01')}><h2 class="most-popular-heading">Most Viewed Stories</h2><ol class="most-popular-list">
${nyMost
  .map(
    (t, i) => `<li class="most-popular-item"><a href="https://nymag.com/intelligencer/article/most-${i}.html">
<span class="headline">${t}</span></a></li>`,
  )
  .join('\n')}
</ol></aside>
<div class="ad-container ad-bottom"><div class="ad-label">Advertisement</div><div id="ad-cid-bottom" class="ad-slot"></div></div></main>
<div class="paywall-modal" hidden aria-hidden="true" ${clay('paywall', 'pw01')}><h2 class="paywall-heading">${nyPaywall[0]}</h2><p>${nyPaywall[1]}</p>
<a class="paywall-subscribe" href="https://subscribe.nymag.com/pubs/NY/NYM/Intelli_Meter.jsp">Subscribe Now</a>
<p class="paywall-login">${nyPaywall[2]} <a href="https://nymag.com/account/login/">Sign In</a></p></div>
<footer class="site-footer" ${clay('footer', 'ft01')}><div class="footer-brands"><ul>${links(nyBrands, 'footer-brand')}</ul></div>
<div class="footer-links"><ul>${links(nyFoot, 'footer-link')}</ul></div>
<p class="footer-copyright">© 2025 Vox Media, LLC. All Rights Reserved.</p></footer>
<script src="https://nymag.com/js/intelligencer-article.2c7d1e.js" defer></script>
<script>window.__kilnSite = "intelligencer"; window.dataLayer = window.dataLayer || [];</script></body></html>`;
const nymag: TestPage = {
  html: nyHtml,
  name: 'heldout147-nymag-news',
  kind: 'news',
  // the dek is body; the "One Great Story" notice at the top of the text, rubric, byline title, caption, credit, tags (but
  // "queens", a word of the title), newsletter, rail, paywall modal and footer are furniture; "By" + name, the name and the
  // timestamp are bylines
  title: nyTitle,
  headings: [nyH1, nyH2, nyH3],
  body: [nyDek, ...texts(nyP1), ...texts(nyP2), ...texts(nyP3), ...texts(nyP4)],
  bylines: ['By Clara Montague', 'Clara Montague', 'Mar. 11, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nyBanner, ...nyBrands, 'Search', 'Sign In', 'Subscribe', 'a reporter covering city politics', ...nyShare,
    nyCaption, nyCredit, nyNotice, 'Advertisement', 'Tags:', ...nyTags.filter((t) => t !== 'queens'),
    ...nyNews, 'Sign Up', 'Most Viewed Stories', ...nyMost, ...nyPaywall, ...nyFoot,
    '© 2025 Vox Media, LLC. All Rights Reserved.',
  ],
};

export const HELDOUT147_A: readonly TestPage[] = [nymag, rollingStone];
