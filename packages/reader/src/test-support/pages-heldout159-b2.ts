import { links, type TestPage, texts } from './page-kit.js';
import { lines, paras } from './pages-heldout159-kit.js';

/**
 * Held-out batch 159, file b2: a TechCrunch funding story on the 2024 WordPress block theme (the header with the hidden
 * mega-menu, the category link, byline with author link and time, the share buttons, the lede image credit, an inline
 * "Techcrunch event" promo block inside the article body, a mid-article image credit, the "Topics" tags, the author card
 * with bio and "View Bio", the newsletter signup, the "Most Popular" list, the "Latest in" loop and the footer).
 */
const tcTitle = 'Tidewell raises $38M to help small ports track cargo without ripping out their old systems';
const tcP1 = paras(`
Tidewell, a Rotterdam-based startup that sells software for tracking containers through small and mid-sized ports, has raised
a $38 million Series B led by Northarbor Ventures, the company told TechCrunch exclusively. Existing investors Calder Point and
Ostrava Capital also participated.

The company’s pitch is simple: the world’s biggest ports have spent hundreds of millions of dollars on terminal operating
systems, but the thousands of smaller ports that handle regional shipping still track much of their cargo with spreadsheets,
radio calls and decades-old software. Tidewell does not replace those systems. Instead, it reads data from whatever a port
already uses, including gate cameras, crane logs and shipping line manifests, and turns it into a live map of where every
container is.

“Every port we talk to has tried a big-bang replacement and been burned,” co-founder and CEO Ilse Vermeulen told TechCrunch.
“We plug into what they have, and they see results in weeks, not years.”
`);
const tcP2 = paras(`
Tidewell now works with 46 ports in 11 countries, up from 14 a year ago, Vermeulen said. The company charges an annual
subscription based on the volume a port handles. It declined to share revenue figures but said annual recurring revenue had
more than tripled in the past twelve months.

The funding comes as shipping companies face pressure to cut the time containers spend sitting idle. Regulators in Europe are
also pushing ports to report emissions in more detail, which requires knowing how long trucks and ships wait. Tidewell says its
customers have cut average truck waiting times by about a quarter in their first year.

The startup plans to use the new money to open offices in Singapore and Panama City and to double its engineering team to around
120 people. It is also building a tool that predicts congestion a few days ahead, using weather, vessel schedules and a port’s own
history.

Tidewell faces competition from larger logistics software vendors, some of which have begun offering lighter products for
smaller terminals. Wendell Osei, a partner at Northarbor who will join Tidewell’s board, said the startup’s advantage is its
speed of deployment. “The incumbents sell to the top fifty ports,” he said. “There are thousands of others, and they have been
ignored for a long time.”
`);
const tcNav = lines(`
Latest
Startups
Venture
Apple
Security
AI
Apps
Events
Podcasts
Newsletters
`);
const tcMega = lines(`
Climate
Commerce
Crypto
Enterprise
EVs
Fintech
Fundraising
Gadgets
Gaming
Google
Government & Policy
Hardware
Layoffs
Media & Entertainment
Transportation
Staff
Contact Us
Advertise
`);
const tcTopics = lines(`
Exclusive
Fundraising
logistics
ports
shipping
Startups
Tidewell
`);
const tcPopular = lines(`
A popular password manager is quietly raising prices for families
This startup wants to replace your office badge with your phone
Why investors are suddenly excited about boring infrastructure software
The electric bus maker that almost ran out of cash
`);
const tcLatest = lines(`
Freight brokers are the latest target for AI agents
A Berlin startup raises $12M to recycle shipping pallets
Indian logistics giant files for IPO
`);
const tcFooter = lines(`
X
LinkedIn
Facebook
Instagram
youTube
Mastodon
Threads
Bluesky
TechCrunch
Staff
Contact Us
Advertise
Crunchboard Jobs
Site Map
Terms of Service
Privacy Policy
RSS Terms of Use
Code of Conduct
About Our Ads
`);
const tcBio =
  'Maya Thornton is a senior reporter at TechCrunch covering logistics, supply chain and industrial startups. Before joining TechCrunch she ' +
  'wrote about shipping for a trade publication in London.';
const tcEvent = 'Join 10k+ tech and VC leaders for growth and connections at Disrupt 2025';
const tcCredit1 = 'Image Credits: Tidewell';
const tcCredit2 = 'Image Credits: Maya Thornton / TechCrunch';
const tcCaption = 'Tidewell’s live map of a container yard.';
const tcPs = (a: readonly string[]): string => a.map((p) => `<p class="wp-block-paragraph">${p}</p>`).join('\n');
const tcHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tidewell raises $38M to help small ports track cargo without ripping out their old systems | TechCrunch</title>
<meta name="description" content="Tidewell sells software for tracking containers through small and mid-sized ports."><meta property="og:site_name"
content="TechCrunch">
<meta property="article:published_time" content="2025-10-21T14:00:00+00:00"><meta name="author" content="Maya Thornton">
<link rel="canonical" href="https://techcrunch.com/2025/10/21/tidewell-raises-38m-small-ports-cargo-tracking/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${tcTitle}",
"datePublished":"2025-10-21T14:00:00+00:00","author":{"name":"Maya Thornton","@id":"https://techcrunch.com/#/schema/person/mt"},"articleSection":["Startups"],
"keywords":["Exclusive","Fundraising","logistics"]},{"@type":"Organization","name":"TechCrunch"}]}</script>
<link rel='stylesheet' id='tc23-style-css' href='https://techcrunch.com/wp-content/themes/tc-23/dist/css/global.css' media='all'>
<script>window.tc_analytics = {"post_id":2981442,"template":"single"};</script></head>
<body class="post-template-default single single-post postid-2981442 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><a class="skip-link screen-reader-text" href="#wp--skip-link--target">Skip to content</a>
<header class="wp-block-template-part site-header"><div class="wp-block-tc23-site-header"><a class="site-header__logo" href="/">
<span class="screen-reader-text">TechCrunch</span><svg viewBox="0 0 1024 163"></svg></a><nav class="site-header__nav"><ul>${links(
  tcNav,
  'menu-item',
)}</ul></nav>
<div class="site-header__actions"><button class="site-header__search" aria-label="Search">Search</button>
<button class="site-header__mega-menu-toggle" aria-expanded="false">More</button></div>
<div class="mega-menu" hidden><ul>${links(tcMega, 'mega-menu__item')}</ul></div></div></header>
<main id="wp--skip-link--target" class="wp-block-group"><div class="wp-block-group article-hero">
<div class="article-hero__category"><a class="is-taxonomy-category wp-block-tenup-post-primary-term" href="/category/startups/">Startups</a></div>
<h1 class="article-hero__title wp-block-post-title">${tcTitle}</h1>
<div class="article-hero__meta"><div class="wp-block-tc23-author-card-name"><a href="/author/maya-thornton/"
class="wp-block-tc23-author-card-name__link">Maya Thornton</a></div>
<div class="wp-block-post-date"><time datetime="2025-10-21T07:00:00-07:00">7:00 AM PDT · October 21, 2025</time></div></div>
<figure class="article-hero__media wp-block-post-featured-image"><img width="1200" height="800"
src="https://techcrunch.com/wp-content/uploads/2025/10/tidewell-team.jpg" alt=""
class="wp-post-image"><figcaption class="article-hero__image-credit"><span>${tcCredit1}</span></figcaption></figure></div>
<div class="wp-block-group article-content"><div class="wp-block-tc23-social-share social-share"><ul>
<li><a href="https://twitter.com/intent/tweet" aria-label="Share on X">Share on X</a></li>
<li><a href="https://www.linkedin.com/shareArticle" aria-label="Share on LinkedIn">Share on LinkedIn</a></li>
<li><a href="https://www.facebook.com/sharer.php" aria-label="Share on Facebook">Share on Facebook</a></li>
<li><button class="social-share__copy">Copy Link</button></li></ul></div>
<div class="entry-content wp-block-post-content is-layout-constrained">
${tcPs(tcP1)}
<div class="wp-block-tc23-event-promo"><div class="event-promo"><span class="event-promo__eyebrow">Techcrunch event</span>
<h3 class="event-promo__title">${tcEvent}</h3><p class="event-promo__location">San Francisco | October 27-29, 2025</p>
<a class="wp-block-button__link" href="https://techcrunch.com/events/tc-disrupt-2025/">REGISTER NOW</a></div></div>
${tcPs(tcP2.slice(0, 2))}
<figure class="wp-block-image size-large"><img decoding="async" src="https://techcrunch.com/wp-content/uploads/2025/10/tidewell-map.jpg" alt=""><figcaption
class="wp-element-caption">${tcCaption} <strong>${tcCredit2}</strong></figcaption></figure>
${tcPs(tcP2.slice(2))}
</div>
<div class="wp-block-tc23-post-relevant-terms"><h2 class="tc23-post-relevant-terms__label">Topics</h2><ul>${links(tcTopics, 'tag')}</ul></div>
<div class="wp-block-tc23-author-card"><div class="wp-block-tc23-author-card__name">Maya Thornton</div><div
class="wp-block-tc23-author-card__role">Senior Reporter</div>
<p class="wp-block-tc23-author-card__bio">${tcBio}</p><a href="/author/maya-thornton/" class="wp-block-tc23-author-card__link">View Bio</a></div></div>
<div class="wp-block-tc23-newsletter-signup"><h2>Subscribe for the industry’s biggest tech news</h2><form><label for="nl-email">Email address</label>
<input id="nl-email" type="email"><button type="submit">Subscribe</button></form>
<p class="newsletter-signup__legal">By submitting your email, you agree to our Terms and Privacy Notice.</p></div>
<section class="wp-block-tc23-most-popular"><h2>Most Popular</h2><ul>${links(tcPopular, 'most-popular__item')}</ul></section>
<section class="wp-block-query latest-in"><h2>Latest in Startups</h2><ul>${links(tcLatest, 'loop-card')}</ul></section></main>
<footer class="wp-block-template-part site-footer"><div class="wp-block-tc23-site-footer"><ul>${links(tcFooter, 'footer-link')}</ul>
<p class="site-footer__copyright">© 2025 TechCrunch Media LLC.</p></div></footer></div>
<script src="https://techcrunch.com/wp-content/themes/tc-23/dist/js/global.js" id="tc23-global-js"></script></body></html>`;
export const techcrunchStory: TestPage = {
  html: tcHtml,
  name: 'heldout159-techcrunch-story',
  kind: 'news',
  title: tcTitle,
  headings: [],
  body: [...texts(tcP1), ...texts(tcP2)],
  bylines: ['Maya Thornton', '7:00 AM PDT · October 21, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    'Skip to content', 'TechCrunch', ...tcNav, 'Search', 'More', ...tcMega, 'Startups', tcCredit1, 'Share on X', 'Share on LinkedIn',
    'Share on Facebook', 'Copy Link', 'Techcrunch event', tcEvent, 'San Francisco | October 27-29, 2025', 'REGISTER NOW', tcCaption, tcCredit2, 'Topics',
    ...tcTopics, 'Senior Reporter', tcBio, 'View Bio', 'Subscribe for the industry’s biggest tech news', 'Email address', 'Subscribe',
    'By submitting your email, you agree to our Terms and Privacy Notice.', 'Most Popular', ...tcPopular, 'Latest in Startups', ...tcLatest,
    ...tcFooter, '© 2025 TechCrunch Media LLC.',
  ])],
};
