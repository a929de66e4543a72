import { links, ps, type TestPage } from './page-kit.js';
import { j, page, rowText, trs } from './pages-heldout694-kit.js';

/**
 * Held-out batch 694, file f: an owners' club wiki article on motorhome service points on MediaWiki (Vector 2022, table of
 * contents, edit links, categories), and a touring park warden's season review on Ghost (Casper theme, members signup).
 */
const wTitle = 'Motorhome service point';
const wLead = j(
  'A motorhome service point is a place where a motorhome or campervan can empty its grey water and toilet cassette and take',
  'on fresh water. Most touring parks have one, and many towns in France, Germany and Italy have public service points at aires.',
);
const wSecs: [string, string[]][] = [
  [
    'Types',
    [
      j(
        'The simplest is a drive-over drain: a grated channel set in the ground that the van parks over so its grey tank outlet can',
        'be opened directly. A cassette point is a separate sink or hopper with a rinse tap, usually inside a small building.',
      ),
      j(
        'Automated bollards, common on continental aires, combine a fresh water tap, a grey drain and sometimes an electric socket,',
        'and are paid for with tokens, coins or a card.',
      ),
    ],
  ],
  [
    'Etiquette',
    [
      'Never use the fresh water tap or hose to rinse a toilet cassette. Use the separate rinse tap, which is usually marked.',
      'Do not leave your van parked on the service point once you have finished, as others may be queuing.',
    ],
  ],
];
const wRows = [
  ['Drive-over drain', 'Grey water', 'Touring parks, some aires'],
  ['Cassette point', 'Toilet waste', 'Touring parks, motorway services in France'],
  ['Borne (bollard)', 'Fresh, grey and toilet', 'Continental aires'],
];
const wTableH = 'Comparison';
const wToc = ['1 Types', '2 Etiquette', '3 Comparison', '4 See also'];
const wSee = ['Aire de service', 'Grey water', 'Toilet cassette'];
const wCats = ['Categories:', 'Facilities', 'Motorhome basics'];
const wHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled vector-toc-available" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${wTitle} - MotorWiki</title>
<script>(function(){var className="client-js vector-toc-available";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Motorhome_service_point",
"wgTitle":"${wTitle}","wgNamespaceNumber":0,"wgAction":"view"};RLSTATE={"skins.vector.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://wiki.motorclubuk.org/wiki/Motorhome_service_point"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject
page-Motorhome_service_point rootpage-Motorhome_service_point
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container">
<header class="vector-header mw-header">
<div class="vector-header-start"><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">MotorWiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search MotorWiki" aria-label="Search MotorWiki" id="searchInput"><button class="cdx-button">Search</button>
</form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul>${links(['Create account', 'Log in'], 'mw-list-item')}</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><nav id="mw-panel" class="vector-main-menu-landmark"
aria-label="Site"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">
${links(['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'], 'mw-list-item')}</ul></div></div></nav></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link">
<div class="vector-toc-text">(Top)
</div></a></li>${wToc
  .map(
    (t) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#s">
<div class="vector-toc-text">${t}</div></a></li>`,
  )
  .join('\n')}
</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${wTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces">
<ul>${links(['Page', 'Discussion', 'Read', 'Edit', 'View history'], 'vector-tab-noicon mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From MotorWiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<figure class="mw-default-size" typeof="mw:File/Thumb"><a href="/wiki/File:Service_point.jpg" class="mw-file-description">
<img src="/images/thumb/service_point.jpg/220px.jpg"
width="220" height="165" class="mw-file-element"></a><figcaption>A drive-over drain at a touring park in Dorset</figcaption></figure>
<p>${wLead}</p>
${wSecs
  .map(
    ([h, p]) => `<div class="mw-heading mw-heading2"><h2 id="${h}">${h}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Motorhome_service_point&amp;action=edit&amp;section=1" title="Edit section: ${h}">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>
${ps(p)}`,
  )
  .join('\n')}
<div class="mw-heading mw-heading2"><h2 id="${wTableH}">${wTableH}</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="#">edit</a>
<span class="mw-editsection-bracket">]</span></span></div>
<table class="wikitable"><tbody><tr><th>Type</th><th>Handles</th><th>Where found</th></tr>
${trs(wRows)}</tbody></table>
<div class="mw-heading mw-heading2"><h2 id="See_also">See also</h2></div><ul>${links(wSee)}</ul>
<!-- NewPP limit report Parsed by mw1 Cached time: 20250211093012 --></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories">${wCats[0]}</a>
<ul>${links(wCats.slice(1))}</ul></div></div></div></main></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 11 February 2025, at 09:30.</li>
<li id="footer-info-copyright">Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.</li></ul>
<ul id="footer-places">${links(['Privacy policy', 'About MotorWiki', 'Disclaimers'])}</ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const wiki: TestPage = page({
  name: 'heldout694-mediawiki-service-point',
  kind: 'wiki',
  html: wHtml,
  title: wTitle,
  headings: [...wSecs.map(([h]) => h), wTableH, 'See also'],
  body: [wLead, ...wSecs.flatMap(([, p]) => p), ...rowText(wRows), ...wSee],
  bylines: ['This page was last edited on 11 February 2025, at 09:30.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'MotorWiki', 'Search', 'Create account', 'Log in', 'Navigation', 'Main page', 'Recent changes', 'Random page', 'Help about MediaWiki',
    'Contents', '(Top)', ...wToc, 'Page', 'Discussion', 'Read', 'Edit', 'View history', 'From MotorWiki', 'A drive-over drain at a touring park in Dorset',
    'edit', ...wCats, 'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', 'Privacy policy',
    'About MotorWiki', 'Disclaimers',
  ],
});

const gTitle = 'Our first season with the new hook-ups';
const gDek = 'Six months after rewiring the whole park, what worked, what tripped, and what we are changing for next year.';
const gBody = [
  j(
    'Last winter we dug up every field at Curlew Moss and replaced the old 10A hook-ups with new 16A bollards, four pitches to a',
    'post. It was the biggest job we have taken on since we bought the park, and more than a few of you asked how it went.',
  ),
  j(
    'The short answer is that it worked. We had two trips all season, both on the same bollard during the August heatwave,',
    'when a van in the corner was running an air conditioner, a kettle and an electric heater at the same time. An electrician',
    'found nothing wrong, and we have since added a sticker on each bollard showing what 16A will and will not run.',
  ),
  'What guests told us',
  j(
    'The most common comment in the feedback book was about cable length. The new posts are further apart than the old ones, and',
    'a couple of the end pitches need more than the usual 25 metres. We now keep four 10-metre extension leads at reception to lend.',
  ),
  '"Finally I can run the heater and the kettle without plunging the awning into darkness." - a note in the feedback book',
  'Next year',
  j(
    'We will add metering to the ten seasonal pitches so that long-stay guests pay for what they use rather than a flat rate,',
    'and the last two grass pitches by the beck will get their own post. See you in March.',
  ),
];
const gNav = ['Home', 'Book a pitch', 'Park diary', 'About'];
const gMore = ['Why we planted 400 hawthorns along the top hedge', 'Opening dates for 2025', 'A winter on the moss'];
const gHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${gTitle}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=5e1b2a7c91"><meta name="description" content="${gDek}">
<link rel="canonical" href="https://diary.curlewmoss.co.uk/our-first-season-with-the-new-hook-ups/"><meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Curlew Moss Park Diary"><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<meta property="article:published_time" content="2024-10-21T16:02:11.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Curlew Moss Park Diary"},
"author":{"@type":"Person","name":"Ruth Farrant"},"headline":"${gTitle}","datePublished":"2024-10-21T16:02:11.000Z"}</script>
<meta name="generator" content="Ghost 5.82"><script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-i18n="false"
data-ghost="https://diary.curlewmoss.co.uk/" data-key="3f1e0c0d6a2b" data-api="https://diary.curlewmoss.co.uk/ghost/api/content/" crossorigin="anonymous">
</script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content{display:flex;flex-direction:column}</style></head>
<body class="post-template tag-park-news has-serif-title is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="https://diary.curlewmoss.co.uk">Curlew
Moss Park Diary</a><button class="gh-search gh-icon-btn" aria-label="Search this site" data-ghost-search></button><button class="gh-burger"></button></div>
<nav class="gh-head-menu"><ul class="nav">${links(gNav, 'nav-item')}</ul></nav><div class="gh-head-actions"><div class="gh-head-members">
<a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a>
<a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a>
</div></div></div></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-park-news">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/park-news/">Park news</a>
</span></div>
<h1 class="article-title">${gTitle}</h1><p class="article-excerpt">${gDek}</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item">
<a href="/author/ruth/" class="author-avatar">
<img class="author-profile-image" src="/content/images/size/w100/2023/03/ruth.jpg" alt="Ruth Farrant"></a></li></ul><div class="article-byline-meta">
<h4 class="author-name"><a href="/author/ruth/">Ruth Farrant</a></h4><div class="byline-meta-content">
<time class="byline-meta-date" datetime="2024-10-21">Oct 21, 2024</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> 2 min read</span></div></div></section></div>
<figure class="article-image"><img src="/content/images/size/w2000/2024/10/bollards.jpg" alt="${gTitle}"><figcaption>
<span style="white-space: pre-wrap;">New bollards
in the top field, March 2024</span></figcaption></figure></header>
<section class="gh-content gh-canvas">${ps(gBody.slice(0, 2))}
<h2 id="what-guests-told-us">${gBody[2]}</h2><p>${gBody[3]}</p><blockquote>${gBody[4]}</blockquote>
<h2 id="next-year">${gBody[5]}</h2><p>${gBody[6]}</p></section></article></main>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Sign up for more like this.</h2><a class="footer-cta-button" href="#/portal"
data-portal><div class="footer-cta-input">Enter your email</div><span>Subscribe</span></a></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner">${gMore
  .map(
    (t) => `<article class="post-card post"><a class="post-card-image-link" href="/x/">
</a><div class="post-card-content"><a class="post-card-content-link" href="/x/"><header class="post-card-header"><h2 class="post-card-title">${t}</h2>
</header></a></div></article>`,
  )
  .join('\n')}
</div></aside></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright">
<a href="https://diary.curlewmoss.co.uk">Curlew Moss Park Diary</a> &copy; 2025</section>
<nav class="site-footer-nav"><ul class="nav">${links(['Sign up', 'Contact'], 'nav-item')}</ul></nav><div class="gh-powered-by">
<a href="https://ghost.org/" target="_blank"
rel="noopener">Powered by Ghost</a></div></div></footer></div>
<script src="/assets/built/casper.js?v=5e1b2a7c91"></script></body></html>`;
const ghost: TestPage = page({
  name: 'heldout694-ghost-hookup-season',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [gBody[2] ?? '', gBody[5] ?? ''],
  body: [gDek, ...gBody.filter((_, i) => i !== 2 && i !== 5)],
  bylines: ['Ruth Farrant', 'Oct 21, 2024', '2 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Curlew Moss Park Diary', ...gNav, 'Sign in', 'Subscribe', 'Park news', 'New bollards in the top field, March 2024', 'Sign up for more like this.',
    'Enter your email', ...gMore, 'Curlew Moss Park Diary © 2025', 'Sign up', 'Contact', 'Powered by Ghost',
  ],
});

export const HELDOUT694_F: readonly TestPage[] = [wiki, ghost];
