import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, row, tr } from './pages-heldout501-kit.js';

/**
 * Held-out batch 501, file e: a MediaWiki article (Vector 2022 skin) on a community health wiki about a bone marrow donor
 * registry, with infobox, contents box and a data table, and a Discourse thread on a plasma donors' forum.
 */
const mTitle = 'Easterly Marrow Register';
const mLead = j(
  'The <b>Easterly Marrow Register</b> is a volunteer register of potential blood stem cell donors in the Easterly provinces,',
  'founded in 1994 at Tollan University Hospital. It lists about 186,000 people aged 18 to 55 who have agreed to be tissue typed',
  'and contacted if they match a patient who needs a stem cell transplant.',
);
const mHist = [
  j(
    'The register began as a drive by the parents of a nine-year-old with aplastic anaemia, who collected 3,000 cheek swabs in a',
    'single weekend. The hospital laboratory agreed to type the samples and keep the results, and the list became a charity in 1997.',
  ),
  'In 2011 the register joined the international search network, which lets transplant centres abroad search its donors.',
];
const mDon = [
  j(
    'Most donations (around 90%) are collected by peripheral blood stem cell collection, in which the donor receives injections of a',
    'growth factor for four days and the cells are then collected from the blood by apheresis. The rest are bone marrow harvests',
    'under general anaesthetic.',
  ),
];
const mRows = [
  ['2022', '41', '29'],
  ['2023', '47', '35'],
  ['2024', '52', '38'],
];
const mCrit = j(
  'The register has been criticised for the low share of donors from minority backgrounds, who made up 7% of the list in 2024.',
  'It has since run recruitment drives with mosques, temples and student unions.',
);
const mNav = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Permanent link', 'Page information', 'Cite this page'];
const mFoot = ['Privacy policy', 'About HealthWiki', 'Disclaimers'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-main-menu-pinned-disabled skin-theme-clientpref-day" lang="en" dir="ltr">
<head><meta charset="UTF-8"><title>${mTitle} - HealthWiki</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled";
RLCONF={"wgPageName":"Easterly_Marrow_Register","wgNamespaceNumber":0};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<link rel="canonical" href="https://healthwiki.example.org/wiki/Easterly_Marrow_Register"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0
ns-subject page-Easterly_Marrow_Register rootpage-Easterly_Marrow_Register skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label class="vector-dropdown-label" aria-hidden="true">
<span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content">
<div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">
${links(mNav, 'mw-list-item')}</ul></div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">HealthWiki</span>
</a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/index.php" id="searchform">
<input type="search" name="search" placeholder="Search HealthWiki" aria-label="Search HealthWiki" id="searchInput"><button class="cdx-button">Search</button>
</form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-createaccount"><a href="#">Create account</a></li><li id="pt-login">
<a href="#">Log in</a></li></ul></nav></div>
</header></div><div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><div class="vector-main-menu-container">
</div>
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element">
<div class="vector-pinnable-header"><h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents" id="mw-panel-toc-list">
<li class="vector-toc-list-item"><a class="vector-toc-link" href="#"><div class="vector-toc-text">(Top)</div></a></li>
${['History', 'Donation', 'Criticism', 'See also']
  .map(
    (h, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${h.replace(/ /g, '_')}">
<div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('')}</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li class="selected"><a href="#">Article</a></li><li><a href="#">Talk</a></li></ul></nav>
<nav aria-label="Views"><ul><li class="selected"><a href="#">Read</a></li><li><a href="#">Edit</a></li><li><a href="#">View history</a></li></ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From HealthWiki, the community health encyclopedia</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content">
<div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="infobox vcard"><tbody><tr><th colspan="2" class="infobox-above fn org">${mTitle}</th></tr>
<tr><th scope="row" class="infobox-label">Founded</th><td class="infobox-data">1997</td></tr>
<tr><th scope="row" class="infobox-label">Headquarters</th><td class="infobox-data">Tollan</td></tr>
<tr><th scope="row" class="infobox-label">Registered donors</th><td class="infobox-data">c. 186,000 (2025)</td></tr></tbody></table>
<p>${mLead}<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup></p>
<div class="mw-heading mw-heading2"><h2 id="History">History</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="#">edit</a><span class="mw-editsection-bracket">]</span></span></div>
${ps(mHist)}
<div class="mw-heading mw-heading2"><h2 id="Donation">Donation</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="#">edit</a><span class="mw-editsection-bracket">]</span></span></div>
${ps(mDon)}<table class="wikitable"><caption>Transplants from register donors</caption><tbody><tr><th>Year</th><th>Donations</th><th>Of which abroad</th></tr>
${mRows.map(tr).join('\n')}</tbody></table>
<div class="mw-heading mw-heading2"><h2 id="Criticism">Criticism</h2><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="#">edit</a><span class="mw-editsection-bracket">]</span></span></div>
<p>${mCrit}</p>
<div class="mw-heading mw-heading2"><h2 id="See_also">See also</h2></div><ul><li><a href="#">Stem cell transplantation</a></li><li>
<a href="#">Tollan University Hospital</a></li></ul>
<div class="mw-heading mw-heading2"><h2 id="References">References</h2></div><div class="reflist"><ol class="references"><li id="cite_note-1">
<span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span>
<span class="reference-text">“Annual review 2025”. Easterly Marrow Register. Retrieved 4 March 2026.</span></li></ol></div></div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="#">Categories</a>: <ul><li>
<a href="#">Blood donation</a></li>
<li><a href="#">Organisations established in 1994</a></li></ul></div></div></div></main></div>
<div class="vector-column-end"><nav class="vector-page-tools-landmark" aria-label="Page tools">
<div id="vector-page-tools" class="vector-page-tools vector-pinnable-element">
<div class="vector-pinnable-header"><div class="vector-pinnable-header-label">Tools</div></div><ul>${links(mTools, 'mw-list-item')}</ul></div></nav></div></div>
<footer id="footer" class="mw-footer" role="contentinfo"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 4 March 2026, at 10:21.</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike License.</li></ul>
<ul id="footer-places">${links(mFoot)}</ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const wiki: TestPage = {
  name: 'heldout501-marrow-register-mediawiki',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: ['History', 'Donation', 'Criticism', 'See also'],
  body: texts([mLead, ...mHist, ...mDon, ...mRows.map(row), mCrit, 'Stem cell transplantation', 'Tollan University Hospital']),
  bylines: ['This page was last edited on 4 March 2026, at 10:21.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mNav, 'HealthWiki', 'Create account', 'Log in', 'Contents', '(Top)', 'Article', 'Talk', 'Read',
    'Edit', 'View history', 'From HealthWiki, the community health encyclopedia', 'Founded', 'Headquarters', 'Registered donors',
    'c. 186,000 (2025)', '[1]', 'Transplants from register donors', 'References', '^',
    '“Annual review 2025”. Easterly Marrow Register. Retrieved 4 March 2026.',
    'Categories', 'Blood donation', 'Organisations established in 1994', 'Tools',
    ...mTools, 'Text is available under the Creative Commons Attribution-ShareAlike License.',
    ...mFoot,
  ],
};

const dTitle = 'First plasma donation on Friday, any tips for a nervous newbie?';
type Post = { user: string; when: string; paras: string[] };
const dPosts: Post[] = [
  {
    user: 'juniper_k',
    when: 'Nov 3',
    paras: [
      j(
        'I finally booked my first plasma donation at the Ostby centre for Friday morning. I have given blood twice but I fainted',
        'the second time and I am a bit worried it will happen again. Anything you wish you had known before your first one?',
      ),
    ],
  },
  {
    user: 'RedCellRob',
    when: 'Nov 3',
    paras: [
      'Drink loads of water the day before, not just on the morning. And eat a proper breakfast, something salty helps.',
      'Tell the nurse you fainted before. They will keep an eye on you and can tilt the chair back if you feel odd.',
    ],
  },
  {
    user: 'mags.oduya',
    when: 'Nov 4',
    paras: [
      j(
        'Plasma felt easier than whole blood for me because they give your red cells back. The saline at the end can feel cold',
        'in your arm, so bring a jumper. The first visit takes ages with all the checks, so do not plan anything tight after it.',
      ),
    ],
  },
  {
    user: 'juniper_k',
    when: 'Nov 8',
    paras: ['Update: done! No fainting, the jumper tip was spot on. Booked again for three weeks’ time. Thanks all!'],
  },
];
const dPost = (
  p: Post,
  i: number,
): string => `<div class="topic-post clearfix regular" data-post-number="${i + 1}"><article id="post_${i + 1}" aria-label="post #${i + 1} by @${p.user}"
role="region" data-post-id="${5510 + i}" data-topic-id="812" data-user-id="${301 + i}" class="boxed onscreen-post"><div class="row">
<div class="topic-avatar"><a class="trigger-user-card main-avatar" aria-hidden="true" tabindex="-1">
<img alt="" width="48" height="48" src="/user_avatar/forum.ostbyplasma.org/${p.user}/96/12_2.png" class="avatar"></a></div>
<div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${p.user}" data-user-card="${p.user}">${p.user}</a></span></div>
<div class="post-infos"><div class="post-info post-date"><a class="post-date" href="/t/first-plasma-donation/812/${i + 1}">
<span title="${p.when}, 2026" class="relative-date">${p.when}</span></a></div></div></div>
<div class="regular contents"><div class="cooked">${ps(p.paras)}</div><section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions">
<div class="double-button"><button class="btn-flat like-count">${i === 1 ? 4 : 2}</button>
<button class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"></button></div>
<button class="widget-button btn-flat share no-text btn-icon" title="copy a link to this post to clipboard"></button>
<button class="widget-button btn-flat reply create fade-out btn-icon-text" title="begin composing a reply to this post">
<span class="d-button-label">Reply</span></button></div></nav></section></div>
</div></div></article></div>`;
const dSuggested = ['Iron tablets before donating?', 'How long until plasma donors get a gold badge?', 'Ostby centre parking changes from December'];
const dHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>${dTitle} - Getting started - Ostby Plasma Donors Community</title><meta name="description" content="I finally booked my first plasma donation">
<meta name="discourse_theme_id" content="2"><meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 9a8c1f">
<link href="/stylesheets/desktop_a1b2c3.css?__ws=forum.ostbyplasma.org" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${dTitle}",
"author":{"@type":"Person","name":"juniper_k"}}</script>
<link rel="preload" href="/assets/start-discourse-1f2e.js" as="script"></head>
<body class="crawler"><section id="main"><div id="ember3" class="ember-application">
<a href="#main-container" id="skip-link" class="skip-link">Skip to main content</a>
<header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/">
<img src="/uploads/default/original/1X/logo.png" alt="Ostby Plasma Donors Community" id="site-logo" class="logo-big"></a></div>
<div class="panel clearfix" role="navigation"><span class="auth-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text">
<span class="d-button-label">Sign Up</span></button>
<button class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown">
<a class="icon btn-flat" title="search topics, posts, users, or categories" aria-label="Search" href="/search"></a></li></ul></div></div></div></header>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"></div><div id="main-outlet"><div id="main-container">
<div id="topic-title"><div class="container">
<div class="title-wrapper"><h1 data-topic-id="812"><a href="/t/first-plasma-donation/812" class="fancy-title">${dTitle}</a></h1>
<div class="topic-category"><div class="badge-wrapper bullet"><span class="badge-category-bg"></span>
<a class="badge-category__wrapper" href="/c/getting-started/5"><span class="badge-category__name">Getting started</span></a></div>
<div class="list-tags"><a href="/tag/first-time" class="discourse-tag simple">first-time</a></div></div></div></div></div>
<div class="container posts"><div class="row"><section class="topic-area" id="topic" data-topic-id="812"><div class="posts-wrapper"><div class="post-stream">
${dPosts.map(dPost).join('\n')}</div></div>
<div class="topic-map"><section class="map"><ul><li><h4 role="presentation">created</h4><span class="relative-date">Nov 3</span></li><li><h4>last reply</h4>
<span class="relative-date">Nov 8</span></li>
<li><span class="number">3</span><h4>replies</h4></li><li><span class="number">96</span><h4>views</h4></li></ul></section></div>
<div id="suggested-topics" class="suggested-topics"><h3 class="suggested-topics-title">Suggested Topics</h3><table class="topic-list"><tbody>
${dSuggested
  .map(
    (s) => `<tr class="topic-list-item"><td class="main-link"><a href="#" class="title raw-link raw-topic-link">${s}</a></td>
</tr>`,
  )
  .join('')}</tbody></table>
<h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/getting-started/5">Getting started</a> or <a
href="/latest">view latest topics</a>.</h3></div>
</section></div></div></div></div></div>
<footer class="noscript-footer-nav"><nav itemscope itemtype="http://schema.org/SiteNavigationElement"><a href="/">Home</a>
<a href="/categories">Categories</a><a href="/guidelines">Guidelines</a>
<a href="/tos">Terms of Service</a><a href="/privacy">Privacy Policy</a></nav></footer>
<p class="powered-by-link">Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
</div></section><script defer src="/assets/discourse-1f2e.js"></script></body></html>`;
const forum: TestPage = {
  name: 'heldout501-plasma-newbie-discourse',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: dPosts.flatMap((p) => p.paras),
  bylines: ['juniper_k', 'RedCellRob', 'mags.oduya', 'Nov 3', 'Nov 4', 'Nov 8'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Sign Up', 'Log In', 'Getting started', 'first-time', 'Reply', 'created', 'last reply', 'replies', 'views', 'Suggested Topics',
    ...dSuggested, 'Want to read more? Browse other topics in Getting started or view latest topics.', 'Home', 'Categories', 'Guidelines',
    'Terms of Service', 'Privacy Policy', 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT501_E: readonly TestPage[] = [wiki, forum];
