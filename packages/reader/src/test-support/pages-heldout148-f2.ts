import { links, type TestPage } from './page-kit.js';
import { gold, parse, render } from './pages-heldout148-kit.js';

/**
 * Held-out batch 148, file f2: a Stateline story on the States Newsroom Newspack theme (the skip link, the header with
 * topic menu, "Newsletter" and "Donate", the hidden mobile sidebar with "Close", the "Posted in" category link, headline,
 * subtitle, author avatar and "By" line, the posted date, the Jetpack share buttons with their "(Opens in new window)"
 * labels and the "Republish" button, the featured image caption and credit, a "SUBSCRIBE" newsletter block inside the
 * text, the reporter contact line, the States Newsroom tagline box, the republishing note, the author bio with "More from
 * Author", "Related News" cards, the hidden republish dialog and the footer).
 */
const slTitle = 'More states let judges take a ‘second look’ at decades-long prison sentences';
const slDek = 'Lawmakers in both parties say the laws save money and reward rehabilitation. Prosecutors and victims’ groups are pushing back.';
const slSrc = `
When Darnell Pruitt walked out of prison in August, he had served 27 years of a 50-year sentence for his part in a robbery
that ended in a shooting when he was 19. He is now 46, works at a commercial laundry and lives with his sister.

Pruitt was released under a law his state passed last year that allows people who have served at least 20 years to ask a
judge to reduce their sentences. The judge who heard his case pointed to his prison record, which included a college degree
and a decade spent training service dogs for veterans.

"I'm not the same person who went in," Pruitt said in an interview. "The law just gave somebody the chance to notice."

At least 11 states now have some version of a "second look" law, which lets judges reconsider long sentences after a
set number of years, according to a count by the Sentencing Reform Collaborative, a nonprofit that tracks the measures.
Four of those laws passed in the past two years, and bills were introduced in nine more states this year.

@@subscribe

Supporters include progressive groups and a growing number of conservatives, who argue that keeping people in prison into
their 60s and 70s is expensive and does little for public safety. Studies have found that people convicted of violent
crimes are far less likely to reoffend as they age.

"Every year we keep a 65-year-old man in prison, taxpayers are spending tens of thousands of dollars to guard someone who
poses very little risk," said Republican state Rep. Curtis Albrecht, who sponsored a second look bill that passed his
state's House in March but stalled in the Senate.

The laws differ widely. Some apply only to people who were under 25 when they committed their crimes. Others exclude
certain offenses, such as murder of a police officer. Most require a hearing where victims or their families can speak.

That part has drawn the strongest objections. Victims' advocates say reopening cases can force families to relive crimes
decades later, often with little notice.

"For some of these families, the sentence was the one promise the system made to them," said Lorraine Whitaker, director
of a statewide victims' rights coalition. "Now they are being told it was never final."

Prosecutors have also pushed back. A state prosecutors' association testified against a proposal this year, saying judges
should not be asked to second-guess sentences handed down by other judges based on evidence from long-ago trials.

Early data from states with the laws suggests judges are using them sparingly. In the first year after Pruitt's state passed
its law, judges granted 38 of the 212 petitions they decided, or about 18 percent. None of the people released have been
charged with a new crime, according to the state corrections department.
`;
const slBlocks = parse(slSrc);
const slGold = gold(slBlocks);
const slNav = ['Health', 'Criminal Justice', 'Economy', 'Education', 'Environment', 'Housing', 'Immigration', 'Politics'];
const slTop = ['Newsletter', 'Donate'];
const slShare = [
  'Click to share on Facebook (Opens in new window)',
  'Click to share on X (Opens in new window)',
  'Click to share on Bluesky (Opens in new window)',
  'Click to email a link to a friend (Opens in new window)',
  'Click to print (Opens in new window)',
];
const slCaption = 'A guard tower at a state prison. At least 11 states now let judges reconsider long sentences after a set number of years.';
const slCredit = 'Carlos Medina/Stateline';
const slSubscribe = ['SUBSCRIBE', 'Get the morning’s top stories from Stateline in your inbox.', 'Sign up'];
const slContact = 'Stateline reporter Joanna Kestrel can be reached at jkestrel@stateline.example.';
const slTagline =
  'Stateline is part of States Newsroom, a nonprofit news network supported by grants and a coalition of donors as a 501c(3) public charity. ' +
  'Stateline maintains editorial independence. Contact Editor Miriam Duquesne for questions: info@stateline.example.';
const slRepub =
  'Our stories may be republished online or in print under Creative Commons license CC BY-NC-ND 4.0. We ask that you edit only for style ' +
  'or to shorten, provide proper attribution and link to our website.';
const slBio = 'Joanna Kestrel covers criminal justice and courts for Stateline. She previously reported on state government in the Mountain West.';
const slRelated = [
  'States rethink solitary confinement as lawsuits mount',
  'Prison staffing shortages push states to close units',
  'Parole boards grant fewer releases as politics shift',
];
const slModal = ['Republish this story', 'Republish our articles for free, online or in print, under a Creative Commons license.', 'Copy to Clipboard'];
const slFoot = ['About', 'Contact', 'Privacy Policy', 'Republishing Guidelines', 'Ethics Policy', 'States Newsroom'];
const slFootNote = '© Stateline, 2025';
const slHtml = `<!doctype html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${slTitle} &#8226; Stateline</title>
<meta name="description" content="${slDek}"><meta property="og:type" content="article"><meta property="og:title" content="${slTitle}">
<meta property="og:site_name" content="Stateline"><meta property="article:published_time" content="2025-10-14T09:00:00+00:00">
<meta name="author" content="Joanna Kestrel"><link rel="canonical" href="https://stateline.example/2025/10/14/more-states-let-judges-take-a-second-look/">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"${slTitle}",
"datePublished":"2025-10-14T09:00:00+00:00","author":{"name":"Joanna Kestrel"},"publisher":{"@id":"https://stateline.example/#organization"}}]}</script>
<link rel="stylesheet" id="newspack-style-css" href="https://stateline.example/wp-content/themes/newspack-joseph/style.css?ver=2.9.0" media="all">
<script id="newspack-blocks-js-extra">var newspack_blocks_data={"assets_path":"https://stateline.example/wp-content/plugins/newspack-blocks/dist/"};</script>
</head>
<body class="post-template-default single single-post postid-31847 single-format-standard wp-embed-responsive h-nsub h-db h-ll h-dh has-sidebar">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<div id="page" class="site"><header id="masthead" class="site-header hide-header-search"><div class="middle-header-contain"><div class="wrapper">
<div class="site-branding"><a href="https://stateline.example/" class="custom-logo-link" rel="home">
<img class="custom-logo" src="/logo.png" alt="Stateline"></a>
</div><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul id="menu-primary" class="main-menu">${links(slNav, 'menu-item')}</ul></nav>
<div class="nav-wrapper desktop-only"><ul class="secondary-menu">${links(slTop, 'menu-item')}</ul></div>
<button class="mobile-menu-toggle" on="tap:mobile-sidebar.toggle"><svg class="svg-icon" width="20" height="20" aria-hidden="true"></svg>Menu</button>
</div></div></header>
<aside id="mobile-sidebar-fallback" class="mobile-sidebar" hidden><button class="mobile-menu-toggle">Close</button>
<nav class="main-navigation"><ul>${links(slNav, 'menu-item')}${links(slTop, 'menu-item')}</ul></nav></aside>
<div id="content" class="site-content"><div class="content-area"><main id="main" class="site-main">
<article id="post-31847" class="post-31847 post type-post status-publish format-standard has-post-thumbnail category-criminal-justice entry">
<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="/category/criminal-justice/"
rel="category tag">Criminal Justice</a></span><h1 class="entry-title">${slTitle}</h1><div class="newspack-post-subtitle">${slDek}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="/kestrel.jpg" class="avatar avatar-80" height="80" width="80">
</span><span class="byline"><span>By</span> <span class="author vcard"><a class="url fn n" href="/author/joanna-kestrel/">Joanna Kestrel</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-10-14T09:00:00+00:00">October 14, 2025 5:00 am</time></span></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon"><div class="sd-content"><ul>${slShare
  .map(
    (t) => `<li class="share-item"><a rel="nofollow noopener noreferrer" class="share-icon sd-button no-text" href="#" target="_blank"
title="${t.slice(0, t.indexOf(' (') === -1 ? undefined : t.indexOf(' ('))}"><span></span><span class="sharing-screen-reader-text">${t}</span></a></li>`,
  )
  .join('')}</ul></div></div></div>
<div class="republication-tracker-tool-button"><button class="republication-tracker-tool-button__button">Republish</button></div></div></header>
<figure class="post-thumbnail"><img width="1200" height="800" src="https://stateline.example/wp-content/uploads/2025/10/prison-tower.jpg" alt=""
class="attachment-newspack-featured-image size-newspack-featured-image wp-post-image"><figcaption><span class="image-caption">${slCaption}</span>
<span class="image-credit"><span class="credit-label-wrapper">Photo by</span> ${slCredit}</span></figcaption></figure>
<div class="entry-content">
${render(
  slBlocks,
  {},
  {
    subscribe: `<div class="wp-block-group is-style-border newsletter-cta"><div class="wp-block-group__inner-container"><p class="has-text-align-center
newsletter-cta__title"><strong>${slSubscribe[0]}</strong></p><p class="has-text-align-center">${slSubscribe[1]}</p>
<div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/newsletter/">${slSubscribe[2]}</a></div></div></div></div>`,
  },
)}
<p><em>${slContact}</em></p>
<div class="wp-block-group tagline"><p>${slTagline}</p></div>
</div>
<footer class="entry-footer"><p class="republish-note">${slRepub}</p></footer>
<div class="author-bio"><div class="author-bio-header"><img src="/kestrel.jpg" alt="" class="avatar avatar-80"><div>
<h2 class="accent-header"><a href="/author/joanna-kestrel/">Joanna Kestrel</a></h2></div></div><div class="author-bio-text"><p>${slBio}</p>
<a class="author-link" href="/author/joanna-kestrel/">More from Author</a></div></div></article>
<div class="newspack-blocks-homepage-posts related-news"><h2 class="article-section-title">Related News</h2>${slRelated
  .map((t) => `<article class="post-has-image"><div class="entry-wrapper"><h3 class="entry-title"><a href="/2025/09/related/">${t}</a></h3></div></article>`)
  .join('\n')}</div></main></div></div>
<div id="republication-tracker-tool-modal" class="republication-tracker-tool-modal" role="dialog" aria-modal="true" hidden>
<div class="republication-tracker-tool-modal-content"><h2>${slModal[0]}</h2><p>${slModal[1]}</p><textarea readonly rows="5"></textarea>
<button class="republication-tracker-tool-copy">${slModal[2]}</button></div></div>
<footer id="colophon" class="site-footer"><div class="footer-bottom"><ul class="footer-menu">${links(slFoot)}</ul><p class="site-info">${slFootNote}</p>
</div></footer></div>
<script src="https://stateline.example/wp-content/themes/newspack-theme/js/dist/menu.js?ver=2.9.0" id="newspack-menu-js"></script></body></html>`;
export const stateline: TestPage = {
  name: 'heldout148-stateline-news',
  kind: 'news',
  html: slHtml,
  // the subtitle is body; the reporter contact line at the end of the text is a byline; the States Newsroom tagline box
  // inside the content is furniture
  title: slTitle,
  headings: slGold.headings,
  body: [slDek, ...slGold.body],
  bylines: ['By Joanna Kestrel', 'October 14, 2025 5:00 am', slContact],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...slNav, ...slTop, 'Menu', 'Close', 'Posted in', ...slShare, 'Republish', slCaption, 'Photo by', slCredit, ...slSubscribe,
    slTagline, slRepub, slBio, 'More from Author', 'Related News', ...slRelated, ...slModal, ...slFoot, slFootNote,
  ],
};
