import { ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 117, file a2: a Ghost 5 post on a personal cycling site with the Source theme (the gh-navigation header with
 * search and menu buttons and the members "Sign in" / "Subscribe" links, the primary tag, the custom excerpt under the title,
 * the author and date meta with reading time, the feature image with its caption, Koenig cards in the content (an image card
 * with a caption, a callout card, a bookmark card linking an older post), the comments placeholder, the footer signup with
 * its hidden success text, the "Read more" grid of post cards and the footer bar with its menu and "Powered by Ghost").
 */
const title = 'Truing a wheel at home without a truing stand';
const excerpt = 'All you need is the bike itself, a spoke key and a couple of cable ties. It takes patience more than skill.';
const p1 = [
  'My rear wheel has had a wobble since a pothole on the canal path in March. Not enough to rub the brake pads on every turn, but ' +
    'enough to hear a faint whisper once per revolution on a quiet road. The shop quoted a week’s wait, so I fixed it myself in the ' +
    'garage on a Sunday afternoon, and it was easier than I had feared.',
  'This is how I did it. It works for rim brake and disc brake wheels, though a disc wheel is more forgiving because nothing rubs.',
];
const h1 = 'What you need';
const list = [
  'A spoke key that fits your nipples snugly. Mine is a four-sided one with colour-coded slots; the wrong size will round off a ' + 'nipple in seconds.',
  'Two cable ties.',
  'A bit of masking tape and a marker pen.',
  'The bike in a work stand, or upside down on a folded towel.',
];
const h2 = 'Using the frame as a stand';
const p2 = [
  'Turn the bike over or clamp it in the stand so the wheel spins freely. Fasten a cable tie around the chainstay (or the fork leg for ' +
    'a front wheel) and leave its tail pointing at the rim. Trim the tail so it almost touches the braking surface. That tail is your gauge.',
  'Spin the wheel slowly. Where the rim touches or comes nearest the tail, put a strip of masking tape on the tyre. Spin again and ' +
    'note where the gap is widest. You now have a map of the wobble.',
];
const callout =
  'Before you touch a spoke, pluck a few of them on each side like guitar strings. If one sounds much duller than its neighbours it ' +
  'is loose, and tightening that one spoke may fix most of the wobble on its own.';
const h3 = 'Making the adjustments';
const p3 = [
  'Spokes alternate between the two sides of the hub. To pull the rim towards one side, tighten a spoke that goes to that side of ' +
    'the hub, or loosen one that goes to the other. Work on the two or three spokes nearest the centre of the wobble.',
  'Make <strong>quarter turns only</strong>. The nipple is at the rim end, so when you are looking down at it from the tyre side, ' +
    'turning the key anticlockwise tightens it, which feels backwards the first time. I said this out loud to myself for the first ten minutes.',
  'After each pair of quarter turns, spin the wheel and watch the gap. Move the cable tie closer as the wobble shrinks. Stop when the ' +
    'gap stays even to within about a millimetre; you will not get a perfect wheel this way, and you do not need one.',
  'I wrote about spoke tension last year, if you want to know why even tension matters more than a dead-straight rim:',
];
const h4 = 'When to give up';
const p4 = [
  'If a spoke will not turn, if the rim has a visible dent or flat spot, or if the spokes on one side are loose all the way round, ' +
    'take it to a shop. Those are signs the wheel needs a proper rebuild rather than a touch-up, and forcing it will make things worse.',
  'Mine has done about three hundred kilometres since, and it is still running quietly. The whole job took forty minutes, most of ' +
    'which was me being cautious.',
];
const nav = ['Home', 'Rides', 'Workshop', 'About'];
const caption = 'The cable tie gauge on the chainstay, trimmed to just short of the rim.';
const caption2 = 'Masking tape marks where the rim swings closest to the gauge.';
const bookmark = [
  'Spoke tension, explained with a kitchen scale',
  'Why even tension matters more than perfect straightness, and how I check mine at home with a luggage scale and a ruler.',
  'Slow Miles',
];
const signup = [
  'Slow Miles',
  'Notes on riding, fixing and looking after old bikes, from a garage in Tynemouth.',
  'Subscribe',
  'Email sent! Check your inbox to complete your signup.',
];
const more = [
  ['Fitting mudguards to a frame with no eyelets', 'P-clips, patience and a drill I did not need in the end.', 'Apr 20, 2025'],
  ['Three winters on one chain', 'What a chain checker, a rag and a bottle of wax did for my drivetrain.', 'Feb 2, 2025'],
  ['The coast road to Alnmouth in a day', 'Seventy kilometres, two flat tyres and the best scone in Northumberland.', 'Dec 8, 2024'],
];
const footNav = ['Sign up', 'Archive', 'Contact', 'Privacy', 'RSS'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${title}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://slowmiles.example/assets/built/screen.css?v=8c1e0f2a1b">
<meta name="description" content="${excerpt}"><link rel="canonical" href="https://slowmiles.example/truing-a-wheel-without-a-stand/">
<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="Slow Miles"><meta property="og:type" content="article">
<meta property="og:title" content="${title}"><meta property="og:description" content="${excerpt}">
<meta property="article:published_time" content="2025-05-11T16:02:00.000Z"><meta property="article:modified_time" content="2025-05-12T08:15:41.000Z">
<meta property="article:tag" content="Workshop"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Owen Lachance"><meta name="twitter:label2" content="Filed under"><meta name="twitter:data2" content="Workshop">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Slow Miles",
"url":"https://slowmiles.example/"},"author":{"@type":"Person","name":"Owen Lachance","url":"https://slowmiles.example/author/owen/"},
"headline":"${title}","url":"https://slowmiles.example/truing-a-wheel-without-a-stand/","datePublished":"2025-05-11T16:02:00.000Z",
"dateModified":"2025-05-12T08:15:41.000Z","keywords":"Workshop, Wheels","description":"${excerpt}"}</script>
<meta name="generator" content="Ghost 5.96"><link rel="alternate" type="application/rss+xml" title="Slow Miles" href="https://slowmiles.example/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="https://slowmiles.example/"
data-key="3f2c1b9e8d7a6c5b4a3f2e1d0c" data-api="https://slow-miles.ghost.io/ghost/api/content/" crossorigin="anonymous"></script>
<style id="gh-members-styles">.gh-post-upgrade-cta-content,.gh-post-upgrade-cta{display:flex;flex-direction:column;align-items:center}</style>
<script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.3/umd/sodo-search.min.js" data-key="3f2c1b9e8d7a6c5b4a3f2e1d0c"
data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.3/umd/main.css" data-sodo-search="https://slow-miles.ghost.io/" crossorigin="anonymous"></script>
<link href="https://slowmiles.example/webmentions/receive/" rel="webmention"><script defer src="/public/cards.min.js?v=8c1e0f2a1b"></script>
<link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=8c1e0f2a1b"><script defer
src="/public/member-attribution.min.js?v=8c1e0f2a1b"></script></head>
<body class="post-template tag-workshop tag-wheels has-serif-title has-sans-body">
<div class="gh-viewport">
<header id="gh-navigation" class="gh-navigation is-left-logo gh-outer"><div class="gh-navigation-inner gh-inner">
<div class="gh-navigation-brand"><a class="gh-navigation-logo is-title" href="https://slowmiles.example">Slow Miles</a>
<button class="gh-search gh-icon-button" aria-label="Search this site" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24"
stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114
0z"></path>
</svg></button><button class="gh-burger gh-icon-button" aria-label="Menu"><svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="currentColor"
viewBox="0 0 256 256"><path d="M224,128a8,8,0,0,1-8,8H40a8,8,0,0,1,0-16H216A8,8,0,0,1,224,128Z"></path></svg></button></div>
<nav class="gh-navigation-menu"><ul class="nav">
${nav
  .map(
    (t) => `<li class="nav-${t.toLowerCase()}${t === 'Workshop' ? ' nav-current' : ''}"><a
href="https://slowmiles.example/${t === 'Home' ? '' : `${t.toLowerCase()}/`}">${t}</a></li>`,
  )
  .join('\n')}
</ul></nav><div class="gh-navigation-actions"><div class="gh-navigation-members">
<a href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-button" href="#/portal/signup"
data-portal="signup">Subscribe</a></div></div></div></header>
<main class="gh-main"><article class="gh-article post tag-workshop tag-wheels">
<header class="gh-article-header gh-canvas"><a class="gh-article-tag" href="https://slowmiles.example/tag/workshop/">Workshop</a>
<h1 class="gh-article-title is-title">${title}</h1><p class="gh-article-excerpt is-body">${excerpt}</p>
<div class="gh-article-meta"><div class="gh-article-author-image instapaper_ignore"><a href="/author/owen/"><img class="author-profile-image"
src="/content/images/size/w160/2023/02/owen.jpg" alt="Owen Lachance"></a></div><div class="gh-article-meta-wrapper">
<h4 class="gh-article-author-name"><a href="/author/owen/">Owen Lachance</a></h4><div class="gh-article-meta-content">
<time class="gh-article-meta-date" datetime="2025-05-11">May 11, 2025</time><span class="gh-article-meta-length"><span class="bull">—</span> 4 min read</span>
</div></div></div>
<figure class="gh-article-image"><img srcset="/content/images/size/w320/2025/05/wheel.jpg 320w, /content/images/size/w1200/2025/05/wheel.jpg 1200w"
sizes="(min-width: 1320px) 1200px, 92vw" src="/content/images/size/w1200/2025/05/wheel.jpg" alt="${title}">
<figcaption><span style="white-space: pre-wrap;">${caption}</span></figcaption></figure></header>
<section class="gh-content gh-canvas is-body drop-cap">
${ps(p1)}
<h2 id="what-you-need">${h1}</h2>
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2 id="using-the-frame-as-a-stand">${h2}</h2>
${ps(p2.slice(0, 1))}
<figure class="kg-card kg-image-card kg-card-hascaption"><img src="/content/images/2025/05/tape.jpg" class="kg-image" alt="" loading="lazy" width="2000"
height="1333"><figcaption><span style="white-space: pre-wrap;">${caption2}</span></figcaption></figure>
${ps(p2.slice(1))}
<div class="kg-card kg-callout-card kg-callout-card-grey"><div class="kg-callout-emoji">💡</div><div class="kg-callout-text">${callout}</div></div>
<h2 id="making-the-adjustments">${h3}</h2>
${ps(p3)}
<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="https://slowmiles.example/spoke-tension-kitchen-scale/">
<div class="kg-bookmark-content"><div class="kg-bookmark-title">${bookmark[0]}</div><div class="kg-bookmark-description">${bookmark[1]}</div>
<div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="/content/images/icon/favicon.png" alt=""><span
class="kg-bookmark-author">${bookmark[2]}</span>
<span class="kg-bookmark-publisher">Owen Lachance</span></div></div><div class="kg-bookmark-thumbnail"><img src="/content/images/2024/06/scale.jpg" alt=""
onerror="this.style.display = 'none'"></div></a></figure>
<h2 id="when-to-give-up">${h4}</h2>
${ps(p4)}
</section>
<section class="gh-comments gh-canvas"><script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.21/umd/comments-ui.min.js" data-locale="en"
data-ghost-comments="https://slowmiles.example/" data-api="https://slow-miles.ghost.io/ghost/api/content/" data-admin="https://slow-miles.ghost.io/ghost/"
data-key="3f2c1b9e8d7a6c5b4a3f2e1d0c" data-title="null" data-count="true" data-post-id="6820c1" data-color-scheme="auto" data-avatar-saturation="60"
data-accent-color="#2f5d50" data-comments-enabled="all" data-publication="Slow Miles" crossorigin="anonymous"></script>
<iframe title="comments-frame" style="width: 100%; border: 0px; height: 420px;"></iframe></section></article></main>
<section class="gh-container is-grid gh-outer"><div class="gh-container-inner gh-inner"><h2 class="gh-container-title">Read more</h2>
<main class="gh-main"><div class="gh-feed">
${more
  .map(
    (m, i) => `<article class="gh-card post"><a class="gh-card-link" href="/post-${i}/"><figure class="gh-card-image"><img src="/content/images/${i}.jpg"
alt="${m[0]}"
loading="lazy"></figure><div class="gh-card-wrapper"><h3 class="gh-card-title is-title">${m[0]}</h3><p class="gh-card-excerpt is-body">${m[1]}</p>
<footer class="gh-card-meta"><span class="gh-card-author">By Owen Lachance</span><time class="gh-card-date"
datetime="2025">${m[2]}</time></footer></div></a></article>`,
  )
  .join('\n')}
</div></main></div></section>
<footer class="gh-footer gh-outer"><div class="gh-footer-inner gh-inner"><div class="gh-footer-bar"><span class="gh-footer-logo is-title">Slow Miles</span>
<nav class="gh-footer-menu"><ul class="nav">${footNav
  .map(
    (t) => `<li class="nav-${t.toLowerCase().replace(' ', '-')}"><a
href="/${t.toLowerCase()}/">${t}</a></li>`,
  )
  .join('')}
</ul></nav><div class="gh-footer-copyright">Powered by <a href="https://ghost.org/" target="_blank" rel="noopener">Ghost</a></div></div>
<section class="gh-footer-signup"><h2 class="gh-footer-signup-header is-title">${signup[0]}</h2><p class="gh-footer-signup-subhead is-body">${signup[1]}</p>
<form class="gh-form" data-members-form><input class="gh-form-input" id="footer-email" name="email" type="email" placeholder="jamie@example.com" required
data-members-email><button class="gh-button" type="submit" aria-label="Subscribe"><span><span>${signup[2]}</span> <svg xmlns="http://www.w3.org/2000/svg"
width="32" height="32" fill="currentColor" viewBox="0 0 256 256"><path d="M224.49,136.49l-72,72a12,12,0,0,1-17-17L187,140H40a12,12,0,0,1,0-24H187"></path>
</svg></span><span><svg class="gh-form-loader" viewBox="0 0 24 24"></svg></span><span>${signup[3]}</span></button></form></section></div></footer></div>
<div class="pswp" tabindex="-1" role="dialog" aria-hidden="true"><div class="pswp__bg"></div><div class="pswp__scroll-wrap"><div class="pswp__ui
pswp__ui--hidden">
<div class="pswp__top-bar"><div class="pswp__counter"></div><button class="pswp__button pswp__button--close" title="Close (Esc)"></button>
<button class="pswp__button pswp__button--zoom" title="Zoom in/out"></button></div></div></div></div>
<script src="https://slowmiles.example/assets/built/source.js?v=8c1e0f2a1b"></script></body></html>`;
export const ghostPost: TestPage = {
  html,
  name: 'heldout117-ghost-source-blog-post',
  kind: 'blog',
  // the custom excerpt under the title is body (a dek); the callout card is part of the post (body); the bookmark card
  // linking an older post is furniture, its lead-in sentence body
  title,
  headings: [h1, h2, h3, h4],
  body: [excerpt, ...p1, ...list, ...p2, callout, ...texts(p3), ...p4],
  bylines: ['Owen Lachance', 'May 11, 2025', '4 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [...new Set([
    ...nav, 'Sign in', 'Subscribe', 'Workshop', caption, caption2, ...bookmark, 'Read more', ...more.flat(), 'By Owen Lachance', ...footNav, 'Powered by Ghost',
    ...signup,
  ])],
};
