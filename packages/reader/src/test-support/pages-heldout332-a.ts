import { links, ps, type TestPage, texts } from './page-kit.js';
import { productHunt } from './pages-heldout332-a2.js';
import { j } from './pages-heldout332-kit.js';

/**
 * Held-out batch 332, file a: a TechCrunch-style funding story on the WordPress block theme (site header with topics menu,
 * author card with avatar, time and reading-free dateline, share bar, hero figure with credit, an inline "Read more" promo,
 * the topic tags, the newsletter sign-up, the "Most Popular" rail, an event ad and the footer) and, from file a2, a Product
 * Hunt-style launch page.
 */
const tTitle = 'Freightwise raises $31M Series B to put small trucking fleets on the same software as the giants';
const tBody = [
  j(
    'Freightwise, a Columbus-based startup that sells dispatch and billing software to trucking companies with fewer than fifty',
    'rigs, has raised a $31 million Series B led by Harrow Peak Capital, the company said on Tuesday.',
  ),
  j(
    'Existing backers Quarry Lane Partners and Oxbow Seed also joined the round, which brings the three-year-old company’s total',
    'funding to $44 million. Freightwise declined to share its valuation, but two people familiar with the deal said it was',
    'priced at roughly four times the Series A.',
  ),
  j(
    'The pitch is simple, according to co-founder and CEO Marisol Detweiler: the biggest carriers have spent decades building',
    'internal systems, while the owner-operators and family fleets that move most of the country’s freight still run on',
    'spreadsheets, group texts and a fax machine in the back office.',
  ),
  j(
    '“A twelve-truck fleet has the same problems as a twelve-hundred-truck fleet, just without a software team,” Detweiler said',
    'in an interview. “They are losing two or three points of margin to paperwork alone.”',
  ),
  j(
    'Freightwise bundles load planning, driver settlements, fuel card reconciliation and invoice factoring into one subscription',
    'that starts at $39 per truck per month. The company says about 2,300 fleets now pay for the product, up from 700 a year ago,',
    'and that annual recurring revenue crossed $18 million in January.',
  ),
  j(
    'Much of the growth has come from the factoring product, which advances a carrier the value of an invoice the day a load is',
    'delivered instead of waiting thirty to sixty days for a broker to pay. Freightwise takes a fee of between one and three percent,',
    'and Detweiler said the default rate has stayed below half a percent.',
  ),
  j(
    'That lending business is also what worries some investors in the category. Several freight-tech startups that grew quickly',
    'during the pandemic shipping boom were caught out when spot rates collapsed in 2023 and carriers began to fold.',
  ),
  j(
    'Harrow Peak partner Desmond Aguilar, who will join the board, said the firm spent four months on diligence of the loan book.',
    '“What convinced us is that they underwrite the broker, not the trucker, and they see every load before they fund it,” he said.',
  ),
  j(
    'The new money will go toward a mobile app for drivers, an expansion of the sales team into Texas and Georgia, and a',
    'compliance module that tracks hours-of-service rules and vehicle inspections. Freightwise currently employs 140 people and',
    'plans to reach 220 by the end of the year.',
  ),
  j(
    'Competition is stiff. Larger fleet management vendors have started offering cheaper tiers aimed at small fleets, and',
    'at least three other venture-backed startups are chasing the same customers. Detweiler argued that most rivals treat small',
    'carriers as an upsell rather than the core market.',
  ),
  '“Our customers call us on a Sunday night because a load fell through,” she said. “If you are not built for them, they can tell within a week.”',
];
const tMenu = ['Latest', 'Startups', 'Venture', 'Apple', 'Security', 'AI', 'Apps', 'Events', 'Podcasts', 'Newsletters'];
const tTags = ['Exclusive', 'Fundraising', 'freight tech', 'Transportation'];
const tPopular = [
  'A robotics startup that folds laundry just raised again, and this time it ships',
  'Why seed investors are quietly writing smaller checks in 2026',
  'The founder of a payroll unicorn is stepping down as CEO',
  'This climate fund closed its third vehicle at twice the size of its second',
];
const tFoot = ['About TechCrunch', 'Staff', 'Contact Us', 'Advertise', 'Crunchboard Jobs', 'Site Map'];
const tLegal = ['Terms of Service', 'Privacy Policy', 'Your Privacy Choices', 'Code of Conduct'];
const tHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tTitle} | TechCrunch</title>
<meta name="description" content="Freightwise sells dispatch and billing software to trucking companies with fewer than fifty rigs.">
<meta property="og:type" content="article"><meta property="og:site_name" content="TechCrunch">
<meta property="article:published_time" content="2026-03-10T13:00:00+00:00"><meta name="author" content="Rowan Pelletier">
<link rel="canonical" href="https://techcrunch.com/2026/03/10/freightwise-raises-31m-series-b/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Freightwise raises $31M Series B",
"datePublished":"2026-03-10T13:00:00+00:00","author":[{"@type":"Person","name":"Rowan Pelletier"}],"publisher":{"@type":"Organization","name":"TechCrunch"}}
</script>
<link rel="stylesheet" id="tc-style-css" href="https://techcrunch.com/wp-content/themes/tc-23/dist/css/global.css" media="all">
<script>window.tc_ads_config = {"zone":"startups","post_id":2871455,"unit":"/22888152279/us/tc/startups"};</script></head>
<body class="post-template-default single single-post postid-2871455 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part site-header"><div class="wp-block-tc23-site-header">
<a class="site-header__logo" href="https://techcrunch.com/" aria-label="TechCrunch">TechCrunch</a>
<nav class="site-header__nav" aria-label="Primary"><ul class="wp-block-navigation__container">${links(tMenu, 'wp-block-navigation-item')}</ul></nav>
<div class="site-header__actions"><a class="wp-block-button__link" href="/login">Login</a><button class="search-toggle" aria-label="Search">Search</button>
</div></div></header>
<main class="wp-block-group template-content"><article class="wp-block-group article-hero">
<div class="wp-block-tc23-post-relevant-terms"><a class="is-taxonomy-category" href="/category/startups/">Startups</a></div>
<h1 class="wp-block-post-title">${tTitle}</h1>
<div class="wp-block-tc23-author-card"><img class="wp-block-tc23-author-card-image" src="https://techcrunch.com/wp-content/uploads/rp.jpg" alt="">
<div class="wp-block-tc23-author-card-name"><a href="/author/rowan-pelletier/">Rowan Pelletier</a></div>
<div class="wp-block-post-date"><time datetime="2026-03-10T06:00:00-07:00">6:00 AM PDT · March 10, 2026</time></div></div>
<div class="wp-block-tc23-share-bar" aria-label="Share"><span class="share-label">Share this post</span><ul class="share-list">
<li><a href="https://twitter.com/intent/tweet">Post</a></li><li><a href="https://www.linkedin.com/shareArticle">LinkedIn</a></li>
<li><a href="https://www.facebook.com/sharer.php">Facebook</a></li><li><button class="copy-link">Copy Link</button></li></ul></div>
<figure class="wp-block-post-featured-image"><img src="https://techcrunch.com/wp-content/uploads/2026/03/freightwise-team.jpg" alt="">
<figcaption class="wp-element-caption">Freightwise co-founders Marisol Detweiler and Kwame Ansah at the company’s Columbus office.
<strong>Image Credits:</strong> Freightwise</figcaption></figure>
<div class="entry-content wp-block-post-content is-layout-constrained">
${ps(tBody.slice(0, 5), ' class="wp-block-paragraph"')}
<p class="wp-block-tc23-inline-promo"><strong>Read more:</strong> <a href="/2025/11/02/freight-tech-layoffs/">Freight-tech startups face a reckoning
as spot rates stay low</a></p>
${ps(tBody.slice(5), ' class="wp-block-paragraph"')}
</div>
<div class="wp-block-tc23-post-tags"><h3 class="tags-label">Topics</h3><ul>${links(tTags)}</ul></div></article>
<section class="wp-block-tc23-newsletter-signup"><h3>Subscribe for the industry’s biggest tech news</h3>
<p>TechCrunch Daily News: every weekday and Sunday, get the best of TechCrunch’s coverage.</p>
<form><input type="email" placeholder="Email address" aria-label="Email"><button type="submit">Subscribe</button></form>
<p class="legal">By submitting your email, you agree to our Terms and Privacy Notice.</p></section>
<aside class="wp-block-tc23-most-popular"><h2 class="wp-block-heading">Most Popular</h2><ol>${links(tPopular, 'wp-block-tc23-post-picker')}</ol></aside>
<div class="ad-unit ad-unit--mrec" data-ad="mrec-2"><span class="ad-unit__label">Advertisement</span></div>
<div class="wp-block-tc23-event-promo"><p class="event-promo__title">TechCrunch Sessions: Founders</p>
<p class="event-promo__text">Boston · May 14, 2026. Save up to $300 when you register now.</p><a href="/events/">Register Now</a></div>
</main>
<footer class="wp-block-template-part site-footer"><ul class="site-footer__links">${links(tFoot)}</ul>
<ul class="site-footer__legal">${links(tLegal)}</ul><p class="site-footer__copyright">© 2026 Yahoo. All rights reserved. Powered by WordPress VIP.</p>
</footer></div>
<div id="consent-banner" class="cmp-banner" role="dialog"><p>We and our partners use cookies to personalise content and ads and to analyse our traffic.</p>
<button class="cmp-accept">Accept all</button><button class="cmp-reject">Reject all</button><button class="cmp-manage">Manage privacy settings</button></div>
<script src="https://techcrunch.com/wp-content/themes/tc-23/dist/js/global.js" id="tc-global-js"></script></body></html>`;
const techCrunch: TestPage = {
  name: 'heldout332-techcrunch-news',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tBody),
  bylines: ['Rowan Pelletier', '6:00 AM PDT · March 10, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'TechCrunch', ...tMenu, 'Login', 'Search', 'Share this post', 'Post', 'LinkedIn', 'Facebook', 'Copy Link',
    'Freightwise co-founders Marisol Detweiler and Kwame Ansah at the company’s Columbus office.', 'Image Credits:',
    'Read more:', 'Freight-tech startups face a reckoning as spot rates stay low', 'Topics', ...tTags,
    'Subscribe for the industry’s biggest tech news', 'TechCrunch Daily News: every weekday and Sunday, get the best of TechCrunch’s coverage.',
    'By submitting your email, you agree to our Terms and Privacy Notice.', 'Most Popular', ...tPopular, 'Advertisement',
    'TechCrunch Sessions: Founders', 'Boston · May 14, 2026. Save up to $300 when you register now.', 'Register Now', ...tFoot, ...tLegal,
    '© 2026 Yahoo. All rights reserved. Powered by WordPress VIP.',
    'We and our partners use cookies to personalise content and ads and to analyse our traffic.', 'Accept all', 'Reject all',
    'Manage privacy settings',
  ],
};

export const HELDOUT332_A: readonly TestPage[] = [techCrunch, productHunt];
