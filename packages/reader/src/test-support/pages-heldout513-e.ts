import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, rowText, trs } from './pages-heldout513-kit.js';

/**
 * Held-out batch 513, file e: a guitar school's blog post on Webflow (CMS collection page, rich text with a figure,
 * "more from the blog" collection list, a lesson form), and a tutoring company's internal handbook page on MediaWiki (Vector 2022).
 */
const wTitle = 'Five chord changes every beginner should drill';
const wIntro = j(
  'Almost every beginner I teach can play the open chords on their own within a month. What stops songs from sounding like songs',
  'is the gap between them. These five changes come up in hundreds of songs, and a minute a day on each will close that gap faster',
  'than anything else you can practise.',
);
const wChanges: [string, string][] = [
  ['1. G to C', 'Keep your ring finger as the anchor where you can, and move the other fingers as one shape rather than one at a time.'],
  ['2. C to A minor', 'Only one finger moves. Leave the other two exactly where they are and watch your ring finger travel one string.'],
  ['3. D to A', 'Lift all three fingers together, slightly, and drop them into the new shape. Aim for silence between chords, not speed.'],
  ['4. E minor to C', 'A good change for building confidence: the shapes are close and the sound of the change is instantly recognisable.'],
  ['5. A minor to F', 'The hard one. Start with the small four-string F and only move to the full barre once the change is clean at 60 beats a minute.'],
];
const wHow = [
  j(
    'Set a metronome to 60. Strum the first chord four times, change, strum the second four times, change back. When you can do that',
    'for a minute without stopping, drop to two strums per chord, then one.',
  ),
  'Count your clean changes in one minute and write the number down. Most students double it within three weeks.',
];
const wNav = ['Lessons', 'Teachers', 'Pricing', 'Blog', 'Contact'];
const wMore = ['How to choose your first acoustic guitar', 'Strumming patterns that work for almost any song', 'Why your fingertips hurt (and when it stops)'];
const wFoot = ['Instagram', 'YouTube', 'Privacy policy'];
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 09 2027 10:22:04 GMT+0000 -->
<html data-wf-domain="www.riffwellguitar.com" data-wf-page="65d0c1a2b3c4d5e6f7a8b9c1" data-wf-site="65d0c1a2b3c4d5e6f7a8b9c0" lang="en"
data-wf-collection="65d0c1a2b3c4d5e6f7a8b9d2" data-wf-item-slug="five-chord-changes"><head><meta
charset="utf-8"/><title>${wTitle} | Riffwell Guitar School</title>
<meta content="${wIntro.slice(0, 150)}" name="description"/><meta content="${wTitle}" property="og:title"/><meta content="width=device-width, initial-scale=1"
name="viewport"/>
<meta content="Webflow" name="generator"/><link href="https://assets-global.website-files.com/65d0c1a2b3c4d5e6f7a8b9c0/css/riffwell.webflow.9c1e2d.css"
rel="stylesheet" type="text/css"/>
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}",
"author":{"@type":"Person","name":"Danny Okafor"}}</script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="container-nav w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://assets-global.website-files.com/logo.svg"
alt="" class="logo"/></a>
<nav role="navigation" class="nav-menu w-nav-menu">${wNav.map((n) => `<a href="/${n.toLowerCase()}" class="nav-link w-nav-link">${n}</a>`).join('')}
<a href="#book" class="button-nav w-button">Book a lesson</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<div class="section-post-header"><div class="container w-container"><a href="/blog" class="link-back">← All articles</a>
<div class="post-category">Technique</div><h1 class="heading-post">${wTitle}</h1><div class="post-meta-wrapper"><img
src="https://assets-global.website-files.com/danny.jpg"
loading="lazy" alt="" class="author-avatar"/><div class="post-meta-text"><div class="text-block-author">Danny Okafor</div><div class="post-meta-row">
<div class="text-block-date">March 9, 2027</div><div class="text-dot">·</div><div class="text-block-read">5 min read</div></div></div></div></div></div>
<div class="section-post-body"><div class="container-narrow w-container"><div class="rich-text-post w-richtext"><p>${wIntro}</p>
<figure class="w-richtext-align-fullwidth w-richtext-figure-type-image" style="max-width:1600px"><div><img
src="https://assets-global.website-files.com/chord-change.jpg"
loading="lazy" alt="Left hand moving from G to C"/></div><figcaption>Keep the ring finger down when you move from G to C.</figcaption></figure>
${wChanges.map(([h, p]) => `<h3>${h}</h3><p>${p}</p>`).join('\n')}<h2>How to practise them</h2>${ps(wHow)}</div></div></div>
<div class="section-more-posts"><div class="container w-container"><h2 class="heading-section">More from the blog</h2><div class="w-dyn-list">
<div role="list" class="collection-list-posts w-dyn-items">${wMore
  .map(
    (m) => `<div role="listitem" class="w-dyn-item"><a href="/blog/${m
      .slice(0, 12)
      .toLowerCase()
      .replace(/[^a-z]+/g, '-')}"
class="post-card w-inline-block"><div class="post-card-category">Beginners</div><h3 class="post-card-title">${m}</h3></a></div>`,
  )
  .join('\n')}</div></div></div></div>
<div id="book" class="section-cta"><div class="container w-container"><h2 class="heading-cta">Your first lesson is on us</h2>
<p class="paragraph-cta">Thirty minutes, any level, in person in Castlebury or online.</p><div class="form-block w-form">
<form id="wf-form-Trial" name="wf-form-Trial" data-name="Trial" method="get" class="form" aria-label="Trial"><label for="Name" class="field-label">Name</label>
<input class="text-field w-input" maxlength="256" name="Name" data-name="Name" type="text" id="Name"/><label for="Email" class="field-label">Email</label>
<input class="text-field w-input" maxlength="256" name="Email" data-name="Email" type="email" id="Email" required=""/>
<input type="submit" data-wait="Please wait..." class="button w-button" value="Claim free lesson"/></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Trial success"><div>Thanks! We will be in touch within a day.</div></div>
<div class="w-form-fail" tabindex="-1" role="region"
aria-label="Trial failure"><div>Oops! Something went wrong while submitting the form.</div></div></div></div></div>
<div class="footer"><div class="container w-container"><div class="footer-flex"><div class="footer-text">© 2027 Riffwell Guitar School, Castlebury</div>
<div class="footer-links">${wFoot.map((f) => `<a href="#" class="footer-link">${f}</a>`).join('')}</div></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65d0c1a2b3c4d5e6f7a8b9c0" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65d0c1a2b3c4d5e6f7a8b9c0/js/webflow.3f1a2b.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = {
  name: 'heldout513-webflow-chord-changes',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: [...wChanges.map(([h]) => h), 'How to practise them'],
  body: [wIntro, ...wChanges.map(([, p]) => p), ...wHow],
  bylines: ['Danny Okafor', 'March 9, 2027', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...wNav, 'Book a lesson', '← All articles', 'Technique', 'Keep the ring finger down when you move from G to C.', 'More from the blog', 'Beginners',
    ...wMore, 'Your first lesson is on us', 'Thirty minutes, any level, in person in Castlebury or online.', 'Name', 'Email',
    '© 2027 Riffwell Guitar School, Castlebury', ...wFoot,
  ],
};

const mTitle = 'Running a first session';
const mLead = j(
  'This page describes how tutors at Brightwell Tutors run the first session with a new student. It applies to online and',
  'home sessions. For sessions at a partner school, see the school’s own induction notes as well.',
);
const mSecs: [string, string[]][] = [
  [
    'Before the session',
    [
      j(
        'Read the enquiry notes on the student’s record, including anything the parent has told us about special educational needs,',
        'and check that the session appears in your calendar with the correct address or meeting link.',
      ),
      'Prepare a diagnostic task of no more than 20 minutes from the bank for the student’s year group.',
    ],
  ],
  [
    'During the session',
    [
      j(
        'Spend the first ten minutes talking, not testing. Ask what the student enjoys, what they find hard and what they want from',
        'tutoring. Then set the diagnostic task and watch how they work, not only what they get right.',
      ),
      'Finish with one short activity the student can succeed at, and agree a goal for the next four weeks.',
    ],
  ],
  ['Session lengths', ['Use the standard lengths below unless the parent has agreed something different with the office.']],
  [
    'After the session',
    [
      'Write the first-session report within 24 hours. It should include:',
      'what the diagnostic showed, in plain language',
      'the goal agreed with the student',
      'any concerns, which must also be raised with the safeguarding lead if they relate to the student’s welfare',
    ],
  ],
];
const mRows = [
  ['Years 1 to 4', '45 minutes', 'none'],
  ['Years 5 to 9', '60 minutes', '5 minutes at the half'],
  ['Years 10 to 13', '60 or 90 minutes', '5 minutes every 30 minutes'],
];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help about MediaWiki'];
const mCats = ['Tutor handbook', 'Sessions'];
const mFoot = ['Privacy policy', 'About Brightwell Tutors Handbook', 'Disclaimers'];
const mEdit = (id: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a
href="/index.php?title=Running_a_first_session&amp;action=edit&amp;section=${id}"
title="Edit section">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const mSecHtml = mSecs
  .map(([h, ps2], i) => {
    const id = h.replace(/ /g, '_');
    const head = `<div class="mw-heading mw-heading2"><h2 id="${id}">${h}</h2>${mEdit(String(i + 1))}</div>`;
    if (i === 2)
      return `${head}<p>${ps2[0]}</p><table class="wikitable"><tbody><tr><th>Year group</th><th>Length</th><th>Break</th></tr>\n${trs(mRows)}</tbody></table>`;
    if (i === 3) return `${head}<p>${ps2[0]}</p><ul>${lis(ps2.slice(1))}</ul>`;
    return `${head}${ps(ps2)}`;
  })
  .join('\n');
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-toc-pinned-clientpref-1" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Brightwell Tutors Handbook</title>
<script>document.documentElement.className="client-js vector-feature-language-in-header-enabled";RLCONF={"wgPageName":"Running_a_first_session",
"wgTitle":"Running a first session","wgCurRevisionId":4127,"wgCategories":["Tutor handbook","Sessions"]};RLSTATE={"site.styles":"ready"};</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022"><meta name="generator"
content="MediaWiki 1.41.1">
<meta name="robots" content="noindex,nofollow"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Running_a_first_session
rootpage-Running_a_first_session
skin-vector-2022 action-view"><a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header
class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown"
class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu"><label
id="vector-main-menu-dropdown-label"
for="vector-main-menu-dropdown-checkbox" class="vector-dropdown-label cdx-button cdx-button--weight-quiet" aria-hidden="true"><span
class="vector-icon mw-ui-icon-menu"></span>
<span class="vector-dropdown-label-text">Main menu</span></label></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-container">
<strong class="mw-logo-wordmark">Brightwell Tutors Handbook</strong></span></a></div><div class="vector-header-end"><div id="p-search" role="search"
class="vector-search-box-vue vector-search-box-show-thumbnail vector-search-box"><form action="/index.php" id="searchform"
class="cdx-search-input cdx-search-input--has-end-button">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search Brightwell Tutors Handbook" aria-label="Search Brightwell Tutors Handbook"
id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div><nav class="vector-user-links" aria-label="Personal tools">
<ul><li id="pt-userpage-2"><a href="/wiki/User:R.Patel">R.Patel</a></li><li id="pt-logout"><a
href="/index.php?title=Special:UserLogout">Log out</a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"><div id="mw-navigation"><nav id="mw-panel"
class="vector-main-menu-landmark">
<div id="vector-main-menu" class="vector-main-menu vector-pinnable-element"><div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div
class="vector-menu-heading">
Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></nav></div></div>
<div class="vector-sticky-pinned-container"><nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark"><div
id="vector-toc"
class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header"><h2
class="vector-pinnable-header-label">Contents</h2></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list"><li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#"
class="vector-toc-link">
<div class="vector-toc-text">(Top)</div></a></li>${mSecs
  .map(
    ([h], i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link"
href="#${h.replace(/ /g, '_')}"><div class="vector-toc-text"><span class="vector-toc-numb">${i + 1}</span><span>${h}</span></div></a></li>`,
  )
  .join('')}</ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header><div class="vector-page-toolbar"><div
class="vector-page-toolbar-container">
<nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Running_a_first_session">Page</a></li>
<li id="ca-talk" class="new vector-tab-noicon mw-list-item"><a
href="/index.php?title=Talk:Running_a_first_session&amp;action=edit&amp;redlink=1">Discussion</a></li></ul></nav>
<nav aria-label="Views"><ul><li id="ca-view" class="selected vector-tab-noicon mw-list-item"><a href="/wiki/Running_a_first_session">Read</a></li>
<li id="ca-edit" class="vector-tab-noicon mw-list-item"><a href="/index.php?title=Running_a_first_session&amp;action=edit">Edit</a></li>
<li id="ca-history" class="vector-tab-noicon mw-list-item"><a
href="/index.php?title=Running_a_first_session&amp;action=history">View history</a></li></ul></nav>
<div id="vector-page-tools-dropdown" class="vector-dropdown"><label class="vector-dropdown-label"><span class="vector-dropdown-label-text">Tools</span></label>
<div class="vector-dropdown-content"><div id="p-tb" class="vector-menu mw-portlet"><ul
class="vector-menu-content-list">${links(mTools, 'mw-list-item')}</ul></div></div></div>
</div></div><div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Brightwell Tutors Handbook</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output"
lang="en" dir="ltr">
<div role="note" class="hatnote navigation-not-searchable">See also: Safeguarding procedure and First-session report template</div>
<p>${mLead}</p>
<meta property="mw:PageProp/toc" />
${mSecHtml}
<!-- NewPP limit report Parsed by mw1 Cached time: 20270203101422 Cache expiry: 86400 -->
</div><noscript><img src="/index.php?title=Special:CentralAutoLogin/start&amp;type=1x1" alt="" width="1" height="1"
style="border: none; position: absolute;"></noscript>
<div class="printfooter" data-nosnippet="">Retrieved from "https://handbook.brightwelltutors.co.uk/index.php?title=Running_a_first_session&amp;oldid=4127"</div>
</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>:
<ul>${links(mCats)}</ul></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li
id="footer-info-lastmod"> This page was last edited on 3 February 2027, at 10:14.</li>
</ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img
src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31" loading="lazy"></a></li></ul></footer></div></div></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":212});});</script></body></html>`;
const wiki: TestPage = {
  name: 'heldout513-mediawiki-first-session',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mSecs.map(([h]) => h),
  body: texts([mLead, ...mSecs[0]![1], ...mSecs[1]![1], ...mSecs[2]![1], ...rowText(mRows), ...mSecs[3]![1]]),
  bylines: ['This page was last edited on 3 February 2027, at 10:14.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Brightwell Tutors Handbook', 'Search', 'R.Patel', 'Log out', 'Navigation', ...mSide, 'Contents', '(Top)',
    'Page', 'Discussion', 'Read', 'Edit', 'View history', 'Tools', ...mTools, 'From Brightwell Tutors Handbook', 'edit',
    'See also: Safeguarding procedure and First-session report template', 'Categories:', ...mCats, ...mFoot,
  ],
};

export const HELDOUT513_E: readonly TestPage[] = [webflow, wiki];
