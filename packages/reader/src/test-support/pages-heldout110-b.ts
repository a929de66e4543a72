import { links, type TestPage, texts } from './page-kit.js';
import { socialEmbedStory } from './pages-heldout110-b2.js';
import { paras } from './pages-heldout110-kit.js';

/**
 * Held-out batch 110, file b: a nonprofit newsroom's investigation on WordPress with the Newspack theme, with a "How we
 * reported this story" box inside the story text (the donate bar at the top, the header menus, the category, author and
 * date, the Jetpack share buttons, the "Republish this story" button, a mid-story donation prompt block, the author bio,
 * the newsletter block, "More from" posts, the footer and the hidden republication modal) and, from file b2, a local TV
 * station story with an embedded X post and an Instagram embed.
 */
const title = 'The county paid a towing company $2.1 million. Nobody checked the invoices.';
const p1 = paras(`
For six years, Marlow County paid Apex Recovery &amp; Tow every invoice it sent for clearing crashed and abandoned vehicles from
county roads. In that time, the company billed for 3,412 tows at an average of $618 each, more than twice the rate set in its
contract.

Nobody at the county compared the invoices against the contract, according to records obtained by the Ridgeline Ledger, and a
2023 internal audit that flagged the problem was never sent to the county board.`);
const h1 = 'A contract nobody read';
const p2 = paras(`
The county signed a three-year agreement with Apex in 2019 that capped the fee for a standard tow at $285, plus $4 a mile. The
contract was renewed twice without a new bid.

The invoices tell a different story. Apex routinely added a $150 "scene management" charge, a $95 "after hours" charge for tows
between 5 p.m. and 8 a.m., and storage fees of $75 a day, none of which appear in the contract. Some invoices listed the same
vehicle twice.

"I assumed somebody in public works was checking them," said former county treasurer Delia Franzen, who signed off on payments
until she retired in 2024. "I was told the department had approved them."`);
const h2 = 'The audit that stalled';
const p3 = paras(`
In March 2023, an internal auditor named Curtis Osei sampled 60 Apex invoices and found overcharges on 52 of them. His draft
report, which the Ledger obtained through a public records request, recommended that the county stop payment and demand a refund.

The report was never finished. Osei left the county four months later, and emails show his supervisor told colleagues the audit
would be "picked up next cycle." It was not.

County administrator Glen Harwick said in a statement that he had not seen the draft until the Ledger asked about it. "These are
serious findings and we will act on them," he said. The county has since hired an outside firm to review every payment to Apex
since 2019.

Apex owner Rick Danforth did not respond to calls, emails or a letter delivered to the company's yard. In a brief exchange at a
county meeting last week, he said the extra charges were "standard in the industry."`);
const howH = 'How we reported this story';
const how = paras(`
Reporter Noor Kassab requested every invoice Marlow County received from Apex Recovery &amp; Tow from 2019 through 2025, and
entered all 3,412 of them into a spreadsheet. She compared each charge against the rates in the county's contract and its two
renewals.

The Ledger also obtained the 2023 draft audit and internal emails through public records requests, and interviewed current and
former county employees. Apex was given the full list of our findings two weeks before publication.`);
const menu = ['Investigations', 'Government', 'Environment', 'Education', 'About', 'Donate'];
const more = ['Sheriff’s overtime doubled in two years. Here’s where it went.', 'Why the Ridgeline water plant keeps failing inspections'];
const foot = ['About Us', 'Our Team', 'Ethics Policy', 'Republish Our Stories', 'Contact', 'Privacy Policy'];
const bio = 'Noor Kassab is an investigative reporter at the Ridgeline Ledger covering county government. She joined the Ledger in 2022.';
const donate = 'Stories like this take months. The Ridgeline Ledger is a nonprofit newsroom, and readers like you make this work possible.';
const modal = [
  'Republish this article',
  'This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.',
  'Copy to clipboard',
];
const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} &#8211; Ridgeline Ledger</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="article:section" content="Investigations">
<meta name="author" content="Noor Kassab"><script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[
{"@type":"NewsArticle","headline":"${title}","datePublished":"2026-11-18T10:00:00+00:00","author":{"name":"Noor Kassab"}}]}</script>
<link rel="stylesheet" id="newspack-style-css" href="https://ridgelineledger.example/wp-content/themes/newspack-theme/style.css?ver=2.9.1" media="all">
<script src="https://ridgelineledger.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-18842 single-format-standard wp-embed-responsive newspack-theme header-default
single-featured-image-default has-sidebar">
<div class="newspack-lightweight-campaign newspack-campaign-top"><p>Support independent local reporting. <a href="/donate/">Give today</a></p></div>
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div id="page" class="site"><header id="masthead" class="site-header hide-header-search"><div class="top-header-contain desktop-only">
<nav class="secondary-menu" aria-label="Secondary Menu"><ul><li><a href="/newsletters/">Newsletters</a></li><li><a
href="/events/">Events</a></li></ul></nav></div>
<div class="middle-header-contain"><div class="site-branding"><p class="site-title"><a href="/" rel="home">Ridgeline Ledger</a></p>
<p class="site-description">Nonprofit news for the Ridgeline region</p></div></div>
<nav id="site-navigation" class="main-navigation nav1" aria-label="Top Menu"><ul id="menu-primary" class="main-menu">${links(menu, 'menu-item')}</ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-18842" class="post-18842 post type-post status-publish format-standard category-investigations entry">
<header class="entry-header"><span class="cat-links"><a href="/category/investigations/" rel="category tag">Investigations</a></span>
<h1 class="entry-title">${title}</h1><div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="/kassab.jpg"></span>
<span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n" href="/author/noor-kassab/">Noor Kassab</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-11-18T10:00:00+00:00">November 18, 2026</time></span></div>
<div class="share-after-meta"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon">
<h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button"
href="#"><span>Facebook</span></a></li>
<li class="share-x"><a class="share-x sd-button" href="#"><span>X</span></a></li><li class="share-email"><a class="share-email sd-button"
href="#"><span>Email</span></a>
</li></ul></div></div></div><button class="republication-tracker-tool-button">Republish this story</button></div></div></header>
<div class="main-content"><div class="entry-content">
${p1.map((t) => `<p>${t}</p>`).join('\n')}
<h2 class="wp-block-heading">${h1}</h2>
${p2.map((t) => `<p>${t}</p>`).join('\n')}
<div class="wp-block-newspack-blocks-donate wpbnbd tiers newspack-donate-block"><p class="wp-block-newspack-blocks-donate__description">${donate}</p>
<a class="wp-block-button__link" href="/donate/">Donate now</a></div>
<h2 class="wp-block-heading">${h2}</h2>
${p3.map((t) => `<p>${t}</p>`).join('\n')}
<div class="wp-block-group has-light-gray-background-color has-background is-layout-constrained"><h3 class="wp-block-heading">${howH}</h3>
${how.map((t) => `<p>${t}</p>`).join('\n')}</div>
</div>
<footer class="entry-footer"><span class="tags-links"><span>Tagged:</span> <a href="/tag/marlow-county/" rel="tag">Marlow County</a></span></footer>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Noor Kassab</h2></div><p>${bio}</p>
<a class="author-link" href="/author/noor-kassab/">More by Noor Kassab</a></div></div>
<div class="wp-block-newspack-newsletters-subscribe"><h2>Get the Ledger in your inbox</h2><p>Our free weekly newsletter, every Friday.</p>
<label for="np-email" class="screen-reader-text">Email Address</label><input id="np-email" type="email"
placeholder="Email Address"><button>Sign up</button></div>
</div></article>
<div class="wp-block-newspack-blocks-homepage-articles"><h2 class="article-section-title">More from Investigations</h2>
${more.map((t) => `<article><h3 class="entry-title"><a href="#">${t}</a></h3></article>`).join('\n')}</div>
</main></div></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(foot)}</ul><div class="site-info">
<span class="copyright">© 2026 Ridgeline Ledger.</span> <a class="imprint"
href="https://newspack.com/">Proudly powered by Newspack by Automattic</a></div></footer></div>
<div id="republication-tracker-tool-modal" class="modal" style="display:none" aria-hidden="true"><h2>${modal[0]}</h2><p>${modal[1]}</p>
<textarea readonly>&lt;h1&gt;${title}&lt;/h1&gt;</textarea><button>${modal[2]}</button></div>
<script src="https://ridgelineledger.example/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.9" id="sharing-js-js"></script>
</body></html>`;
const newspackHow: TestPage = {
  html,
  name: 'heldout110-newspack-news-how-we-reported',
  kind: 'news',
  // the "How we reported this story" box is written by the newsroom about this story, so it is part of it: its title is a
  // heading and its paragraphs body; the donate prompt inside the story text, the author bio and the republication modal
  // (hidden) are furniture
  title,
  headings: [h1, h2, howH],
  body: texts([...p1, ...p2, ...p3, ...how]),
  bylines: ['by Noor Kassab', 'November 18, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Support independent local reporting. Give today', 'Skip to content', 'Newsletters', 'Events', 'Ridgeline Ledger',
    'Nonprofit news for the Ridgeline region', ...menu, 'Share this:', 'Facebook', 'X', 'Email', 'Republish this story', donate, 'Donate now',
    'Tagged: Marlow County', bio, 'More by Noor Kassab', 'Get the Ledger in your inbox', 'Our free weekly newsletter, every Friday.',
    'Email Address', 'Sign up', 'More from Investigations', ...more, ...foot, '© 2026 Ridgeline Ledger.', 'Proudly powered by Newspack by Automattic',
    ...modal,
  ],
};

export const HELDOUT110_B: readonly TestPage[] = [newspackHow, socialEmbedStory];
