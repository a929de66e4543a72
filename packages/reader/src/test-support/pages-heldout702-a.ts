import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout702-kit.js';

/**
 * Held-out batch 702, file a: a tech news story on a site built like The Register (red masthead, keyword label above the h1,
 * h2 standfirst, byline and dateline, inline "listinks" rails and ad units in the body), and a developer news story on a site
 * built like InfoQ (OneTrust banner, event strip, breadcrumb, audio player, topic tags, author box, sponsored and related rails).
 */
const rTitle = 'Registry slip lets CI robot sign 412 packages with a retired key';
const rDek = 'Quillpack says nothing nasty shipped, but admins are told to re-pin and rotate anyway';
const rBody = [
  j(
    'Quillpack, the package registry used by a fair chunk of the build tooling world, has pulled 412 package versions after its',
    'continuous integration robot spent nine days signing releases with a key the outfit had formally retired in January.',
  ),
  j(
    'The registry’s operator, Bristol-based Quillpack Ltd, disclosed the blunder in a terse status update on Tuesday evening,',
    'saying the retired key had been left in a build cache on one of its self-hosted runners. Any package published through the',
    'registry’s automated pipeline between 27 February and 8 March was signed with it.',
  ),
  j(
    '“We have found no evidence that the key was copied or misused, and no package contents were altered,” the company said.',
    '“However, a signature made with a retired key cannot be trusted by definition, so we have withdrawn the affected versions',
    'and asked publishers to re-release them.”',
  ),
  j(
    'The withdrawn versions cover 61 projects. Most are small plugins, but the list includes three releases of fernlint, a code',
    'formatter with around 1.8 million weekly downloads, and two of the tarn-http client, which several large web frameworks',
    'pull in as a dependency.',
  ),
];
const rCross = 'Rotate and re-pin';
const rBody2 = [
  j(
    'For most developers the practical effect is a failed install. Clients that verify signatures – the default since version 5',
    'of the Quillpack command-line tool – will now refuse the retired key and print a warning naming the package. Lockfiles that',
    'pin one of the withdrawn versions will break until the publisher pushes a replacement.',
  ),
  'Quillpack’s advice, in full, is:',
];
const rList = [
  'Run <code>quill audit --signatures</code> to list any withdrawn versions in your lockfile.',
  'Update to the re-released version, which carries the same code and a new patch number.',
  'If you mirror the registry internally, purge cached copies of the affected versions.',
];
const rBody3 = [
  j(
    'Signing keys living in build caches is a familiar story. Gregor Vantongeren, a supply chain researcher at the University',
    'of Aldermoor, told us that caches are “the attic of CI: everything ends up there and nobody checks what is in it.”',
  ),
  j(
    '“The good news is that they noticed within nine days, and that the key was retired rather than stolen,” he said. “The bad',
    'news is that nine days is a long time for a robot to be doing something nobody told it to do.”',
  ),
  j(
    'Quillpack said it has since moved signing to a hardware security module and now wipes runner caches between jobs. It plans',
    'to publish a full post-incident report within 30 days. ®',
  ),
];
const rNav = ['Off-Prem', 'On-Prem', 'Software', 'Security', 'Offbeat', 'Special Features', 'Vendor Voice'];
const rLinks1 = ['Fernlint maintainer hands over the keys after six years of unpaid weekends', 'Your build cache knows more about you than your HR file'];
const rLinks2 = ['Package signing was supposed to end this sort of thing. Guess again'];
const rKeys = ['Devops', 'Open Source', 'Security', 'Supply Chain'];
const rOther = ['Tarn-http 3.0 drops callbacks, and half of the internet notices', 'Startup promises CI that never waits. We timed it'];
const rFoot = ['About Us', 'Who we are', 'Under the hood', 'Contact us', 'Advertise with us', 'Privacy', 'Cookies Policy', 'Ts & Cs'];
const rHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Quillpack pulls 412 packages signed with retired key • The Backplane</title>
<meta name="description" content="${rDek}"><meta property="og:title" content="${rTitle}"><meta property="og:type" content="article">
<meta property="og:site_name" content="The Backplane"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.thebackplane.co.uk/2027/03/10/quillpack_retired_key/">
<link rel="stylesheet" href="/design_picker/b4c3/css/story.css"><script>var RegisterGPT={"adunit":"/6978/reg_devops/story","kw":["devops","security"]};
window.__bp_story={"id":"2027/03/10/quillpack_retired_key","section":"devops","words":612};</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${rTitle}","datePublished":"2027-03-10T09:47:00Z",
"author":[{"@type":"Person","name":"Tamsin Okafor-Reid"}],"publisher":{"@type":"Organization","name":"The Backplane"}}</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script></head>
<body class="story_page sec_devops"><div id="cookie_consent" class="cc_banner cc_banner_bottom" role="dialog" aria-label="Cookie consent">
<p class="cc_message">We use cookies to improve your experience and to show you relevant adverts. You can change your choices at any time.</p>
<div class="cc_buttons"><button class="cc_btn cc_btn_accept_all">Accept all</button><button class="cc_btn cc_btn_settings">Manage settings</button></div></div>
<div id="page"><div id="masthead" class="masthead"><div class="top_bar"><a class="skip" href="#body">Skip to main content</a>
<ul class="util_links"><li><a href="/Profile/login/">Log in</a></li><li><a href="/Profile/contact/">Send us news</a></li></ul></div>
<div class="logo_bar"><a href="/" class="logo"><span class="logo_text">The Backplane</span></a>
<span class="tagline">Bits, bytes and bad decisions since 1998</span></div>
<nav id="main_nav" class="main_nav"><ul>${links(rNav, 'nav_item')}</ul></nav></div>
<div id="main_content" class="main_content"><div id="top-col-story" class="story_column"><article>
<div class="article_head"><div class="header_right"><a class="keyword" href="/devops/">Devops</a>
<h1>${rTitle}</h1><h2>${rDek}</h2></div>
<div class="byline_and_dateline"><div class="byline_img"><img src="/design_picker/authors/tokafor.jpg" alt="Tamsin Okafor-Reid"></div>
<div class="byline"><a href="/Author/Tamsin-Okafor-Reid/" class="byline">Tamsin Okafor-Reid</a></div>
<span class="dateline">Wed 10 Mar 2027 // 09:47 UTC</span></div>
<div class="article_share"><a class="comments" href="/forums/post/2027/03/10/quillpack_retired_key/"><span class="comment_count">43</span>
<span class="comment_bubble"><img src="/design_picker/comment_bubble.svg" alt="comment bubble on white"></span></a>
<span class="share_label">SHARE</span><a class="share_button twitter" href="https://x.com/intent/tweet" aria-label="Share on X"></a>
<a class="share_button linkedin" href="https://www.linkedin.com/shareArticle" aria-label="Share on LinkedIn"></a></div></div>
<div id="body">
${ps(rBody.slice(0, 2))}
<div class="adun" data-pos="top" data-xmb-desktop="mpu1"><div class="adun_label">Advertisement</div><div id="gpt-top-mpu"></div></div>
${ps(rBody.slice(2, 3))}
<div class="listinks"><ul>${links(rLinks1)}</ul></div>
${ps(rBody.slice(3))}
<h3>${rCross}</h3>
${ps(rBody2)}
<ul>${lis(rList)}</ul>
<div class="adun" data-pos="mid" data-xmb-desktop="mpu2"><div class="adun_label">Advertisement</div><div id="gpt-mid-mpu"></div></div>
${ps(rBody3.slice(0, 2))}
<div class="listinks"><ul>${links(rLinks2)}</ul></div>
${ps(rBody3.slice(2))}
</div>
<div class="wptl btm"><div class="get_resources"><a href="/resources/">Get our Tech Resources</a></div>
<div class="article_share btm"><span class="share_label">SHARE</span></div></div>
<div class="keywords"><h3>More about</h3><ul>${links(rKeys)}</ul></div></article>
<div class="comment_box"><a href="/forums/post/2027/03/10/quillpack_retired_key/">Comment on this story</a></div>
<section class="more_stories"><h2>Other stories you might like</h2><ul>${links(rOther, 'story_item')}</ul></section></div>
<div id="right-col"><div class="adun" data-pos="right"><div class="adun_label">Advertisement</div></div>
<section class="most_read"><h3>Most read</h3><ol><li><a href="/x/">Printer driver update bricks 9,000 point-of-sale terminals</a></li>
<li><a href="/x/">Council finds its missing servers under a car park</a></li></ol></section></div></div>
<footer id="footer"><div class="footer_links"><ul>${links(rFoot)}</ul></div>
<p class="copyright">Copyright. All rights reserved © 1998–2027</p></footer></div>
<script src="/design_picker/b4c3/js/story.js" defer></script></body></html>`;
const register: TestPage = gold({
  name: 'heldout702-register-quillpack-key',
  kind: 'news',
  html: rHtml,
  title: rTitle,
  headings: [rCross],
  body: texts([rDek, ...rBody, ...rBody2, ...rList, ...rBody3]),
  bylines: ['Tamsin Okafor-Reid', 'Wed 10 Mar 2027 // 09:47 UTC'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to improve your experience and to show you relevant adverts. You can change your choices at any time.', 'Accept all',
    'Manage settings', 'Skip to main content', 'Log in', 'Send us news', 'The Backplane', 'Bits, bytes and bad decisions since 1998', ...rNav,
    'Devops', '43', 'SHARE', 'Advertisement', ...rLinks1, ...rLinks2, 'Get our Tech Resources', 'More about', ...rKeys, 'Comment on this story',
    'Other stories you might like', ...rOther, 'Most read', 'Printer driver update bricks 9,000 point-of-sale terminals',
    'Council finds its missing servers under a car park', ...rFoot, 'Copyright. All rights reserved © 1998–2027',
  ],
});

const qTitle = 'Loomstack 4.0 Brings Incremental Type Checking and an Open Remote Cache Protocol';
const qHeads = ['Incremental Type Checking', 'An Open Remote Cache Protocol', 'Other Changes'];
const qIntro = j(
  'Loomstack, the open-source build system for TypeScript and Go monorepos, has released version 4.0. The release adds',
  'incremental type checking that reuses results across branches, a remote cache protocol that any HTTP object store can serve,',
  'and a query command for the build graph. It also drops support for Node.js 18.',
);
const qType = [
  j(
    'Until now, Loomstack treated the TypeScript compiler as a black box: if any input of a package changed, the whole package',
    'was checked again. Version 4.0 records the type information that each file exports and skips files whose dependencies',
    'exported the same types as last time. The maintainers report that on their own 2,300-package test repository the median',
    'check after a one-line change fell from 94 seconds to 11 seconds.',
  ),
  j(
    'Rahel Mbeki, a core maintainer, explained in the release notes that the feature is on by default but can be switched off for',
    'a single package in its configuration file:',
  ),
];
const qCode = `<span class="c"># loom.toml</span>
<span class="k">[package.typecheck]</span>
<span class="n">incremental</span> = <span class="kc">false</span>`;
const qType2 = j(
  'She added that the type information is stored next to the build outputs, so it travels through the remote cache like any',
  'other artifact and a fresh checkout on a CI runner benefits from checks already done on a laptop.',
);
const qCache = [
  j(
    'Earlier versions could only share build outputs through Loomstack Cloud, the hosted service run by the project’s main',
    'sponsor. Version 4.0 documents the protocol and ships a small reference server. The protocol uses plain HTTP GET and PUT',
    'requests addressed by content hash, so teams can point it at an S3-compatible bucket, a WebDAV server or a directory served',
    'by nginx.',
  ),
  j(
    'Several community members welcomed the change. Writing on the project’s forum, Dmitri Salo of the payments company Corvel',
    'said his team had run a home-grown proxy for two years “purely to avoid sending our artifacts to another vendor”, and',
    'expected to retire it within a month. Others asked for authentication beyond bearer tokens; the maintainers said mutual TLS',
    'is planned for 4.1.',
  ),
];
const qList = [
  'A <code>loom query</code> command that selects targets by dependency, owner or file pattern',
  'Build graphs are now evaluated in parallel, which the team says halves start-up time on large repositories',
  'Node.js 18 is no longer supported; the minimum is Node.js 20.9',
  'The deprecated <code>loom.json</code> configuration format has been removed in favour of <code>loom.toml</code>',
];
const qEnd = j(
  'Upgrading from 3.x requires converting any remaining <code>loom.json</code> files, which the <code>loom migrate</code> command',
  'does automatically. The full changelog and a migration guide are available on the project’s website. Loomstack is released',
  'under the Apache 2.0 licence.',
);
const qNav = ['Development', 'Architecture & Design', 'AI, ML & Data Engineering', 'Culture & Methods', 'DevOps'];
const qTopics = ['Build Tools', 'TypeScript', 'Monorepo', 'Continuous Integration'];
const qSponsored = ['Platform Engineering in Practice: a Field Guide (eBook)', 'Webinar: Faster Builds Without a Bigger Bill'];
const qRelated = [
  'Kestrel CI Adds Hermetic Test Sandboxes on Linux and macOS',
  'Go 1.31 Tooling Survey: Build Caches Top the Wish List',
  'How Corvel Cut Merge Queue Times by 70 Percent',
];
const qBio = j(
  'Leonie Baptiste is a software engineer in Lyon who works on developer tooling for a logistics company.',
  'She writes about build systems, testing and the economics of CI.',
);
const qHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Loomstack 4.0 Brings Incremental Type Checking and an Open Remote Cache Protocol - DevQuorum</title>
<meta name="description" content="Loomstack 4.0 adds incremental type checking, an open remote cache protocol and a query command.">
<meta property="og:title" content="${qTitle}"><meta property="og:site_name" content="DevQuorum"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.devquorum.com/news/2027/06/loomstack-4-incremental/">
<link rel="stylesheet" href="https://cdn.devquorum.com/statics_s2_20270601/styles/style.css">
<script>var DQ={"contentType":"news","contentId":"loomstack-4-incremental","topics":["devops","build-tools"],"userLoggedIn":false};</script>
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${qTitle}",
"datePublished":"2027-06-03T08:00:00Z","author":{"@type":"Person","name":"Leonie Baptiste"}}</script>
<script src="https://cdn.cookielaw.org/scripttemplates/otSDKStub.js" data-domain-script="4f1e-devquorum" async></script></head>
<body class="news"><div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div id="onetrust-policy">
<div id="onetrust-policy-text">We and our partners use cookies to personalise content and ads and to analyse our traffic.</div></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookies Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
</div></div></div></div></div></div>
<div class="container"><header class="header"><div class="header__top"><a href="/" class="logo" title="DevQuorum Homepage"><span
class="logo__text">DevQuorum</span></a>
<p class="header__tagline">Practical knowledge for people who build software</p>
<ul class="header__links"><li><a href="/write-for-devquorum/">Write for DevQuorum</a></li><li><a href="/search/">Search</a></li>
<li><a href="/login/" class="login">Login</a></li><li><a href="/register/" class="register">Register</a></li></ul></div>
<nav class="nav"><ul class="nav__list">${links(qNav, 'nav__item')}</ul></nav>
<div class="header__event"><a
href="/summit/lisbon/">DQ Summit Lisbon (May 12-14, 2027): Learn what is next in software from the people building it.</a></div></header>
<div class="breadcrumbs"><ul class="breadcrumb__list"><li><a href="/">DevQuorum Homepage</a></li><li><a href="/news/">News</a></li>
<li class="current">${qTitle}</li></ul></div>
<main class="main"><article class="article news"><div class="article__header"><div class="article__category">
<a href="/devops/" class="topic-highlight">DevOps</a></div>
<h1 class="heading heading__h1">${qTitle}</h1>
<div class="article__data"><div class="widget authors"><span class="authors-header">by</span> <ul class="authors"><li class="author">
<a href="/profile/Leonie-Baptiste/" class="author__link">Leonie Baptiste</a></li></ul></div>
<p class="article__readTime date">Jun 03, 2027 <span class="separator">·</span> <span class="readingTime">3 min read</span></p></div>
<div class="article__actions"><button class="button button__like" type="button"><span>Like</span></button>
<button class="button button__print" type="button"><span>Print</span></button><button class="button button__bookmark" type="button">
<span>Bookmarks</span></button></div>
<div class="article__audio"><span class="audio__label">Listen to this article -</span> <span class="audio__time">0:00</span>
<audio preload="none" src="https://cdn.devquorum.com/audio/loomstack-4.mp3"></audio></div></div>
<div class="article__content"><div class="article__main"><div class="article__content-text text">
<p>${qIntro}</p>
<h2>${at(qHeads, 0)}</h2>
${ps(qType)}
<pre><code class="language-toml">${qCode}</code></pre>
<p>${qType2}</p>
<div class="related__sponsored inline" data-place="EMBED_1"><span class="related__label">Related Sponsored Content</span>
<ul>${links(qSponsored.slice(0, 1))}</ul></div>
<h2>${at(qHeads, 1)}</h2>
${ps(qCache)}
<h2>${at(qHeads, 2)}</h2>
<p>Smaller changes in the release include:</p>
<ul>${lis(qList)}</ul>
<p>${qEnd}</p>
</div>
<div class="widget article__fromTopics"><p class="topics__intro">This content is in the <a href="/devops/">DevOps</a> topic</p>
<div class="topics__related"><span class="topics__label">Related Topics:</span><ul class="topics">${links(qTopics, 'topic')}</ul></div></div>
<div class="author-section-full"><h3 class="author-section__title">About the Author</h3><div class="author">
<a href="/profile/Leonie-Baptiste/" class="author__name">Leonie Baptiste</a><p class="author__bio">${qBio}</p>
<button class="button button__follow">Show more</button></div></div>
<div class="rate__article"><h3>Rate this Article</h3><div class="rate__options"><span>Adoption</span><span>Style</span></div></div></div>
<aside class="article__aside"><div class="related__sponsored" data-place="RIGHT_1"><h3 class="related__title">Related Sponsored Content</h3>
<ul>${links(qSponsored)}</ul></div>
<div class="related__editorial"><h3 class="related__title">Related Editorial</h3><ul>${links(qRelated)}</ul></div></aside></div></article>
<section class="newsletter"><h2 class="newsletter__title">The DevQuorum Newsletter</h2>
<p class="newsletter__desc">A round-up of last week’s content on DevQuorum sent out every Tuesday. Join a community of over 180,000 senior developers.</p>
<form class="newsletter__form"><label for="nl-email" class="visually-hidden">Enter your e-mail address</label>
<input id="nl-email" type="email" placeholder="Enter your e-mail address"><button type="submit" class="button">Subscribe</button></form>
<p class="newsletter__privacy">We protect your privacy.</p></section></main>
<footer class="footer"><ul class="footer__links"><li><a href="/about/">About DevQuorum</a></li><li><a href="/privacy-notice/">Privacy Notice</a></li>
<li><a href="/terms/">Terms and Conditions</a></li><li><a href="/cookies/">Cookie Policy</a></li></ul>
<p class="footer__copy">DevQuorum.com and all content copyright © 2011-2027 Corrino Media Ltd. All rights reserved.</p></footer></div>
<script src="https://cdn.devquorum.com/statics_s2_20270601/scripts/article.js" defer></script></body></html>`;
const devquorum: TestPage = gold({
  name: 'heldout702-infoq-loomstack',
  kind: 'news',
  html: qHtml,
  title: qTitle,
  headings: qHeads,
  body: texts([qIntro, ...qType, qCode, qType2, ...qCache, 'Smaller changes in the release include:', ...qList, qEnd]),
  bylines: ['by', 'Leonie Baptiste', 'Jun 03, 2027', '3 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We and our partners use cookies to personalise content and ads and to analyse our traffic.', 'Cookies Settings', 'Accept All Cookies',
    'DevQuorum', 'Practical knowledge for people who build software', 'Write for DevQuorum', 'Search', 'Login', 'Register', ...qNav,
    'DQ Summit Lisbon (May 12-14, 2027): Learn what is next in software from the people building it.', 'DevQuorum Homepage', 'News',
    'Like', 'Print', 'Bookmarks', 'Listen to this article -', '0:00', 'Related Sponsored Content', ...qSponsored,
    'This content is in the DevOps topic', 'Related Topics:', ...qTopics, 'About the Author', qBio, 'Show more', 'Rate this Article',
    'Adoption', 'Style', 'Related Editorial', ...qRelated, 'The DevQuorum Newsletter',
    'A round-up of last week’s content on DevQuorum sent out every Tuesday. Join a community of over 180,000 senior developers.',
    'Enter your e-mail address', 'Subscribe', 'We protect your privacy.', 'About DevQuorum', 'Privacy Notice', 'Terms and Conditions',
    'Cookie Policy', 'DevQuorum.com and all content copyright © 2011-2027 Corrino Media Ltd. All rights reserved.',
  ],
});

export const HELDOUT702_A: readonly TestPage[] = [register, devquorum];
