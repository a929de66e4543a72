import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout487-kit.js';

/**
 * Held-out batch 487, file b: a growing-calendar post on a WordPress blog with the Astra theme (sidebar, share buttons,
 * author box and comments), and a community garden's rules page built with Wix.
 */
const gTitle = 'April on the allotment: what to sow, plant and protect';
const gBody = [
  j(
    'April is the month when the plot wakes up properly. The soil is finally warm enough to work most days, the evenings are light',
    'and there is suddenly far more to sow than there is space on the windowsill. It is also the month of the last frosts, and every',
    'year somebody on our site loses a tray of courgettes to a clear night in the third week.',
  ),
  j(
    'Here is how I split the month on my own half plot in the East Midlands. If you garden further south you can move everything',
    'forward by a week or so; in the north or on a cold, heavy site, hold back by a fortnight.',
  ),
  'Sow outdoors',
  j(
    'Once the soil crumbles in your hand rather than sticking in a ball, you can start direct sowing. I rake the beds level, water',
    'the drills before sowing rather than after, and cover them with fleece for the first two weeks.',
  ),
  'Beetroot: soak the seed clusters for an hour first and sow an inch apart. Thin to one seedling in each cluster.',
  'Carrots: sow thinly in a fine seedbed and cover with mesh straight away against carrot fly.',
  'Peas: a double row against a net, with a sheet of chicken wire laid over the top until they are up. Mice love them.',
  'Spinach, rocket and radish: little and often, a short row every two weeks until June.',
  'Parsnips: if you did not sow in March, there is still time, but use fresh seed. Last year’s packet will not come up.',
  'Sow under cover',
  j(
    'The greenhouse or the windowsill is for anything tender, and for the brassicas that I would rather not feed to the slugs as',
    'seedlings. Use modules so that the plants can go out with their roots undisturbed.',
  ),
  j(
    'Courgettes, squash and pumpkins go in at the end of the month, one seed to a 9cm pot, on their edge. Sown any earlier they get',
    'leggy and pot-bound long before it is safe to plant them out, which on our site is rarely before the last week of May.',
  ),
  j(
    'Sweetcorn is sown at the same time, in root trainers if you have them. French and runner beans can wait until early May:',
    'they grow fast and hate sitting in a pot.',
  ),
  'Leeks, Brussels sprouts and kale are sown now in a seed tray to be pricked out in May and planted in June.',
  'Plant out',
  j(
    'Potatoes are the big job. I plant first earlies in the first week of the month, second earlies in the middle and maincrop at',
    'the end, in trenches about 15cm deep. Earth them up as soon as the shoots show, and pull the soil right over them if a frost',
    'is forecast.',
  ),
  j(
    'Onion sets and shallots that were not planted in March should go in now. Push them in so that just the tip shows and net them',
    'for a fortnight, or the blackbirds will pull every one out to look underneath.',
  ),
  j(
    'Hardened-off lettuce, broad beans and early cabbages from the greenhouse can go out too. Harden them off for at least a week:',
    'out in the day, in at night, then out day and night with fleece.',
  ),
  'Protect',
  j(
    'Frost is the main risk. Keep a roll of fleece and some old compost bags on the plot. When a clear, still night is forecast,',
    'cover anything tender and the potato shoots. I check the forecast for the nearest weather station rather than the town,',
    'because our site is in a dip by the brook and runs three degrees colder.',
  ),
  j(
    'Slugs come out in force with the first warm rain. I use beer traps and a torch at dusk, and I keep the grass paths around the',
    'beds cut short. Wool pellets around the seedlings help a little.',
  ),
  'Pigeons will strip young brassicas to the stalk in an afternoon. Net them as soon as they are planted, and keep the net off the leaves.',
  'Harvest',
  j(
    'There is not much, but it is the best of the year: the first rhubarb, purple sprouting broccoli if you are lucky, the last of',
    'the leeks and the overwintered spring onions. Pick the rhubarb by pulling, not cutting, and stop by the end of June.',
  ),
  j(
    'Next month I will write about planting out the tender crops, staking the peas and the great annual bindweed battle. Let me',
    'know in the comments what you are sowing this week.',
  ),
];
const gHeads = [2, 9, 14, 18, 22];
const gLists = [4, 5, 6, 7, 8];
const gNav = ['Home', 'Growing calendar', 'Recipes', 'Plot diary', 'About'];
const gCats = ['Growing calendar', 'Vegetables'];
const gShare = ['Facebook', 'Pinterest', 'WhatsApp', 'Email'];
const gRecent = ['March on the allotment: beds, seeds and chitting', 'How I store seed potatoes', 'Rhubarb forcing, ten years on'];
const gArch = ['April 2026', 'March 2026', 'February 2026'];
const gComments = [
  ['Nettie Calloway', 'April 4, 2026 at 8:12 am', 'Great list, thank you. Do you soak parsnip seed as well or just beetroot?'],
  ['Tamsin Royle', 'April 4, 2026 at 9:47 am', 'I never soak parsnips, I just sow fresh seed. Beetroot really does come up faster when soaked though.'],
];
const gHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${gTitle} - Half Plot Diaries</title><meta name="robots" content="index, follow, max-image-preview:large">
<link rel="canonical" href="https://halfplotdiaries.co.uk/april-on-the-allotment/">
<meta property="og:type" content="article"><meta property="article:published_time" content="2026-04-03T18:20:11+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"${gTitle}",
"author":{"name":"Tamsin Royle"},"datePublished":"2026-04-03T18:20:11+00:00","wordCount":1180}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://halfplotdiaries.co.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4"
media="all">
<style id="astra-theme-css-inline-css">.ast-separate-container .ast-article-single{background-color:#fff;}.entry-title{font-size:2.2rem;}</style>
<script src="https://halfplotdiaries.co.uk/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script></head>
<body class="post-template-default single single-post postid-812 single-format-standard ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-title">
<a href="https://halfplotdiaries.co.uk/" rel="home">Half Plot Diaries</a></span>
<p class="site-description">Growing food on 125 square metres</p></div></div>
<div class="ast-mobile-menu-buttons"><button class="menu-toggle main-header-menu-toggle ast-mobile-menu-buttons-minimal" aria-expanded="false">
<span class="screen-reader-text">Main Menu</span><span class="ast-icon icon-menu-bars"></span></button></div>
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility" id="primary-site-navigation" aria-label="Site Navigation">
<ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex">${links(gNav, 'menu-item menu-item-type-custom')}</ul></nav>
</div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-812 post type-post status-publish format-standard has-post-thumbnail hentry category-growing-calendar ast-article-single" id="post-812">
<div class="ast-post-format- ast-no-thumb single-layout-1"><header class="entry-header">
<div class="post-thumb-img-content post-thumb"><img width="1024" height="683" src="https://halfplotdiaries.co.uk/wp-content/uploads/2026/04/april-beds.jpg"
class="attachment-large size-large wp-post-image" alt="Raked beds under fleece"></div>
<h1 class="entry-title" itemprop="headline">${gTitle}</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemprop="author">By <a class="url fn n" href="/author/tamsin/">
<span class="author-name" itemprop="name">Tamsin Royle</span></a></span> / <span class="posted-on">
<span class="published" itemprop="datePublished">April 3, 2026</span></span>
 / <span class="ast-terms-link"><a href="/category/growing-calendar/">Growing calendar</a></span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(gBody.slice(0, 2))}
<h2 class="wp-block-heading">${gBody[2]}</h2>${ps([gBody[3] ?? ''])}
<ul class="wp-block-list">${lis(gLists.map((i) => gBody[i] ?? ''))}</ul>
<h2 class="wp-block-heading">${gBody[9]}</h2>${ps(gBody.slice(10, 12))}
<figure class="wp-block-image size-large"><img src="https://halfplotdiaries.co.uk/wp-content/uploads/2026/04/pots.jpg" alt="">
<figcaption class="wp-element-caption">Squash sown on edge in 9cm pots, the last week of April.</figcaption></figure>
${ps(gBody.slice(12, 14))}
<h2 class="wp-block-heading">${gBody[14]}</h2>${ps(gBody.slice(15, 18))}
<h2 class="wp-block-heading">${gBody[18]}</h2>${ps(gBody.slice(19, 22))}
<h2 class="wp-block-heading">${gBody[22]}</h2>${ps(gBody.slice(23, 25))}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content">
<ul>${gShare.map((s) => `<li class="share-${s.toLowerCase()}"><a class="share-icon" href="#"><span>${s}</span></a></li>`).join('')}</ul></div></div></div>
</div></div></article>
<div class="ast-single-author-box"><div class="ast-author-meta"><div class="about-author-title-wrapper"><h3 class="about-author">About The Author</h3></div>
<div class="ast-author-details"><div class="post-author-avatar"><img alt="" src="https://secure.gravatar.com/avatar/a1?s=100"></div>
<div class="post-author-bio"><a class="url fn n" href="/author/tamsin/"><h4 class="author-title">Tamsin Royle</h4></a>
<div class="post-author-desc">Tamsin has kept a half plot in Wendham since 2014 and writes about it most weeks, usually with mud on the keyboard.</div>
</div></div></div></div>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
<div class="nav-previous"><a href="/march-on-the-allotment/" rel="prev"><span class="ast-left-arrow">←</span> Previous Post</a></div>
<div class="nav-next"><a href="/how-i-store-seed-potatoes/" rel="next">Next Post <span class="ast-right-arrow">→</span></a></div></div></nav>
<div id="comments" class="comments-area"><h3 class="comments-title">2 thoughts on “${gTitle}”</h3><ol class="ast-comment-list">
${gComments
  .map(
    (c, i) => `<li class="comment even thread-even depth-1" id="li-comment-${i}"><article id="comment-${i}" class="ast-comment">
<div class="ast-comment-info"><header class="ast-comment-meta ast-row ast-comment-author vcard"><div class="ast-comment-cite-wrap">
<cite><b class="fn">${c[0]}</b></cite></div><div class="ast-comment-time"><span class="timendate"><a href="#comment-${i}"><time>${c[1]}</time></a>
</span></div></header>
<section class="ast-comment-content comment"><p>${c[2]}</p><div class="ast-comment-edit-reply-wrap"><span class="ast-reply-link">
<a rel="nofollow" class="comment-reply-link" href="#respond">Reply</a></span></div></section></div></article></li>`,
  )
  .join('\n')}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3>
<form action="/wp-comments-post.php" method="post" id="ast-commentform" class="comment-form"><p class="comment-notes">Your email address will not be published.
Required fields are marked *</p><textarea id="comment" name="comment" aria-label="Type here.." placeholder="Type here.."></textarea>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment »"></p></form></div></div>
</main></div>
<div class="widget-area secondary" id="secondary" role="complementary"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-field">
<span class="screen-reader-text">Search for:</span><input type="search" id="search-field" class="search-field" placeholder="Search..." name="s">
</label></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${links(gRecent)}</ul></aside>
<aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>${links(gArch)}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Categories</h2><ul>${links(gCats)}</ul></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer footer-sml-layout-1"><div class="ast-footer-overlay"><div class="ast-container">
<div class="ast-small-footer-wrap"><div class="ast-small-footer-section ast-small-footer-section-1">Copyright © 2026 Half Plot Diaries | Powered by
<a href="https://wpastra.com/">Astra WordPress Theme</a></div></div></div></div></div></footer></div>
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":"","is_scroll_to_id":""};</script>
<script src="https://halfplotdiaries.co.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
</body></html>`;
const growingCalendar: TestPage = {
  name: 'heldout487-astra-growing-calendar',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: gHeads.map((i) => gBody[i] ?? ''),
  body: texts(gBody.filter((_, i) => !gHeads.includes(i))),
  bylines: ['By Tamsin Royle', 'Tamsin Royle', 'April 3, 2026', ...gComments.flatMap((c) => [c[0] ?? '', c[1] ?? ''])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Half Plot Diaries', 'Growing food on 125 square metres', 'Main Menu', 'Home', 'Growing calendar', 'Recipes', 'Plot diary',
    'Squash sown on edge in 9cm pots, the last week of April.', 'Share this:', ...gShare, 'About The Author',
    'Tamsin has kept a half plot in Wendham since 2014 and writes about it most weeks, usually with mud on the keyboard.', 'Post navigation',
    '← Previous Post', 'Next Post →', `2 thoughts on “${gTitle}”`, ...gComments.map((c) => c[2] ?? ''), 'Reply', 'Leave a Comment',
    'Your email address will not be published. Required fields are marked *', 'Search for:', 'Recent Posts', ...gRecent, 'Archives', ...gArch,
    'Categories', 'Vegetables', 'Copyright © 2026 Half Plot Diaries | Powered by Astra WordPress Theme',
  ],
};

const xTitle = 'Garden Rules';
const xBody = [
  j(
    'Ferncross Community Garden belongs to everyone who looks after it. These rules were agreed at the members’ meeting in',
    'September 2025. Please read them before your first session and keep to them.',
  ),
  'Your bed',
  'Each member household may tend one raised bed. Beds are allocated for a year from 1 March.',
  'Keep your bed planted or covered. A bed left bare and weedy for six weeks may be offered to someone on the list.',
  'No trees, bamboo, mint or horseradish in the raised beds. Ask us about the herb spiral instead.',
  'Shared spaces',
  'The orchard, pond and wildflower strip are looked after at the monthly work mornings. Please come to at least four a year.',
  'Tools go back in the container, cleaned, before you leave. Lock the padlock even if others are still on site.',
  'Children are very welcome and must be supervised by an adult at all times, especially near the pond.',
  'Water, chemicals and compost',
  'Use the water butts first. The mains tap is for filling the butts in dry weather, not for hoses.',
  'We garden without chemical pesticides, slug pellets or weedkillers. This includes "organic" sprays.',
  'Only uncooked fruit and vegetable scraps, leaves and cardboard go in the compost bays. No cooked food, meat or dog waste.',
  'If something goes wrong',
  j(
    'Talk to one of the coordinators first. Most problems are sorted with a cup of tea. If a member repeatedly breaks these rules,',
    'the committee may end their membership after giving them a written warning and a chance to reply.',
  ),
];
const xHeads = [1, 5, 9, 13];
const xNav = ['Home', 'About', 'Get Involved', 'Garden Rules', 'Events', 'Contact'];
const xRich = (cls: string, inner: string): string =>
  `<div class="wixui-rich-text" data-testid="richTextElement"><${cls.startsWith('h') ? cls : 'p'} class="font_${cls.startsWith('h') ? '2' : '8'}
 wixui-rich-text__text">${
   cls.startsWith('h')
     ? inner
     : `<span style="letter-spacing:normal;"
class="wixui-rich-text__text">${inner}</span>`
 }</${cls.startsWith('h') ? cls : 'p'}></div>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wix.com Website Builder"><title>Garden Rules | Ferncross Community Garden</title>
<meta name="description" content="The rules of Ferncross Community Garden, agreed by members in September 2025.">
<meta property="og:site_name" content="Ferncross Community Garden"><link rel="canonical" href="https://www.ferncrossgarden.org/garden-rules">
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Ferncross Community Garden",
"address":{"addressLocality":"Ferncross"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"9b2f0c1e","siteId":"d41c"},"language":{"userLanguage":"en"}};</script>
<style id="css_masterPage">#comp-lq3x8v1a{--bg:#2f5d3a}#SITE_HEADER{--shd:none}.font_2{font:normal normal normal 40px/1.4em georgia,serif;}</style></head>
<body><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF">
<div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="top of page">
<span class="mStDQs">top of page</span></div><div id="BACKGROUND_GROUP"><div id="pageBackground_c1dmp" class="pageBackground"></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout"><header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1">
<div class="_C0cVf"><div id="comp-lq3x8v1a" class="comp-lq3x8v1a wixui-rich-text" data-testid="richTextElement"><p class="font_7 wixui-rich-text__text">
<a href="https://www.ferncrossgarden.org" target="_self" class="wixui-rich-text__text">Ferncross Community Garden</a></p></div>
<wix-dropdown-menu id="comp-lq3x8v9c" class="XRwtpn comp-lq3x8v9c wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="ltr">
<nav class="StylableHorizontalMenu" aria-label="Site"><ul class="itemDepth0" role="menubar">
${xNav
  .map(
    (n) => `<li class="wixui-dropdown-menu__item" role="none">
<a data-testid="linkElement" href="https://www.ferncrossgarden.org/${n.toLowerCase().replace(/ /g, '-')}" class="UiHgGh" role="menuitem">
<p class="wixui-dropdown-menu__item">${n}</p></a></li>`,
  )
  .join('\n')}
</ul></nav></wix-dropdown-menu></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars">
<div class="PFkO7r wixui-page"><section id="comp-lq4a0d2e" class="comp-lq4a0d2e wixui-section" tabindex="-1"><div class="Ck3Kph" data-testid="columns">
<div id="comp-lq4a0d3f" class="comp-lq4a0d3f wixui-column-strip__column"><div data-testid="columns" class="V5AUxf">
<div id="comp-lq4a1b7k" class="comp-lq4a1b7k wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text">${xTitle}</h1></div>
<div class="wixui-image">
<img src="https://static.wixstatic.com/media/7c1b0a_f3e9~mv2.jpg/v1/fill/w_980,h_420/7c1b0a_f3e9~mv2.jpg" alt="Raised beds at Ferncross"></div>
${xRich('p', xBody[0] ?? '')}
${xBody
  .slice(1)
  .map((t, i) => xRich(xHeads.includes(i + 1) ? 'h2' : 'p', t))
  .join('\n')}
<div id="comp-lq4a9z0p" class="comp-lq4a9z0p wixui-button">
<a data-testid="linkElement" href="https://www.ferncrossgarden.org/_files/ugd/7c1b0a_rules.pdf" target="_blank"
class="uDW_Qe wixui-button PlZyDq"><span class="l7_2fn wixui-button__label">Download the rules (PDF)</span></a></div>
</div></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf">
<div id="comp-lq3x8w0d" class="wixui-rich-text" data-testid="richTextElement">
<p class="font_9 wixui-rich-text__text">Ferncross Community Garden, behind the library on Pellow Street.
Open to members daily, dawn to dusk.</p><p class="font_9 wixui-rich-text__text">Registered charity no. 1187224</p>
<p class="font_9 wixui-rich-text__text">© 2026 by Ferncross Community Garden. Proudly created with Wix.com</p></div>
<div class="wixui-social-bar"><ul class="social-bar" aria-label="Social Bar"><li><a href="https://www.instagram.com/ferncrossgarden">
<img src="https://static.wixstatic.com/media/instagram.png" alt="Instagram"></a></li></ul></div></div></footer></div></div></div>
<div id="SCROLL_TO_BOTTOM" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="bottom of page">
<span class="mStDQs">bottom of page</span></div></div></div>
<div id="consent-banner-root"><div class="consent-banner" role="dialog" aria-label="Cookie banner">
<p>This website uses cookies. By accepting, you agree to our use of such
cookies.</p><a href="/privacy-policy">Privacy Policy</a><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline</button><button data-hook="consent-banner-apply-button">Accept</button></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.renderer.js" async></script></body></html>`;
const gardenRules: TestPage = {
  name: 'heldout487-wix-garden-rules',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: xHeads.map((i) => xBody[i] ?? ''),
  body: xBody.filter((_, i) => !xHeads.includes(i)),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Ferncross Community Garden', 'Home', 'Get Involved', 'Events', 'Contact', 'Download the rules (PDF)',
    'Ferncross Community Garden, behind the library on Pellow Street. Open to members daily, dawn to dusk.', 'Registered charity no. 1187224',
    '© 2026 by Ferncross Community Garden. Proudly created with Wix.com', 'bottom of page',
    'This website uses cookies. By accepting, you agree to our use of such cookies.', 'Privacy Policy', 'Settings', 'Decline', 'Accept',
  ],
};

export const HELDOUT487_B: readonly TestPage[] = [growingCalendar, gardenRules];
