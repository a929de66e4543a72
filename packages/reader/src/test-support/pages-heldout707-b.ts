import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout707-kit.js';

/**
 * Held-out batch 707, file b: a phone software-update story on a phone news site on the Valnet template (the one Android
 * Police uses: affiliate notice, key-points "Summary" box, follow buttons, a device display card and inline related cards), and
 * a personal blog post on a controller repair built with the Eleventy base blog (post metadata list, footnotes, next/previous).
 */
const vTitle = 'Norvik’s PulseOS 6 update finally lets the Pulse 9 stop charging at 80 percent';
const vDek = 'The feature has been on rival phones for years, and Norvik says it can add about a year of battery health.';
const vKeys = [
  'Norvik’s PulseOS 6 update adds an optional 80 percent charging cap to the Pulse 9 and Pulse 9 Pro.',
  'The update also brings a redesigned quick settings panel and a new night mode for the camera.',
  'It is rolling out in stages, starting in the Nordic countries, and should reach everyone by the end of April.',
];
const vIntro = [
  j(
    'Norvik has started rolling out PulseOS 6 to the Pulse 9 and Pulse 9 Pro, and the headline feature is one that owners have been',
    'asking for since the phones launched last autumn: a setting that stops the battery charging at 80 percent.',
  ),
  j(
    'Lithium-ion cells age faster when they sit at a full charge, especially when they are warm, which is exactly what happens to a',
    'phone left on a charger overnight. Most of Norvik’s competitors have offered some kind of cap for a while. Until now, the',
    'closest the Pulse 9 came was an “adaptive charging” mode that slowed down near the top but still finished the job.',
  ),
];
const vSecs: [string, string[]][] = [
  [
    'How the charging limit works',
    [
      j(
        'The new option lives under Settings, Battery, Battery protection. Turn it on and the phone stops at 80 percent on any',
        'charger, wired or wireless, and shows a small shield on the battery icon so you know why it is not full. You can override it',
        'for a single charge from the notification, which is handy before a long day out.',
      ),
      j(
        'Norvik’s own figures, shared with Pocket Signal ahead of the release, suggest a Pulse 9 battery capped at 80 percent keeps',
        'about 90 percent of its original capacity after 800 full cycles, against 82 percent without the cap. In everyday terms, the',
        'company says that is roughly an extra year before the battery is worn enough to notice.',
      ),
    ],
  ],
  [
    'What else is in PulseOS 6',
    [
      j(
        'The quick settings panel has been rebuilt with larger tiles that you can resize, and the brightness slider has moved to',
        'the top where it used to be before last year’s redesign. The camera gets a night mode that takes fewer, shorter exposures,',
        'so moving subjects are less blurry, at the cost of a little more noise.',
      ),
      'The update is about 2.1GB and is being released in waves:',
    ],
  ],
];
const vTable = [
  ['Region', 'Rollout starts'],
  ['Nordic countries', 'March 5'],
  ['Rest of Europe', 'March 19'],
  ['North America', 'April 2'],
  ['Asia-Pacific', 'April 16'],
];
const vEnd = j(
  'Norvik says the Pulse 8 will get the charging limit in a smaller update in May, but not the rest of PulseOS 6. If you have a',
  'Pulse 9 and do not want to wait, you can check for the update under Settings, System, Software update.',
);
const vNav = ['Phones', 'Tablets', 'Apps', 'Wearables', 'Deals', 'Reviews', 'Guides'];
const vCard = ['Norvik Pulse 9', 'Brand', 'Norvik', 'SoC', 'Kestrel K3', 'Display', '6.4-inch OLED, 120Hz', 'RAM', '12GB', 'Battery', '4,900mAh'];
const vCardPros = ['Excellent battery life', 'Bright, smooth display'];
const vCardCons = ['Slow wired charging', 'No microSD slot'];
const vTags = ['Phones', 'Norvik', 'Norvik Pulse 9'];
const vTrending = ['The best cheap phones you can buy in 2027', 'Five settings to change on a new Norvik phone', 'Corvid’s folding phone leaks again'];
const vFoot = ['Join Our Team', 'Our Audience', 'About Us', 'Press & Events', 'Contact Us', 'Privacy Policy', 'Terms of Use'];
const vHtml = `<!DOCTYPE html>
<html lang="en" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>Norvik PulseOS 6 finally lets the Pulse 9 stop charging at 80 percent</title>
<meta name="description" content="${vDek}"><link rel="canonical" href="https://www.pocketsignal.com/norvik-pulseos-6-update-charging-limit/">
<meta property="og:site_name" content="Pocket Signal"><meta property="og:type" content="article"><meta property="og:title" content="${vTitle}">
<meta property="article:published_time" content="2027-03-05T14:30:12Z"><meta property="article:section" content="Phones">
<link rel="preload" href="/public/build/fonts/lexend.woff2" as="font" type="font/woff2" crossorigin>
<link rel="stylesheet" href="/public/build/css/article.min.css?v=1.0.1931">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${vTitle}","datePublished":"2027-03-05T14:30:12Z",
"author":[{"@type":"Person","name":"Maren Solberg","url":"https://www.pocketsignal.com/author/maren-solberg/"}]}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType":"article","articleId":612004,"category":"Phones","isSponsored":false});</script>
</head><body class="body-article  has-header-nav">
<header class="header-wrapper"><div class="header-main"><a class="logo-link" href="/"><img class="logo" alt="Pocket Signal logo"
src="/public/build/images/ps-logo.svg"></a>
<nav class="header-nav"><ul class="header-nav-list">${links(vNav, 'header-nav-item')}</ul></nav>
<div class="header-right"><button class="search-toggle" aria-label="Search"></button><a class="header-cta" href="/newsletter/">Newsletter</a>
<button class="login-button">Sign in</button></div></div></header>
<main class="main-content article-main"><article class="article">
<section class="article-header heading-article"><div class="heading_breadcrumb"><a href="/phones/">Phones</a></div>
<div class="heading_title"><h1 class="article-header-title">${vTitle}</h1></div>
<p class="heading_excerpt">${vDek}</p>
<div class="heading_meta"><div class="meta_txt article-author"><span>By </span><a class="author" href="/author/maren-solberg/">Maren Solberg</a></div>
<div class="meta_txt article-date"><time datetime="2027-03-05T14:30:12Z">Published Mar 5, 2027</time></div>
<div class="meta_gallery_article"><button class="w-follow" data-follow-type="tag">Follow</button><button class="w-follow followed" hidden>Followed</button>
<button class="w-like"><span class="like-count">Like</span></button><a class="w-thread" href="#threads">Thread</a>
<div class="share-button-wrapper"><button class="share-icon" aria-label="Share"></button><span class="copied-msg" hidden>Link copied to
clipboard</span></div></div></div>
<div class="heading_image responsive-img"><picture><img alt="Two Norvik Pulse 9 phones on a grey background" src="/wordpress/pulse9-hero.jpg"></picture>
<div class="image-credit">Pocket Signal / Maren Solberg</div></div></section>
<section id="article-body" class="article-body"><div class="affiliate-sponsored-disclaimer"><p>Readers like you help support Pocket Signal.
When you make a purchase using links on our site, we may earn an affiliate commission. <a href="/page/affiliate-disclosure/">Read More</a>.</p></div>
<div class="content-block-regular">
<div class="emaki-custom-key-points"><div class="title">Summary</div><ul>${lis(vKeys)}</ul></div>
${ps(vIntro)}
<div class="w-display-card-info"><div class="display-card-title"><a href="/norvik-pulse-9/">${at(vCard, 0)}</a></div>
<div class="display-card-badge">Editor’s Choice</div><img class="display-card-image" alt="Norvik Pulse 9 in blue" src="/wordpress/pulse9-card.png">
<dl class="display-card-specs">${[1, 3, 5, 7, 9].map((i) => `<dt>${at(vCard, i)}</dt><dd>${at(vCard, i + 1)}</dd>`).join('')}</dl>
<div class="display-card-pros"><div class="pros-title">Pros</div><ul>${lis(vCardPros)}</ul></div>
<div class="display-card-cons"><div class="cons-title">Cons</div><ul>${lis(vCardCons)}</ul></div>
<a class="display-card-link affiliate" href="https://go.pocketsignal.com/norvik-store" rel="nofollow sponsored">$799 at Norvik Store</a>
<button class="display-card-expand">Expand</button></div>
<h2 id="how-the-charging-limit-works">${vSecs[0]?.[0]}</h2>
${ps(vSecs[0]?.[1] ?? [])}
<div class="ad-zone-container"><div class="ad-zone" id="ad-zone-1"><span class="ad-label">Advertisement</span></div></div>
<div class="w-rich w-related-article"><div class="related-label">Related</div><a class="related-title" href="/norvik-pulse-9-review/">Norvik Pulse 9 review:
the battery champion has a new rival</a>
<p class="related-excerpt">Norvik’s flagship is still the phone to beat for endurance, but the gap is closing.</p></div>
<h2 id="what-else-is-in-pulseos-6">${vSecs[1]?.[0]}</h2>
${ps(vSecs[1]?.[1] ?? [])}
<div class="table-container"><table><thead><tr>${(vTable[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${vTable
  .slice(1)
  .map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td></tr>`)
  .join('\n')}</tbody></table></div>
${ps([vEnd])}
</div></section>
<div class="article-tags"><span class="tags-label">Tags</span>${vTags
  .map(
    (t) => `<a class="tag"
href="/tag/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a>`,
  )
  .join('')}</div>
<div class="w-article-follow"><span>Follow</span><span>Like</span><span>Share</span><span>Thread</span></div>
<section class="article-author-box"><div class="author-name"><a href="/author/maren-solberg/">Maren Solberg</a></div><div class="author-title">News Editor</div>
<p class="author-bio">Maren has covered phones since the days of the slide-out keyboard. She lives in Tromsvik with two cats and far too many chargers.</p>
</section>
<section class="trending"><h3 class="section-title">Trending Now</h3><ul>${links(vTrending, 'trending-item')}</ul></section>
</article></main>
<footer class="footer"><div class="footer-logo">Pocket Signal</div><ul class="footer-links">${links(vFoot)}</ul>
<p class="footer-copyright">Copyright © 2027 www.pocketsignal.com</p><p class="footer-publisher">Pocket Signal is part of the Larchmere Publishing Group</p>
</footer>
<script src="/public/build/js/article.min.js?v=1.0.1931" defer></script></body></html>`;
const valnet: TestPage = gold({
  name: 'heldout707-valnet-phone-update',
  kind: 'news',
  html: vHtml,
  title: vTitle,
  headings: vSecs.map(([h]) => h),
  body: texts([vDek, ...vKeys, ...vIntro, ...vSecs.flatMap(([, p]) => p), ...vTable.map((r) => r.join(' ')), vEnd]),
  bylines: ['By', 'Maren Solberg', 'Published Mar 5, 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav, 'Newsletter', 'Sign in', 'Follow', 'Like', 'Thread', 'Pocket Signal / Maren Solberg',
    'Readers like you help support Pocket Signal. When you make a purchase using links on our site, we may earn an affiliate commission.', 'Read More',
    'Summary', ...vCard, 'Editor’s Choice', 'Pros', ...vCardPros, 'Cons', ...vCardCons, '$799 at Norvik Store', 'Expand', 'Advertisement', 'Related',
    'Norvik Pulse 9 review: the battery champion has a new rival', 'Norvik’s flagship is still the phone to beat for endurance, but the gap is closing.',
    'Tags', ...vTags, 'Share', 'News Editor',
    'Maren has covered phones since the days of the slide-out keyboard. She lives in Tromsvik with two cats and far too many chargers.',
    'Trending Now', ...vTrending, 'Pocket Signal', ...vFoot, 'Copyright © 2027 www.pocketsignal.com', 'Pocket Signal is part of the Larchmere Publishing Group',
  ],
});

const eTitle = 'Fixing the drifting stick on my Brindle Pro controller';
const eIntro = [
  j(
    'My Brindle Pro controller is six years old, and for the last few months the left stick has been walking my characters slowly',
    'into walls. A new controller costs €70. A new stick module costs about €6, so I spent a Sunday afternoon finding out whether',
    'I could still hold a soldering iron.',
  ),
  j(
    'Short answer: yes, and it worked. Long answer below, mostly so that I remember what I did the next time, and partly for the',
    'three people who emailed me after I complained about it on here last month.<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup>',
  ),
];
const eHeads = ['Measuring the drift first', 'Parts and tools', 'Swapping the module', 'Was it worth it?'];
const eMeasure = j(
  'Before opening anything I wanted numbers, not a feeling. I used <code>padcheck</code>, a small command-line tool that reads the raw',
  'axis values from the controller over USB and prints them a few times a second. With the stick at rest it should sit near zero:',
);
const eCode = ['$ padcheck --device brindle --axes LX,LY --interval 250', 'LX  +0.031  LY  -0.118', 'LX  +0.029  LY  -0.121', 'LX  +0.034  LY  -0.117'];
const eMeasure2 = j(
  'A resting value of −0.12 on the vertical axis is well past the 0.08 dead zone most games use, which is exactly why my character',
  'kept drifting forward. The horizontal axis was fine.',
);
const eParts = [
  ['Part', 'Where from', 'Cost'],
  ['Hall-effect stick module (pair)', 'Parts stall at the Verlo market', '€12.00'],
  ['Desoldering braid', 'Already had', '€0.00'],
  ['Tri-wing screwdriver', 'Already had', '€0.00'],
];
const ePartsNote = j(
  'I went for hall-effect modules rather than the original potentiometer type, because they use magnets instead of a wiper',
  'rubbing on a track and should not drift the same way again. They were sold as a pair, so the right stick got one too.',
);
const eSteps = [
  'Remove the four tri-wing screws under the grips and unclip the back shell, starting at the bottom.',
  'Unplug the ribbon cable for the rumble motors and lift out the battery.',
  'Desolder the old module: it has eight pins, and braid plus a lot of flux got them clean.',
  'Seat the new module, check it sits flat, and solder the pins one corner at a time.',
  'Put everything back together before testing, because the stick has no support without the shell.',
];
const eWorth = [
  j(
    'After the swap, <code>padcheck</code> showed both axes within 0.01 of zero at rest, and the stick feels slightly lighter than the',
    'old one, which I have already stopped noticing. The whole job took about two hours, one of which was finding the tri-wing',
    'screwdriver.',
  ),
  j(
    'If you have never soldered before, a controller is not a bad place to start, but practise on an old circuit board first. The',
    'pads are small and lifting one would turn a €6 repair into a very annoying one.',
  ),
];
const eFootnote = 'Hello to all three of you. Yes, the Verlo market stall is still there, on Saturdays only.';
const eNav = ['Home', 'Archive', 'About', 'Feed'];
const eHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${eTitle}</title><meta name="description" content="Replacing a worn stick module with a hall-effect one, and measuring the drift before and after.">
<link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="Ines Varga">
<meta name="generator" content="Eleventy v3.0.0">
<style>/* This is an arbitrary CSS string added to the bundle */
:root{--background-color:#fff;--text-color:#222;--text-color-link:#082840}.visually-hidden:not(:focus):not(:active){clip:rect(0 0 0 0);clip-path:inset(50%);
height:1px;overflow:hidden;position:absolute;white-space:nowrap;width:1px}pre,code{font-family:Consolas,Menlo,Monaco,monospace}</style>
<link rel="stylesheet" href="/css/prism-diff.css"></head>
<body><a href="#skip" class="visually-hidden">Skip to main content</a>
<header><a href="/" class="home-link">Ines Varga</a>
<nav><h2 class="visually-hidden" id="top-level-navigation-menu">Top level navigation menu</h2>
<ul class="nav">${eNav
  .map(
    (t) => `<li class="nav-item"><a
href="/${t === 'Home' ? '' : t.toLowerCase()}/"${t === 'Archive' ? ' aria-current="page"' : ''}>${t}</a></li>`,
  )
  .join('\n')}
</ul></nav></header>
<main id="skip"><heading-anchors>
<h1 id="fixing-the-drifting-stick-on-my-brindle-pro-controller">${eTitle}</h1>
<ul class="post-metadata"><li><time datetime="2027-02-14">14 February 2027</time></li>
<li><a href="/tags/repair/" class="post-tag">repair</a>, </li><li><a href="/tags/games/" class="post-tag">games</a></li></ul>
${ps(eIntro)}
<h2 id="measuring-the-drift-first">${at(eHeads, 0)}</h2>
<p>${eMeasure}</p>
<pre class="language-shell" tabindex="0"><code class="language-shell">${eCode.join('\n')}</code></pre>
<p>${eMeasure2}</p>
<h2 id="parts-and-tools">${at(eHeads, 1)}</h2>
<table><thead><tr>${(eParts[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${eParts
  .slice(1)
  .map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`)
  .join('\n')}</tbody></table>
<p>${ePartsNote}</p>
<h2 id="swapping-the-module">${at(eHeads, 2)}</h2>
<ol>${lis(eSteps)}</ol>
<p><img src="/img/brindle-open.jpg" alt="The controller open on a cutting mat with the old stick module removed" width="800" height="533" loading="lazy"
decoding="async"></p>
<h2 id="was-it-worth-it">${at(eHeads, 3)}</h2>
${ps(eWorth)}
<hr class="footnotes-sep"><section class="footnotes"><ol class="footnotes-list"><li id="fn1" class="footnote-item"><p>${eFootnote}
<a href="#fnref1" class="footnote-backref">↩︎</a></p></li></ol></section>
</heading-anchors>
<ul class="links-nextprev"><li class="links-nextprev-prev">← Previous<br> <a href="/blog/a-year-with-a-paper-notebook/">A year with a paper notebook</a></li>
<li class="links-nextprev-next">Next →<br> <a href="/blog/my-home-server-2027/">What runs on my home server in 2027</a></li></ul></main>
<footer><p><em>Built with <a href="https://www.11ty.dev/">Eleventy v3.0.0</a></em></p></footer>
<!-- This page \`/blog/brindle-stick-drift/\` was built on 2027-02-14T19:02:11.417Z -->
<script type="module" src="/dist/rJ8Lk3xUfa.js"></script></body></html>`;
const eleventy: TestPage = gold({
  name: 'heldout707-eleventy-stick-drift',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eHeads,
  body: texts([...eIntro, eMeasure, eCode.join('\n'), eMeasure2, ...eParts.map((r) => r.join(' ')), ePartsNote, ...eSteps, ...eWorth]),
  bylines: ['14 February 2027'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Ines Varga', 'Top level navigation menu', ...eNav, 'repair', 'games', eFootnote, '← Previous', 'A year with a paper notebook',
    'Next →', 'What runs on my home server in 2027', 'Built with Eleventy v3.0.0',
  ],
});

export const HELDOUT707_B: readonly TestPage[] = [valnet, eleventy];
