import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 72, file f2: a sponsored post on a nonprofit local news site running WordPress with the Newspack theme and
 * Newspack Sponsors (the donate banner, site header with menus, "Donate" and "Subscribe", the "Sponsored" flag and category,
 * the headline, the "Sponsored by" byline with the sponsor logo, the date, the sponsor disclosure box at the top of the entry
 * content, the featured image caption, body paragraphs with <h2> headings and a list, Jetpack "Share this:" buttons with
 * screen-reader texts, the sponsor bio box, Jetpack "Related" posts, the newsletter block, the footer widgets and the credit).
 */
const spTitle = 'Five ways to keep your heart healthy through a cold coastal winter';
const spIntro = [
  'Winter on the estuary brings short days, raw wind off the water and, for many of us, a few extra weeks on the couch. It ' +
    'also brings a rise in heart attacks: hospitals in colder regions see noticeably more cardiac admissions between December ' +
    'and February than in the summer months.',
  'Cold weather narrows blood vessels and raises blood pressure, and sudden hard work in the cold, like shoveling heavy snow, ' +
    'can put a strain on the heart that it is not used to. The good news is that small habits make a real difference.',
];
const spSections: [string, string[]][] = [
  [
    '1. Warm up before you head out',
    [
      'Spend five minutes moving indoors before shoveling, clearing the boat or walking the dog in the cold. Layer up, cover ' +
        'your head and hands, and take breaks. If you have a heart condition, ask someone else to handle the heavy snow.',
    ],
  ],
  [
    '2. Keep moving indoors',
    [
      'Adults should aim for about 150 minutes of moderate activity a week, and that does not stop in January. Try a walking ' +
        'loop at the community center, a beginner yoga class or even brisk laps of the grocery store.',
    ],
  ],
  [
    '3. Eat for the season',
    [
      'Winter menus lean heavy and salty. Swap some of the soup mixes and cured meats for dishes built around beans, root ' +
        'vegetables and local fish, which is rich in the omega-3 fats that help protect the heart.',
    ],
  ],
  ['4. Know the warning signs', ['Heart attack symptoms are not always dramatic. Call 911 right away if you notice:']],
  [
    '5. Keep up with checkups',
    [
      'Many people put off appointments over the holidays. A winter visit is a good time to check blood pressure and cholesterol ' +
        'and to review any medicines that can be affected by cold weather or seasonal illness.',
      'Harbor Valley Health’s new heart clinic in Port Selden offers evening and Saturday appointments, and no referral is ' +
        'needed for a first visit. Call (207) 555-0190 to book.',
    ],
  ],
];
const spSigns = [
  'Pressure, squeezing or pain in the center of the chest',
  'Pain spreading to the arm, back, neck or jaw',
  'Shortness of breath, with or without chest discomfort',
  'Cold sweat, nausea or sudden lightheadedness',
];
const spSite = 'The Estuary Ledger';
const spDonate = ['Local news you can trust, from a nonprofit newsroom. Donate today and your gift will be matched.', 'Donate'];
const spNav = ['News', 'Environment', 'Education', 'Health', 'Business', 'Opinion', 'Events', 'Obituaries'];
const spTop = ['About us', 'Newsletters', 'Subscribe'];
const spDisclosure =
  'This content was paid for by Harbor Valley Health and produced by The Estuary Ledger’s partner content team. The Ledger’s ' +
  'newsroom was not involved in its creation.';
const spCaption = 'Brisk walks along the harbor path count toward your weekly activity, even in January.';
const spCredit = 'Photo courtesy of Harbor Valley Health';
const spShare = [
  'Click to share on Facebook (Opens in new window)',
  'Click to share on X (Opens in new window)',
  'Click to email a link to a friend (Opens in new window)',
  'Click to print (Opens in new window)',
];
const spShareCls = ['facebook', 'x', 'email', 'print'];
const spSponsorBio =
  'Harbor Valley Health is a community health system serving the Selden estuary with two hospitals and 14 clinics. Learn more ' + 'at harborvalleyhealth.org.';
const spRelated = [
  'Port Selden hospital opens new maternity wing',
  'Flu cases climb as clinics urge late-season shots',
  'Town weighs new sidewalk plan for Harbor Road',
];
const spRelatedDates = ['February 18, 2025', 'February 26, 2025', 'March 1, 2025'];
const spNews = ['Get the Ledger in your inbox', 'Our free newsletter brings you the estuary’s top stories every weekday morning.', 'Sign up'];
const spFoot = ['About us', 'Our staff', 'Ethics policy', 'Corrections', 'Advertise', 'Contact', 'Privacy Policy'];
const spCopy = '© 2025 The Estuary Ledger. A nonprofit newsroom serving the Selden estuary.';
const spPowered = 'Proudly powered by Newspack by Automattic';
const spSection = ([h, ps]: [string, string[]], i: number): string =>
  `<h2 class="wp-block-heading" id="h-${i + 1}">${h}</h2>\n${ps.map((p) => `<p>${p}</p>`).join('\n')}${
    i === 3 ? `\n<ul class="wp-block-list">${spSigns.map((t) => `<li>${t}</li>`).join('\n')}</ul>` : ''
  }`;
const spHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${spTitle} &#8211; ${spSite}</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="newspack-style-css" href="https://estuaryledger.org/wp-content/themes/newspack-theme/style.css?ver=2.4.1" media="all">
<link rel="stylesheet" id="newspack-sponsors-style-css" href="https://estuaryledger.org/wp-content/plugins/newspack-sponsors/dist/sponsors.css" media="all">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${spTitle}",
"datePublished":"2025-03-03T13:00:00+00:00","author":{"name":"Harbor Valley Health"},"articleSection":["Partner content"]}]}</script>
<script id="newspack-data">var newspack_sponsors = {"is_sponsored":true,"sponsor_scope":"native"};</script></head>
<body class="post-template-default single single-post postid-48211 single-format-standard wp-embed-responsive h-nsub h-db h-ll h-dh
has-sidebar single-featured-image-default sponsored-post">
<div class="newspack-popup-container newspack-lightbox newspack-above-header" role="region" aria-label="Donate banner"><div class="newspack-popup">
<p>${spDonate[0]}</p><a class="wp-block-button__link" href="https://estuaryledger.org/donate/">${spDonate[1]}</a></div></div>
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header hide-header-search"><div class="top-header-contain desktop-only"><div class="wrapper">
<nav class="secondary-menu" aria-label="Secondary Menu"><ul id="menu-secondary" class="menu">${links(spTop.slice(0, 2), 'menu-item')}</ul></nav>
<a class="button nav-subscribe" href="https://estuaryledger.org/subscribe/">${spTop[2]}</a></div></div>
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><a href="https://estuaryledger.org/" class="custom-logo-link" rel="home">
<img class="custom-logo" src="https://estuaryledger.org/wp-content/uploads/ledger-logo.png" alt="${spSite}" width="400" height="80"></a>
<p class="site-title"><a href="https://estuaryledger.org/" rel="home">${spSite}</a></p></div></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><nav id="site-navigation" class="main-navigation" aria-label="Top Menu">
<ul id="menu-primary" class="main-menu">${links(spNav, 'menu-item menu-item-type-taxonomy menu-item-object-category')}</ul></nav></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-48211" class="post-48211 post type-post status-publish format-standard has-post-thumbnail hentry category-partner-content">
<header class="entry-header"><span class="cat-links"><span class="flag">Sponsored</span><a href="https://estuaryledger.org/category/partner-content/"
rel="category tag">Partner content</a></span>
<h1 class="entry-title">${spTitle}</h1>
<div class="entry-subhead"><div class="entry-meta"><span class="byline sponsor-byline"><span class="author-prefix">Sponsored by</span> <span class="author
vcard">
<a class="url fn n" href="https://harborvalleyhealth.org" rel="noopener" target="_blank">Harbor Valley Health</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2025-03-03T08:00:00-05:00">March 3, 2025</time></span></div>
<div class="newspack-sponsors__logos"><a href="https://harborvalleyhealth.org" target="_blank"><img
src="https://estuaryledger.org/wp-content/uploads/hvh-logo.png"
alt="Harbor Valley Health" width="160" height="60"></a></div></div></header>
<figure class="post-thumbnail"><img width="1200" height="800" src="https://estuaryledger.org/wp-content/uploads/2025/03/harbor-walk.jpg" alt=""
class="attachment-newspack-featured-image wp-post-image"><figcaption><span class="image-caption">${spCaption}</span>
<span class="image-credit"><span class="credit-label-wrapper">Credit: </span>${spCredit}</span></figcaption></figure>
<div class="main-content"><div class="entry-content">
<div class="sponsor-info newspack-sponsors__disclosure"><span class="sponsor-label"><span class="flag">Paid Post</span></span><p>${spDisclosure}</p></div>
${spIntro.map((p) => `<p>${p}</p>`).join('\n')}
${spSections.map(spSection).join('\n')}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul>${spShare
  .map(
    (t, i) => `<li class="share-${spShareCls[i]}">
<a rel="nofollow noopener noreferrer" class="sd-button share-icon no-text" href="#"
target="_blank" title="${t.replace(' (Opens in new window)', '')}"><span></span><span class="sharing-screen-reader-text">${t}</span></a></li>`,
  )
  .join('\n')}<li class="share-end"></li></ul></div></div></div>
</div>
<div class="author-bio sponsor-bio"><img src="https://estuaryledger.org/wp-content/uploads/hvh-logo.png" alt="" width="80" height="80"><div
class="author-bio-text">
<div class="author-bio-header"><h2 class="accent-header">Harbor Valley Health</h2></div><p>${spSponsorBio}</p></div></div>
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>
<div class="jp-relatedposts-items jp-relatedposts-items-visual">${spRelated
  .map(
    (t, i) => `<div class="jp-relatedposts-post jp-relatedposts-post${i}"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a"
href="https://estuaryledger.org/2025/${i}/">${t}</a></h4><p class="jp-relatedposts-post-date">${spRelatedDates[i]}</p></div>`,
  )
  .join('\n')}</div></div>
</div></article>
<div class="wp-block-newspack-newsletters-subscribe newspack-newsletters-subscribe"><h2 class="wp-block-heading">${spNews[0]}</h2><p>${spNews[1]}</p>
<form><input type="email" name="npe" placeholder="Email address"></form>
<button type="submit" class="newspack-newsletters-subscribe__button">${spNews[2]}</button></div>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="footer-branding"><div class="wrapper"><p class="site-title">${spSite}</p></div></div>
<div class="footer-widgets"><nav class="footer-menu" aria-label="Footer Menu"><ul>${links(spFoot, 'menu-item')}</ul></nav></div>
<div class="site-info"><div class="wrapper site-info-contain"><span class="copyright">${spCopy}</span>
<a class="imprint" href="https://newspack.com/" target="_blank">${spPowered}</a></div></div></footer></div>
<script src="https://estuaryledger.org/wp-content/themes/newspack-theme/js/dist/amp-fallback.js?ver=2.4.1" id="newspack-amp-fallback-js"></script>
</body></html>`;
export const sponsoredPost: TestPage = {
  html: spHtml,
  name: 'heldout72-newspack-sponsored-news',
  kind: 'news',
  // the sponsored post's own text is the article: intro, numbered <h2> sections and the list of warning signs, including the
  // sponsor's clinic plug in the last section; the "Sponsored" flag, "Partner content" category, the "Paid Post" disclosure box
  // opening the entry content, the caption and credit, share buttons, sponsor bio, related posts, newsletter block, donate
  // banner and footer are furniture; "Sponsored by Harbor Valley Health" and the date are bylines
  title: spTitle,
  headings: spSections.map(([h]) => h),
  body: texts([...spIntro, ...spSections.slice(0, 4).flatMap(([, p]) => p), ...spSigns, ...spSections[4]![1]]),
  bylines: ['Sponsored by Harbor Valley Health', 'Harbor Valley Health', 'March 3, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...spDonate, 'Skip to content', ...spTop, spSite, ...spNav, 'Sponsored', 'Partner content', spCaption, `Credit: ${spCredit}`, 'Paid Post',
    spDisclosure, 'Share this:', ...spShare, spSponsorBio, 'Related', ...spRelated, ...spRelatedDates, ...spNews, ...spFoot.slice(1), spCopy, spPowered,
  ],
};
