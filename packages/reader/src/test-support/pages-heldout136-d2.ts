import { links, ps, type TestPage, texts } from './page-kit.js';
import { items, paras, uniq } from './pages-heldout136-kit.js';

/**
 * Held-out batch 136, file d2: a Mother Jones article on its WordPress theme, republished through the Climate Desk
 * collaboration (skip link, the top bar with "Subscribe" and "Donate", the section nav, the entry header with category,
 * h1 title, h3 dek, byline and dateline, the share links, the featured image caption with its media credit, the italic
 * "originally published" note as the first paragraph of the entry content, an inline newsletter sign-up box, the "FACT:"
 * donation appeal at the end of the entry content, tags, the author bio, "We Recommend", the footer and the hidden
 * newsletter pop-up).
 */
const jTitle = 'The town that voted to let its river flood';
const jDek = 'After three disasters in ten years, Millbrook is moving homes out of the floodplain instead of building another wall.';
const jNote = 'This story was originally published by Westwater Report and is reproduced here as part of the Climate Desk collaboration.';
const jP = paras(`
For most of the last century, the people of Millbrook treated the Tessen River as something to be held back. They built a
levee in the 1950s, raised it in the 1980s and raised it again after the flood of 2012. Each time, the river found a way over.

In September, the town did something few American communities have tried. By a vote of 1,214 to 608, residents approved a plan
to buy out and demolish 140 homes in the lowest part of town and turn the land back into wetland that the river is allowed to
flood.

“We kept paying to protect houses the river was always going to take,” said Deb Halvorsen, who chairs the town’s recovery
committee and whose own house on Water Street is on the buyout list. “At some point you have to stop arguing with it.”

The plan will cost about $38 million, most of it from state and federal disaster funds. Homeowners will be offered the
pre-flood value of their property plus moving costs, and the town has set aside land on a hill to the east for anyone who wants
to rebuild nearby. So far, 97 households have signed up.
`);
const jP2 = paras(`
Not everyone is happy. Some longtime residents say the buyout amounts are too low to buy anything comparable, and a group of
business owners on Front Street argued that the town was giving up on its historic center. Several of them have said they will
stay whatever happens.

Experts who study flood policy say Millbrook’s choice is likely to become more common. Across the country, federal agencies have
spent billions on buyouts since the 1990s, but most have been scattered: a house here, a street there, leaving gaps that are
expensive to protect and hard to maintain. Moving a whole neighborhood at once is rarer, and harder.

“What makes Millbrook interesting is that the town decided this together, before the next flood rather than after it,” said
Ana Restrepo, a researcher who studies managed retreat. “That is almost never how it happens.”

The first demolitions are scheduled for the spring. Halvorsen says she will be among the first to leave. She plans to plant a
row of willows where her front porch used to be.
`);
const jNav = ['Politics', 'Environment', 'Food', 'Health', 'Crime and Justice', 'Media', 'Investigations', 'Podcasts', 'Newsletters'];
const jShare = ['Facebook', 'X', 'Bluesky', 'Email'];
const jCaption = 'A flooded street in Millbrook in 2022.';
const jCredit = 'Sarah Lindqvist/Westwater Report';
const jInline = [
  'Looking for news you can trust?',
  'Subscribe to the Mother Jones Daily to have our top stories delivered directly to your inbox.',
  'Email',
  'Sign up',
  'By signing up, you agree to our privacy policy and terms of use, and to receive messages from Mother Jones and our partners.',
];
const jFact = paras(`
FACT:

Mother Jones was founded as a nonprofit in 1976 because we knew corporations and the wealthy wouldn’t fund the type of
hard-hitting journalism we set out to do.

Today, reader support makes up about two-thirds of our budget, allows us to dig deep on stories that matter, and lets us keep
our reporting free for everyone. If you value what you get from Mother Jones, please join us with a tax-deductible donation
today so we can keep on doing the type of journalism the times demand.

Donate
`);
const jTags = ['Climate Change', 'Climate Desk', 'Flooding', 'Infrastructure'];
const jBio = 'Leona Farris is a reporter for Westwater Report covering rivers, water policy and rural communities.';
const jRec = items(`
The Farmers Who Are Paying Their Neighbors to Stop Irrigating
A Heat Dome Is Coming. Here’s Who Gets Hurt First.
Why Your Flood Insurance Bill Is About to Go Up
`);
const jFoot = ['About Us', 'Contact Us', 'Advertise', 'Jobs', 'Customer Service', 'Terms of Service', 'Privacy Policy', 'Can You Pitch In?'];
const jCopy = 'Copyright © 2025 Mother Jones and the Foundation for National Progress. All Rights Reserved.';
const jPopup = ['Get the Mother Jones Daily', 'Smart, fearless journalism, delivered to your inbox every morning.', 'No thanks'];
const jHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${jTitle} – Mother Jones</title><meta name="description" content="${jDek}"><meta property="og:title" content="${jTitle}">
<meta property="og:site_name" content="Mother Jones"><meta property="article:section" content="Environment">
<link rel="canonical" href="https://www.motherjones.com/environment/2025/11/millbrook-river-managed-retreat-buyout-climate-desk/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${jTitle}",
"datePublished":"2025-11-13T11:00:24+00:00","author":{"name":"Leona Farris"},"articleSection":["Environment"],"inLanguage":"en-US"},
{"@type":"WebSite","name":"Mother Jones","url":"https://www.motherjones.com/"}]}</script>
<link rel="stylesheet" id="mj-style-css" href="https://www.motherjones.com/wp-content/themes/motherjones/dist/css/style.css?ver=1731" media="all">
<script id="mj-ads-js-extra">var mjAds = {"zone":"environment","tags":["climate-change","climate-desk"]};</script></head>
<body class="post-template-default single single-post postid-1102934 single-format-standard category-environment">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="top-bar"><a class="top-bar__subscribe" href="https://secure.motherjones.com/fnp/?action=SUBSCRIPTION">Subscribe</a>
<a class="top-bar__donate" href="https://secure.motherjones.com/flex/mj/donate">Donate</a></div>
<header id="masthead" class="site-header"><div class="site-branding"><a href="https://www.motherjones.com/" rel="home"><span class="screen-reader-text">Mother
Jones</span></a></div><nav id="site-navigation" class="main-navigation" aria-label="Primary"><ul id="menu-primary" class="menu">${links(jNav, 'menu-item')}
</ul></nav></header><div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-1102934" class="post-1102934 post type-post status-publish format-standard has-post-thumbnail hentry category-environment tag-climate-change">
<header class="entry-header"><ul class="entry-categories"><li><a href="https://www.motherjones.com/environment/">Environment</a></li></ul>
<h1 class="entry-title">${jTitle}</h1><h3 class="dek">${jDek}</h3>
<p class="byline-dateline"><span class="byline"><a href="https://www.motherjones.com/author/leona-farris/" rel="author">Leona Farris</a></span><span
class="dateline">November 13, 2025</span></p>
<div class="social-sharing">${jShare.map((t) => `<a class="social-sharing__${t.toLowerCase()}" href="#share"><span>${t}</span></a>`).join('')}</div>
<figure class="wp-block-image featured-image"><img src="https://www.motherjones.com/wp-content/uploads/2025/11/millbrook-flood.jpg?w=990" alt="">
<figcaption class="wp-element-caption">${jCaption} <span class="media-credit">${jCredit}</span></figcaption></figure></header>
<div class="entry-content">
<p><em><a href="https://westwater.example/millbrook">${jNote}</a></em></p>
${ps(jP)}
<div class="mj-inline-newsletter" data-placement="in-article"><h3 class="mj-inline-newsletter__title">${jInline[0]}</h3><p>${jInline[1]}</p>
<form class="mj-inline-newsletter__form"><label for="mj-nl-email" class="screen-reader-text">${jInline[2]}</label><input type="email" id="mj-nl-email">
<button type="submit">${jInline[3]}</button></form><p class="mj-inline-newsletter__legal">${jInline[4]}</p></div>
<div class="mj-ad" id="mj-ad-midarticle" aria-hidden="true"></div>
${ps(jP2)}
<div class="donate-end-of-article"><p class="donate-end-of-article__fact"><strong>${jFact[0]}</strong></p>${ps(jFact.slice(1, 3))}
<p><a class="button donate-end-of-article__button" href="https://secure.motherjones.com/flex/mj/donate?src=eoa">${jFact[3]}</a></p></div>
</div><footer class="entry-footer"><ul class="entry-tags">${links(jTags, 'entry-tag')}</ul>
<div class="author-bio"><img src="https://www.motherjones.com/wp-content/uploads/leona-farris.jpg" alt=""><p class="author-bio__text">${jBio}</p></div>
</footer></article>
<section class="we-recommend"><h2 class="we-recommend__title">We Recommend</h2><ul>${links(jRec, 'we-recommend__item')}</ul></section></main></div>
<footer id="colophon" class="site-footer"><ul class="footer-menu">${links(jFoot)}</ul><p class="site-info">${jCopy}</p></footer>
<div id="mj-newsletter-popup" class="mj-popup" hidden><h2>${jPopup[0]}</h2><p>${jPopup[1]}</p><button type="button">${jPopup[2]}</button></div>
<script src="https://www.motherjones.com/wp-content/themes/motherjones/dist/js/app.js?ver=1731" id="mj-app-js"></script></body></html>`;
export const motherJones: TestPage = {
  name: 'heldout136-motherjones-article',
  kind: 'news',
  // the dek is body; the italic "originally published" note at the top of the entry content, the inline newsletter box and the
  // "FACT:" donation appeal at its end are furniture, as are the category, share links, caption, credit, tags and author bio
  html: jHtml,
  title: jTitle,
  headings: [],
  body: [jDek, ...texts(jP), ...texts(jP2)],
  bylines: ['Leona Farris', 'November 13, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: uniq([
    'Skip to content', 'Subscribe', 'Donate', 'Mother Jones', ...jNav, 'Environment', ...jShare, jCaption, jCredit, jNote, ...jInline, ...jFact, ...jTags,
    jBio, 'We Recommend', ...jRec, ...jFoot, jCopy, ...jPopup,
  ]),
};
