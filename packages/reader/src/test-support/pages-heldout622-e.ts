import { links, type TestPage, texts } from './page-kit.js';
import { at, j } from './pages-heldout622-kit.js';

/**
 * Held-out batch 622, file e: a hairdressers' trade forum thread on Discourse (the Ember-rendered page, with the sidebar, topic
 * map and suggested topics), and a hair wiki article on MediaWiki (Vector 2022 skin) with references and categories.
 */
const fTitle = 'Client refuses patch test – do we turn her away?';
const fPosts: [string, string, string[]][] = [
  [
    'mina_cuts',
    'Mar 3',
    [
      j(
        'Long-standing client, had colour with us every eight weeks for three years. Our patch test record ran out in January',
        'because she skipped a few months. She came in on Saturday for a root tint and said she would not wait 48 hours for a',
        'test, she has never reacted and it is a waste of her time.',
      ),
      'My junior wanted to go ahead. I said no and she walked out. Was I right, or is everyone just doing it anyway?',
    ],
  ],
  [
    'Declan_H',
    'Mar 3',
    [
      j(
        'You were right. Our insurer told us in writing that if we colour without an in-date skin test we are not covered for',
        'a reaction, full stop. A signed disclaimer from the client does not change that either.',
      ),
    ],
  ],
  [
    'saltandshear',
    'Mar 4',
    [
      j(
        'Same here. What helped us was texting clients a reminder at five months that their test is about to lapse, with a link',
        'to book a free ten-minute test. Walk-outs dropped to almost nothing.',
      ),
      'Also worth putting the rule on your booking page so nobody is surprised on the day.',
    ],
  ],
  ['mina_cuts', 'Mar 4', ['Thanks both, the reminder text is a great idea. Adding it to our booking software tonight.']],
];
const fSide = ['Topics', 'My Posts', 'More', 'Categories', 'Colour', 'Cutting', 'Salon Business', 'All categories'];
const fSugg: [string, string, string][] = [
  ['Best way to price toners separately?', '14', 'Feb 26'],
  ['Apprentice wages 2026 – what are you paying?', '31', 'Mar 1'],
];
const fPost = ([u, d, ps]: [string, string, string[]], i: number): string => `<div class="topic-post clearfix regular" data-post-number="${i + 1}">
<article id="post_${i + 1}" aria-label="post #${i + 1} by @${u}" role="region" data-post-id="${9120 + i}" data-topic-id="4121" data-user-id="${300 + i}"
class="boxed onscreen-post"><div class="row"><div class="topic-avatar"><div class="post-avatar"><a class="trigger-user-card main-avatar" href="/u/${u}"
data-user-card="${u}" aria-hidden="true" tabindex="-1"><img alt="" width="48" height="48"
src="/user_avatar/forum.salonpro.community/${u.toLowerCase()}/96/1_2.png"
class="avatar"></a></div></div><div class="topic-body clearfix"><div role="heading" aria-level="2" class="topic-meta-data"><div class="names trigger-user-card">
<span class="first username"><a href="/u/${u}" data-user-card="${u}" class="">${u}</a></span></div><div class="post-infos"><div class="post-info post-date">
<a class="widget-link post-date" href="/t/client-refuses-patch-test/4121/${i + 1}" title="Post date"><span title="${d}, 2026 8:12 pm" data-time="1772525520000"
data-format="tiny" class="relative-date">${d}</span></a></div></div></div><div class="regular contents"><div
class="cooked">${ps.map((p) => `<p>${p}</p>`).join('')}</div>
<section class="post-menu-area clearfix"><nav class="post-controls"><div class="actions"><div class="double-button"><button
class="widget-button btn-flat button-count like-count
highlight-action regular-likes btn-text" title="number of people who liked this post"><span class="d-button-label">${i + 2}</span></button><button
class="widget-button btn-flat toggle-like like no-text btn-icon" title="like this post"></button></div><button
class="widget-button btn-flat share no-text btn-icon"
title="share a link to this post"></button><button class="widget-button btn-flat reply create fade-out btn-icon-text"
title="begin composing a reply to this post">
<span class="d-button-label">Reply</span></button></div></nav></section></div></div></article></div>`;
const fHtml = `<!DOCTYPE html>
<html lang="en" class="desktop-view not-mobile-device text-size-normal anon"><head><meta charset="utf-8">
<title>Client refuses patch test – do we turn her away? - Colour - SalonPro Community</title><meta name="description"
content="Long-standing client, had colour...">
<meta name="generator" content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3.3.0"><link rel="canonical"
href="https://forum.salonpro.community/t/client-refuses-patch-test/4121">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"DiscussionForumPosting","headline":"${fTitle}","author":{"@type":"Person",
"name":"mina_cuts"}}</script>
<link href="/stylesheets/desktop_2c3d.css" media="all" rel="stylesheet" data-target="desktop"><meta id="data-discourse-setup" data-preloaded="{}"></head>
<body class="crawler-disabled docked category-colour"><div id="main" class="ember-application"><div class="ember-view"><a href="#main-container"
id="skip-link" class="skip-link">Skip to main content</a><div class="d-header-wrap"><header class="d-header"><div class="wrap"><div class="contents">
<div class="header-sidebar-toggle"><button class="btn no-text btn-icon btn-flat" aria-label="Sidebar" title="Sidebar"></button></div><div
class="home-logo-wrapper-outlet">
<div class="title"><a href="/" data-auto-route="true"><img id="site-logo" class="logo-big" src="/uploads/default/original/1X/logo.png"
alt="SalonPro Community"></a></div>
</div><div class="panel" role="navigation"><span class="header-buttons"><button class="btn btn-primary btn-small sign-up-button btn-text"><span
class="d-button-label">
Sign Up</span></button><button class="btn btn-primary btn-small login-button btn-icon-text"><span class="d-button-label">Log In</span></button></span>
<ul class="icons d-header-icons"><li class="search-dropdown header-dropdown-toggle"><a href="/search" title="Search" aria-label="Search"
class="icon btn-flat"></a></li>
</ul></div></div></div></header></div>
<div id="main-outlet-wrapper" class="wrap" role="main"><div class="sidebar-wrapper"><section id="d-sidebar" class="sidebar-container"><div
class="sidebar-sections">
<ul class="sidebar-section-content">${links(fSide, 'sidebar-section-link-wrapper')}</ul></div></section></div>
<div id="main-outlet"><div class="container posts"><div id="topic-title"><div class="title-wrapper"><h1 data-topic-id="4121"><a
href="/t/client-refuses-patch-test/4121"
class="fancy-title">${fTitle}</a></h1><div class="topic-category"><div class="badge-category__wrapper"><span data-category-id="7"
class="badge-category --style-square">
<span class="badge-category__name">Colour</span></span></div><div class="list-tags"><a href="/tag/patch-test" data-tag-name="patch-test"
class="discourse-tag simple">
patch-test</a><a href="/tag/insurance" data-tag-name="insurance" class="discourse-tag simple">insurance</a></div></div></div></div>
<div class="row"><section class="topic-area" id="topic"><div class="posts-wrapper"><div class="post-stream">
${fPosts.map(fPost).join('\n')}
</div></div><div class="topic-map"><section class="map map-collapsed"><ul class="topic-map__stats"><li><span class="number">412</span><span
class="topic-map__stat-label">
views</span></li><li><span class="number">14</span><span class="topic-map__stat-label">likes</span></li><li><span class="number">3</span>
<span class="topic-map__stat-label">users</span></li></ul></section></div></section></div>
<div class="more-topics__container"><div class="more-topics__lists"><div class="suggested-topics"><h3 id="suggested-topics-title"
class="more-topics__list-title">
Suggested Topics</h3><table class="topic-list"><thead><tr><th>Topic</th><th>Replies</th><th>Activity</th></tr></thead><tbody>
${fSugg
  .map(
    ([t, r, a]) => `<tr class="topic-list-item"><td class="main-link"><a href="/t/${t.length}" class="title raw-link raw-topic-link">${t}</a></td>
<td class="num posts-map posts"><span class="number">${r}</span></td><td class="num activity"><span class="relative-date">${a}</span></td></tr>`,
  )
  .join('\n')}
</tbody></table></div><h3 class="more-topics__browse-more">Want to read more? Browse other topics in <a href="/c/colour/7">Colour</a> or
<a href="/latest">view latest topics</a>.</h3></div></div></div></div></div></div></div>
<script defer src="/assets/discourse.js"></script></body></html>`;
const discourse: TestPage = {
  name: 'heldout622-discourse-patch-test-thread',
  kind: 'forum',
  html: fHtml,
  title: fTitle,
  headings: [],
  body: fPosts.flatMap(([, , ps]) => ps),
  bylines: ['mina_cuts', 'Mar 3', 'Declan_H', 'saltandshear', 'Mar 4'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...new Set([
      'Skip to main content', 'Sign Up', 'Log In', ...fSide.filter((t) => t !== 'Colour'), 'patch-test', 'insurance', '2', '3', '4', '5', 'Reply', '412',
      'views', '14', 'likes', 'users', 'Suggested Topics', 'Topic', 'Replies', 'Activity', ...fSugg.flat(),
      'Want to read more? Browse other topics in Colour or view latest topics.',
    ]),
  ],
};

const mTitle = 'Foil highlighting';
const mParas: [string, number][] = [
  [
    j(
      '<b>Foil highlighting</b> is a hair colouring technique in which thin sections of hair are coated with lightener or colour',
      'and wrapped in aluminium foil while it develops. The foil keeps the colour off the surrounding hair and holds in a little',
      'warmth, which speeds up lightening.',
    ),
    1,
  ],
  ['History', 0],
  [
    j(
      'Before foils, salons pulled strands through a perforated rubber cap with a hook. Foil packets came into use in the 1970s',
      'and by the late 1980s had largely replaced the cap for anything other than very short hair.',
    ),
    2,
  ],
  ['Technique', 0],
  [
    j(
      'The stylist takes a section, weaves or slices out the strands to be lightened, lays them on a strip of foil, paints them',
      'and folds the foil closed. A full head usually takes between 30 and 60 packets.',
    ),
    0,
  ],
  ['Weaving and slicing', 0],
  [
    j(
      'Weaving picks out fine strands with the tail of a comb for a soft, blended result; slicing takes a thin, straight sheet',
      'of hair for a bolder stripe.',
    ),
    0,
  ],
  ['Safety', 0],
  [
    j(
      'As with other oxidation colours, a skin test is recommended at least 48 hours beforehand. Lightener should not be left',
      'on longer than the maker’s instructions say, and foils should not be placed under a hood dryer unless the product allows it.',
    ),
    3,
  ],
];
const mHead = [1, 3, 5, 7];
const mRefs = [
  'Harlan, P. (2019). <i>The Colour Room</i>. Kestrel Press. p. 112.',
  'Ostrow, D. (2008). “From cap to foil”. <i>Salon Trade Monthly</i>. 14 (3): 22–25.',
  'Guild of Colour Technicians (2024). <i>Safe Colour Practice</i>. 4th ed.',
];
const mCats = ['Hair colouring techniques', 'Salon services'];
const mTools = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mFoot = ['Privacy policy', 'About Tressipedia', 'Disclaimers'];
const edit = (id: string): string => `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Foil_highlighting&amp;action=edit&amp;section=${id}"
title="Edit section">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const mBodyHtml = mParas
  .map(([t, ref], i) => {
    if (!mHead.includes(i)) return `<p>${t}${ref ? `<sup id="cite_ref-${ref}" class="reference"><a href="#cite_note-${ref}">[${ref}]</a></sup>` : ''}</p>`;
    const tag = i === 5 ? 'h3' : 'h2';
    return `<div class="mw-heading mw-heading${tag[1]}"><${tag} id="${t.replace(/ /g, '_')}">${t}</${tag}>${edit(String(mHead.indexOf(i) + 1))}</div>`;
  })
  .join('\n');
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>Foil highlighting - Tressipedia</title><script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgPageName":"Foil_highlighting"});});</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Foil_highlighting rootpage-Foil_highlighting skin-vector-2022
action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown">
<label class="vector-dropdown-label" aria-label="Main menu"><span class="vector-icon mw-ui-icon-menu"></span><span class="vector-dropdown-label-text">Main
menu</span></label>
<div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet"><div class="vector-menu-heading">Navigation</div>
<ul class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo">
<span class="mw-logo-wordmark">Tressipedia</span></a></div><div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue">
<form action="/index.php" id="searchform"><input type="search" name="search" placeholder="Search Tressipedia" aria-label="Search Tressipedia"><button
class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links"><ul>
<li id="pt-createaccount" class="mw-list-item"><a href="/index.php?title=Special:CreateAccount">Create account</a></li><li id="pt-login" class="mw-list-item">
<a href="/index.php?title=Special:UserLogin">Log in</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div><div class="vector-sitenotice-container">
<div id="siteNotice"></div></div><div class="vector-column-start"><div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2><button
class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item"><a href="#" class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>${mHead
  .map(
    (i) => `<li class="vector-toc-list-item"><a class="vector-toc-link" href="#${at(
      mParas.map(([t]) => t),
      i,
    )}">
<div class="vector-toc-text"><span class="vector-toc-numb">${mHead.indexOf(i) + 1}</span><span>${mParas[i]?.[0]}</span></div></a></li>`,
  )
  .join('')}
<li class="vector-toc-list-item"><a class="vector-toc-link" href="#References"><div class="vector-toc-text"><span class="vector-toc-numb">5</span>
<span>References</span></div></a></li></ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body" role="main"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><nav
aria-label="Namespaces">
<ul><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Foil_highlighting">Page</a></li><li id="ca-talk"
class="new mw-list-item">
<a href="/index.php?title=Talk:Foil_highlighting&amp;action=edit&amp;redlink=1">Discussion</a></li></ul></nav><nav aria-label="Views"><ul><li id="ca-view"
class="selected mw-list-item"><a href="/wiki/Foil_highlighting">Read</a></li><li id="ca-edit" class="mw-list-item"><a
href="/index.php?title=Foil_highlighting&amp;action=edit">
Edit</a></li><li id="ca-history" class="mw-list-item"><a href="/index.php?title=Foil_highlighting&amp;action=history">View history</a></li></ul></nav></div>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">From Tressipedia</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${mBodyHtml}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2>${edit('5')}</div><div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">↑</a></span> <span
class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></div></div><div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks">
<a href="/wiki/Special:Categories" title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 12
February 2026,
at 14:03.</li><li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a> unless
otherwise
noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a
href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout622-mediawiki-foil-highlighting',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [
    ...mHead.map((i) =>
      at(
        mParas.map(([t]) => t),
        i,
      ),
    ),
    'References',
  ],
  body: texts([...mParas.filter((_, i) => !mHead.includes(i)).map(([t]) => t), ...mRefs]),
  bylines: ['This page was last edited on 12 February 2026, at 14:03.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mTools, 'Tressipedia', 'Search', 'Create account', 'Log in', 'Contents', 'hide', '(Top)', 'Page',
    'Discussion', 'Read', 'View history', 'From Tressipedia', 'edit', '↑', 'Categories:', ...mCats,
    'Content is available under CC BY-SA 4.0 unless otherwise noted.', ...mFoot,
  ],
};

export const HELDOUT622_E: readonly TestPage[] = [discourse, mediawiki];
