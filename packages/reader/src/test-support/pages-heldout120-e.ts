import { links, type TestPage, texts } from './page-kit.js';
import { slateArticle } from './pages-heldout120-e2.js';

/**
 * Held-out batch 120, file e: an article on a progressive nonprofit magazine's WordPress site built on Mother Jones' template
 * (the "Donate" / "Subscribe" header and section menu, the category kicker list, entry title, h3 dek, the upper-case byline and
 * dateline, share links, the featured image credit, the newsletter pitch opening the entry content, an inline "Related" box,
 * an h2 section heading, the end-of-article "Fact:" donation box, the author bio, "Editors’ Picks", the footer and a hidden
 * newsletter overlay) and, from file e2, a Slate article.
 */
const paras = (s: string): string[] => s.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());
const mjTitle = 'A Renter Protection Law Passed With Fanfare. Then Lawmakers Quietly Gutted It.';
const mjDek = paras(`Two amendments tucked into a budget bill let landlords in Corvale sidestep the state’s new limits on eviction
fees, records show.`);
const mjP1 = paras(`When the state of Corvale passed its Tenant Fairness Act two years ago, the governor signed it at a rally outside a
public housing complex, surrounded by renters holding signs. The law capped the fees landlords could charge tenants who fell behind
on rent and required them to give 30 days’ notice before filing for eviction, up from 10.

“No family should lose their home over a late fee,” Gov. Patricia Vance said that day.

Last spring, with far less ceremony, the legislature rolled back much of it. Two amendments added to a 900-page budget bill in the
final hours of the session exempted landlords who own fewer than 50 units from the notice requirement, and allowed all landlords to
charge an “administrative processing fee” that is not covered by the cap.

Neither amendment was debated on the floor. Both were drafted with help from the Corvale Apartment Owners Association, according to
emails obtained by Mother Lode through a public records request.`);
const mjH1 = '“We found out from our tenants”';
const mjP2 = paras(`Tenant advocates say they did not learn about the changes until months later, when renters began calling legal aid
hotlines about new fees on their notices.

“We found out from our tenants,” said Lucia Ferrante, an attorney at the Corvale Housing Justice Project. “People came in with
notices showing a $75 late fee, which is legal under the cap, and then a $200 administrative fee on top of it. That second fee did
not exist before the budget passed.”

The association’s president, Gregory Tamm, said the amendments were a reasonable response to problems with the original law. Small
landlords, he said, often rely on rent from a handful of units to pay their own mortgages and cannot wait 30 days to act when a
tenant stops paying. “The original bill was written as if every landlord were a large corporation,” he said.

But the exemption for owners of fewer than 50 units covers far more than mom-and-pop landlords. An analysis of county property
records by the Housing Justice Project found that about 70 percent of rental units in the state are owned by landlords who fall
under the threshold, including many limited liability companies controlled by the same investors.

State Sen. Raymond Okoye, who sponsored the original law, said he voted for the budget without knowing the amendments were in it.
“That is not how we should be making housing policy,” he said. He has introduced a bill to restore the original protections, but it
has not been scheduled for a hearing.

Vance’s office did not respond to questions about whether the governor knew about the amendments when she signed the budget.`);
const mjNav = ['Politics', 'Environment', 'Crime & Justice', 'Food', 'Media', 'Culture', 'Health', 'Investigations', 'Podcasts', 'Magazine'];
const mjTop = ['Donate', 'Subscribe', 'Newsletters'];
const mjNewsletter = 'Get news from a source that no billionaire owns. Sign up for the free Mother Lode Daily.';
const mjRelated = ['Related', 'Evictions Hit a Ten-Year High in Three States. Here’s Why.'];
const mjFact = [
  'Fact:',
  'Mother Lode has been reader-funded since 1979, so no corporation or billionaire decides what we cover.',
  'Please help us keep doing this work with a donation of any amount today.',
  'Donate Now',
];
const mjBio = 'Jasmine Ortega is a reporter in Mother Lode’s Washington bureau who covers housing and economic policy.';
const mjPicks = ['Editors’ Picks', 'The Town That Sued Its Own Water Company', 'What a Heat Wave Does to a Prison', 'The Rise of Medical Debt Lawsuits'];
const mjFoot = ['About Us', 'Our Team', 'Jobs', 'Advertise', 'Contact', 'Privacy Policy', 'Terms of Service'];
const mjCopy = 'Copyright © 2025 Mother Lode and the Foundation for Public Progress. All Rights Reserved.';
const mjOverlay = [
  'Looking for news you can trust?',
  'Subscribe to the Mother Lode Daily to have our top stories delivered directly to your inbox.',
  'No thanks',
];
const mjPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const mjHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>A Renter Protection Law Passed With Fanfare. Then Lawmakers Quietly Gutted It. – Mother Lode</title>
<meta name="description" content="${mjDek[0]}"><meta property="og:title" content="${mjTitle}"><meta property="og:type" content="article">
<meta property="article:section" content="Politics"><meta name="parsely-title" content="${mjTitle}"><meta name="author" content="Jasmine Ortega">
<link rel="canonical" href="https://www.motherlode.example/politics/2025/03/corvale-tenant-fairness-act-amendments-landlords/">
<link rel="stylesheet" id="mj-style-css" href="https://www.motherlode.example/wp-content/themes/motherlode/style.css?ver=3.2.1" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mjTitle}","datePublished":"2025-03-12T06:00:00-04:00",
"author":[{"@type":"Person","name":"Jasmine Ortega"}],"publisher":{"@type":"Organization","name":"Mother Lode"}}</script>
<script>window.mj_ad_settings={"zone":"politics","post_id":1108812};</script>
<script src="https://www.motherlode.example/wp-content/themes/motherlode/js/bundle.js?ver=3.2.1" id="mj-bundle-js"></script></head>
<body class="post-template-default single single-post postid-1108812 single-format-standard category-politics">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header"><div class="site-branding"><a href="/" rel="home"><img src="/wp-content/themes/motherlode/img/logo.svg"
alt="Mother Lode"></a></div><ul class="header-actions">${links(mjTop, 'header-action')}</ul>
<nav id="site-navigation" class="main-navigation" aria-label="Primary"><ul id="primary-menu" class="menu">${links(mjNav, 'menu-item')}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main"><article id="post-1108812" class="post-1108812 post type-post status-publish">
<header class="entry-header"><ul class="post-categories"><li><a href="/politics/" rel="category tag">Politics</a></li></ul>
<h1 class="entry-title">${mjTitle}</h1><h3 class="dek">${mjDek[0]}</h3>
<p class="byline-dateline"><span class="byline"><a href="/author/jasmine-ortega/">Jasmine Ortega</a></span>
<span class="dateline">March 12, 2025</span></p>
<ul class="social-tools"><li class="facebook"><a href="#">Facebook</a></li><li class="bluesky"><a href="#">Bluesky</a></li>
<li class="email"><a href="#">Email</a></li><li class="print"><a href="#" onclick="window.print()">Print</a></li></ul></header>
<div class="featured-image"><img src="/wp-content/uploads/2025/03/20250311_corvale_renters.jpg" alt="" width="990" height="556">
<p class="image-credit">Mother Lode illustration; Unsplash</p></div>
<div class="entry-content">
<p class="newsletter-cta-top"><em>${mjNewsletter}</em></p>
${mjPs(mjP1)}
<div class="related-article"><p class="related-label">${mjRelated[0]}</p><ul>${links(mjRelated.slice(1))}</ul></div>
<h2>${mjH1}</h2>
${mjPs(mjP2)}
<div id="donate-end" class="donate-end-of-article"><p><strong>${mjFact[0]}</strong></p><p>${mjFact[1]}</p><p>${mjFact[2]}</p>
<a class="donate-button" href="https://secure.motherlode.example/donate">${mjFact[3]}</a></div>
</div>
<footer class="entry-footer"><div class="author-bios"><div class="author-data"><img src="/wp-content/uploads/ortega.jpg" alt="">
<p class="author-bio">${mjBio}</p></div></div></footer></article>
<section class="editors-picks"><h2 class="promo">${mjPicks[0]}</h2><ul>${links(mjPicks.slice(1), 'hed')}</ul></section></main></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(mjFoot)}</ul><p class="copyright">${mjCopy}</p></footer>
<div id="newsletter-overlay" class="overlay hidden" aria-hidden="true"><h3>${mjOverlay[0]}</h3><p>${mjOverlay[1]}</p>
<form><input type="email" placeholder="Your email"><button type="submit">Sign up</button></form><a href="#" class="close">${mjOverlay[2]}</a></div>
</body></html>`;
const motherJones: TestPage = {
  html: mjHtml,
  name: 'heldout120-motherjones-news',
  kind: 'news',
  // the h3 dek is body; the newsletter pitch opening the entry content, the "Related" box and the "Fact:" donation box
  // inside it are furniture
  title: mjTitle,
  headings: [mjH1],
  body: texts([...mjDek, ...mjP1, ...mjP2]),
  bylines: ['Jasmine Ortega', 'March 12, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...mjTop, ...mjNav, 'Facebook', 'Bluesky', 'Email', 'Print', 'Mother Lode illustration; Unsplash', mjNewsletter, ...mjRelated,
    ...mjFact, mjBio, ...mjPicks, ...mjFoot, mjCopy, ...mjOverlay, 'Sign up',
  ],
};

export const HELDOUT120_E: readonly TestPage[] = [motherJones, slateArticle];
