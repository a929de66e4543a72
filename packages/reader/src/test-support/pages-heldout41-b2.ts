import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 41, file b2: a TechCrunch article on its WordPress VIP block theme (Yoast schema graph, block-library
 * styles and emoji script, the header with its nav and "Events" link, the hero with category link, title, author link and
 * time, the featured image with "Image Credits:", block paragraphs and headings, a "Techcrunch event" Disrupt promo inside
 * the content, the "Topics" terms, the author card with role, bio and "View Bio", the newsletter signup, related loop cards,
 * "Most Popular" and the footer).
 */
const tcTitle = 'Ledgerline raises $18M to help small manufacturers see parts shortages coming';
const tcBody1 = [
  'Ledgerline, a startup that predicts when small and mid-sized manufacturers are about to run short of critical parts, has ' +
    'raised an $18 million Series A led by Brightwater Ventures, the company told TechCrunch exclusively.',
  'The Columbus, Ohio-based company plugs into the purchasing and inventory systems that factories already use — often a ' +
    'patchwork of ERP software, spreadsheets and emailed purchase orders — and flags components whose supply looks likely to ' +
    'slip weeks before a supplier misses a delivery.',
  'Co-founder and CEO Dariusz Okonjo spent nine years running procurement for a maker of agricultural equipment, where, he said, ' +
    'a single missing bearing could idle an assembly line for days. “Big automakers have whole teams watching their suppliers,” ' +
    'he told TechCrunch. “A 200-person machine shop has one buyer with 40 browser tabs open.”',
];
const tcH1 = 'Forecasting from messy data';
const tcBody2 = [
  'The hard part, according to Okonjo, is that the data small factories keep is messy. Part numbers differ between suppliers, ' +
    'lead times are often typed in by hand, and many orders are confirmed by phone. Ledgerline’s models first clean and match ' +
    'those records, then compare each supplier’s promised dates against its actual history and against shipping and commodity ' +
    'data the company buys from third parties.',
  'The startup says its forecasts flagged 71% of late deliveries at least three weeks ahead of time across its customers in the ' +
    'past year. TechCrunch was not able to independently verify that figure.',
  'Ledgerline charges a monthly subscription that starts at $1,500 and now has 140 paying customers, most of them in the Midwest, ' +
    'up from 35 a year ago. It previously raised a $4.5 million seed round.',
];
const tcH2 = 'A crowded field';
const tcBody3 = [
  'It is not alone in the space. Larger supply-chain visibility platforms have been moving down-market, and several AI ' +
    'startups have pitched procurement copilots to the same customers over the past two years.',
  'Brightwater partner Selena Varga said Ledgerline stood out because its customers kept using it after the first few months. ' +
    '“Most tools in this category get a burst of attention and then nobody opens them,” she said. “Here, the buyers log in ' +
    'every morning.”',
  'The company plans to use the new money to double its 30-person team and to add support for aerospace and medical-device ' +
    'suppliers, which face stricter rules on where parts come from.',
];
const tcNav = ['Latest', 'Startups', 'Venture', 'Apple', 'Security', 'AI', 'Apps', 'Events', 'Podcasts', 'Newsletters'];
const tcBio = [
  'Rafaela Quist covers industrial tech, logistics and enterprise software for TechCrunch. Before joining, she reported on ' +
    'factories and freight for a trade weekly in Chicago.',
  'You can contact or verify outreach from Rafaela by emailing rafaela.quist@techcrunch.com.',
];
const tcCta = [
  'Techcrunch event',
  'San Francisco',
  'October 13-15, 2026',
  'Disrupt 2026: the tech ecosystem, all in one place',
  'Join 10,000+ founders, investors and tech leaders for three days of sessions, demos and deal-making. Passes are cheapest now.',
  'REGISTER NOW',
];
const tcNews = [
  'Subscribe for the industry’s biggest tech news',
  'TechCrunch Daily News',
  'Every weekday and Sunday, you can get the best of TechCrunch’s coverage.',
  'Startups Weekly',
  'Startups are the core of TechCrunch, so get our best coverage delivered weekly.',
  'TechCrunch Mobility',
  'TechCrunch Mobility is your destination for transportation news and insight.',
  'By submitting your email, you agree to our Terms and Privacy Notice.',
];
const tcRelated = [
  ['Hardware', 'Factory-floor robotics startup Tessel cuts a third of its staff', 'Dominic Arlet', '2 days ago'],
  ['Enterprise', 'Procurement software is having its AI moment, and buyers are skeptical', 'Harriet Lowe', '5 days ago'],
  ['Commerce', 'Midwest seed funds are raising again after a quiet two years', 'Theo Banerjee', 'Nov 26, 2025'],
];
const tcPopular = [
  'The 2025 holiday gift guide for people who hate gadgets',
  'Inside the messy breakup of a once-hot AI coding startup',
  'Every Black Friday deal on e-readers worth buying',
];
// biome-ignore format: the footer links are packed several to a line to keep the file short
const tcFoot = [
  'About TechCrunch', 'Staff', 'Contact Us', 'Advertise', 'Crunchboard Jobs', 'Site Map', 'Terms of Service', 'Privacy Policy', 'RSS Terms of Use',
  'Code of Conduct',
];
const tcTopics = ['AI', 'Exclusive', 'Fundraising', 'manufacturing', 'Series A', 'Startups', 'supply chain'];
const tcTerm = (t: string): string => `<a class="wp-block-tc23-post-relevant-terms__term" href="/tag/${t.replace(/ /g, '-')}/">${t}</a>`;
const tcCard = ([c, t, a, d]: readonly string[]): string =>
  `<li class="loop-card"><a class="loop-card__cat">${c}</a><h3 class="loop-card__title"><a href="#">${t}</a></h3><span>${a}</span><time>${d}</time></li>`;
const wp = (ps: readonly string[]): string => ps.map((p) => `<p class="wp-block-paragraph">${p}</p>`).join('\n');
const tcHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${tcTitle} | TechCrunch</title><meta name="author" content="Rafaela Quist">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${tcTitle}",
"author":{"name":"Rafaela Quist"},"datePublished":"2025-12-02T16:00:00+00:00","articleSection":["Fundraising","Startups"]}]}</script>
<script id="wp-emoji-settings" type="application/json">{"baseUrl":"https://s.w.org/images/core/emoji/16.0.1/72x72/","ext":".png"}</script>
<link rel="stylesheet" id="wp-block-library-css" href="https://techcrunch.com/wp-includes/css/dist/block-library/style.min.css?ver=6.8.3" media="all">
<style id="global-styles-inline-css">:root{--wp--preset--color--black:#000;--wp--preset--font-size--small:0.875rem;}</style></head>
<body class="post-template-default single single-post postid-3071842 single-format-standard wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-techcrunch-site-header">
<a class="wp-block-techcrunch-site-header__logo" href="https://techcrunch.com/"><span class="screen-reader-text">TechCrunch</span><svg></svg></a>
<nav class="wp-block-techcrunch-main-navigation" aria-label="Main"><ul>${links(tcNav, 'wp-block-navigation-item')}</ul></nav>
<button class="wp-block-techcrunch-search-toggle" aria-label="Search"><svg></svg></button></div></header>
<main class="wp-block-group template-content is-layout-flow"><div class="wp-block-group article-hero is-layout-constrained">
<div class="article-hero__category"><a class="is-taxonomy-category wp-block-tenup-post-primary-term" href="/category/startups/">Startups</a></div>
<h1 class="article-hero__title wp-block-post-title">${tcTitle}</h1>
<div class="article-hero__authors wp-block-techcrunch-post-authors"><a class="wp-block-tc23-author-card-name__link" href="/author/rafaela-quist/">
Rafaela Quist</a></div><div class="wp-block-post-date"><time datetime="2025-12-02T08:00:00-08:00">8:00 AM PST · December 2, 2025</time></div>
<figure class="wp-block-post-featured-image"><img fetchpriority="high" decoding="async"
src="https://techcrunch.com/wp-content/uploads/2025/12/ledgerline-team.jpg"
alt="Ledgerline co-founders in a machine shop"><figcaption class="wp-block-techcrunch-image-credits"><span>Image Credits:</span>Ledgerline</figcaption></figure>
<div class="wp-block-techcrunch-social-share"><button aria-label="Share on X"></button><button aria-label="Share on LinkedIn"></button>
<button aria-label="Copy share link"></button></div></div>
<div class="entry-content wp-block-post-content is-layout-constrained wp-block-post-content-is-layout-constrained">
${wp(tcBody1)}
<div class="wp-block-techcrunch-inline-cta"><div class="inline-cta__wrapper"><p class="inline-cta__label">${tcCta[0]}</p>
<div class="inline-cta__content"><p><span class="inline-cta__location">${tcCta[1]}</span><span class="inline-cta__separator">|</span>
<span class="inline-cta__date">${tcCta[2]}</span></p><h4 class="inline-cta__header">${tcCta[3]}</h4>
<p class="inline-cta__description">${tcCta[4]}</p><a class="inline-cta__button"
href="https://techcrunch.com/events/tc-disrupt-2026/">${tcCta[5]}</a></div></div></div>
<h2 class="wp-block-heading" id="h-forecasting-from-messy-data">${tcH1}</h2>
${wp(tcBody2)}
<h2 class="wp-block-heading" id="h-a-crowded-field">${tcH2}</h2>
${wp(tcBody3)}
</div>
<div class="wp-block-tc23-post-relevant-terms"><h2 class="wp-block-tc23-post-relevant-terms__title">Topics</h2><div
class="wp-block-tc23-post-relevant-terms__terms">
${tcTopics.map(tcTerm).join('\n')}
</div></div>
<div class="wp-block-tc23-author-card"><div class="wp-block-tc23-author-card__image"><img src="https://techcrunch.com/wp-content/uploads/rq.jpg" alt=""></div>
<div class="wp-block-tc23-author-card__name"><a href="/author/rafaela-quist/">Rafaela Quist</a></div><div
class="wp-block-tc23-author-card__role">Senior Reporter</div>
<div class="wp-block-tc23-author-card__bio">${tcBio.map((p) => `<p>${p}</p>`).join('')}</div>
<a class="wp-block-tc23-author-card__link" href="/author/rafaela-quist/">View Bio</a></div>
<div class="wp-block-techcrunch-newsletter-signup"><h2>Newsletters</h2><a href="/newsletters/">See More</a><p>${tcNews[0]}</p>
<ul>${[1, 3, 5].map((i) => `<li><label><input type="checkbox"><strong>${tcNews[i]}</strong></label><p>${tcNews[i + 1]}</p></li>`).join('\n')}</ul>
<input type="email" placeholder="Email"><button>Subscribe</button><p class="privacy">${tcNews[7]}</p></div>
<section class="wp-block-techcrunch-related"><h2>Related</h2><ul>
${tcRelated.map(tcCard).join('\n')}
</ul></section><section class="wp-block-techcrunch-most-popular"><h2>Most Popular</h2><ol>${links(tcPopular, 'loop-card')}</ol></section></main>
<footer class="wp-block-template-part site-footer"><ul>${links(tcFoot)}</ul><p>© 2025 TechCrunch Media LLC.</p>
<p>Powered by <a href="https://wpvip.com/">WordPress VIP</a></p></footer></div>
<script src="https://techcrunch.com/wp-content/themes/tc-2023/dist/js/main.js?ver=1764601122" id="tc-main-js"></script></body></html>`;
export const techCrunch: TestPage = {
  html: tcHtml,
  name: 'heldout41-techcrunch',
  kind: 'news',
  // no dek on this template; the two h2s are the headings. The author's name (hero and card) and the time line are bylines,
  // and so is the author card's bio with its contact line (author text about the writer); the card's "Senior Reporter" role
  // is a label like a forum rank: furniture, as are "View Bio", the category link, image credit, the Disrupt promo inside the
  // content, "Topics" and its terms, newsletters, related cards (their writers' names too), "Most Popular", nav and footer.
  // Left out as words of the body: the logo's "TechCrunch", "Startups" (category, nav, topic), "AI", "Series A", "supply chain"
  title: tcTitle,
  headings: [tcH1, tcH2],
  body: [...texts(tcBody1), ...texts(tcBody2), ...texts(tcBody3)],
  bylines: ['Rafaela Quist', '8:00 AM PST · December 2, 2025', ...tcBio],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tcNav.filter((t) => t !== 'Startups' && t !== 'AI'), 'Image Credits:Ledgerline', ...tcCta, 'Topics', 'Exclusive', 'Fundraising',
    'manufacturing', 'Senior Reporter', 'View Bio', 'See More', ...tcNews, 'Subscribe', 'Related', ...tcRelated.flat(), 'Most Popular', ...tcPopular,
    ...tcFoot, '© 2025 TechCrunch Media LLC.', 'Powered by WordPress VIP',
  ],
};
