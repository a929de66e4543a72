import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout700-kit.js';

/**
 * Held-out batch 700, file b: a hyperlocal nonprofit newsroom's library story on Newspack (WordPress, Newspack theme: category
 * link, subtitle, avatar byline, Jetpack share bar, a homepage-articles "More from the Beacon" block and a newsletter
 * sign-up block inside the content, a pull quote, a donation prompt, "Republish this story", author bio), and a borough
 * councillor's post on Substack (subtitle, post meta with like and comment counts, a subscribe widget and a share button
 * inside the body, an image caption, a footnote, comments).
 */
const nTitle = 'Halsey Street library branch reopens Saturday after 18-month renovation';
const nDek = 'New meeting rooms, a makerspace and longer Sunday hours come with the $4.2 million rebuild of the city’s oldest branch';
const nP = [
  j(
    'After 18 months behind plywood and scaffolding, the Halsey Street branch of the Wrenfield Public Library will reopen to',
    'the public at 10 a.m. Saturday, with a ribbon cutting, a brass band from Halsey Hill Middle School and free ice cream on',
    'the front steps.',
  ),
  j(
    'The branch, built in 1912 with money from a local textile family, closed in September 2025 for what was supposed to be a',
    '12-month renovation. Crews found the original roof trusses had rotted in places, and the discovery added six months and',
    'about $600,000 to the project, according to the library’s facilities director, Owen Bright.',
  ),
  j(
    '“I would rather open late than open a building we’d have to close again in five years,” said branch manager Tova Linden,',
    'who has run the Halsey Street library since 2019.',
  ),
  j('The $4.2 million rebuild was paid for by a city bond approved in 2023 and a $900,000 state historic preservation grant.', 'Visitors will find:'),
];
const nList = [
  'An elevator and a new accessible entrance on Corbin Avenue, replacing the wheelchair lift that broke down regularly',
  'Two meeting rooms that community groups can reserve for free, with seating for 12 and 40 people',
  'A makerspace with two 3D printers, a sewing machine and a button press',
  'A restored reading room with the original 1912 skylight, which had been covered over since the 1970s',
];
const nQ = [
  j('Opening hours are also expanding. The branch will now be open 1 p.m. to 5 p.m. on Sundays, which it has not been since', 'budget cuts in 2010.'),
  j(
    'During the closure, Halsey Hill residents had to travel about two miles to the Central Library or use a bookmobile that',
    'stopped in the Corbin Avenue church lot on Tuesday afternoons. Circulation from the bookmobile was about a fifth of the',
    'branch’s usual level, according to library data.',
  ),
  j(
    'Marguerite Osei, who has lived on Pell Street for 41 years, said she had been counting down the days. “It’s the only',
    'place on this hill where you can sit inside for free, and nobody asks you to buy anything,” she said.',
  ),
  j(
    'Library cards, holds and fines carry over from the Central Library. Books borrowed elsewhere in the system can be',
    'returned to Halsey Street starting Saturday.',
  ),
];
const nHeads = ['What’s new inside', 'Neighbors waited'];
const nPull = '“It’s the only place on this hill where you can sit inside for free, and nobody asks you to buy anything.”';
const nMore = [
  ['Corbin Avenue bike lanes get a second look from the city', 'Traffic engineers will count riders for two weeks in April.'],
  ['Meet the volunteers who run the Halsey Hill tool library', 'Ladders, drills and a wood chipper, lent for free since 2021.'],
];
const nTop = ['About', 'Newsletters', 'Events', 'Donate'];
const nNav = ['Community', 'City Hall', 'Schools', 'Housing', 'Food', 'Arts'];
const nShare = ['Facebook', 'X', 'Email', 'Print'];
const nFoot = ['About the Beacon', 'Our Team', 'Ethics Policy', 'Corrections', 'Contact', 'Privacy Policy'];
const nHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11"><title>${nTitle} – The Halsey Hill Beacon</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1">
<meta name="description" content="${nDek}"><link rel="canonical" href="https://halseyhillbeacon.org/2027/03/12/halsey-street-library-reopens/">
<meta property="og:locale" content="en_US"><meta property="og:type" content="article"><meta property="og:site_name" content="The Halsey Hill Beacon">
<meta property="article:published_time" content="2027-03-12T14:00:00+00:00"><meta name="author" content="Ada Okoye">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
"headline":"${nTitle}","author":{"name":"Ada Okoye"},"datePublished":"2027-03-12T14:00:00+00:00"}]}</script>
<link rel="stylesheet" id="newspack-style-css" href="https://halseyhillbeacon.org/wp-content/themes/newspack-theme/style.css?ver=2.3.1" media="all">
<link rel="stylesheet" id="newspack-blocks-block-styles-stylesheet-css"
href="https://halseyhillbeacon.org/wp-content/plugins/newspack-blocks/dist/block_styles.css?ver=3.1.0" media="all">
<script id="newspack-popups-view-js-extra">var newspack_popups_view = {"segments":[],"donor_landing_page":null};</script>
<style id="newspack-theme-colors">:root{--newspack-theme-color-primary:#1b4965;}</style></head>
<body class="post-template-default single single-post postid-8812 single-format-standard wp-custom-logo wp-embed-responsive singular
has-sidebar h-nsub h-db h-ll h-dh single-featured-image-default newspack-single-column-template">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header hide-header-search"><div class="top-header-contain desktop-only"><div class="wrapper">
<div id="secondary-nav-contain"><nav class="secondary-menu" aria-label="Secondary Menu"><ul id="menu-top" class="secondary-menu">${links(nTop, 'menu-item')}
</ul></nav></div></div></div>
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="https://halseyhillbeacon.org/" class="custom-logo-link"
rel="home"><img width="400" height="80" src="https://halseyhillbeacon.org/wp-content/uploads/2024/01/beacon-logo.png" class="custom-logo"
alt="The Halsey Hill Beacon"></a><p class="site-title"><a href="https://halseyhillbeacon.org/" rel="home">The Halsey Hill Beacon</a></p>
<p class="site-description">Nonprofit news for Halsey Hill and the Upper Wrenfield wards</p></div>
<div class="nav-wrapper desktop-only"><div id="site-navigation"><nav class="main-navigation nav1" aria-label="Top Menu"><ul id="menu-primary"
class="main-menu">${links(nNav, 'menu-item menu-item-type-taxonomy')}</ul></nav></div></div>
<a class="button donate-button" href="/donate/"><span class="donate-button-text">Donate</span></a></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area">
<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="https://halseyhillbeacon.org/category/community/"
rel="category tag">Community</a></span>
<h1 class="entry-title">${nTitle}</h1><div class="newspack-post-subtitle">${nDek}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/ab12?s=80&amp;d=mm"
class="avatar avatar-80 photo" height="80" width="80"></span><span class="byline"><span>by</span> <span class="author vcard"><a class="url fn n"
href="https://halseyhillbeacon.org/author/adaokoye/">Ada Okoye</a></span></span><span class="posted-on"><time class="entry-date published"
datetime="2027-03-12T14:00:00+00:00">March 12, 2027</time><time class="updated" datetime="2027-03-13T09:20:00+00:00">March 13, 2027</time></span></div>
<div id="jp-post-flair" class="sharedaddy sd-sharing-enabled"><div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social
sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul>${nShare
  .map(
    (t) => `<li class="share-${t.toLowerCase()}"><a rel="nofollow noopener noreferrer" class="share-${t.toLowerCase()} sd-button share-icon"
href="?share=${t.toLowerCase()}" target="_blank" title="Click to share on ${t}"><span>${t}</span><span class="sharing-screen-reader-text">(Opens in new
window)</span>
</a></li>`,
  )
  .join('')}<li class="share-end"></li></ul></div></div></div></div></div>
<figure class="post-thumbnail"><img width="1200" height="800" src="https://halseyhillbeacon.org/wp-content/uploads/2027/03/halsey-branch.jpg"
class="attachment-newspack-featured-image size-newspack-featured-image wp-post-image" alt="A brick library building with new glass doors">
<figcaption><span class="image-caption">The Halsey Street branch on Wednesday, three days before reopening.</span> <span class="image-credit"><span
class="credit-label-wrapper">Credit:</span> Jun Park / The Halsey Hill Beacon</span></figcaption></figure></header>
<main id="main" class="site-main"><article id="post-8812" class="post-8812 post type-post status-publish format-standard has-post-thumbnail
category-community tag-libraries tag-halsey-street entry"><div class="entry-content">
${ps(nP.slice(0, 3))}
<div class="wp-block-newspack-blocks-homepage-articles wpnbha show-image image-alignleft ts-3 is-style-default"><div data-posts
data-current-post-id="8812"><h2 class="article-section-title"><span>More from the Beacon</span></h2>${nMore
  .map(
    ([h, e]) => `<article class="tag-community post-has-image"><figure class="post-thumbnail"><a href="/2027/03/more/"
rel="bookmark"><img src="https://halseyhillbeacon.org/wp-content/uploads/2027/03/thumb.jpg" alt=""></a></figure><div class="entry-wrapper">
<h3 class="entry-title"><a href="/2027/03/story/" rel="bookmark">${h}</a></h3><div class="excerpt"><p>${e}</p></div></div></article>`,
  )
  .join('\n')}</div></div>
<h2 class="wp-block-heading">${at(nHeads, 0)}</h2>
${ps([at(nP, 3)])}
<ul class="wp-block-list">${lis(nList)}</ul>
${ps([at(nQ, 0)])}
<figure class="wp-block-pullquote"><blockquote><p>${nPull}</p><cite>Marguerite Osei, Pell Street resident</cite></blockquote></figure>
<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe" data-success-message="Thank you for signing up!">
<h3 class="wp-block-heading">Get the Beacon in your inbox</h3><p>Our free newsletter comes out every Tuesday and Friday morning.</p>
<form id="newspack-newsletters-subscribe-1"><div class="newspack-newsletters-email-input"><label class="screen-reader-text"
for="newspack-newsletters-subscribe-field-1">Email address</label><input type="email" name="npe" autocomplete="email" placeholder="Email address"
id="newspack-newsletters-subscribe-field-1"></div><input type="submit" value="Sign up"></form></div>
<h2 class="wp-block-heading">${at(nHeads, 1)}</h2>
${ps(nQ.slice(1))}
<div class="newspack-popup-container newspack-popup newspack-inline-popup" role="region" aria-label="Support the Beacon">
<div class="wp-block-group has-background"><h3 class="wp-block-heading">Support the Beacon</h3><p>The Beacon is a nonprofit newsroom. Your donation keeps
local news free for everyone in Halsey Hill.</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link"
href="/donate/">Donate today</a></div></div></div></div>
</div>
<footer class="entry-footer"><span class="tags-links"><span>Tagged:</span> <a href="/tag/libraries/" rel="tag">libraries</a>, <a href="/tag/halsey-street/"
rel="tag">Halsey Street</a>, <a href="/tag/wrenfield-public-library/" rel="tag">Wrenfield Public Library</a></span></footer>
<div class="republication-tracker-tool-button-container"><button class="republication-tracker-tool-button" type="button">Republish this story</button>
<p class="republication-tracker-tool-license">This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.</p></div>
<div class="author-bio"><img alt="" src="https://secure.gravatar.com/avatar/ab12?s=80&amp;d=mm" class="avatar avatar-80 photo" height="80" width="80">
<div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Ada Okoye</h2><div class="author-meta"><a class="author-email"
href="mailto:ada@halseyhillbeacon.org">ada@halseyhillbeacon.org</a></div></div>
<p>Ada Okoye covers libraries, schools and city services for the Beacon. <a class="author-link" href="/author/adaokoye/">More by Ada Okoye</a></p></div></div>
</article></main></div></div>
<footer id="colophon" class="site-footer"><div class="footer-branding"><div class="wrapper"><a href="https://halseyhillbeacon.org/" class="custom-logo-link"
rel="home"><img src="https://halseyhillbeacon.org/wp-content/uploads/2024/01/beacon-logo-white.png" class="custom-logo" alt="The Halsey Hill
Beacon"></a></div></div>
<div class="footer-widgets"><div class="wrapper"><section class="widget widget_text"><h2 class="widget-title">About us</h2><div class="textwidget">
<p>The Halsey Hill Beacon is an independent, nonprofit newsroom covering the Halsey Hill and Upper Wrenfield neighborhoods.</p></div></section>
<nav class="footer-menu" aria-label="Footer Menu"><ul>${links(nFoot)}</ul></nav></div></div>
<div class="site-info"><div class="wrapper site-info-contain"><span class="copyright">© 2027 The Halsey Hill Beacon.</span>
<a class="imprint" href="https://newspack.com/">Proudly powered by Newspack by Automattic</a></div></div></footer></div>
<script src="https://halseyhillbeacon.org/wp-content/themes/newspack-theme/js/dist/menu.js?ver=2.3.1" id="newspack-menu-js"></script>
<script src="https://halseyhillbeacon.org/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.2" id="sharing-js-js"></script></body></html>`;
const newspack: TestPage = gold({
  name: 'heldout700-newspack-library-reopens',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([nDek, ...nP, ...nList, ...nQ]),
  bylines: ['by Ada Okoye', 'March 12, 2027', 'March 13, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nTop, 'The Halsey Hill Beacon', 'Nonprofit news for Halsey Hill and the Upper Wrenfield wards', ...nNav, 'Posted in',
    'Share this:', ...nShare, '(Opens in new window)', 'The Halsey Street branch on Wednesday, three days before reopening.', 'Credit:',
    'Jun Park / The Halsey Hill Beacon', 'More from the Beacon', ...nMore.flat(), nPull, 'Marguerite Osei, Pell Street resident',
    'Get the Beacon in your inbox', 'Our free newsletter comes out every Tuesday and Friday morning.', 'Email address',
    'Support the Beacon', 'The Beacon is a nonprofit newsroom. Your donation keeps local news free for everyone in Halsey Hill.', 'Donate today',
    'Tagged:', 'libraries', 'Halsey Street', 'Wrenfield Public Library', 'Republish this story',
    'This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.', 'Ada Okoye', 'ada@halseyhillbeacon.org',
    'Ada Okoye covers libraries, schools and city services for the Beacon.', 'More by Ada Okoye', 'About us',
    'The Halsey Hill Beacon is an independent, nonprofit newsroom covering the Halsey Hill and Upper Wrenfield neighborhoods.', ...nFoot,
    '© 2027 The Halsey Hill Beacon.', 'Proudly powered by Newspack by Automattic',
  ],
});

const sTitle = 'Why I voted against selling the Fenwick Road car park';
const sDek = 'The offer was a good one. The process that got us to a vote was not.';
const sP = [
  j(
    'On Thursday night the council’s cabinet recommended selling the Fenwick Road car park to Kestrel Homes for £2.35 million,',
    'and full council backed it by 31 votes to 14. I was one of the 14. A few of you have asked me why, and some of you are',
    'cross with me, so here is my reasoning in full.',
  ),
  j(
    'The car park has 184 spaces and sits between Fenwick Road and the back of the Eastgate shops. Kestrel Homes wants to build',
    '96 flats on the site, 29 of them affordable, with 40 parking spaces for residents and none for the public.',
  ),
  j(
    'The council will use the money to help close a £3.8 million gap in next year’s budget. The car park made £212,000 last',
    'year.<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-1" href="#footnote-1" target="_self">1</a>',
    'Officers expect about a third of that income to move to the multi-storey on Station Street.',
  ),
  j(
    'I am not against homes on that site. We need them, and a car park is not the best use of land five minutes’ walk from',
    'the station. My objections are about how we got here:',
  ),
];
const sList = [
  j('<strong>Traders were not asked.</strong> The Eastgate Traders’ Association found out about the sale from a planning', 'notice, not from us.'),
  j(
    '<strong>There was no test of the market.</strong> The site was never advertised, so we do not know whether £2.35 million',
    'is the best price we could have had.',
  ),
  j(
    '<strong>The affordable homes number is a promise, not a condition.</strong> It will be settled at the planning stage,',
    'where developers routinely argue it down.',
  ),
];
const sR = [
  j(
    'I asked for the decision to be deferred by three months so that we could speak to traders and get a second valuation.',
    'That amendment fell by 30 votes to 15.',
  ),
  j(
    'The sale still needs planning permission for the flats, and that will come before the planning committee, probably in',
    'the autumn. Anyone can comment on a planning application, and I would encourage traders and residents to do so when it',
    'is published.',
  ),
  j(
    'I will be holding a ward surgery about the car park at the Eastgate Community Centre on Saturday 27 March, 10am to 12',
    'noon. Come and tell me I got it wrong, if you think I did.',
  ),
  'As always, you can reach me at cllr.prowse@thorncastle.gov.uk or on 01632 960418.',
];
const sHeads = ['What was decided', 'Why I voted no', 'What happens next'];
const sH2 = (t: string): string => `<h2 class="header-anchor-post">${t}<div class="pencraft pc-display-flex pc-alignItems-center pc-position-absolute
pc-reset header-anchor-parent"><div class="pencraft pc-display-contents pc-reset pubTheme-yiXxQA"><div id="§${t.toLowerCase().replace(/ /g, '-')}"
class="pencraft pc-reset header-anchor offset-top"><svg></svg></div></div></div></h2>`;
const sCta = 'Thanks for reading The Eastgate Letter! Subscribe for free to receive new posts and support my work.';
const sFoot = 'Figure from the cabinet report, appendix C. It is net of business rates and maintenance.';
const sComments = [
  ['Pete Harwood', 'Mar 16', 'Thanks for explaining this. As a trader on Eastgate I can confirm nobody spoke to us until the notice went up.', '6'],
  ['Gwen Tallis', 'Mar 16', 'I think you’re wrong on this one, we need the flats and the money. But I appreciate you setting it all out.', '3'],
];
const sUfi = (likes: string, comments: string): string => `<div class="post-ufi style-compressed themed"><div class="like-button-container post-ufi-button">
<a role="button" class="post-ufi-button style-compressed has-label with-border"><svg></svg><div class="label">${likes}</div></a></div>
<a role="button" href="https://eastgateletter.substack.com/p/why-i-voted-against-selling/comments" class="post-ufi-button style-compressed
post-ufi-comment-button
has-label with-border"><svg></svg><div class="label">${comments}</div></a><a role="button" class="post-ufi-button style-compressed has-label with-border">
<svg></svg><div class="label">Share</div></a></div>`;
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0,
viewport-fit=cover">
<title>Why I voted against selling the Fenwick Road car park - by Nadia Prowse</title><meta name="author" content="Nadia Prowse">
<meta property="og:url" content="https://eastgateletter.substack.com/p/why-i-voted-against-selling"><meta property="og:type" content="article">
<meta property="og:title" content="${sTitle}"><meta property="og:description" content="${sDek}"><meta name="twitter:card" content="summary_large_image">
<link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/theme/main.a3f2c1.css">
<link rel="stylesheet" type="text/css" href="https://substackcdn.com/bundle/theme/color_links.d41d8c.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"url":"https://eastgateletter.substack.com/p/why-i-voted-against-selling",
"headline":"${sTitle}","description":"${sDek}","datePublished":"2027-03-15T18:02:11+00:00","isAccessibleForFree":true,
"author":[{"@type":"Person","name":"Nadia Prowse","url":"https://substack.com/@nadiaprowse"}],
"publisher":{"@type":"Organization","name":"The Eastgate Letter"}}</script>
<script>window._preloads =
JSON.parse("{\\"isEU\\":false,\\"language\\":\\"en\\",\\"pub\\":{\\"name\\":\\"The Eastgate Letter\\",\\"subdomain\\":\\"eastgateletter\\"}}")</script>
</head><body class="pc-root"><div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu-content"><div class="topbar-content"><div class="navbar-left"><a href="/" class="home-link"><img class="pub-logo"
src="https://substackcdn.com/image/fetch/w_80,h_80,c_fill/eastgate.png" alt=""></a></div><div class="navbar-title"><h1 class="navbar-title-link
line-height-20"><a href="/">The Eastgate Letter</a></h1></div><div class="navbar-buttons"><button tabindex="0" type="button" class="button primary
subscribe-btn">Subscribe</button><a tabindex="0" class="button sign-in-link" href="https://substack.com/sign-in?redirect=%2Fp%2Fwhy-i-voted">Sign in</a></div>
</div></div>
<div class="container"><div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post">
<div class="post-header"><h1 dir="auto" class="post-title published title-X77sOw">${sTitle}</h1><h3 dir="auto" class="subtitle">${sDek}</h3>
<div class="pencraft pc-display-flex pc-flexDirection-column pc-gap-16 pc-reset"><div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset
byline-wrapper"><div class="pencraft pc-display-flex pc-reset"><div class="pencraft pc-reset"><div class="profile-hover-card-target"><a
href="https://substack.com/@nadiaprowse" class="pencraft pc-reset decoration-hover-underline-ClDVps">Nadia Prowse</a></div></div></div>
<div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-meta-MWBumP size-11-NuY2Zx weight-medium-fw81nC
transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA">Mar 15, 2027</div></div>
${sUfi('37', '12')}</div></div>
<div class="available-content"><div dir="auto" class="body markup">
${ps([at(sP, 0)])}
<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank"
href="https://substackcdn.com/image/fetch/carpark.jpeg">
<div class="image2-inset"><picture><source type="image/webp" srcset="https://substackcdn.com/image/fetch/w_424,c_limit,f_webp/carpark.jpeg 424w">
<img src="https://substackcdn.com/image/fetch/w_1456,c_limit/carpark.jpeg" width="1456" height="971" alt="" loading="lazy"></picture>
<div class="image-link-expand"><svg></svg></div></div></a><figcaption class="image-caption">The Fenwick Road car park on a Saturday morning. Busy, but not
full.</figcaption></figure></div>
${sH2(at(sHeads, 0))}
${ps(sP.slice(1, 3))}
<div class="subscription-widget-wrap-editor"
data-attrs="{&quot;url&quot;:&quot;https://eastgateletter.substack.com/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;}"
data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">${sCta}</p></div>
<form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1">
<input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div>
</div></form></div></div>
${sH2(at(sHeads, 1))}
${ps([at(sP, 3)])}
<ol>${lis(sList.map((t) => `<p>${t}</p>`))}</ol>
${ps([at(sR, 0)])}
<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://eastgateletter.substack.com/p/why-i-voted-against-selling?action=share&quot;}"
data-component-name="ButtonCreateButton"><a class="button primary"
href="https://eastgateletter.substack.com/p/why-i-voted-against-selling?utm_source=substack&amp;utm_content=share&amp;action=share">
<span>Share</span></a></p>
${sH2(at(sHeads, 2))}
${ps(sR.slice(1))}
<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" contenteditable="false"
target="_self">1</a><div class="footnote-content"><p>${sFoot}</p></div></div>
</div></div>
<div class="visibility-check"></div><div class="post-footer use-separators">${sUfi('37', '12')}</div></article></div></div>
<div class="single-post-section"><div class="container"><div class="subscribe-footer"><p>Ready for more?</p><form class="form"><input type="email"
name="email" placeholder="Type your email…"><button class="button primary" type="submit">Subscribe</button></form></div></div></div>
<div id="discussion" class="comments-section"><div class="container"><div class="comments-page"><h4 class="comments-heading">Discussion about this post</h4>
<div class="comments-tabs"><a class="comments-tab active">Comments</a><a class="comments-tab">Restacks</a></div><div class="comment-list">${sComments
  .map(
    ([name, date, text, likes]) => `<div class="comment"><div class="comment-content"><div class="comment-meta"><span class="commenter-name"><a
href="https://substack.com/@${name?.toLowerCase().replace(/ /g, '')}">${name}</a></span><span class="comment-date"><a href="#">${date}</a></span></div>
<div class="comment-body"><p>${text}</p></div><div class="comment-actions"><a role="button" class="like-button"><svg></svg><span
class="count">${likes}</span></a>
<a role="button" class="reply-button">Reply</a><a role="button" class="share-button">Share</a></div></div></div>`,
  )
  .join('\n')}</div></div></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="container"><div class="footer-terms"><span class="copyright">© 2027 Nadia Prowse</span>
<a href="https://substack.com/privacy" target="_blank">Privacy</a> ∙ <a href="https://substack.com/tos" target="_blank">Terms</a> ∙
<a href="https://substack.com/ccpa#personal-data-collected" target="_blank">Collection notice</a></div>
<div class="footer-buttons"><a href="https://substack.com/signup?utm_source=substack&amp;utm_medium=web&amp;utm_content=footer" class="button">Start writing</a>
<a href="https://substack.com/app/app-store-redirect?utm_campaign=app-marketing" class="button">Get the app</a></div>
<div class="footer-substack-cta"><a href="https://substack.com">Substack</a> is the home for great culture</div></div></div></div></div>
<script src="https://substackcdn.com/bundle/static/js/main.f2c1e0.js" charset="utf-8"></script></body></html>`;
const substack: TestPage = gold({
  name: 'heldout700-substack-car-park-vote',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: sHeads,
  body: texts([sDek, ...sP, ...sList, ...sR]),
  bylines: ['Nadia Prowse', 'Mar 15, 2027', ...sComments.flatMap(([n, d]) => [n ?? '', d ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Eastgate Letter', 'Subscribe', 'Sign in', '37', '12', 'Share', 'The Fenwick Road car park on a Saturday morning. Busy, but not full.', sCta,
    '1', sFoot, 'Ready for more?', 'Discussion about this post', 'Comments', 'Restacks', ...sComments.flatMap(([, , t, l]) => [t ?? '', l ?? '']),
    'Reply', '© 2027 Nadia Prowse', 'Privacy', 'Terms', 'Collection notice', 'Start writing', 'Get the app', 'Substack is the home for great culture',
  ],
});

export const HELDOUT700_B: readonly TestPage[] = [newspack, substack];
