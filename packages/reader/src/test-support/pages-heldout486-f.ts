import { links, ps, type TestPage } from './page-kit.js';
import { j, lis } from './pages-heldout486-kit.js';

/**
 * Held-out batch 486, file f: a resort marketing blog post on HubSpot CMS (theme modules, HubSpot cookie banner, blog
 * subscribe form) and a mountain weather discussion on a Hugo site (PaperMod-like theme, table of contents, post navigation).
 */
const hTitle = 'Your guide to spring skiing at Ospry Valley';
const hParas = [
  j(
    'March and April might be the best-kept secret on the mountain. The days are long, the lift lines are short and the sun',
    'does half the work of softening the snow. Here is how to make the most of the last six weeks of the season.',
  ),
];
const hSecs: [string, string[]][] = [
  [
    'Follow the sun',
    [
      j(
        'Spring snow is all about timing. East-facing runs like Sunrise and Daybreak soften first, usually by 10:00. Move to the',
        'south side around lunch, and finish on the west-facing Gold Rush runs in the afternoon.',
      ),
    ],
  ],
  [
    'Pack for three seasons in one day',
    [j("It can be -8°C on the first chair and +10°C by two o'clock. Wear thin layers you can stuff in a pocket, and bring", 'sunglasses as well as goggles.')],
  ],
  [
    "Don't miss the spring events",
    [
      'Pond Skim Saturday on April 4, with costumes strongly encouraged',
      'Sundeck barbecues every weekend from 12:00 to 3:00',
      'Closing day tailgate in Lot A on April 19',
    ],
  ],
];
const hEnd = j(
  'Spring lift tickets are 30 percent off when you buy online at least two days ahead, and season passes for next winter go on',
  'sale on March 15 with the best price of the year.',
);
const hNav = ['Tickets and Passes', 'The Mountain', 'Lessons', 'Lodging', 'Blog'];
const hRel = ['10 lunch spots on the mountain, ranked', 'How to read a trail map', 'Meet the groomers who work all night'];
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${hTitle}</title>
<link rel="shortcut icon" href="https://www.ospryvalley.com/hubfs/favicon.png"><meta name="description" content="Long days, short lines and soft snow.">
<meta name="viewport" content="width=device-width, initial-scale=1"><script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<link rel="stylesheet" href="https://www.ospryvalley.com/hubfs/hub_generated/template_assets/1/9876543210/1709912345678/template_main.min.css">
<meta property="og:type" content="article"><link rel="amphtml" href="https://www.ospryvalley.com/blog/spring-skiing-guide?hs_amp=true">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","author":{"@type":"Person",
"name":"Priya Castellane"}}</script>
<meta name="generator" content="HubSpot"></head>
<body class="blog-post-body hs-content-id-123456789 hs-blog-post hs-blog-id-98765"><div class="body-wrapper">
<div data-global-resource-path="ospry-theme/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo"><a href="/"><img src="/hubfs/ospry-logo.svg" alt="Ospry Valley" loading="eager"></a>
</div>
<div class="header__navigation"><nav aria-label="Main menu" class="navigation-primary">
<ul class="submenu level-1">${links(hNav, 'menu-item hs-skip-lang-url-rewrite')}</ul>
</nav></div><div class="header__search"><form class="hs-search-field__form" action="/hs-search-results"><label class="show-for-sr" for="term">Search</label>
<input type="text" class="hs-search-field__input" name="term" placeholder="Search"></form></div>
<div class="header__button"><a class="button" href="/tickets">Buy Tickets</a></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text"
 data-hs-cos-general-type="meta_field"
 data-hs-cos-type="text">${hTitle}</span></h1><div class="blog-post__meta"><a href="/blog/author/priya-castellane">Priya Castellane</a>
<time datetime="2026-03-02 15:00:00" class="blog-post__timestamp">Mar 2, 2026 10:00:00 AM</time></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text"
 data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(hParas)}<!--more-->
<img src="https://www.ospryvalley.com/hs-fs/hubfs/Blog/spring-groomers.jpg?width=1200&amp;name=spring-groomers.jpg" alt="Skiers on a sunny spring day"
 width="1200">
${hSecs.map(([h, p], i) => `<h2>${h}</h2>\n${i === 2 ? `<ul>${lis(p)}</ul>` : ps(p)}`).join('\n')}
${ps([hEnd])}
<p><!--HubSpot Call-to-Action Code --><span class="hs-cta-wrapper" id="hs-cta-wrapper-3f2a"><span class="hs-cta-node hs-cta-3f2a" id="hs-cta-3f2a">
<a href="https://cta-redirect.hubspot.com/cta/redirect/98765/3f2a" class="cta_button">Buy spring tickets</a></span></span>
<!-- end HubSpot Call-to-Action Code --></p>
</span></div><div class="blog-post__tags"><span>Tags:</span><a class="blog-post__tag-link" href="/blog/tag/tips">Tips</a>
<a class="blog-post__tag-link" href="/blog/tag/spring">Spring</a></div></article>
<section class="blog-related-posts"><h2>Related posts</h2><div class="blog-related-posts__list">
${hRel
  .map(
    (t) => `<article class="blog-related-posts__post"><h3 class="blog-related-posts__title"><a href="/blog/${t.length}">${t}</a></h3>
</article>`,
  )
  .join('\n')}
</div></section>
<div class="blog-subscribe"><h3>Subscribe to the Ospry Valley blog</h3><div class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_form">
<form class="hs-form stacked" novalidate><div class="hs_email hs-form-field"><label><span>Email</span><span class="hs-form-required">*</span></label>
<input type="email" name="email"></div><div class="hs_submit hs-submit"><input type="submit" class="hs-button primary large" value="Subscribe"></div></form>
</div></div>
</div></div></main>
<footer class="footer"><div class="footer__container content-wrapper"><p>Ospry Valley Resort · 400 Ospry Valley Road</p>
<p>© 2026 Ospry Valley Resort. All rights reserved.</p></div></footer></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" data-hs-target="hs-eu-cookie-confirmation">
<div id="hs-eu-cookie-confirmation-inner">
<div id="hs-en-cookie-confirmation-buttons-area"></div><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer to improve your experience.</p></div>
<div id="hs-eu-cookie-confirmation-button-group"><a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a>
</div></div></div>
<script src="/hs/hsstatic/content-cwv-embed/static-1.1293/embed.js"></script><script src="//js.hs-scripts.com/98765.js" id="hs-script-loader" async defer>
</script>
</body></html>`;
const hubspot: TestPage = {
  name: 'heldout486-spring-guide-hubspot',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h),
  body: [...hParas, ...hSecs.flatMap(([, p]) => p), hEnd],
  bylines: ['Priya Castellane', 'Mar 2, 2026 10:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hNav.filter((t) => t !== 'The Mountain'), 'Search', 'Buy Tickets', 'Buy spring tickets', 'Tags:', 'Tips', 'Related posts',
    ...hRel, 'Subscribe to the Ospry Valley blog', 'Email', 'Ospry Valley Resort · 400 Ospry Valley Road', '© 2026 Ospry Valley Resort. All rights reserved.',
    'This website stores cookies on your computer to improve your experience.', 'Accept', 'Decline',
  ],
};

const uTitle = 'Mountain Weather Discussion: atmospheric river this weekend, then a cold reset';
const uDesc = 'Heavy, wet snow above 1,800 m Friday night into Saturday, rain below; colder northwest flow from Sunday.';
const uSecs: [string, string[]][] = [
  [
    'Synopsis',
    [
      j(
        'A moist southwesterly flow is setting up ahead of a deep low in the Gulf. The plume of subtropical moisture reaches the',
        'coast Friday afternoon and stalls over the northern ranges for about 24 hours before a cold front pushes it south.',
      ),
      j(
        'This is a classic warm storm: lots of water, high snow levels and strong ridge winds. The interesting part comes after,',
        'when the flow turns northwest and freezing levels drop back to valley bottom.',
      ),
    ],
  ],
  [
    'Friday night to Saturday',
    [
      j(
        'Precipitation starts light Friday afternoon and becomes heavy by midnight. Models agree on 50 to 80 mm of water for the',
        'Tolland and Brae ranges, locally 100 mm on windward slopes. Snow levels start near 1,500 m and rise to 2,000 m by',
        'Saturday morning.',
      ),
      j(
        'That means 40 to 70 cm of dense snow at the highest stations and rain on most of the lower lifts. Ridge winds southwest',
        '60 to 90 km/h, gusting over 110 on exposed summits.',
      ),
    ],
  ],
  [
    'Sunday and beyond',
    [
      j(
        'The cold front crosses Saturday evening. Behind it, showers turn to snow to valley floors, with 5 to 15 cm Sunday in',
        'upslope areas. Freezing levels fall to 600 m and stay low through midweek under a ridge of high pressure.',
      ),
      j(
        'Expect a hard crust on everything that got wet on Saturday. Early next week will be clear, cold and bright, with',
        'strong valley inversions in the mornings.',
      ),
    ],
  ],
  [
    'Confidence',
    [
      j(
        'High for the timing and the rain below 1,800 m. Moderate for the snow totals at the top, because a 200 m change in the',
        'snow level makes a large difference on the upper slopes.',
      ),
    ],
  ],
];
const uTags = ['atmospheric-river', 'freezing-level', 'forecast'];
const uMenu = ['Discussions', 'Stations', 'Archive', 'About'];
const uHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>${uTitle} | Ridgeline Weather Notes</title><meta name="description" content="${uDesc}"><meta name="author" content="Tomasz Elwood-Reyes">
<link rel="canonical" href="https://ridgelineweather.net/posts/2026-02-12-atmospheric-river/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.b609c58d5c11bb90b1a54e04005d74ad1ddf22165eb79f5533967e57df9c3b50.css" rel="preload stylesheet"
 as="style">
<meta name="generator" content="Hugo 0.123.7"><noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${uTitle}","datePublished":"2026-02-12T16:30:00-08:00",
"author":[{"@type":"Person","name":"Tomasz Elwood-Reyes"}]}</script></head>
<body class="" id="top"><script>if(localStorage.getItem("pref-theme")==="dark"){document.body.classList.add('dark')}</script>
<header class="header"><nav class="nav"><div class="logo">
<a href="https://ridgelineweather.net/" accesskey="h" title="Ridgeline Weather Notes (Alt + H)">Ridgeline Weather
 Notes</a><div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)"><svg id="moon"></svg><svg id="sun"></svg></button></div></div>
<ul id="menu">${uMenu.map((t) => `<li><a href="https://ridgelineweather.net/${t.toLowerCase()}/" title="${t}"><span>${t}</span></a></li>`).join('')}</ul>
</nav></header>
<main class="main"><article class="post-single"><header class="post-header"><div class="breadcrumbs">
<a href="https://ridgelineweather.net/">Home</a>&nbsp;»&nbsp;
<a href="https://ridgelineweather.net/posts/">Posts</a></div><h1 class="post-title entry-hint-parent">${uTitle}</h1>
<div class="post-description">${uDesc}</div><div class="post-meta">
<span title='2026-02-12 16:30:00 -0800 PST'>February 12, 2026</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Tomasz
 Elwood-Reyes</div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${uSecs.map(([h]) => `<li><a href="#${h.toLowerCase().replace(/ /g, '-')}" aria-label="${h}">${h}</a></li>`).join('')}</ul></div></details></div>
<div class="post-content">
${uSecs
  .map(
    ([h, p]) => `<h2 id="${h.toLowerCase().replace(/ /g, '-')}">${h}<a hidden class="anchor" aria-hidden="true" href="#${h.toLowerCase()}">#</a>
</h2>\n${ps(p)}`,
  )
  .join('\n')}
<p><em>Next discussion Saturday morning, or sooner if the models change.</em></p></div>
<footer class="post-footer"><ul class="post-tags">${uTags.map((t) => `<li><a href="https://ridgelineweather.net/tags/${t}/">${t}</a></li>`).join('')}</ul>
<nav class="paginav"><a class="prev" href="https://ridgelineweather.net/posts/2026-02-15-cold-reset/"><span class="title">« Prev</span><br>
<span>Cold reset: how long will the crust last?</span></a><a class="next" href="https://ridgelineweather.net/posts/2026-02-09-ridge/">
<span class="title">Next »</span><br>
<span>Ridge holds, inversions everywhere</span></a></nav></footer></article></main>
<footer class="footer"><span>&copy; 2026 <a href="https://ridgelineweather.net/">Ridgeline Weather Notes</a></span> · <span>Powered by
 <a href="https://gohugo.io/" rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
 target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg viewBox="0 0 12 6"></svg></a>
<script>document.getElementById("theme-toggle").addEventListener("click",()=>{document.body.classList.toggle('dark')});</script></body></html>`;
const hugo: TestPage = {
  name: 'heldout486-weather-discussion-hugo',
  kind: 'blog',
  html: uHtml,
  title: uTitle,
  headings: uSecs.map(([h]) => h),
  body: [uDesc, ...uSecs.flatMap(([, p]) => p), 'Next discussion Saturday morning, or sooner if the models change.'],
  bylines: ['February 12, 2026 · 4 min · Tomasz Elwood-Reyes'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Ridgeline Weather Notes', ...uMenu.filter((t) => t !== 'Stations'), 'Home', 'Posts', 'Table of Contents', ...uTags, '« Prev',
    'Cold reset: how long will the crust last?', 'Next »',
    'Ridge holds, inversions everywhere', '© 2026 Ridgeline Weather Notes', 'Powered by Hugo & PaperMod',
  ],
};

export const HELDOUT486_F: readonly TestPage[] = [hubspot, hugo];
