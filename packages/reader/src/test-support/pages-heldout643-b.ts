import { links, ps, type TestPage } from './page-kit.js';
import { j, rowTexts, trs } from './pages-heldout643-kit.js';

/**
 * Held-out batch 643, file b: a weekly sightings log post on a classic Blogger blog (Simple template, post title in an h3),
 * and a short seal trip page built with Wix.
 */
const bTitle = 'Sightings log: 8 to 14 June';
const bIntro = [
  j(
    'A week of flat calm after the easterlies finally dropped. Visibility was good on five days out of seven and we ran every',
    'scheduled trip except Thursday afternoon, when the fog came in off the Rinn and stayed.',
  ),
  j(
    'Highlight of the week was the return of the minke we have been calling Notch, first logged off Gull Point in 2021 and',
    'recognised by the nick in her dorsal fin. She fed along the tide line for almost forty minutes on Tuesday morning.',
  ),
];
const bRows = [
  ['Mon 8', 'Minke whale (1), harbour porpoise (6)', 'Off Gull Point, feeding'],
  ['Tue 9', 'Minke whale (2) incl. Notch, common dolphin (c.30)', 'Tide line 3 miles SW'],
  ['Wed 10', 'Harbour porpoise (4), grey seal (c.60 hauled out)', 'Carn Skerries'],
  ['Thu 11', 'Grey seal, basking shark (1)', 'Morning trip only'],
  ['Fri 12', 'Risso’s dolphin (5), minke whale (1)', 'Outer bank, 7 miles out'],
  ['Sat 13', 'Common dolphin (c.50), gannets diving', 'Bow-riding for ten minutes'],
  ['Sun 14', 'Minke whale (1), harbour porpoise (2)', 'Rain from noon'],
];
const bOutro = [
  j(
    'The Risso’s on Friday were only our second record of the species from the boat. Photos have gone to the Coastwatch',
    'photo-ID catalogue and we will post any matches here.',
  ),
  'Thanks to everyone who sent in their own photos. Keep them coming to the usual address.',
];
const bArchive = ['June 2026 (3)', 'May 2026 (5)', 'April 2026 (2)', '2025 (31)'];
const bLabels = ['minke', 'rissos dolphin', 'sightings'];
const bHtml = `<!DOCTYPE html>
<html class='v2' dir='ltr' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data'>
<head><meta content='width=1100' name='viewport'><meta content='text/html; charset=UTF-8' http-equiv='Content-Type'>
<meta content='blogger' name='generator'><link href='https://rinnboats.blogspot.com/favicon.ico' rel='icon' type='image/x-icon'>
<link href='https://rinnboats.blogspot.com/2026/06/sightings-log-8-to-14-june.html' rel='canonical'>
<link rel="alternate" type="application/atom+xml" title="Rinn Boat Trips - Atom" href="https://rinnboats.blogspot.com/feeds/posts/default">
<title>Rinn Boat Trips: Sightings log: 8 to 14 June</title>
<style id='page-skin-1' type='text/css'><!-- body { font: normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif; } --></style>
<script type="text/javascript">(function() { var b = window, f = "chrome"; b[f] = b[f] || {}; })();</script></head>
<body class='loading variant-simplysimple'><div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' id='Navbar1'>
<iframe src="https://www.blogger.com/navbar/51234?origin=https://rinnboats.blogspot.com" height="30px" frameborder="0" title="Blogger navbar"></iframe>
</div></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'><div class='content-outer'><header><div class='header-outer'><div class='header-inner'><div class='main-inner'>
<div class='header section' id='header' name='Header'><div class='widget Header' data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'>
<h1 class='title'><a href='https://rinnboats.blogspot.com/'>Rinn Boat Trips</a></h1></div><div class='descriptionwrapper'>
<p class='description'><span>Whale, dolphin and seal trips from Ballinrinn harbour</span></p></div></div></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs section' id='crosscol' name='Cross-Column'><div class='widget PageList' data-version='1' id='PageList1'>
<div class='widget-content'><ul><li class='selected'><a href='https://rinnboats.blogspot.com/'>Home</a></li>
<li><a href='https://rinnboats.blogspot.com/p/book.html'>Book a trip</a></li><li><a href='https://rinnboats.blogspot.com/p/prices.html'>Prices</a></li>
</ul></div></div></div></div>
<div class='main-outer'><div class='main-inner columns fauxcolumns'><div class='columns-inner'><div class='column-center-outer'>
<div class='column-center-inner'>
<div class='main section' id='main' name='Main'><div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>
<div class="date-outer"><h2 class='date-header'><span>Sunday, 14 June 2026</span></h2><div class="date-posts"><div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='5123' itemprop='blogId'><meta content='8811' itemprop='postId'><a name='8811'></a>
<h3 class='post-title entry-title' itemprop='name'>${bTitle}</h3><div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-8811' itemprop='description articleBody'>
<div dir="ltr" style="text-align: left;" trbidi="on">${ps(bIntro)}
<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto;"><tbody>
<tr><td style="text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29v/s1600/notch.jpg" style="margin-left: auto;">
<img border="0" data-original-height="800" data-original-width="1200" height="266" src="https://blogger.googleusercontent.com/img/b/R29v/s400/notch.jpg"
width="400"></a></td></tr><tr><td class="tr-caption" style="text-align: center;">Notch surfacing off Gull Point, Tuesday 9 June</td></tr></tbody></table>
<table border="1" cellpadding="4" style="border-collapse: collapse;"><tbody>${trs([['Day', 'Species', 'Notes']], 'td', ' style="font-weight:bold"')}
${trs(bRows)}</tbody></table>
${ps(bOutro)}
<div style="text-align: right;">Skipper Eoin</div></div><div style='clear: both;'></div></div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'><span class='post-author vcard'>Posted by <span class='fn' itemprop='author'
itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/0931' itemprop='url'>
<a class='g-profile' href='https://www.blogger.com/profile/0931' rel='author' title='author profile'><span itemprop='name'>Rinn Boat Trips</span></a>
</span></span>
<span class='post-timestamp'>at <meta content='https://rinnboats.blogspot.com/2026/06/sightings-log-8-to-14-june.html' itemprop='url'>
<a class='timestamp-link' href='https://rinnboats.blogspot.com/2026/06/sightings-log-8-to-14-june.html' rel='bookmark' title='permanent link'>
<abbr class='published' itemprop='datePublished' title='2026-06-14T21:07:00+01:00'>21:07</abbr></a></span>
<span class='post-comment-link'></span></div>
<div class='post-footer-line post-footer-line-2'><div class='post-share-buttons goog-inline-block'>
<a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID=5123&amp;postID=8811&amp;target=email' target='_blank'
title='Email This'><span class='share-button-link-text'>Email This</span></a><a class='goog-inline-block share-button sb-blog' title='BlogThis!'
href='https://www.blogger.com/share-post.g?blogID=5123&amp;postID=8811&amp;target=blog'><span class='share-button-link-text'>BlogThis!</span></a>
<a class='goog-inline-block share-button sb-facebook' title='Share to Facebook' href='#'><span class='share-button-link-text'>Share to Facebook</span></a>
</div></div><div class='post-footer-line post-footer-line-3'><span class='post-labels'>Labels:
${bLabels.map((l) => `<a href='https://rinnboats.blogspot.com/search/label/${l}' rel='tag'>${l}</a>`).join(',\n')}</span></div></div></div>
<div class='comments' id='comments'><a name='comments'></a><h4>No comments:</h4><div id='Blog1_comments-block-wrapper'></div>
<p class='comment-footer'><a href='https://www.blogger.com/comment/fullpage/post/5123/8811' onclick=''>Post a Comment</a></p></div></div></div></div></div>
<div class='blog-pager' id='blog-pager'><span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='#' id='Blog1_blog-pager-newer-link'
title='Newer Post'>Newer Post</a></span><span id='blog-pager-older-link'><a class='blog-pager-older-link' href='#' id='Blog1_blog-pager-older-link'
title='Older Post'>Older Post</a></span><a class='home-link' href='https://rinnboats.blogspot.com/'>Home</a></div><div class='clear'></div>
<div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link' href='https://rinnboats.blogspot.com/feeds/8811/comments/default'
target='_blank' type='application/atom+xml'>Post Comments (Atom)</a></div></div></div></div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
<div class='widget Profile' data-version='1' id='Profile1'><h2>About us</h2><div class='widget-content'><dl class='profile-datablock'>
<dd class='profile-textblock'>Two boats, one harbour and far too many photos of fins. Trips run daily from April to October.</dd></dl></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Blog Archive</h2><div class='widget-content'><div id='ArchiveList'>
<ul class='hierarchy'>${links(bArchive, 'archivedate')}</ul></div></div></div></div></aside></div></div></div></div></div>
<footer><div class='footer-outer'><div class='foot section' id='footer-3'><div class='widget Attribution' data-version='1' id='Attribution1'>
<div class='widget-content' style='text-align: center;'>Simple theme. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div>
</div></div>
</div></footer></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/2975350194-widgets.js"></script>
<script type='text/javascript'>window['__wavt'] = 'AOuZoY5'; _WidgetManager._Init('//www.blogger.com/rearrange?blogID\x3d5123');</script></body></html>`;
const blogger: TestPage = {
  name: 'heldout643-blogger-sightings-log',
  kind: 'blog',
  html: bHtml,
  title: bTitle,
  headings: [],
  body: [...bIntro, ...rowTexts(bRows), ...bOutro],
  bylines: ['Sunday, 14 June 2026', 'Skipper Eoin', 'Posted by', 'Rinn Boat Trips', '21:07'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Whale, dolphin and seal trips from Ballinrinn harbour', 'Home', 'Book a trip', 'Prices', 'Notch surfacing off Gull Point, Tuesday 9 June',
    'Email This', 'BlogThis!', 'Share to Facebook', 'Labels:', 'rissos dolphin', 'No comments:', 'Post a Comment', 'Newer Post', 'Older Post',
    'Subscribe to:', 'Post Comments (Atom)', 'About us',
    'Two boats, one harbour and far too many photos of fins. Trips run daily from April to October.', 'Blog Archive', ...bArchive,
    'Simple theme. Powered by Blogger.',
  ],
};

const wTitle = 'Seal Island Trip';
const wBody = [
  j(
    'Hop aboard the Puffling for a one-hour trip round Inchcraig, home to about 400 grey seals and, in early summer, thousands of',
    'nesting seabirds. Our skipper slows right down at the haul-out so you get a proper look without disturbing them.',
  ),
  'Departs hourly from 10am to 4pm, Easter to the end of October, from the slipway beside the lifeboat station.',
  'Adults £18 · Children £10 · Under 4s free',
  j(
    'No need to book for groups under six: just turn up and pay at the hut. For bigger groups, give us a ring the day before.',
    'Trips can be cancelled in strong winds; we post updates on Facebook by 9am.',
  ),
];
const wNav = ['Home', 'Seal Island Trip', 'Fishing Trips', 'Gallery', 'Contact'];
const wHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/a1b2c3_fav.png">
<title>Seal Island Trip | Craigmouth Boat Trips</title><meta name="description" content="One-hour boat trips to see the grey seals on Inchcraig.">
<link rel="canonical" href="https://www.craigmouthboats.com/seal-island-trip"><meta property="og:site_name" content="Craigmouth Boat Trips">
<script type="application/json" id="wix-viewer-model">{"siteFeaturesConfigs":{"platform":{"bootstrapData":{"location":{"externalBaseUrl":
"https://www.craigmouthboats.com"}}}},"requestUrl":"https://www.craigmouthboats.com/seal-island-trip"}</script>
<style>#comp-kx1a9z0t{width:980px}#comp-lq4r8d2e{--min-height:42px}</style>
<script>window.viewerModel = JSON.parse(document.getElementById('wix-viewer-model').textContent)</script></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="qhwIj ignore-focus SCROLL_TO_TOP" role="region"
tabindex="-1" aria-label="top of page"><span class="mv5Zyf">top of page</span></div><div id="BACKGROUND_GROUP"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf">
<div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent" data-testid="mesh-container-content">
<div id="comp-kx1a7w3e" class="KcpHeO tz5f0K comp-kx1a7w3e wixui-rich-text" data-testid="richTextElement"><h2 class="font_2 wixui-rich-text__text">
<span style="color:#FFFFFF;" class="wixui-rich-text__text"><a href="https://www.craigmouthboats.com" target="_self" class="wixui-rich-text__text">
Craigmouth Boat Trips</a></span></h2></div>
<nav id="comp-kx1a9z0t" aria-label="Site" class="comp-kx1a9z0t wixui-horizontal-menu"><ul class="_5Y2QZ2 wixui-horizontal-menu__item-list">
${wNav
  .map(
    (t) => `<li class="wixui-horizontal-menu__item"><a data-testid="linkElement" href="https://www.craigmouthboats.com/${t.toLowerCase().replace(/ /g, '-')}"
class="UiHgGh"><div class="itemDepth02233374943__itemWrapper"><span class="itemDepth02233374943__label">${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></nav>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="SITE_PAGES_TRANSITION_GROUP" class="if7Vw2"><div id="c1dmp" class="dBAkHi theme-vars c1dmp"><div class="PFkO7r wixui-page" data-testid="page-bg"></div>
<div class="HT5ybB"><div id="Containerc1dmp" class="Containerc1dmp SPY_vo"><div data-mesh-id="Containerc1dmpinlineContent" data-testid="inline-content">
<section id="comp-lq4r8c9a" tabindex="-1" class="Oqnisf comp-lq4r8c9a wixui-section" data-block-level-container="ClassicSection">
<div data-testid="columns" class="V5AUxf"><div id="comp-lq4r8c9b" class="comp-lq4r8c9b YzqVVZ wixui-column-strip__column">
<div data-mesh-id="comp-lq4r8c9binlineContent" data-testid="inline-content">
<div id="comp-lq4r8d0a" class="KcpHeO tz5f0K comp-lq4r8d0a wixui-rich-text" data-testid="richTextElement">
<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${wTitle}</span></h1></div>
<div id="comp-lq4r8d1b" class="KcpHeO tz5f0K comp-lq4r8d1b wixui-rich-text" data-testid="richTextElement">
${wBody
  .map(
    (t) => `<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">${t}</span></p>
<p class="font_8 wixui-rich-text__text"><span class="wixui-rich-text__text">&#8203;</span></p>`,
  )
  .join('\n')}</div>
<div class="comp-lq4r8d2e FubTgk" id="comp-lq4r8d2e" aria-disabled="false"><a data-testid="linkElement" href="tel:01555380112"
class="uDW_Qe wixui-button PlZyDq" aria-disabled="false"><span class="l7_2fn wixui-button__label">Call 01555 380112</span></a></div>
<div id="comp-lq4r8d3f" class="MazNVa comp-lq4r8d3f wixui-image"><div data-testid="linkElement" class="j7pOnl">
<wow-image id="img_comp-lq4r8d3f" class="HlRz5e BI8PVQ" data-image-info='{"containerId":"comp-lq4r8d3f","displayMode":"fill"}'>
<img src="https://static.wixstatic.com/media/a1b2c3_seals.jpg/v1/fill/w_480,h_320/seals.jpg" alt="Grey seals on the rocks at Inchcraig"
style="width:480px;height:320px;object-fit:cover" width="480" height="320"></wow-image></div></div>
</div></div></div></section></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="inline-content">
<div id="comp-kx1ab4n2" class="KcpHeO tz5f0K comp-kx1ab4n2 wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text"><span class="wixui-rich-text__text">© 2035 by Craigmouth Boat Trips. Powered and secured by
<a href="https://www.wix.com" target="_blank" class="wixui-rich-text__text">Wix</a></span></p></div>
<div id="comp-kx1ab7q1" class="comp-kx1ab7q1 wixui-social-bar"><ul aria-label="Social Bar" class="ywJyt9"><li class="wixui-social-bar__item">
<a data-testid="linkElement" href="https://www.facebook.com/craigmouthboats" target="_blank">
<img alt="Facebook" src="https://static.wixstatic.com/media/fb.png">
</a></li></ul></div></div></div></footer></div></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" data-hook="consent-banner-root" role="region" aria-label="Cookie banner">
<p data-hook="consent-banner-text">This website uses cookies. By continuing you agree to our use of cookies.</p>
<button data-hook="consent-banner-settings-button">Settings</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.4b5d.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout643-wix-seal-trip',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: [],
  body: wBody,
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Craigmouth Boat Trips', ...wNav.filter((t) => t !== wTitle), 'Call 01555 380112',
    '© 2035 by Craigmouth Boat Trips. Powered and secured by Wix', 'This website uses cookies. By continuing you agree to our use of cookies.',
    'Settings', 'Accept',
  ],
};

export const HELDOUT643_B: readonly TestPage[] = [blogger, wix];
