import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout637-kit.js';

/**
 * Held-out batch 637, file b: a smallholder feed delivery page of a country store built with Wix (Thunderbolt markup, rich-text
 * components, a Wix Forms postcode form), and a Discourse topic (crawler / no-JS view) on a backyard poultry forum.
 */
const xTitle = 'Smallholder feed delivery';
const xDek = 'Feed, bedding and supplements brought to your yard every fortnight';
const xIntro = [
  j(
    'Carrying 20 kg sacks from the car to the feed bin is nobody’s favourite job. Since 2019 we have run our own van around the',
    'villages of the Dunmere valley, dropping feed straight into sheds, stores and, if you leave it unlocked, your feed bin.',
  ),
  'There is no contract and no minimum term. Order by Sunday night and we deliver on your area’s round the same week.',
];
const xH = ['Where we deliver', 'Delivery charges', 'What we carry', 'How to order'];
const xWhere = [
  'Tuesday round: Dunmere, Hobb’s Cross, Little Avering and Saltcote',
  'Thursday round: Marrow Green, Peverell, Upper and Lower Tanning',
  'Friday round (fortnightly): the outlying farms beyond Saltcote Moor',
];
const xCharges = [
  j(
    'Delivery is free on orders over £60. Below that we charge £6 a drop. Farms on the Friday round pay £9 whatever the order, as',
    'the round is 40 miles of single-track lanes.',
  ),
];
const xCarry = [
  'Layers pellets and mash from Hallam Mills and Greenhatch Feeds',
  'Chick crumb, grower’s pellets and duck and goose feed',
  'Mixed corn, oyster shell and grit',
  'Dust-extracted chopped straw, hemp bedding and wood shavings',
  'Sheep nuts, goat mix and mineral licks',
];
const xOrder = [
  j(
    'Ring the shop on 01632 960 418 or use the form below to check we cover your postcode. Once you are set up, most customers',
    'simply text their order to the van number and pay by card on the doorstep or by invoice at the end of the month.',
  ),
];
const xNav = ['Home', 'Shop', 'Feed Delivery', 'Poultry Corner', 'Opening Hours', 'Contact'];
const rt = (html: string, id: string): string =>
  `<div id="comp-${id}" class="HcOXKn SxM0TO QxJLC3 comp-${id} wixui-rich-text" data-testid="richTextElement">${html}</div>`;
const navItem = (t: string, i: number): string =>
  `<li class="wixui-dropdown-menu__item xRZ8sb" data-testid="menuItem-${i}"><a data-testid="linkElement" href="https://www.dunmerecountrystore.co.uk/${t
    .toLowerCase()
    .replace(/ /g, '-')}" class="UiHgGh"><div class="itemDepth02233374943__root"><p class="StylableHorizontalMenu3372578893__menuItem">${t}</p></div></a></li>`;
const xHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7c1a2f_fav.png">
<title>Feed Delivery | Dunmere Country Store</title><meta name="description" content="Fortnightly feed and bedding delivery around the Dunmere valley.">
<meta property="og:title" content="Feed Delivery | Dunmere Country Store"><meta property="og:site_name" content="Dunmere Country Store">
<script type="application/json" id="wix-viewer-model">{"siteFeatures":["assetsLoader","businessLogger","cookiesManager","consentPolicy"],
"site":{"metaSiteId":"4e2b7c1a","isResponsive":false}}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Dunmere Country Store","telephone":"01632 960418"}</script>
<style id="css_masterPage">#SITE_HEADER{z-index:50;--above-all-in-container:10000}#comp-lq8x2{width:980px}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP"
role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="pageBackground_x2k8d" class="pageBackground_x2k8d"></div></div>
<div id="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg">
</div></div>
<div class="U4Bvut">
<div data-testid="inline-content" class="">${rt('<p class="font_6 wixui-rich-text__text" style="font-size:26px;">Dunmere Country Store</p>', 'lq8x1')}
<nav aria-label="Site" id="comp-lq8x3" class="comp-lq8x3 wixui-horizontal-menu">
<ul class="R_TAzU" data-testid="menuItems">${xNav.map(navItem).join('\n')}</ul></nav>
</div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES">
<div id="x2k8d" class="dBAkHi theme-vars x2k8d"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB">
<section id="comp-lq9a1" tabindex="-1" class="Oqnisf comp-lq9a1 wixui-section" data-block-level-container="ClassicSection"><div id="bgLayers_comp-lq9a1"
data-hook="bgLayers" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div></div><div data-testid="columns" class="V5AUxf">
<div id="comp-lq9a2" class="comp-lq9a2 YzqVVZ wixui-column-strip__column"><div data-testid="inline-content" class="">
${rt(`<h1 class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">${xTitle}</span></h1>`, 'lq9a3')}
${rt(`<h4 class="font_4 wixui-rich-text__text"><span class="wixui-rich-text__text">${xDek}</span></h4>`, 'lq9a4')}
<div id="comp-lq9a5" class="MazNVa comp-lq9a5 wixui-image"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_comp-lq9a5" class="HlRz5e BI8PVQ"
data-image-info='{"containerId":"comp-lq9a5","displayMode":"fill"}'><img src="https://static.wixstatic.com/media/7c1a2f_van.jpg/v1/fill/w_460,h_300/van.jpg"
alt="Green delivery van outside a barn" style="width:460px;height:300px;object-fit:cover"></wow-image></div></div>
${rt(`${ps(xIntro, ' class="font_8 wixui-rich-text__text"')}`, 'lq9a6')}
${rt(
  `<h2 class="font_2 wixui-rich-text__text">${xH[0]}</h2><ul class="font_8 wixui-rich-text__text">${xWhere
    .map((t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">${t}</p></li>`)
    .join('')}</ul>`,
  'lq9a7',
)}
${rt(`<h2 class="font_2 wixui-rich-text__text">${xH[1]}</h2>${ps(xCharges, ' class="font_8 wixui-rich-text__text"')}`, 'lq9a8')}
${rt(
  `<h2 class="font_2 wixui-rich-text__text">${xH[2]}</h2><ul class="font_8 wixui-rich-text__text">${xCarry
    .map((t) => `<li class="wixui-rich-text__text"><p class="font_8 wixui-rich-text__text">${t}</p></li>`)
    .join('')}</ul>`,
  'lq9a9',
)}
${rt(`<h2 class="font_2 wixui-rich-text__text">${xH[3]}</h2>${ps(xOrder, ' class="font_8 wixui-rich-text__text"')}`, 'lq9b1')}
<div id="comp-lq9b2" class="comp-lq9b2 wixui-form"><form class="GwhPIh" novalidate="" aria-label="Check your postcode">
${rt('<h5 class="font_5 wixui-rich-text__text">Check your postcode</h5>', 'lq9b3')}
<div class="H8Lpix"><label for="input_comp-lq9b4" class="wixui-text-input__label">Your name</label>
<input type="text" id="input_comp-lq9b4" class="KvoMHf" value=""></div>
<div class="H8Lpix"><label for="input_comp-lq9b5" class="wixui-text-input__label">Postcode *</label>
<input type="text" id="input_comp-lq9b5" class="KvoMHf" value=""></div>
<div class="H8Lpix"><label for="input_comp-lq9b6" class="wixui-text-input__label">Phone</label>
<input type="tel" id="input_comp-lq9b6" class="KvoMHf" value=""></div>
<div class="comp-lq9b7 R6ex7N wixui-button" aria-disabled="false"><button aria-disabled="false" data-testid="buttonElement" class="kuTaGy wixui-button">
<span class="w4Vxx6 wixui-button__label">Submit</span></button></div>
${rt('<p class="font_8 wixui-rich-text__text">Thanks! We’ll text you within a day.</p>', 'lq9b8').replace('data-testid', 'style="display:none" data-testid')}
</form></div></div></div></div></section></div></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="inline-content" class="">
${rt(
  '<p class="font_8 wixui-rich-text__text">Dunmere Country Store, Mill Yard, Dunmere</p>' +
    '<p class="font_8 wixui-rich-text__text">Open Monday to Saturday, 8am to 5pm</p>',
  'lq8y1',
)}
${rt('<p class="font_9 wixui-rich-text__text">© 2026 by Dunmere Country Store. Proudly created with Wix.com</p>', 'lq8y2')}
<div id="comp-lq8y3" class="comp-lq8y3 wixui-social-bar"><ul aria-label="Social Bar"><li><a href="https://www.facebook.com/dunmerecountrystore" target="_blank"
aria-label="Facebook"><wow-image><img alt="Facebook" src="https://static.wixstatic.com/media/fb.png"></wow-image></a></li></ul></div></div></div></footer>
</div></div></div></div>
<div id="consent-banner-root"><div data-hook="consent-banner-root" class="Dd6mUX"><div data-hook="ccsu-banner-text" class="ccsu-banner-text">
<p>This website uses cookies. We use cookies to improve your experience and to analyse traffic.</p></div>
<div class="ccsu-banner-actions"><button data-hook="consent-banner-settings-button">Settings</button>
<button data-hook="consent-banner-decline-button">Decline all</button>
<button data-hook="consent-banner-apply-button">Accept</button></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.e2c4f1a7.bundle.min.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout637-wix-feed-delivery',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: xH,
  body: texts([xDek, ...xIntro, ...xWhere, ...xCharges, ...xCarry, ...xOrder]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'top of page', 'Dunmere Country Store', 'Home', 'Poultry Corner', 'Opening Hours', 'Contact', 'Check your postcode', 'Your name',
    'Phone', 'Submit', 'Dunmere Country Store, Mill Yard, Dunmere', 'Open Monday to Saturday, 8am to 5pm',
    '© 2026 by Dunmere Country Store. Proudly created with Wix.com',
    'This website uses cookies. We use cookies to improve your experience and to analyse traffic.',
    'Settings', 'Decline all', 'Accept',
  ],
};

const dTitle = 'Broody Pekin won’t get off the nest – how long do I leave her?';
interface Post {
  user: string;
  time: string;
  iso: string;
  paras: string[];
  likes?: string;
  quote?: string;
}
const dPosts: Post[] = [
  {
    user: 'hazel_m',
    time: 'April 11, 2026, 6:02pm',
    iso: '2026-04-11T18:02:11Z',
    paras: [
      j(
        'One of my lavender Pekins has been sitting in the nest box for nine days now. There are no eggs under her, I take them every',
        'evening, and she has no cockerel anyway. She puffs up and growls when I lift her out and goes straight back.',
      ),
      'Should I just let her get on with it? I’m worried she isn’t eating or drinking enough. She looks thinner when I pick her up.',
    ],
    likes: '2 Likes',
  },
  {
    user: 'OldBarnBantams',
    time: 'April 11, 2026, 7:15pm',
    iso: '2026-04-11T19:15:40Z',
    paras: [
      j(
        'Pekins are the worst for it! Nine days is not dangerous in itself as long as she comes off once a day to eat, drink and do',
        'an enormous smelly dropping. If you have not seen one of those, she is not getting off.',
      ),
      j(
        'Either lift her off morning and evening and put her by the food, or break the broodiness properly: a wire-floored cage',
        'with food and water, no bedding, for three days. Cool air under her belly is what does it.',
      ),
    ],
    likes: '5 Likes',
  },
  {
    user: 'hazel_m',
    time: 'April 11, 2026, 8:40pm',
    iso: '2026-04-11T20:40:02Z',
    quote: 'a wire-floored cage with food and water, no bedding, for three days',
    paras: ['I have an old rabbit hutch with a mesh floor. Would that work if I take the bedding out?'],
  },
  {
    user: 'Tom_Pengarth',
    time: 'April 12, 2026, 9:03am',
    iso: '2026-04-12T09:03:27Z',
    paras: [
      j(
        'A hutch is fine, just raise it on bricks so the air gets underneath. Put it where she can see the others. Mine usually',
        'give up after two or three days; one stubborn Silkie took five.',
      ),
      'Or, if you fancy some chicks, get half a dozen fertile eggs and let her do the work. Broody Pekins make lovely mothers.',
    ],
    likes: '3 Likes',
  },
  {
    user: 'hazel_m',
    time: 'April 15, 2026, 5:21pm',
    iso: '2026-04-15T17:21:55Z',
    paras: ['Update: three days in the hutch and she is back out scratching about with the others. Thank you all!'],
    likes: '1 Like',
  },
];
const dRelated = ['Silkie sitting on golf balls for three weeks', 'Best broody breeds for hatching duck eggs?', 'Pekin pullet not laying at 30 weeks'];
const dFoot = ['Home', 'Categories', 'Guidelines', 'Terms of Service', 'Privacy Policy'];
const dPost = (p: Post, i: number): string => `<div ${i === 0 ? '' : "itemprop='comment' "}id='post_${i + 1}' ${
  i === 0 ? '' : "itemscope itemtype='http://schema.org/Comment' "
}class='topic-body crawler-post'>
<div class='crawler-post-meta'><span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
<a itemprop="url" rel='nofollow' href='https://forum.backyardflock.org/u/${p.user}'><span itemprop='name'>${p.user}</span></a></span>
<link itemprop="mainEntityOfPage" href="https://forum.backyardflock.org/t/broody-pekin-wont-get-off-the-nest/4821">
<span class="crawler-post-infos"><time ${i === 0 ? "itemprop='datePublished' " : ''}datetime='${p.iso}' class='post-time'>${p.time}</time>
<meta itemprop='dateModified' content='${p.iso}'><span itemprop='position'>${i + 1}</span></span></div>
<div class='post' itemprop='text'>${
  p.quote === undefined
    ? ''
    : `<aside class="quote no-group" data-username="OldBarnBantams" data-post="2" data-topic="4821"><div class="title"><div class="quote-controls"></div>
<img loading="lazy" alt="" width="24" height="24" src="https://forum.backyardflock.org/user_avatar/forum.backyardflock.org/oldbarnbantams/48/88_2.png"
class="avatar">
OldBarnBantams:</div><blockquote><p>${p.quote}</p></blockquote></aside>`
}
${ps(p.paras)}</div>
<div itemprop="interactionStatistic" itemscope itemtype="http://schema.org/InteractionCounter">
<meta itemprop="interactionType" content="http://schema.org/LikeAction">
<meta itemprop="userInteractionCount" content="${p.likes === undefined ? 0 : p.likes.replace(/\D/g, '')}">${
  p.likes === undefined ? '' : `<span class='post-likes'>${p.likes}</span>`
}</div></div>`;
const dRow = (t: string, i: number): string => `<tr class="topic-list-item"><td class="main-link"><meta itemprop='position' content='${i + 1}'>
<span class="link-top-line"><a itemprop='url' href='/t/${4700 + i * 31}' class='title raw-link raw-topic-link'>${t}</a></span>
<div class="link-bottom-line"><a href='/c/health-welfare/6' class='badge-wrapper bullet'><span class='badge-category-bg' style='background-color: #3AB54A'>
</span>
<span class='badge-category clear-badge'><span class='category-name'>Health &amp; Welfare</span></span></a></div></td>
<td class="replies"><span class='posts' title='posts'>${7 + i * 4}</span></td><td class="views"><span class='views' title='views'>${210 + i * 95}</span></td>
<td>${['March', 'January', 'February'][i]} 2026</td></tr>`;
const dHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${dTitle} - Health &amp; Welfare - Backyard Flock</title>
<meta name="description" content="One of my lavender Pekins has been sitting in the nest box for nine days now.">
<meta name="generator" content="Discourse 3.3.2 - https://github.com/discourse/discourse version 9b1c7a2e">
<link rel="icon" type="image/png" href="/uploads/default/optimized/1X/favicon_32x32.png">
<meta name="theme-color" media="all" content="#ffffff"><link rel="canonical" href="https://forum.backyardflock.org/t/broody-pekin-wont-get-off-the-nest/4821">
<meta property="og:site_name" content="Backyard Flock"><meta property="og:type" content="website"><meta property="og:title" content="${dTitle}">
<meta property="article:section" content="Health &amp; Welfare"><meta property="article:section:color" content="3AB54A">
<link href="/stylesheets/color_definitions_base__1_5e8b.css?__ws=forum.backyardflock.org" media="all" rel="stylesheet" class="light-scheme">
<link href="/stylesheets/desktop_9b1c7a2e.css?__ws=forum.backyardflock.org" media="all" rel="stylesheet" data-target="desktop">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"WebSite","url":"https://forum.backyardflock.org","name":"Backyard Flock"}</script>
</head>
<body class="crawler browser-update"><header><a href="/"><img src="/uploads/default/original/1X/logo.png" alt="Backyard Flock" id="site-logo"></a></header>
<div id="main-outlet" class="wrap" role="main"><div id="topic-title"><h1><a href="/t/broody-pekin-wont-get-off-the-nest/4821">${dTitle}</a></h1>
<div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
<a href="/c/health-welfare/6" class="badge-wrapper bullet" itemprop="item"><span class='badge-category-bg' style='background-color: #3AB54A'></span>
<span class='badge-category clear-badge'><span class='category-name' itemprop='name'>Health &amp; Welfare</span></span></a>
<meta itemprop="position" content="1"></span></div>
<div class="topic-list-tags"><a href='https://forum.backyardflock.org/tag/broody' class='discourse-tag'>broody</a>
<a href='https://forum.backyardflock.org/tag/pekins' class='discourse-tag'>pekins</a></div></div>
<div itemscope itemtype='http://schema.org/DiscussionForumPosting'><meta itemprop='headline' content='${dTitle}'>
<link itemprop='url' href='https://forum.backyardflock.org/t/broody-pekin-wont-get-off-the-nest/4821'>
<meta itemprop='articleSection' content='Health &amp; Welfare'>
<meta itemprop='keywords' content='broody, pekins'><div itemprop='publisher' itemscope itemtype="http://schema.org/Organization">
<meta itemprop='name' content='Backyard Flock'></div>
${dPosts.map(dPost).join('\n')}
</div>
<div id="related-topics" class="more-topics__list " role="complementary" aria-labelledby="related-topics-title">
<h3 id="related-topics-title" class="more-topics__list-title">Related topics</h3>
<div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
<meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'><table class='topic-list'><thead><tr><th>Topic</th><th></th>
<th class="replies">Replies</th><th class="views">Views</th><th>Activity</th></tr></thead><tbody>${dRelated.map(dRow).join('\n')}</tbody></table></div></div>
</div>
<footer class="container wrap"><nav class='crawler-nav'><ul>${links(dFoot)}</ul></nav></footer>
<div id="noscript-footer"><p>Powered by <a href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p></div>
</body></html>`;
const discourse: TestPage = {
  name: 'heldout637-discourse-broody-pekin',
  kind: 'forum',
  html: dHtml,
  title: dTitle,
  headings: [],
  body: texts(dPosts.flatMap((p) => (p.quote === undefined ? p.paras : [p.quote, ...p.paras]))),
  bylines: [...new Set(dPosts.flatMap((p) => [p.user, p.time]))],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Health & Welfare', '2 Likes', '5 Likes', '3 Likes', '1 Like', 'Related topics', 'Topic', 'Replies', 'Views', 'Activity',
    ...dRelated, 'March 2026', 'January 2026', 'February 2026', ...dFoot, 'Powered by Discourse, best viewed with JavaScript enabled',
  ],
};

export const HELDOUT637_B: readonly TestPage[] = [wix, discourse];
