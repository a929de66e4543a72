import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout671-kit.js';

/**
 * Held-out batch 671, file e: a veg box company's help centre article on Zendesk Guide (Copenhagen theme) with article votes and
 * related articles, and a local news article on a farm shop reopening after a flood, served by a Next.js news site.
 */
const zTitle = 'How do I skip or pause a delivery?';
const zBody = [
  'You can skip single deliveries or pause your box for up to twelve weeks from your account, without calling us.',
  'Skip one delivery',
  'Log in and open My deliveries.',
  'Find the week you want to skip and select <strong>Skip this delivery</strong>.',
  'You will get an email to confirm. Your card will not be charged for that week.',
  'Pause your box',
  j(
    'Go to <strong>My subscription</strong> and choose <strong>Pause</strong>. Pick the date of the first delivery you want to miss',
    'and the date you would like to restart. Your box restarts automatically.',
  ),
  'Deadlines',
  j(
    'Changes must be made by <strong>11:59pm on Sunday</strong> for deliveries from Tuesday to Friday the same week. After the deadline',
    'your box has already been packed, so we cannot skip it, but you can still give your delivery address to a neighbour.',
  ),
  'If you pause for more than twelve weeks, we will cancel your subscription and email you a link to restart it.',
];
const zHeadIdx = [1, 5, 7];
const zSteps = zBody.slice(2, 5);
const zRel = ['Changing your delivery address', 'What happens if I am not in?', 'Cancelling your subscription'];
const zCrumbs = ['Riverfold Veg Help Centre', 'Your deliveries', 'Managing deliveries'];
const zSection = ['How do I add extras to my box?', zTitle, 'Can I change my delivery day?'];
const zHtml = `<!DOCTYPE html>
<html dir="ltr" lang="en-GB"><head><meta charset="utf-8"><!-- v26903 --><title>${zTitle} &ndash; Riverfold Veg Help Centre</title>
<meta content="width=device-width, initial-scale=1.0" name="viewport"><meta name="csrf-param" content="authenticity_token">
<link rel="canonical" href="https://help.riverfoldveg.co.uk/hc/en-gb/articles/4410288812049-How-do-I-skip-or-pause-a-delivery">
<meta content="You can skip single deliveries or pause your box for up to twelve weeks from your account." name="description">
<meta property="og:type" content="website"><meta property="og:site_name" content="Riverfold Veg Help Centre"><meta property="og:title" content="${zTitle}">
<link rel="stylesheet" href="//static.zdassets.com/hc/assets/application-3a8f.css" media="all">
<link rel="stylesheet" href="https://theme.zdassets.com/theme_assets/1180377/9b2c3d.css" media="all">
<script src="https://static.zdassets.com/hc/assets/en-gb.b9a1.js"></script>
<script type="text/javascript">HelpCenter = {};HelpCenter.account = {"subdomain":"riverfoldveg"};HelpCenter.user = {"role":"anonymous"};</script>
</head><body class=""><a class="skip-navigation" tabindex="1" href="#main-content">Skip to main content</a>
<header class="header"><div class="logo"><a title="Home" href="/hc/en-gb"><img src="https://theme.zdassets.com/theme_assets/1180377/logo.png"
alt="Riverfold Veg Help Centre Help Centre home page"></a></div><div class="nav-wrapper-desktop"><nav class="user-nav" id="user-nav"
aria-label="User navigation">
<ul class="user-nav-list"><li><a class="submit-a-request" href="/hc/en-gb/requests/new">Submit a request</a></li><li><a class="sign-in" rel="nofollow"
data-auth-action="signin" title="Opens a dialog" role="button" href="/hc/en-gb/signin">Sign in</a></li></ul></nav></div></header>
<main role="main"><div class="container-divider"></div><div class="container"><div class="sub-nav"><nav aria-label="Current location">
<ol class="breadcrumbs">${links(zCrumbs)}</ol></nav><div class="search-container"><form role="search" class="search" data-search="" action="/hc/en-gb/search"
accept-charset="UTF-8" method="get"><input type="search" name="query" id="query" placeholder="Search" autocomplete="off" aria-label="Search"></form></div></div>
<div class="article-container" id="article-container"><aside class="article-sidebar" aria-labelledby="section-articles-title"><div class="collapsible-sidebar">
<button type="button" class="collapsible-sidebar-toggle" aria-labelledby="section-articles-title" aria-expanded="false"></button>
<h2 id="section-articles-title" class="collapsible-sidebar-title sidenav-title">Articles in this section</h2><div class="collapsible-sidebar-body"><ul>
${zSection.map((t) => `<li><a href="/hc/en-gb/articles/1" class="sidenav-item${t === zTitle ? ' current-article' : ''}">${t}</a></li>`).join('\n')}</ul>
<a href="/hc/en-gb/sections/360011" class="article-sidebar-item">See more</a></div></div></aside>
<article id="main-content" class="article"><header class="article-header"><h1 title="${zTitle}" class="article-title">${zTitle}</h1>
<div class="article-author"><div class="avatar article-avatar"><img src="https://riverfoldveg.zendesk.com/system/photos/agent.png" alt=""
class="user-avatar"></div>
<div class="article-meta"><span>Nell Pardoe</span><ul class="meta-group"><li class="meta-data"><time datetime="2026-08-21T10:12:44Z" title="2026-08-21 10:12"
data-datetime="relative">August 21, 2026 10:12</time></li><li class="meta-data">Updated</li></ul></div></div>
<a class="article-subscribe button-secondary" title="Opens a sign-in dialog" rel="nofollow" role="button" data-auth-action="signin"
aria-selected="false" href="/hc/en-gb/articles/4410288812049/subscription.html">Follow</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">
<p>${zBody[0]}</p><h2 id="h_01">${zBody[1]}</h2><ol>${lis(zSteps)}</ol>
<h2 id="h_02">${zBody[5]}</h2><p>${zBody[6]}</p>
<div class="callout"><h3 id="h_03">${zBody[7]}</h3><p>${zBody[8]}</p></div><p>${zBody[9]}</p></div>
<div class="article-attachments"></div></div></section>
<footer><div class="article-footer"><div class="article-share"><ul class="share"><li><a href="https://www.facebook.com/share.php?title=x" class="share-facebook"
aria-label="Facebook"><svg></svg></a></li><li><a href="https://twitter.com/share?lang=en" class="share-twitter"
aria-label="X Corp"><svg></svg></a></li></ul></div>
</div><div class="article-votes"><h2 class="article-votes-question" id="article-votes-label">Was this article helpful?</h2><div class="article-votes-controls"
role="group" aria-labelledby="article-votes-label"><button type="button" class="button article-vote article-vote-up" data-auth-action="signin"
aria-label="This article was helpful" aria-pressed="false">Yes</button><button type="button" class="button article-vote article-vote-down"
data-auth-action="signin" aria-label="This article was not helpful" aria-pressed="false">No</button></div><small class="article-votes-count">
<span class="article-vote-label">18 out of 21 found this helpful</span></small></div>
<div class="article-more-questions">Have more questions? <a href="/hc/en-gb/requests/new">Submit a request</a></div><div class="article-return-to-top">
<a href="#article-container">Return to top</a></div></footer>
<section class="related-articles"><h2 class="related-articles-title">Related articles</h2><ul>${links(zRel)}</ul></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a title="Home" href="/hc/en-gb">Riverfold Veg Help Centre</a><div class="footer-language-selector"></div>
<div class="powered-by-zendesk"><a href="https://www.zendesk.co.uk/service/help-center/" target="_blank"
rel="nofollow">Powered by Zendesk</a></div></div></footer>
<script type="text/javascript">window.HelpCenter.i18n = {"article_votes":"Was this article helpful?"};</script></body></html>`;
const riverfold: TestPage = {
  name: 'heldout671-zendesk-skip-delivery',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zHeadIdx.map((i) => zBody[i] ?? ''),
  body: texts(zBody.filter((_, i) => !zHeadIdx.includes(i))),
  bylines: ['Nell Pardoe', 'August 21, 2026 10:12', 'Updated'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Submit a request', 'Sign in', ...zCrumbs, 'Articles in this section', ...zSection.filter((t) => t !== zTitle), 'See more',
    'Follow', 'Was this article helpful?', 'Yes', 'No', '18 out of 21 found this helpful', 'Have more questions? Submit a request', 'Return to top',
    'Related articles', ...zRel, 'Powered by Zendesk',
  ],
};

const nTitle = 'Farm shop reopens six months after flood swept through its barn';
const nDek = 'Owners of Holm Barn say customers helped them rebuild, with volunteers scrubbing silt from the floor in the first week.';
const nBody = [
  j(
    'A farm shop near Dalebrook that was wrecked when the River Lowe burst its banks in November has reopened, with a raised floor',
    'and a new walk-in cold store kept above the level of last winter\u2019s flood.',
  ),
  j(
    'Holm Barn Farm Shop, run by Ed and Saskia Varney on the family\u2019s dairy farm, lost most of its stock and all of its',
    'fridges when water rose more than a metre inside the converted barn overnight.',
  ),
  j(
    '\u201cWe stood in the yard at six in the morning and watched the chiller units floating,\u201d said Mrs Varney. \u201cThe next',
    'day there were twenty people here with shovels. Most of them were customers.\u201d',
  ),
  j(
    'The couple kept their veg box round going from a borrowed trailer through the winter, packing boxes in the milking parlour',
    'after the morning milking. Around 180 households stayed with the scheme.',
  ),
  'Rebuilding higher',
  j(
    'The rebuild cost about \u00a3140,000, part covered by insurance and a \u00a325,000 flood recovery grant from Lowe Valley District',
    'Council. Electrics now run from the ceiling and the new floor sits 80 centimetres higher than before.',
  ),
  j(
    'Councillor Brian Okafor, who chairs the council\u2019s rural affairs committee, said the grant scheme had helped eleven',
    'businesses on the river so far and was open until the end of July.',
  ),
  j('The shop is open Wednesday to Sunday. A reopening market with local producers is planned for Saturday 23 May from 10am.'),
];
const nHeadIdx = [4];
const nNav = ['News', 'Sport', 'What\u2019s On', 'Property', 'Jobs', 'Announcements'];
const nMost = ['Bypass roadworks to start in September', 'Dalebrook Show moves to new showground', 'School meals to use more local produce'];
const nData = JSON.stringify({
  props: { pageProps: { article: { id: 'a-20260512-holm-barn', headline: nTitle, section: 'news' } } },
  page: '/[section]/[slug]',
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="preload" href="/_next/static/media/c9a5bc6a7c948fb0-s.p.woff2" as="font" crossorigin="" type="font/woff2"/>
<link rel="stylesheet" href="/_next/static/css/4f5e9a.css" data-precedence="next"/><title>${nTitle} | Dalebrook Gazette</title>
<meta name="description" content="${nDek}"/><link rel="canonical" href="https://www.dalebrookgazette.co.uk/news/holm-barn-farm-shop-reopens"/>
<meta property="og:type" content="article"/><meta name="twitter:card" content="summary_large_image"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-05-12T06:00:00+01:00",
"author":[{"@type":"Person","name":"Gemma Tulloch"}]}</script><noscript data-n-css=""></noscript></head>
<body class="__className_3a0b1c"><div id="__next"><a href="#main" class="SkipLink_skip__x7Qe2">Skip to content</a>
<div class="ConsentBanner_wrapper__Jd93k" role="dialog" aria-live="polite"
aria-label="Cookie consent"><p class="ConsentBanner_text__b1Xq0">We and our partners use
cookies to personalise content and ads and to analyse our traffic.</p>
<div class="ConsentBanner_actions__W0p2s"><button class="Button_primary__Zk2Lp">Accept all</button>
<button class="Button_secondary__pQ8mT">Manage preferences</button></div></div>
<header class="Header_header__T4bVd"><div class="Header_top__h2LwY"><a class="Header_logo__Y8vNc"
href="/"><span class="VisuallyHidden_root__e9s1A">Dalebrook Gazette
</span><svg aria-hidden="true" viewBox="0 0 220 40"></svg></a><button class="Header_search__s0KrV" aria-label="Search"><svg aria-hidden="true"></svg></button>
<a class="Header_subscribe__Lm3Pz" href="/subscribe">Subscribe</a></div><nav class="Nav_nav__Qw81d" aria-label="Sections"><ul class="Nav_list__V9xTa">
${links(nNav, 'Nav_item__Rk0pX')}</ul></nav></header>
<main id="main" class="Layout_main__9fTb3"><article class="Article_article__aN7ks"><div class="Article_header__q2Zy9"><nav aria-label="Breadcrumb"
class="Breadcrumbs_root__Ud4E1"><ol><li><a href="/news">News</a></li><li><a href="/news/business">Business</a></li></ol></nav>
<h1 class="Article_headline__pX3vM">${nTitle}</h1><p class="Article_standfirst__Fv0kL">${nDek}</p>
<div class="Byline_byline__hR5sQ"><div class="Byline_author__j8Kcd">
By <a href="/author/gemma-tulloch">Gemma Tulloch</a></div>
<div class="Byline_meta__t6QqA"><span>Rural affairs reporter</span><time dateTime="2026-05-12T06:00:00+01:00">
12 May 2026, 6:00am</time></div></div><div class="ShareBar_root__d3WmP" aria-label="Share this article"><button class="ShareBar_button__P1y0a">Share</button>
<button class="ShareBar_button__P1y0a" aria-label="Share on Facebook"></button><button class="ShareBar_button__P1y0a">Copy link</button></div></div>
<figure class="Article_leadImage__uV2sX"><img alt="Saskia Varney behind the new counter" loading="eager" width="1200" height="800" decoding="async"
data-nimg="1"
srcset="/_next/image?url=%2Fimages%2Fholm-barn.jpg&amp;w=1200&amp;q=75 1x" src="/_next/image?url=%2Fimages%2Fholm-barn.jpg&amp;w=1200&amp;q=75"/>
<figcaption class="Article_caption__nQ1Ts">Saskia Varney behind the new counter at Holm Barn.
<span class="Article_credit__k0Pw2">Photo: Dalebrook Gazette</span>
</figcaption></figure><div class="Article_body__cN4eL">
${ps(nBody.slice(0, 4), ' class="Paragraph_p__Qm8Tn"')}
<aside class="InlineRelated_root__hJ2kd"><span class="InlineRelated_label__rS1o0">Read more:</span><a href="/news/river-lowe-flood">River Lowe flood: the night
the water came</a></aside>
<h2 class="Subheading_h2__vE9Lw">${nBody[4]}</h2>
${ps(nBody.slice(5), ' class="Paragraph_p__Qm8Tn"')}
<div class="AdSlot_root__Xo5sA" data-slot="mpu-2"><span class="AdSlot_label__gF1nM">Advertisement</span><div id="div-gpt-ad-mpu-2"></div></div></div>
<div class="Article_tags__c8Lr1"><a class="Tag_tag__F3wv0" href="/topic/flooding">Flooding</a><a class="Tag_tag__F3wv0"
href="/topic/food-and-farming">Food and farming</a>
</div></article><aside class="Sidebar_root__mQ2Yd"><h2 class="Sidebar_title__sK9Zq">Most read</h2><ol class="MostRead_list__Yb6Rp">${links(nMost)}</ol>
<div class="Newsletter_root__w3Dfv"><h2>The Dalebrook Daily</h2><p>The day's local news in your inbox every morning.</p><form><label for="nl-email"
class="VisuallyHidden_root__e9s1A">Email address</label><input id="nl-email" type="email"
placeholder="Your email"/><button type="submit">Sign up</button></form>
</div></aside></main>
<footer class="Footer_footer__aZ3nC"><ul class="Footer_links__s0R1m">${links(['About us', 'Contact us', 'Advertise', 'Complaints', 'Privacy notice'])}</ul>
<p class="Footer_copy__Vn8Tq">© 2026 Dalebrook Gazette Ltd. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">${nData}</script>
<script src="/_next/static/chunks/webpack-5a1f.js" async=""></script><script src="/_next/static/chunks/main-app-8c3e.js" async=""></script></body></html>`;
const dalebrook: TestPage = {
  name: 'heldout671-nextjs-farm-shop-flood',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHeadIdx.map((i) => nBody[i] ?? ''),
  body: [nDek, ...nBody.filter((_, i) => !nHeadIdx.includes(i))],
  bylines: ['By Gemma Tulloch', 'Rural affairs reporter', '12 May 2026, 6:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'We and our partners use cookies to personalise content and ads and to analyse our traffic.', 'Accept all', 'Manage preferences',
    'Dalebrook Gazette', 'Subscribe', ...nNav, 'Business', 'Share', 'Copy link',
    'Saskia Varney behind the new counter at Holm Barn.', 'Photo: Dalebrook Gazette',
    'Read more:', 'River Lowe flood: the night the water came', 'Advertisement', 'Flooding', 'Food and farming', 'Most read', ...nMost, 'The Dalebrook Daily',
    "The day's local news in your inbox every morning.", 'Email address', 'Sign up', 'About us', 'Contact us', 'Advertise', 'Complaints', 'Privacy notice',
    '© 2026 Dalebrook Gazette Ltd. All rights reserved.',
  ],
};

export const HELDOUT671_E: readonly TestPage[] = [riverfold, dalebrook];
