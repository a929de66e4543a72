import { links, type TestPage, texts } from './page-kit.js';
import { quartzArticle } from './pages-heldout52-d2.js';

/**
 * Held-out batch 52, file d: a Mother Jones article on its WordPress template (the "Donate" header, section menu, category
 * list, headline, dek, the byline-and-dateline line, share links, the lead illustration with its credit, an inline newsletter
 * promo between paragraphs, one h2, the closing "Looking for news you can trust?" donation box, the author bio, "More about"
 * tags, "We Recommend", the email popup, and the footer with the Foundation for National Progress copyright).
 */
const mjTitle = 'Utilities Want You to Pay for Gas Pipelines That May Never Be Used';
const mjDek =
  'In at least nine states, companies are asking regulators to let them lock in decades of charges for new gas lines, even as cities move to ban gas hookups.';
const mjBody1 = [
  'When the board of the Piedmont Valley Gas Company asked Georgia regulators last fall for permission to spend $1.8 billion on new ' +
    'pipelines, its filing described the project in the blandest possible terms: “system reliability enhancements.” Buried in an appendix ' +
    'was a more revealing detail. The company wanted customers to pay off the cost over 60 years.',
  'That timeline matters. The pipelines would still be on customers’ bills in 2085, long after Georgia and most of the country are ' +
    'expected to have cut their use of natural gas sharply, if climate targets set by federal and state governments are even partly met. ' +
    'Consumer advocates warn that the last households still connected to the gas system, often low-income renters who cannot afford to ' +
    'switch to electric heat, could be left paying for a network built for a much larger customer base.',
  '“It is a bet that the future looks like the past,” said Renata Oyelaran, a senior attorney at the Ratepayer Justice Project, which has ' +
    'intervened in several of the cases. “And if the bet is wrong, it is not the shareholders who pay. It is whoever is still on the system.”',
];
const mjH2 = 'A national pattern';
const mjBody2 = [
  'A review by <em>Mother Jones</em> of utility rate filings found similar requests pending in at least nine states, including Ohio, ' +
    'Pennsylvania, Colorado and Virginia. Together they would add more than $14 billion in pipeline spending to customers’ bills over the ' +
    'coming decade. Most of the filings seek depreciation schedules of 50 years or more.',
  'Utilities say the work is necessary. Much of the country’s gas distribution network is decades old, and leaking pipes are both a safety ' +
    'hazard and a source of methane, a potent greenhouse gas. “Nobody wants to be the company that didn’t replace a pipe that later exploded,” ' +
    'said Gordon Teale, a spokesperson for the American Gas Distributors Council, an industry group.',
  'But critics argue that replacement programs have become a way for utilities to expand their rate base, the pool of investments on which ' +
    'regulators allow them to earn a guaranteed return. In Colorado, state regulators rejected part of a similar plan in December after ' +
    'their own staff concluded that some of the pipes slated for replacement served neighborhoods where gas demand had fallen by a third.',
  'Some states are trying a different approach. Massachusetts now requires utilities to consider non-pipe alternatives, such as helping a ' +
    'street full of customers switch to heat pumps, before replacing old mains. Early results suggest the alternative can be cheaper on ' +
    'streets with only a few dozen homes.',
  'In Georgia, a decision on Piedmont Valley’s request is expected in March. Oyelaran said she was not optimistic. “The commission has ' +
    'approved nearly every one of these plans for 20 years,” she said. “But at least this time, someone is asking who pays in 2085.”',
];
const mjPromo = 'Get the news that matters, not the news that billionaires want you to see. Sign up for the free Mother Jones Daily.';
const mjBox = [
  'Looking for news you can trust?',
  'Subscribe to the Mother Jones Daily to have our top stories delivered directly to your inbox.',
  'Mother Jones is a nonprofit newsroom, and our reporting is paid for by readers like you. Please chip in if you can.',
];
const mjBio = 'Ellen Rask is a reporter in the Washington bureau of Mother Jones, covering energy and climate policy.';
const mjNav = ['Politics', 'Environment', 'Criminal Justice', 'Media', 'Food', 'Podcasts', 'Newsletters', 'Magazine'];
const mjCats = ['Environment', 'Climate Desk'];
const mjTags = ['Climate Change', 'Energy', 'Utilities', 'Georgia'];
const mjRecs = [
  'The Heat Pump Revolution Is Coming to Your Block',
  'Big Oil Knew. Now Cities Want Their Money Back.',
  'How a Tiny Ohio Town Beat a Pipeline Company in Court',
];
const mjFoot = ['About Us', 'Contact Us', 'Jobs', 'Advertise', 'Customer Service', 'Terms of Service', 'Privacy Policy'];
const mjCredit = 'Mother Jones illustration; Getty';
const mjCopy = 'Copyright © 2026 Mother Jones and the Foundation for National Progress. All Rights Reserved.';
const mjHtml =
  `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><title>Utilities Want You to Pay for Gas Pipelines That May Never Be Used – Mother Jones</title>
<meta name="description" content="${mjDek}"><meta name="author" content="Ellen Rask">
<link rel="canonical" href="https://www.motherjones.com/environment/2026/01/utilities-gas-pipelines-ratepayers-depreciation/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${mjTitle}","description":"${mjDek}",
"datePublished":"2026-01-27T06:00:00-05:00","author":[{"@type":"Person","name":"Ellen Rask","url":"https://www.motherjones.com/author/ellen-rask/"}]}</script>
<script id="mj-ga">window.dataLayer=window.dataLayer||[];dataLayer.push({"postType":"post","categories":["environment","climate-desk"]});</script>
<style id="mj-inline-css">.dek{font-family:"Harriet Text",serif;font-size:1.3rem}.byline-dateline{text-transform:uppercase}</style></head>
<body class="post-template-default single single-post postid-1091722 single-format-standard">
<header id="masthead" class="site-header"><a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<a href="https://www.motherjones.com/" class="site-logo" rel="home"><img src="/wp-content/themes/motherjones/img/MJ_comp.png" alt="Mother Jones"></a>
<a class="donate-button" href="https://secure.motherjones.com/fnp/?action=SUBSCRIPTION&amp;list_source=7HEGP001">Donate</a>
<nav id="site-navigation" class="main-navigation" aria-label="Main menu"><ul id="primary-menu" class="menu">${links(mjNav, 'menu-item')}</ul></nav></header>
<main id="content" class="site-main"><article class="post-1091722 post type-post status-publish format-standard has-post-thumbnail hentry">
<header class="entry-header"><ul class="entry-categories">${links(mjCats, 'category')}</ul>
<h1 class="entry-title">${mjTitle}</h1><h3 class="dek">${mjDek}</h3>
<p class="byline-dateline"><span class="byline"><a href="https://www.motherjones.com/author/ellen-rask/" rel="author">Ellen Rask</a></span>
<span class="dateline">January 27, 2026</span></p>
<div class="social-container"><ul class="social-tools"><li class="facebook"><a href="#" title="Share on Facebook">Facebook</a></li>
<li class="bluesky"><a href="#" title="Share on Bluesky">Bluesky</a></li><li class="email"><a href="mailto:?subject=">Email</a></li></ul></div></header>
<figure class="wp-caption featured-image"><img src="https://www.motherjones.com/wp-content/uploads/2026/01/gas-pipes-illo.jpg?w=990" alt="" loading="eager">
<figcaption class="wp-caption-text"><span class="media-credit">${mjCredit}</span></figcaption></figure>
<div class="entry-content">
${mjBody1
  .slice(0, 2)
  .map((p) => `<p>${p}</p>`)
  .join('\n')}
<div class="mj-inline-newsletter" data-newsletter-placement="in-article"><p><strong>${mjPromo}</strong></p>
<form class="mj-inline-newsletter__form"><input type="email" placeholder="your@email.com"><button>Sign up</button></form></div>
<p>${mjBody1[2]}</p>
<h2>${mjH2}</h2>
${mjBody2.map((p) => `<p>${p}</p>`).join('\n')}
</div>
<div class="end-of-article-fundraising"><h3>${mjBox[0]}</h3><p>${mjBox[1]}</p><p>${mjBox[2]}</p>
<a class="button" href="https://secure.motherjones.com/fnp/?action=SUBSCRIPTION">Donate</a><a class="button" href="/newsletters/">Sign up</a></div>
<footer class="entry-footer"><div class="author-bio"><img src="/wp-content/uploads/2024/03/ellen-rask.jpg" alt=""><p>${mjBio}</p></div>
<div class="tags"><span>More about:</span> ${mjTags.map((t) => `<a href="/topics/${t.toLowerCase()}/" rel="tag">${t}</a>`).join(' ')}</div></footer></article>
<section class="related-articles"><h2 class="promo">We Recommend</h2><ul>${links(mjRecs, 'article-item')}</ul></section></main>
<div id="mj-email-popup" class="modal" aria-hidden="true" style="display:none"><h2>Don't miss a thing</h2><p>Our best stories, in your inbox, ` +
  `every morning.</p><button class="close">No thanks</button></div>
<footer id="colophon" class="site-footer"><ul>${links(mjFoot)}</ul><p class="copyright">${mjCopy}</p></footer></body></html>`;
const motherJones: TestPage = {
  html: mjHtml,
  name: 'heldout52-mother-jones-article',
  kind: 'news',
  // the dek (the h3 under the title) is body; the h2 is the one heading; "Ellen Rask" and "January 27, 2026" are bylines; the
  // inline newsletter promo between the second and third paragraphs, the donation box at the end and the author bio are the
  // site's, not the story's: furniture (the bio names the author, but as a sentence, not a byline); the category list, share
  // links, illustration credit, "More about:" tags, "We Recommend", the hidden email popup, header and footer are furniture;
  // the tags "Utilities" (a title word) and "Georgia" (a body word) are left out
  title: mjTitle,
  headings: [mjH2],
  body: [mjDek, ...texts(mjBody1), ...texts(mjBody2)],
  bylines: ['Ellen Rask', 'January 27, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Donate', ...mjNav, 'Climate Desk', 'Facebook', 'Bluesky', 'Email', mjCredit, mjPromo, 'Sign up', ...mjBox, mjBio,
    'More about:', 'Climate Change', 'Energy', 'We Recommend', ...mjRecs, "Don't miss a thing", 'Our best stories, in your inbox, every morning.',
    'No thanks', ...mjFoot, mjCopy,
  ],
};

export const HELDOUT52_D: readonly TestPage[] = [motherJones, quartzArticle];
