import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis, settle, tr } from './pages-heldout656-kit.js';

/**
 * Held-out batch 656, file d: an arboriculture wiki article on MediaWiki (Vector 2022 skin, table of contents, edit links, a
 * thumbnail, references and categories) and a pond shop's buying guide on Shopify (Dawn theme, comparison table, comment form).
 */
const mTitle = 'Pollarding';
const mLead = [
  j(
    '<b>Pollarding</b> is a pruning system in which the upper branches of a tree are removed, usually at a height of two to three metres,',
    'and the tree is then cut back to the same points at regular intervals. The knuckles that form at the cut points are called',
    '<i>pollard heads</i> or <i>bolling</i>.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>',
  ),
  j(
    'It is distinct from <a href="/wiki/Topping" title="Topping">topping</a>, which removes large parts of the crown of a mature tree',
    'once and is not considered good practice.',
  ),
];
const mSecs: { h: string; paras: string[] }[] = [
  {
    h: 'History',
    paras: [
      j(
        'Pollarding was widespread in wood pasture, where livestock grazed beneath the trees and would have eaten coppice regrowth at',
        'ground level. The poles were used for fuel, fencing and fodder; leafy branches of elm and ash were dried as winter feed.',
        '<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>',
      ),
      j(
        'Many ancient pollards in old hunting forests have not been cut for over a century and have developed very heavy limbs, which',
        'makes them prone to splitting.',
      ),
    ],
  },
  {
    h: 'Suitable species',
    paras: [
      'Species that respond well to repeated pollarding include:',
      '',
      'Beech and most conifers respond poorly, and oak is slow to recover when older pollards are cut again.',
    ],
  },
  {
    h: 'Restoration of old pollards',
    paras: [
      j(
        'Lapsed pollards are usually restored in stages over ten years or more, removing a few limbs at a time and leaving some growth',
        'on each bolling to keep the tree drawing sap. Cutting all the limbs at once often kills old trees.',
        '<sup id="cite_ref-3" class="reference"><a href="#cite_note-3">[3]</a></sup>',
      ),
    ],
  },
];
const mSpecies = ['willow (<i>Salix</i>)', 'lime (<i>Tilia</i>)', 'London plane', 'ash, where not affected by dieback', 'hornbeam'];
const mRefs = [
  'Ferrand, A. (2019). <i>Working Trees of the Lowlands</i>. Marlow Press. p. 44.',
  'Tallis, J. (2008). “Fodder and fuel in wood pasture”. <i>Journal of Woodland Heritage</i>. <b>12</b> (3): 201–219.',
  'Veteran Tree Forum (2021). <i>Managing Lapsed Pollards</i>. Guidance note 7.',
];
const mCats = ['Pruning', 'Tree management', 'Woodland history'];
const mTools = ['Read', 'Edit', 'View history'];
const mSide = ['Main page', 'Recent changes', 'Random page', 'Help'];
const mFoot = ['Privacy policy', 'About Arborwiki', 'Disclaimers'];
const edit = (id: string): string =>
  `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=Pollarding&amp;action=edit&amp;section=${id}"
title="Edit section: ${id}">edit</a><span class="mw-editsection-bracket">]</span></span>`;
const mHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-language-in-header-enabled vector-toc-available" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>${mTitle} - Arborwiki</title><script>(function(){var className="client-js";document.documentElement.className=className;}());
RLCONF={"wgPageName":"Pollarding","wgTitle":"Pollarding","wgCurRevisionId":20417,"wgArticleId":812,"wgIsArticle":true};</script>
<link rel="stylesheet" href="/w/load.php?lang=en&amp;modules=skins.vector.styles&amp;only=styles&amp;skin=vector-2022">
<meta name="generator" content="MediaWiki 1.41.1"><link rel="canonical" href="https://arborwiki.org/wiki/Pollarding"></head>
<body class="skin-vector skin-vector-search-vue mediawiki ltr sitedir-ltr ns-0 ns-subject page-Pollarding rootpage-Pollarding skin-vector-2022 action-view">
<a class="mw-jump-link" href="#bodyContent">Jump to content</a><div class="vector-header-container"><header class="vector-header mw-header">
<div class="vector-header-start"><nav class="vector-main-menu-landmark" aria-label="Site"><div id="vector-main-menu-dropdown" class="vector-dropdown"
title="Main menu"><label class="vector-dropdown-label" aria-hidden="true"><span class="vector-icon mw-ui-icon-menu"></span><span
class="vector-dropdown-label-text">Main menu</span></label><div class="vector-dropdown-content"><div id="p-navigation" class="vector-menu mw-portlet">
<div class="vector-menu-heading">Navigation</div><div class="vector-menu-content"><ul class="vector-menu-content-list">${links(mSide, 'mw-list-item')}</ul>
</div></div></div></div></nav><a href="/wiki/Main_Page" class="mw-logo"><span class="mw-logo-wordmark">Arborwiki</span></a></div>
<div class="vector-header-end"><div id="p-search" role="search" class="vector-search-box-vue vector-search-box"><form action="/w/index.php" id="searchform">
<input type="search" name="search" placeholder="Search Arborwiki" aria-label="Search Arborwiki" id="searchInput"><button class="cdx-button">Search</button>
</form></div><nav class="vector-user-links" aria-label="Personal tools"><ul><li id="pt-login"><a href="/w/index.php?title=Special:UserLogin">Log in</a></li>
</ul></nav></div></header></div>
<div class="mw-page-container"><div class="mw-page-container-inner"><div class="vector-column-start"><nav id="mw-panel-toc" aria-label="Contents"
class="mw-table-of-contents-container vector-toc-landmark"><div id="vector-toc" class="vector-toc vector-pinnable-element"><div class="vector-pinnable-header">
<h2 class="vector-pinnable-header-label">Contents</h2></div><ul class="vector-toc-contents" id="mw-panel-toc-list"><li class="vector-toc-list-item">
<a class="vector-toc-link" href="#"><div class="vector-toc-text">(Top)</div></a></li>
${mSecs
  .map(
    (s, i) => `<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#${s.h.replace(/ /g, '_')}">
<div class="vector-toc-text">
<span class="vector-toc-numb">${i + 1}</span><span>${s.h}</span></div></a></li>`,
  )
  .join('\n')}
<li class="vector-toc-list-item vector-toc-level-1"><a class="vector-toc-link" href="#References"><div class="vector-toc-text"><span
class="vector-toc-numb">4</span><span>References</span></div></a></li></ul></div></nav></div>
<div class="mw-content-container"><main id="content" class="mw-body"><header class="mw-body-header vector-page-titlebar">
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">${mTitle}</span></h1></header>
<div class="vector-page-toolbar"><nav aria-label="Views">
<ul class="vector-menu-content-list">${links(mTools, 'vector-tab-noicon mw-list-item')}</ul></nav></div>
<div id="bodyContent" class="vector-body" aria-labelledby="firstHeading"><div id="siteSub" class="noprint">From Arborwiki, the tree care encyclopedia</div>
<div id="contentSub"><div id="mw-content-subtitle"></div></div><div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="en" dir="ltr">
<div class="mw-parser-output"><figure class="mw-default-size" typeof="mw:File/Thumb">
<a href="/wiki/File:Pollard_willows_Fennmoor.jpg" class="mw-file-description">
<img src="/w/images/thumb/pollard-willows.jpg/250px-pollard-willows.jpg" decoding="async" width="250" height="167" class="mw-file-element"></a>
<figcaption>Pollarded willows along a drainage ditch on the Fennmoor levels</figcaption></figure>
${ps(mLead)}
<meta property="mw:PageProp/toc">
${mSecs
  .map(
    (s, i) => `<div class="mw-heading mw-heading2"><h2 id="${s.h.replace(/ /g, '_')}">${s.h}</h2>${edit(String(i + 1))}</div>
${s.paras.map((t) => (t === '' ? `<ul>${lis(mSpecies)}</ul>` : `<p>${t}</p>`)).join('\n')}`,
  )
  .join('\n')}
<div class="mw-heading mw-heading2"><h2 id="References">References</h2>${edit('4')}</div>
<div class="reflist"><div class="mw-references-wrap"><ol class="references">
${mRefs
  .map(
    (r, i) => `<li id="cite_note-${i + 1}"><span class="mw-cite-backlink"><a href="#cite_ref-${i + 1}">^</a></span>
<span class="reference-text">${r}</span></li>`,
  )
  .join('\n')}
</ol></div></div></div><div class="printfooter">Retrieved from "<a dir="ltr"
href="https://arborwiki.org/w/index.php?title=Pollarding&amp;oldid=20417">https://arborwiki.org/w/index.php?title=Pollarding&amp;oldid=20417</a>"
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Special:Categories"
title="Special:Categories">Categories</a>: <ul>${links(mCats)}</ul></div></div></div></main></div></div></div>
<div class="mw-footer-container"><footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on
3 August 2026, at 17:22.</li><li id="footer-info-copyright">Content is available under <a href="/wiki/Arborwiki:Copyrights">Creative Commons
Attribution-ShareAlike</a> unless otherwise noted.</li></ul><ul id="footer-places">${links(mFoot)}</ul><ul id="footer-icons" class="noprint">
<li id="footer-poweredbyico"><a href="https://www.mediawiki.org/"><img src="/w/resources/assets/poweredby_mediawiki.svg" alt="Powered by MediaWiki"
width="88" height="31" loading="lazy"></a></li></ul></footer></div>
<script>(RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":118});});</script></body></html>`;
const mediawikiPollard: TestPage = {
  name: 'heldout656-mediawiki-pollarding',
  kind: 'wiki',
  html: mHtml,
  title: mTitle,
  headings: [...mSecs.map((s) => s.h), 'References'],
  body: texts([...mLead, ...mSecs.flatMap((s) => s.paras.flatMap((t) => (t === '' ? mSpecies : [t]))), ...mRefs]).map((t) => t.replace(/\[\d\]/g, '').trim()),
  bylines: ['This page was last edited on 3 August 2026, at 17:22.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main menu', 'Navigation', ...mSide, 'Arborwiki', 'Search', 'Log in', 'Contents', '(Top)', ...mTools,
    'From Arborwiki, the tree care encyclopedia', 'Pollarded willows along a drainage ditch on the Fennmoor levels', 'edit',
    'Retrieved from "https://arborwiki.org/w/index.php?title=Pollarding&oldid=20417"', 'Categories:', ...mCats,
    'Content is available under Creative Commons Attribution-ShareAlike unless otherwise noted.', ...mFoot,
  ],
};

const pTitle = 'EPDM, PVC or preformed? How to choose a pond liner';
const pBody = [
  j(
    'The liner is the one part of a pond you cannot easily change later, so it is worth ten minutes of thought before you order. Here',
    'is how the three common options compare, and which we recommend for different kinds of pond.',
  ),
  'The options at a glance',
  'Which liner for which pond?',
  j(
    '<strong>Wildlife ponds</strong> need gently sloping sides and a shallow beach, and those shapes are only really possible with a',
    'flexible liner. We recommend EPDM of at least 1 mm for anything you want to last.',
  ),
  j('<strong>Small patio ponds and raised ponds</strong> under about 500 litres suit a preformed shell, which is quick to set level and', 'easy to clean.'),
  j(
    '<strong>Koi ponds</strong> are usually built with concrete block walls and a fibreglass or EPDM lining. Ask us for a quote before',
    'you dig: the liner for a koi pond is best made to measure.',
  ),
  'Working out the size',
  j(
    'For a flexible liner, add twice the maximum depth to both the length and the width of the pond, then add 60 cm to each for the',
    'overlap at the edges. A pond 3 m by 2 m and 0.8 m deep therefore needs a liner of 5.2 m by 4.2 m.',
  ),
];
const pRows = [
  ['EPDM rubber', '25 years +', 'Very flexible, even in frost', 'From £6.50 per m²'],
  ['PVC', '10 to 15 years', 'Stiffens in cold weather', 'From £3.20 per m²'],
  ['Preformed shell', '15 to 20 years', 'Fixed shape', 'From £45 per pond'],
];
const pNav = ['Shop all', 'Liners & underlay', 'Pumps & filters', 'Plants', 'Pond guides', 'Contact'];
const pFoot = ['Delivery', 'Returns', 'Trade accounts', 'Privacy policy', 'Terms of service'];
const pHtml = `<!doctype html>
<html class="js" lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="https://www.lilystonepond.co.uk/blogs/pond-guides/choosing-a-pond-liner">
<title>${pTitle} – Lilystone Pond Supplies</title>
<meta name="description" content="How EPDM, PVC and preformed liners compare, and how to work out the size.">
<meta property="og:site_name" content="Lilystone Pond Supplies"><meta property="og:type" content="article">
<script>window.Shopify = window.Shopify || {};Shopify.shop = "lilystone-ponds.myshopify.com";Shopify.theme = {"name":"Dawn","id":139811913892,
"schema_name":"Dawn","schema_version":"15.2.0"};</script>
<link href="//www.lilystonepond.co.uk/cdn/shop/t/4/assets/base.css?v=1748531937" rel="stylesheet" type="text/css" media="all">
<link href="//www.lilystonepond.co.uk/cdn/shop/t/4/assets/section-blog-post.css?v=1730345711" rel="stylesheet" type="text/css" media="all"></head>
<body class="gradient"><a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-sections--announcement" class="shopify-section shopify-section-group-header-group announcement-bar-section"><div class="utility-bar
color-scheme-2 gradient"><div class="page-width utility-bar__grid"><div class="announcement-bar" role="region" aria-label="Announcement"><div
class="page-width"><p class="announcement-bar__message h5"><span>Free delivery on liners over £80</span></p></div></div></div></div></div>
<div id="shopify-section-sections--header" class="shopify-section shopify-section-group-header-group section-header"><sticky-header class="header-wrapper">
<header class="header header--middle-left header--mobile-center page-width header--has-menu"><a href="/" class="header__heading-link link link--text
focus-inset"><span class="h2">Lilystone Pond Supplies</span></a><nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">
${pNav
  .map(
    (t) => `<li><a href="/collections/${t.toLowerCase().replace(/[^a-z]+/g, '-')}" class="header__menu-item list-menu__item link link--text focus-inset">
<span>${t.replace(/&/g, '&amp;')}</span></a></li>`,
  )
  .join('\n')}</ul></nav><div class="header__icons"><details-modal class="header__search"><details><summary
class="header__icon header__icon--search header__icon--summary link focus-inset modal__toggle" aria-haspopup="dialog" aria-label="Search"><span>
<svg class="icon icon-search" aria-hidden="true" focusable="false"></svg></span></summary></details></details-modal><a href="/account/login"
class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a><a href="/cart"
class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div></header>
</sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1"><section id="shopify-section-template--main-article"
class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image"><img
src="//www.lilystonepond.co.uk/cdn/shop/articles/liner-roll.jpg?v=1760011122&amp;width=1100" alt="A roll of EPDM pond liner"
width="1100" height="733"></div></div>
<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">${pTitle}</h1><span class="circle-divider
caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2026-05-12T09:00:00Z">May 12, 2026</time></span>
<span class="caption-with-letter-spacing" itemprop="author">by Carys Lindqvist</span></header>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
${ps([pBody[0] ?? ''])}
<h2>${pBody[1]}</h2><div class="table-wrapper"><table><thead><tr><th>Liner</th><th>Typical life</th><th>Flexibility</th><th>Price</th></tr></thead>
<tbody>${pRows.map((r) => tr(r)).join('\n')}</tbody></table></div>
<h2>${pBody[2]}</h2>${ps(pBody.slice(3, 6))}
<h2>${pBody[6]}</h2>${ps([pBody[7] ?? ''])}
</div>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button id="Share-template--main-article" class="share-button">
<button class="share-button__button hidden"><span>Share</span></button><details><summary class="share-button__button"><span>Share</span></summary>
<div class="share-button__fallback motion-reduce"><div class="field"><span class="visually-hidden">Link</span></div></div></details></share-button></div>
<div class="article-template__back element-margin-top center"><a href="/blogs/pond-guides" class="article-template__link link animate-arrow"><span
class="icon-wrap"><svg aria-hidden="true" focusable="false" class="icon icon-arrow"></svg></span>Back to blog</a></div>
<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow"><form method="post"
action="/blogs/pond-guides/choosing-a-pond-liner/comments#comment_form" id="comment_form" class="comment-form"><h2>Leave a comment</h2>
<div class="article-template__comment-fields"><div class="field field--with-error"><input type="text" name="comment[author]" id="CommentForm-author"
class="field__input" placeholder="Name"><label class="field__label" for="CommentForm-author">Name</label></div><div class="field"><input type="email"
name="comment[email]" id="CommentForm-email" class="field__input" placeholder="Email"><label class="field__label" for="CommentForm-email">Email</label></div>
<div class="field"><textarea rows="5" id="CommentForm-body" class="text-area field__input" name="comment[body]" placeholder="Comment"></textarea><label
class="form__label field__label" for="CommentForm-body">Comment</label></div></div><p class="article-template__comment-warning caption">Please note, comments
need to be approved before they are published.</p><input type="submit" class="button" value="Post comment"></form></div></div></article></section></main>
<div id="shopify-section-sections--footer" class="shopify-section shopify-section-group-footer-group"><footer class="footer color-scheme-1 gradient
section-sections--footer-padding"><div class="footer__content-top page-width"><div class="footer-block grid__item"><h2 class="footer-block__heading
inline-richtext">Help</h2><ul class="footer-block__details-content list-unstyled">${links(pFoot)}</ul></div><div class="footer-block--newsletter">
<h2 class="footer-block__heading inline-richtext">Subscribe to our emails</h2><form method="post" action="/contact#ContactFooter" id="ContactFooter"
class="footer__newsletter newsletter-form"><div class="newsletter-form__field-wrapper"><div class="field"><input id="NewsletterForm--footer" type="email"
name="contact[email]" class="field__input" placeholder="Email"><label class="field__label" for="NewsletterForm--footer">Email</label></div></div></form>
</div></div><div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2026,
<a href="/" title="">Lilystone Pond Supplies</a></small><small class="copyright__content"><a target="_blank" rel="nofollow"
href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer></div>
<script src="//www.lilystonepond.co.uk/cdn/shop/t/4/assets/global.js?v=84822018314718731521" defer="defer"></script></body></html>`;
const shopifyLiner: TestPage = {
  name: 'heldout656-shopify-pond-liner',
  kind: 'blog',
  html: pHtml,
  title: pTitle,
  headings: [pBody[1] ?? '', pBody[2] ?? '', pBody[6] ?? ''],
  body: texts([pBody[0] ?? '', ...pRows.map((r) => r.join(' ')), ...pBody.slice(3, 6), pBody[7] ?? '']),
  bylines: ['May 12, 2026', 'by Carys Lindqvist'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Free delivery on liners over £80', 'Lilystone Pond Supplies', ...pNav, 'Log in', 'Cart', 'Share', 'Link', 'Back to blog',
    'Leave a comment', 'Name', 'Email', 'Comment', 'Please note, comments need to be approved before they are published.', 'Help', ...pFoot,
    'Subscribe to our emails', '© 2026, Lilystone Pond Supplies', 'Powered by Shopify',
  ],
};

export const HELDOUT656_D: readonly TestPage[] = [mediawikiPollard, shopifyLiner].map(settle);
