import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rows, rowTexts } from './pages-heldout659-kit.js';

/**
 * Held-out batch 659, file e: a naming ceremony article on a celebrants' wiki running MediaWiki (Vector 2022 skin), and a
 * help-centre article of an online probate service on Intercom Articles (Next.js).
 */
const mTitle = 'Naming ceremony';
const mLead = [
  j(
    'A <b>naming ceremony</b> is a non-religious ceremony to welcome a child into a family and community. It is often chosen',
    'by parents who want a celebration similar to a christening without religious content.',
  ),
  'Naming ceremonies have no legal standing; the legal name of a child is the one given at birth registration.',
];
const mHist = [
  j(
    'Civil naming ceremonies were offered by some register offices in the early 2000s and later by independent celebrants.',
    'Most ceremonies are now led by independent or humanist celebrants, usually at home, in a garden or at a hired hall.',
  ),
];
const mOrderIntro = 'A typical ceremony lasts 20 to 30 minutes. A common running order is:';
const mOrder = [
  ['1', 'Welcome', 'Celebrant'],
  ['2', 'The story of the child and family', 'Celebrant'],
  ['3', 'Reading or poem', 'Family friend'],
  ['4', 'Promises of the parents', 'Parents'],
  ['5', 'Promises of the guide parents', 'Guide parents'],
  ['6', 'Symbolic act, such as planting a tree', 'All'],
];
const mGuide = [
  j(
    'In place of godparents, parents may choose <i>guide parents</i> or <i>supporting adults</i>, who promise to take an interest in the',
    "child's life. There is no limit on their number and no requirement of age or belief.",
  ),
];
const mRit = ['tree or bulb planting', 'a wish box, opened on an eighteenth birthday', 'a candle lit by each grandparent', 'a stone painted by every guest'];
const mHeads = ['History', 'Structure', 'Guide parents', 'Symbolic acts'];
const mId = (h: string): string => h.replace(/ /g, '_');
const mEdit = (h: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span>
<a href="/index.php?title=Naming_ceremony&amp;action=edit&amp;section=${mHeads.indexOf(h) + 1}"
title="Edit section: ${h}">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const mH = (h: string): string => `<div class="mw-heading mw-heading2"><h2 id="${mId(h)}">${h}</h2>${mEdit(h)}</div>`;
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mTools = ['What links here', 'Related changes', 'Special pages', 'Printable version', 'Permanent link', 'Page information'];
const mFoot = ['Privacy policy', 'About CelebrantWiki', 'Disclaimers'];
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-feature-page-tools-pinned-disabled" lang="en" dir="ltr"><head>
<meta charset="UTF-8"><title>${mTitle} - CelebrantWiki</title>
<script>(function(){var className="client-js vector-feature-language-in-header-enabled";document.documentElement.className=className;}());
RLCONF={"wgCanonicalNamespace":"","wgPageName":"Naming_ceremony","wgTitle":"Naming ceremony","wgCurRevisionId":20417,"wgIsArticle":true};
RLSTATE={"skins.vector.styles":"ready","site.styles":"ready"};RLPAGEMODULES=["site","mediawiki.page.ready","skins.vector.js"];</script>
<link rel="stylesheet" href="/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1">
<link rel="edit" title="Edit" href="/index.php?title=Naming_ceremony&amp;action=edit"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Naming_ceremony rootpage-Naming_ceremony
skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site">
<div id="vector-main-menu-dropdown" class="vector-dropdown vector-main-menu-dropdown">
<input type="checkbox" id="vector-main-menu-dropdown-checkbox" class="vector-dropdown-checkbox" aria-label="Main menu">
<label for="vector-main-menu-dropdown-checkbox"
class="vector-dropdown-label cdx-button" aria-hidden="true"><span class="vector-dropdown-label-text">Main menu</span></label>
<div class="vector-dropdown-content">
<div id="p-navigation" class="vector-menu mw-portlet mw-portlet-navigation"><div class="vector-menu-heading">Navigation</div><div class="vector-menu-content">
<ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul></div></div></div></div></nav>
<a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">CelebrantWiki</span></a></div><div class="vector-header-end">
<div id="p-search" role="search" class="vector-search-box-vue vector-search-box-show-thumbnail">
<form action="/index.php" id="searchform" class="cdx-search-input">
<input class="cdx-text-input__input" type="search" name="search" placeholder="Search CelebrantWiki" aria-label="Search CelebrantWiki" accesskey="f"
id="searchInput">
<button class="cdx-button cdx-search-input__end-button">Search</button></form></div>
<nav class="vector-user-links" aria-label="Personal tools"><ul class="vector-menu-content-list"><li id="pt-login" class="mw-list-item">
<a href="/index.php?title=Special:UserLogin">
<span>Log in</span></a></li></ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-main-menu-container"></div><div class="vector-sitenotice-container">
<div id="siteNotice"><div id="localNotice" data-nosnippet><p>The CelebrantWiki meet-up is in Bristol on 14 June. All editors welcome.</p></div></div></div>
<div class="vector-column-start"><div class="vector-sticky-pinned-container">
<nav id="mw-panel-toc" aria-label="Contents" class="mw-table-of-contents-container vector-toc-landmark">
<div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header vector-toc-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2>
<button class="vector-pinnable-header-toggle-button vector-pinnable-header-unpin-button">hide</button></div>
<ul class="vector-toc-contents" id="mw-panel-toc-list">
<li id="toc-mw-content-text" class="vector-toc-list-item vector-toc-level-1"><a href="#" class="vector-toc-link"><div class="vector-toc-text">(Top)</div>
</a></li>
${mHeads
  .map(
    (h, i) => `<li id="toc-${mId(h)}" class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${mId(h)}"><div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span>${h}</div></a></li>`,
  )
  .join('\n')}</ul></div></nav></div></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar"><h1 id="firstHeading"
class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Namespaces"><ul><li id="ca-nstab-main" class="selected mw-list-item"><a href="/wiki/Naming_ceremony">
<span>Page</span></a>
</li><li id="ca-talk" class="mw-list-item"><a href="/wiki/Talk:Naming_ceremony"><span>Discussion</span></a></li></ul></nav><nav aria-label="Views"><ul>
<li id="ca-view" class="selected mw-list-item"><a href="/wiki/Naming_ceremony"><span>Read</span></a></li><li id="ca-viewsource" class="mw-list-item">
<a href="/index.php?title=Naming_ceremony&amp;action=edit"><span>View source</span></a></li><li id="ca-history" class="mw-list-item">
<a href="/index.php?title=Naming_ceremony&amp;action=history"><span>View history</span></a></li></ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From CelebrantWiki</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
${ps(mLead)}
<meta property="mw:PageProp/toc">
${mH('History')}
${ps(mHist)}
${mH('Structure')}
<p>${mOrderIntro}</p>
<table class="wikitable"><tbody><tr><th>#</th><th>Part</th><th>Led by</th></tr>
${rows(mOrder)}</tbody></table>
${mH('Guide parents')}
${ps(mGuide)}
${mH('Symbolic acts')}
<ul>${mRit.map((t) => `<li>${t}</li>`).join('')}</ul>
<div class="mw-heading mw-heading2"><h2 id="See_also">See also</h2></div><ul><li><a href="/wiki/Handfasting">Handfasting</a></li>
<li><a href="/wiki/Vow_renewal">Vow renewal</a></li></ul></div><div class="printfooter" data-nosnippet="">Retrieved from
"<a dir="ltr" href="https://wiki.celebrants.org.uk/index.php?title=Naming_ceremony&amp;
oldid=20417">https://wiki.celebrants.org.uk/index.php?title=Naming_ceremony&amp;oldid=20417</a>"</div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul><li><a href="/wiki/Category:Family_ceremonies">Family ceremonies</a></li><li>
<a href="/wiki/Category:Children">Children</a></li>
</ul></div></div></div></div></main></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info">
<li id="footer-info-lastmod"> This page was last edited on 3 May 2025, at 14:10.</li>
<li id="footer-info-copyright">Content is available under <a href="https://creativecommons.org/licenses/by-sa/4.0/">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li>
</ul><ul id="footer-places">${links(mFoot, 'mw-list-item')}</ul><ul id="footer-icons" class="noprint"><li id="footer-poweredbyico">
<a href="https://www.mediawiki.org/">
<img src="/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki" width="88" height="31"></a></li></ul></footer></div></div></div>
<div class="vector-settings" id="p-dock-bottom"><ul></ul></div><div id="p-tb" class="vector-menu mw-portlet" style="display:none"><ul>${links(mTools)}</ul>
</div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":112});});</script></body></html>`;
const mediawiki: TestPage = {
  name: 'heldout659-mediawiki-naming-ceremony',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: mHeads,
  body: [...texts(mLead), ...mHist, mOrderIntro, ...rowTexts(mOrder), ...texts(mGuide), ...mRit],
  bylines: ['This page was last edited on 3 May 2025, at 14:10.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'CelebrantWiki', 'Search', 'Log in',
    'The CelebrantWiki meet-up is in Bristol on 14 June. All editors welcome.',
    'Contents', 'hide', '(Top)', 'Page', 'Discussion', 'Read', 'View source', 'View history', 'From CelebrantWiki',
    '[edit]', 'See also', 'Handfasting', 'Vow renewal',
    'Retrieved from "https://wiki.celebrants.org.uk/index.php?title=Naming_ceremony&oldid=20417"', 'Categories', 'Family ceremonies', 'Children',
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

const iTitle = 'Uploading the death certificate';
const iDek = 'Which copy we need, the file types we accept and what to do if the upload fails.';
const iBlocks: [string, string][] = [
  ['p', 'We need a clear copy of the death certificate before we can open the estate with banks and the probate registry.'],
  ['h2', 'Which copy to upload'],
  [
    'p',
    j(
      'Upload a photo or scan of a certified copy from the register office. A photocopy of a certified copy is fine, but the',
      'medical certificate of cause of death (the form from the doctor) is not the same document and cannot be used.',
    ),
  ],
  ['h2', 'How to upload'],
  ['li', 'Open your estate dashboard and choose <b>Documents</b>.'],
  ['li', 'Select <b>Death certificate</b> and then <b>Add file</b>.'],
  ['li', 'Take a photo with your phone or pick a saved file. All four corners should be visible.'],
  ['li', 'Press <b>Submit</b>. Your case handler will confirm within one working day.'],
  ['h2', 'If the upload fails'],
  ['p', 'We accept PDF, JPG, PNG and HEIC files up to 20 MB. If your file is larger, email it to your case handler instead.'],
];
const iRel = ['Which documents do I need to start?', 'Ordering extra copies of the death certificate', 'Who can see my documents?'];
const iBlock = ([t, x]: [string, string], i: number): string => {
  if (t === 'h2') return `<div class="intercom-interblocks-subheading"><h2 id="h_${i}a1c">${x}</h2></div>`;
  if (t === 'p') return `<div class="intercom-interblocks-paragraph no-margin intercom-interblocks-align-left"><p>${x}</p></div>`;
  const first = iBlocks[i - 1]?.[0] !== 'li';
  const last = iBlocks[i + 1]?.[0] !== 'li';
  return `${first ? '<div class="intercom-interblocks-ordered-nested-list"><ol>' : ''}<li><div class="intercom-interblocks-paragraph no-margin
intercom-interblocks-align-left"><p>${x}</p></div></li>${last ? '</ol></div>' : ''}`;
};
const iHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${iTitle} | Tidewell Help Center</title><meta property="og:title" content="${iTitle} | Tidewell Help Center"><meta name="description" content="${iDek}">
<meta name="intercom:trackingEvent" content="{&quot;name&quot;:&quot;Viewed Help Center Article&quot;}">
<link rel="canonical" href="https://help.tidewell.co.uk/en/articles/8810244"/>
<link rel="preload" href="https://static.intercomassets.com/_next/static/css/2f0b6a1e1d5e8c3a.css" as="style"/>
<link rel="stylesheet" href="https://static.intercomassets.com/_next/static/css/2f0b6a1e1d5e8c3a.css" data-n-g=""/><noscript data-n-css=""></noscript></head>
<body><div id="__next"><div dir="ltr" class="h-full w-full">
<a href="#main-content" class="sr-only font-bold text-header-color focus:not-sr-only">Skip to main content</a>
<main class="header__lite"><header id="header" data-testid="header" class="flex flex-col text-header-color">
<div class="relative flex grow flex-col mb-9 bg-header-bg">
<div class="header__meta_wrapper flex justify-center px-5 pt-6 leading-none sm:px-10"><div class="flex items-center w-240" data-testid="subheader-container">
<a href="/en/" class="mo"><img src="https://downloads.intercomcdn.com/i/o/tidewell-logo.png" alt="Tidewell Help Center" class="max-h-8 contrast-80 inline"/></a>
<div class="flex items-center font-semibold">
<a href="https://www.tidewell.co.uk" target="_blank" rel="noopener noreferrer" class="mo hidden items-center gap-x-2 md:flex">Go to Tidewell</a>
<div class="relative cursor-pointer has-[:focus]:outline"><select class="peer absolute z-10 opacity-0" aria-label="Change language">
<option value="en" selected="">English</option>
</select><div class="mo flex items-center">English</div></div></div></div></div>
<div class="relative mx-5 flex justify-center"><div class="w-240"><form action="/en/" autoComplete="off"><input id="search-input" type="text" autoComplete="off"
class="peer w-full rounded-lg" aria-label="Search for articles..." placeholder="Search for articles..." name="q" value=""/></form></div></div></div></header>
<div class="z-1 flex shrink-0 grow basis-auto justify-center px-5 sm:px-10"><section data-testid="main-content" id="main-content" class="max-w-full w-240">
<section data-testid="article-section" class="section section__article"><div class="justify-center flex"><div class="relative z-3 w-full lg:max-w-160">
<div class="flex pb-1 pt-2"><div data-testid="breadcrumbs" class="flex flex-wrap items-baseline pb-4 text-base tablet:pb-6">
<a href="/en/" class="pr-2">All Collections</a>
<div class="pr-2" aria-hidden="true">›</div><a href="/en/collections/4411087" class="pr-2">Documents and evidence</a>
<div class="pr-2" aria-hidden="true">›</div><div class="text-body-secondary-color">${iTitle}</div></div></div>
<div class=""><div class="article intercom-force-break"><div class="mb-10 max-lg:mb-6"><div class="flex flex-col gap-4"><div class="flex flex-col">
<h1 class="mb-1 font-primary text-2xl font-bold leading-10 text-body-primary-color">${iTitle}</h1>
<div class="text-md font-normal leading-normal text-body-secondary-color"><p>${iDek}</p></div></div>
<div class="avatar"><div class="avatar__photo">
<img width="24" height="24" src="https://static.intercomassets.com/avatars/5512/square_128/bryony.jpg" alt="Bryony avatar"
class="inline-flex items-center justify-center rounded-full"/></div><div class="avatar__info -mt-0.5 text-base"><span class="text-body-secondary-color">
<div>Written by <span>Bryony Ashe</span></div><div>Updated over a week ago</div></span></div></div></div></div>
<div class="jsx-adf13c9b3c3f6f8c "><article class="jsx-adf13c9b3c3f6f8c ">${iBlocks.map(iBlock).join('\n')}<section class="related_articles my-6">
<hr class="my-6 sm:my-8"/><div class="mb-3 text-xl font-bold">Related Articles</div><div class="flex flex-col gap-1">${iRel
  .map((t) => `<a class="flex items-center justify-between rounded-button bg-body-bg px-3 py-2" href="/en/articles/${t.length}"><span>${t}</span></a>`)
  .join('')}</div></section></article></div></div></div></div></div></section>
<div class="intercom-reaction-picker -mb-4 -ml-4 -mr-4 mt-6 rounded-card sm:-mb-2 sm:-ml-1 sm:-mr-1 sm:mt-8" dir="ltr">
<div class="intercom-reaction-prompt">Did this
answer your question?</div><button class="intercom-reaction" aria-label="Disappointed Reaction" tabindex="0" data-reaction-text="disappointed">
<span title="Disappointed">😞</span>
</button><button class="intercom-reaction" aria-label="Neutral Reaction" tabindex="0" data-reaction-text="neutral"><span title="Neutral">😐</span></button>
<button class="intercom-reaction" aria-label="Smiley Reaction" tabindex="0" data-reaction-text="smiley"><span title="Smiley">😃</span></button></div>
</section></div><footer id="footer" class="mt-24 shrink-0 bg-footer-bg px-0 py-12 text-left text-base text-footer-color">
<div class="shrink-0 grow basis-auto px-5 sm:px-10">
<div class="mx-auto max-w-container-max-width"><div class="flex flex-col items-center gap-6"><a href="/en/" class="mo"><img alt="Tidewell Help Center"
src="https://downloads.intercomcdn.com/i/o/tidewell-footer.png"/></a><div class="flex items-center">
<a href="https://www.intercom.com/intercom-link?user_campaign=help-center"
class="text-sm text-footer-color opacity-50">We run on Intercom</a></div></div></div></div></footer></main></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"articleContent":{"title":"${iTitle}","author":{"name":"Bryony Ashe"}},
"app":{"name":"Tidewell"}}},
"page":"/[helpCenterIdentifier]/[locale]/articles/[articleSlug]","buildId":"kq1Yw3i0eR2XU"}</script></body></html>`;
const intercom: TestPage = {
  name: 'heldout659-intercom-death-certificate',
  kind: 'docs',
  html: iHtml,
  title: iTitle,
  headings: iBlocks.filter(([t]) => t === 'h2').map(([, x]) => x),
  body: texts([iDek, ...iBlocks.filter(([t]) => t !== 'h2').map(([, x]) => x)]),
  bylines: ['Written by Bryony Ashe', 'Updated over a week ago'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Go to Tidewell', 'English', 'All Collections', 'Documents and evidence', 'Related Articles', ...iRel,
    'Did this answer your question?', '😞', '😐', '😃', 'We run on Intercom',
  ],
};

export const HELDOUT659_E: readonly TestPage[] = [mediawiki, intercom];
