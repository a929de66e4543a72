import { links, type TestPage, texts } from './page-kit.js';
import { wiredFeature } from './pages-heldout159-a2.js';
import { lines, lis, paras } from './pages-heldout159-kit.js';

/**
 * Held-out batch 159, file a: a The Verge headphone review on the Vox Media "duet" template (skip link, the header with
 * section nav and the hidden mobile menu, the review hero with the dek, byline, date and comment count, the affiliate
 * disclosure, the scorecard with the Verge Score, The Good / The Bad and retailer buttons, body components with an image
 * and its credit, a pull quote, the "Follow topics and authors" box, the Most Popular rail, the Installer newsletter box,
 * the consent banner and the footer) and, from file a2, a Wired feature.
 */
const vgTitle = 'Halden Arc 2 review: the quiet achievers';
const vgDek = 'Halden’s second-generation earbuds finally fix the fit, and the noise cancellation is the best I have heard under $250.';
const vgP1 = paras(`
The first Arc earbuds were a good idea wrapped in an awkward shell. They sounded warm and detailed, but the stems stuck out at
an angle that made them work loose on a run, and the case was the size of a bar of soap. Halden, the small Oslo company that
made its name with studio monitors, clearly listened. The <a href="/arc-2">Arc 2</a>, which goes on sale this week for $229,
is smaller, lighter, and far more secure in the ear.

I have worn them for three weeks on the subway, in an open-plan office, on two flights and on more runs than I would like to
admit. They are now the earbuds I reach for first, with a couple of caveats that are worth knowing before you buy.
`);
const vgH1 = 'A better fit, finally';
const vgP2 = paras(`
Halden shaved about a fifth off each bud and moved the battery lower, so the weight now sits inside the concha instead of
hanging off it. The stem is shorter and angled down. The box includes four sizes of silicone tips and a pair of foam ones,
and the companion app runs a seal test that actually told me to go up a size in my left ear.

The result is a pair of earbuds that stayed put through interval runs and a rainy bike commute. They are rated IPX5, which
covers sweat and rain but not a swim.
`);
const vgQuote = 'On a crowded train, the Arc 2 turned a roar into a murmur without that uncomfortable pressure in my ears.';
const vgH2 = 'Noise cancellation and sound';
const vgP3 = paras(`
Noise cancellation is where the Arc 2 surprised me most. On a crowded train, the Arc 2 turned a roar into a murmur without that
uncomfortable pressure in my ears. Against the hum of a plane cabin it was close to the pricier buds I keep in my bag for
comparison, and it handled voices in the office better than I expected.

Sound is still warm, with a slight lift in the bass that flatters most pop and hip-hop. Acoustic recordings can feel a little
thick, but the five-band EQ in the app fixes that in a minute. There is support for AAC and LDAC, though not aptX.

The transparency mode is natural enough to hold a conversation, and the automatic pause when you take a bud out works reliably.
`);
const vgH3 = 'Battery and the catches';
const vgP4 = paras(`
Halden claims seven hours with noise cancellation on, and I got just under six and a half at fairly high volume. The case adds
three more charges and supports wireless charging, which the first model lacked.

The catches are small but real. The touch controls are too sensitive, and adjusting the fit sometimes skipped a track. You can
turn the tap gestures off, but then you lose volume control. Multipoint pairing works with two devices, and switching between
my laptop and phone took a couple of seconds longer than I would like.

Still, for $229, the Arc 2 gets the important things right. If you want strong noise cancellation in a pair of earbuds that
will not fall out, these are now the ones I would tell you to buy.
`);
const vgGood = lines(`
Secure, comfortable fit
Excellent noise cancellation
Wireless charging case
`);
const vgBad = lines(`
Touch controls too sensitive
No aptX support
Slow multipoint switching
`);
const vgNav = lines(`
Tech
Reviews
Science
Entertainment
AI
Policy
Cars
More
`);
const vgMenu = lines(`
The Verge Homepage
Subscribe
Search
Menu
Gadgets
Gaming
Streaming
Podcasts
Newsletters
Deals
`);
const vgTopics = lines(`
Audio
Gadgets
Headphones
Reviews
Tech
`);
const vgPopular = lines(`
Mirrorlake is quietly killing its cheapest streaming plan
The best e-readers you can buy right now
A smart ring that tracks your stress just raised $40 million
Teller’s new foldable has a hinge you can actually repair
I tried every cheap robot vacuum so you don’t have to
`);
const vgFooter = lines(`
Terms of Use
Privacy Notice
Cookie Policy
Do Not Sell Or Share My Personal Info
Licensing FAQ
Accessibility
Platform Status
How We Rate and Review Products
Contact
Tip Us
Community Guidelines
About
Ethics Statement
`);
const vgCookie =
  'We and our partners use cookies and similar technologies to improve your experience, measure our audience and show you ads. You can manage your ' +
  'choices at any time.';
const vgNews = 'Installer: your weekly guide to the best gadgets, apps and games. Sign up for free.';
const vgLegal =
  'By submitting your email, you agree to our Terms and Privacy Notice. This site is protected by reCAPTCHA and the Google Privacy Policy and ' +
  'Terms of Service apply.';
const vgCredit = 'Photo by Marta Oyelaran / The Verge';
const vgCaption = 'The Arc 2 case is about a third smaller than the original’s.';
const vgComp = (inner: string): string => `<div class="duet--article--article-body-component _1xwtictb clearfix">${inner}</div>`;
const vgPs = (a: readonly string[]): string =>
  a.map((p) => vgComp(`<p class="duet--article--dangerously-set-cms-markup duet--article--standard-paragraph _1agbrixa _1agbrix9">${p}</p>`)).join('\n');
const vgH = (t: string): string =>
  vgComp(
    `<h2 class="duet--article--dangerously-set-cms-markup duet--article--standard-heading _1agbrix2" id="${t.toLowerCase().replace(/\W+/g, '-')}">${t}</h2>`,
  );
const vgHtml = `<!DOCTYPE html>
<html lang="en-US" dir="ltr"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Halden Arc 2 review: the quiet achievers | The Verge</title>
<meta name="description" content="${vgDek}"/><meta property="og:type" content="article"/><meta property="og:site_name" content="The Verge"/>
<meta property="og:title" content="${vgTitle}"/><meta name="parsely-section" content="Tech"/><meta name="parsely-tags"
content="Audio,Gadgets,Headphones,Reviews"/>
<link rel="canonical" href="https://www.theverge.com/reviews/611204/halden-arc-2-review-earbuds-noise-cancelling"/>
<link rel="preload" as="font" href="https://www.theverge.com/fonts/PolySans-Neutral.woff2" crossorigin=""/>
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"NewsArticle","headline":"${vgTitle}","description":"${vgDek}",
"datePublished":"2025-10-14T13:00:00.000Z","dateModified":"2025-10-14T13:00:00.000Z","author":[{"@type":"Person","name":"Priya Venkataraman",
"url":"https://www.theverge.com/authors/priya-venkataraman"}],"publisher":{"@type":"Organization","name":"The Verge"}},{"@context":"http://schema.org",
"@type":"Review","itemReviewed":{"@type":"Product","name":"Halden Arc 2"},"reviewRating":{"@type":"Rating","ratingValue":8,"bestRating":10}}]</script>
<script>window.__CONSENT_CONFIG__={"region":"us-ny","vendor":"onetrust"};</script>
<script src="https://www.theverge.com/_next/static/chunks/webpack-3b1f2e.js" defer=""></script></head>
<body class="_1ymtmqp0"><div id="__next">
<a class="duet--navigation--skip-link _1ovfy5f0" href="#content">Skip to main content</a>
<div class="duet--layout--page-header"><header class="duet--navigation--navigation _1bt9ipk0" data-concert-ads-name="masthead">
<a class="_1bt9ipk3" href="/"><span class="hidden">The Verge</span><svg aria-label="The Verge logo." viewBox="0 0 240 44"></svg></a>
<nav aria-label="Main"><ul class="_1bt9ipk6">${links(vgNav, '_1bt9ipk7')}</ul></nav>
<div class="_1bt9ipkb"><a class="_1bt9ipkc" href="/subscribe">Subscribe</a><button aria-label="Search" class="_1bt9ipkd">Search</button>
<button aria-expanded="false" aria-controls="nav-drawer" class="_1bt9ipke">Menu</button></div></header>
<div id="nav-drawer" class="duet--navigation--drawer _1c1lfdd0" aria-hidden="true" hidden=""><ul>${links(
  vgMenu.slice(0, 1),
)}${links(vgMenu.slice(4))}</ul></div></div>
<div class="duet--ad--native-ad-slot ad-slot-top" data-concert="leaderboard_top"><span class="_1f3rxrx0">Advertiser Content</span></div>
<main id="content" class="_1ymtmqp1"><article class="duet--article--article _1xwtict0" id="zephr-anchor">
<div class="duet--article--lede _1d5ac0a0"><div class="_1d5ac0a1"><ul class="duet--article--breadcrumbs"><li><a href="/tech">Tech</a></li>
<li><a href="/reviews">Reviews</a></li><li><a href="/headphone-review">Headphones</a></li></ul>
<h1 class="duet--article--feature-headline _1xwticta _1xwtict9">${vgTitle}</h1>
<p class="duet--article--dek _1d5ac0a5 _1xwtict4">${vgDek}</p></div>
<div class="duet--article--byline-and-date _1xwticte"><p class="_1xwtictf"><span class="_1xwtictg">by </span><span class="_1xwticth">
<a href="/authors/priya-venkataraman" class="_1lkmsmo1">Priya Venkataraman</a></span></p>
<time datetime="2025-10-14T13:00:00.000Z" class="_1xwticti">Oct 14, 2025, 9:00 AM EDT</time>
<a class="duet--article--comments-link _1xwtictj" href="#comments"><span class="_1xwtictk">57 Comments</span></a>
<div class="duet--article--share-menu"><button class="_1c4m5hx0" aria-haspopup="menu">Share</button><button class="_1c4m5hx1"
aria-haspopup="dialog">Gift</button>
<ul role="menu" hidden=""><li role="menuitem">Copy link</li><li role="menuitem">Facebook</li><li role="menuitem">Threads</li><li
role="menuitem">Email</li></ul></div></div>
<figure class="duet--article--lede-image _1d5ac0a8"><img alt="The Halden Arc 2 earbuds in their open charging case on a wooden desk"
src="https://platform.theverge.com/wp-content/uploads/sites/2/2025/10/halden-arc2-lede.jpg?quality=90&amp;strip=all&amp;crop=0,0,100,100" width="2400"
height="1600"/>
<figcaption class="_1d5ac0a9"><span class="duet--media--caption-credit _1y2x6i80">${vgCredit}</span></figcaption></figure></div>
<div class="duet--layout--entry-body-container _1ymtmqp3"><div class="duet--article--article-body _1xwtict1">
<p class="duet--article--affiliate-disclosure _11ytfxj0"><em>If you buy something from a Verge link, Vox Media may earn a commission.
<a href="/ethics-statement">See our ethics statement.</a></em></p>
<div class="duet--article--scorecard _1l5ldbe0" data-component="scorecard"><div class="_1l5ldbe1"><span class="_1l5ldbe2">Verge Score</span>
<span class="_1l5ldbe3">8</span><span class="_1l5ldbe4">out of 10</span></div><p class="_1l5ldbe5">Halden Arc 2</p>
<div class="_1l5ldbe6"><h4 class="_1l5ldbe7">The Good</h4><ul class="_1l5ldbe8">${lis(vgGood)}</ul></div>
<div class="_1l5ldbe6"><h4 class="_1l5ldbe7">The Bad</h4><ul class="_1l5ldbe8">${lis(vgBad)}</ul></div>
<div class="_1l5ldbe9"><a class="duet--commerce--buy-button" href="https://go.skimresources.example/?id=1&amp;url=bestbuy" rel="sponsored">$229 at Best Buy</a>
<a class="duet--commerce--buy-button" href="https://go.skimresources.example/?id=1&amp;url=halden" rel="sponsored">$229 at Halden</a></div>
<a class="_1l5ldbea" href="/how-we-rate-and-review-products">How we rate and review products</a></div>
${vgPs(vgP1)}
${vgH(vgH1)}
${vgPs(vgP2)}
${vgComp(`<figure class="duet--article--image _1ufh8ff0"><img alt=""
src="https://platform.theverge.com/wp-content/uploads/sites/2/2025/10/arc2-case.jpg" loading="lazy"/>
<figcaption><span class="duet--media--caption _1y2x6i81">${vgCaption}</span> <span
class="duet--media--caption-credit _1y2x6i80">${vgCredit}</span></figcaption></figure>`)}
${vgH(vgH2)}
${vgComp(`<div class="duet--article--pull-quote _5lmtx0" aria-hidden="true"><p class="_5lmtx1">${vgQuote}</p></div>`)}
${vgPs(vgP3)}
${vgH(vgH3)}
${vgPs(vgP4)}
</div>
<div class="duet--article--article-follow-box _1ahplxu0"><p class="_1ahplxu1">Follow topics and authors from this story to see more like this in your
personalized homepage feed and to receive email updates.</p><ul class="_1ahplxu2"><li><button class="_1ahplxu3">Priya Venkataraman</button></li>
${vgTopics.map((t) => `<li><button class="_1ahplxu3">${t}</button></li>`).join('\n')}</ul></div>
<div class="duet--article--comments-join" id="comments"><a href="#comments" class="_1w0ceyd0">See all comments (57)</a></div></div></article>
<aside class="duet--layout--rail _1ymtmqp5"><div class="duet--ad--rail-ad" data-concert="rail_top"><span class="_1f3rxrx0">Advertiser Content</span></div>
<section class="duet--recirculation--most-popular"><h2 class="_1fv2eli0">Most Popular</h2><ol>
${vgPopular.map((t, i) => `<li class="_1fv2eli1"><span class="_1fv2eli2">${i + 1}</span><a href="/popular/${i}">${t}</a></li>`).join('\n')}</ol></section>
<section class="duet--newsletters--signup-box"><h2 class="_1w7nyti0">Installer</h2><p>${vgNews}</p><form><label for="nl-email">Email (required)</label>
<input id="nl-email" type="email" placeholder="Email (required)"/><button type="submit">Sign Up</button></form>
<p class="_1w7nyti3">${vgLegal}</p></section></aside></main>
<footer class="duet--navigation--footer _1o09f8j0"><a href="/" aria-label="The Verge homepage"><svg viewBox="0 0 240 44"></svg></a>
<ul class="_1o09f8j1">${links(vgFooter, '_1o09f8j2')}</ul><p class="_1o09f8j3">© 2025 Vox Media, LLC. All Rights Reserved</p></footer>
<div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">${vgCookie}</p>
<button id="onetrust-pc-btn-handler">Manage Preferences</button><button id="onetrust-reject-all-handler">Reject All</button>
<button id="onetrust-accept-btn-handler">Accept All</button></div></div>
<script id="__NEXT_DATA__"
type="application/json">{"props":{"pageProps":{"hydration":{"responses":[{"operationName":"EntryLayoutQuery"}]}}},"page":"/[...slug]"}</script>
</body></html>`;
const verge: TestPage = {
  html: vgHtml,
  name: 'heldout159-theverge-review',
  kind: 'news',
  title: vgTitle,
  headings: [vgH1, vgH2, vgH3],
  body: [vgDek, ...texts(vgP1), ...texts(vgP2), ...texts(vgP3), ...texts(vgP4)],
  // the dek is body; the scorecard's product name and Good / Bad items and the pull quote (it repeats a body sentence) are in
  // neither list
  bylines: ['by Priya Venkataraman', 'Priya Venkataraman', 'Oct 14, 2025, 9:00 AM EDT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to main content', ...vgNav, ...vgMenu, 'Advertiser Content', 'Headphones', '57 Comments', 'Gift', 'Copy link', 'Facebook', 'Threads',
    'Email', vgCredit, 'If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.', 'Verge Score', 'out of 10',
    '$229 at Best Buy', '$229 at Halden', 'How we rate and review products', 'The Good', 'The Bad', vgCaption,
    'Follow topics and authors from this story to see more like this in your personalized homepage feed and to receive email updates.', ...vgTopics,
    'See all comments (57)', 'Most Popular', ...vgPopular, 'Installer', vgNews, 'Email (required)', 'Sign Up',
    vgLegal, ...vgFooter, '© 2025 Vox Media, LLC. All Rights Reserved', vgCookie,
    'Manage Preferences', 'Reject All', 'Accept All',
  ])],
};

export const HELDOUT159_A: readonly TestPage[] = [verge, wiredFeature];
