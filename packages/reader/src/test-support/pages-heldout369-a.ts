import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, rows, rowTexts } from './pages-heldout369-kit.js';

/**
 * Held-out batch 369, file a: an AnandTech-style multi-page CPU review (page 3 of 6, with the page select, "Posted in"
 * tags, print link, prev/next pager and reader comments) and a Tom's Hardware-style (Future plc) GPU review with
 * benchmark chart figures, image credits, a deals widget, the verdict box and the newsletter sign-up.
 */
const aTitle = 'The Korvane Strata 9 7950K Review: Twelve Big Cores, One Big Cache';
const aHead = 'Power Consumption: Where the Strata 9 Spends Its Watts';
const aP = [
  j(
    'With the architecture and platform covered on the previous pages, it is time to look at the number that most buyers now ask',
    'about first: how much power does the new chip draw, and how does that draw change as the workload shifts from one thread to',
    'all twenty-four?',
  ),
  j(
    'Korvane rates the Strata 9 7950K at a 125 W base power with a 230 W package power tracking limit, which the company calls PPT+.',
    'On our test board, a Halvard X870 Aurum running firmware 1.04, the chip held that limit for the full length of every',
    'multi-threaded test we ran, with no sign of the short boost window that older parts used.',
  ),
  j(
    'Measuring per-core power is only possible through the chip’s own telemetry, which we read every 100 milliseconds. We',
    'trust these figures within a few percent, having checked the package total against a clamp meter on the 12 V EPS lines.',
  ),
];
const aHead2 = 'Per-Core Power at Each Load';
const aP2 = [
  j(
    'At a single loaded thread the busiest core pulls 24.6 W at 5.7 GHz, a figure that would have been unthinkable for a desktop',
    'part five years ago. The interesting behaviour comes as more cores wake up: by eight threads each core sits near 15 W and the',
    'clock has dropped only 300 MHz.',
  ),
];
const aTable: readonly (readonly string[])[] = [
  ['1 thread', '5.70 GHz', '24.6 W', '61 W'],
  ['4 threads', '5.55 GHz', '19.8 W', '112 W'],
  ['8 threads', '5.40 GHz', '15.1 W', '158 W'],
  ['12 threads', '5.15 GHz', '13.9 W', '214 W'],
  ['24 threads', '4.90 GHz', '16.7 W', '229 W'],
];
const aP3 = [
  j(
    'Two things stand out. First, the uncore and the new 96 MB cache die cost roughly 35 W before any core does useful work, which',
    'keeps idle and light-load figures higher than on the previous generation. Second, with both threads of every core loaded the',
    'per-core figure rises again, because simultaneous multithreading keeps the execution units busier.',
  ),
  'For users who care about efficiency rather than the last few percent, the firmware offers three presets:',
];
const aList = [
  '<strong>Eco 65</strong>: caps the package at 88 W and loses about 14% in our rendering test.',
  '<strong>Balanced</strong>: the 230 W default described above.',
  '<strong>Unleashed</strong>: lifts every limit, drawing up to 284 W for a 3% gain.',
];
const aP4 = [
  j(
    'We will return to the Eco 65 mode on the efficiency page, because it turns the Strata 9 into one of the most frugal',
    'twelve-core chips we have tested. On the next page we move on to our SPEC-style workstation suite.',
  ),
];
const aPages = [
  '1: The Korvane Strata 9 Review',
  '2: The Kestrel Core Microarchitecture',
  '3: Power Consumption',
  '4: Workstation Benchmarks',
  '5: Gaming Performance',
  '6: Conclusion',
];
const aNav = ['Home', 'News', 'CPUs', 'Motherboards', 'SSD/HDD', 'GPUs', 'Mobile', 'Enterprise & IT', 'Smartphones', 'Memory', 'Monitors'];
const aLatest = [
  'Halvard Launches X870 Aurum Lite for Under $200',
  'Pellucid Announces 4 TB Gen5 Drive With DRAM-less Controller',
  'The Brightwater Tessera 27 Monitor Review',
];
const aFoot = ['About', 'Advertising', 'Privacy Policy', 'Terms and Conditions', 'Contact Us'];
const aC1 = j(
  'Nice to see per-core figures again. Any chance of the same table with the cache die disabled? I am curious how much of',
  'that 35 W is the extra cache.',
);
const aC2 = 'Eco 65 losing only 14% is the real story here. Most people should just run it like that.';
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${aTitle} - Power Consumption</title>
<meta name="description" content="Korvane's new twelve-core desktop chip arrives with a stacked 96 MB cache. We test it.">
<meta property="og:type" content="article"><meta property="og:title" content="${aTitle}">
<link rel="canonical" href="https://www.siliconaxis.example/show/21944/the-korvane-strata-9-7950k-review/3">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${aTitle}",
"author":{"@type":"Person","name":"Marten Ellery"},"datePublished":"2026-11-17T09:00:00-05:00"}</script>
<script>var googletag=googletag||{};googletag.cmd=googletag.cmd||[];var pageType='review';</script></head>
<body><div id="qc-cmp2-container"><div class="qc-cmp2-summary-section"><p class="qc-cmp2-summary-info">We and our partners store and/or access
information on a device, such as cookies, and process personal data for personalised ads and content.</p>
<button mode="primary" class="css-47sehv">AGREE</button><button mode="secondary" class="css-47sehv">MORE OPTIONS</button></div></div>
<div class="header"><div class="logo"><a href="/">Silicon Axis</a></div><div class="nav_holder"><ul class="nav_ul">${links(aNav, 'nav_li')}</ul></div>
<form class="search" action="/search"><input type="text" name="q" placeholder="Search"></form></div>
<div class="leaderboard"><div id="div-gpt-ad-leaderboard"><span class="ad_label">Advertisement</span></div></div>
<div class="main_cont"><div class="content_block"><div class="review"><div class="blog_top_left"><h1>${aTitle}</h1>
<div class="blog_top_left"><a href="/Author/188"><img class="author_ava" src="/content/authors/188.jpg" alt=""></a>
<span class="b">by <a href="/Author/188">Marten Ellery</a> on November 17, 2026 9:00 AM EST</span></div>
<ul class="blog_top_right"><li>Posted in</li><li><a href="/tag/cpus">CPUs</a></li><li><a href="/tag/korvane">Korvane</a></li>
<li><a href="/tag/desktop">Desktop</a></li><li><a href="#comments" class="comments_count">38 Comments</a></li>
<li><a href="/print/21944/the-korvane-strata-9-7950k-review" class="print">+ Add A Comment</a></li></ul></div>
<div class="review_page_select"><select onchange="location.href=this.value">${aPages
  .map((p, i) => `<option value="/show/21944/the-korvane-strata-9-7950k-review/${i + 1}"${i === 2 ? ' selected' : ''}>${p}</option>`)
  .join('')}</select></div>
<div class="articleContent"><h2>${aHead}</h2>
${ps(aP)}
<h3>${aHead2}</h3>
${ps(aP2)}
<p align="center"><img src="https://images.siliconaxis.example/doci/21944/percore-power.png" alt="" width="650"></p>
<table align="center" border="1" cellpadding="0" cellspacing="0" width="650"><tbody>
<tr class="tgrey"><td>Load</td><td>Clock</td><td>Per-core</td><td>Package</td></tr>
${rows(aTable)}</tbody></table>
${ps(aP3)}
<ul>${aList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ps(aP4)}
</div>
<div class="review_pages_nav"><a class="prev" href="/show/21944/the-korvane-strata-9-7950k-review/2">PREV</a>
<a class="next" href="/show/21944/the-korvane-strata-9-7950k-review/4">NEXT</a>
<a href="/print/21944/the-korvane-strata-9-7950k-review">PRINT THIS ARTICLE</a></div></div>
<div id="comments" class="comments"><div class="comments_header"><h3>38 Comments</h3><a href="/Comment/21944">View All Comments</a></div>
<div class="comment"><div class="comment_info"><span class="cmt_user">halcyon_rig</span> - Monday, November 17, 2026 - link</div>
<p class="cmt_text">${aC1}</p><a class="reply" href="#">Reply</a></div>
<div class="comment"><div class="comment_info"><span class="cmt_user">Gerrit V</span> - Monday, November 17, 2026 - link</div>
<p class="cmt_text">${aC2}</p><a class="reply" href="#">Reply</a></div>
<div class="comment_form"><a href="/Account/Login">Log in</a> Don't have an account? <a href="/Account/Register">Sign up now</a></div></div></div>
<div class="sidebar"><div class="latest_news"><h4>Latest from Silicon Axis</h4><ul>${links(aLatest)}</ul></div>
<div class="ad_side"><span class="ad_label">Advertisement</span></div></div></div>
<div class="footer"><ul class="footer_links">${links(aFoot)}</ul><p class="copyright">Copyright © 2026 Silicon Axis. All rights reserved.</p></div>
</body></html>`;
const anandtech: TestPage = {
  name: 'heldout369-anandtech-review-page',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [aHead, aHead2],
  body: [...texts([...aP, ...aP2]), ...rowTexts(aTable), ...texts([...aP3, ...aList, ...aP4])],
  bylines: ['Marten Ellery', 'on November 17, 2026 9:00 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We and our partners store and/or access information on a device, such as cookies, and process personal data for personalised ads and content.',
    'AGREE', 'MORE OPTIONS', 'Silicon Axis', ...aNav, 'Advertisement', 'Posted in', 'Desktop', '38 Comments', '+ Add A Comment', ...aPages,
    'PREV', 'NEXT', 'PRINT THIS ARTICLE', 'View All Comments', 'halcyon_rig', 'Monday, November 17, 2026 - link', aC1, 'Gerrit V', aC2, 'Reply',
    'Log in', "Don't have an account?", 'Sign up now', 'Latest from Silicon Axis', ...aLatest, ...aFoot, 'Copyright © 2026 Silicon Axis. All rights reserved.',
  ],
};

const tTitle = 'Aurelion RX 9080 XT Review: Fast Enough, Finally Quiet';
const tStrap = 'A cooler, calmer flagship that trades blows with the best for $150 less.';
const tIntro = [
  j(
    'Aurelion has spent two generations chasing the top of our GPU benchmarks hierarchy, and both times the result was a card',
    'that was quick but loud. The RX 9080 XT changes the tone. It keeps the 20 GB memory buffer and the 320-bit bus of its',
    'predecessor, but a new vapor chamber and three 100 mm fans bring the noise under load down to 34 dBA in our open test bench.',
  ),
  j(
    'At $849 the card lands between the Norrland GX 5080 and the GX 5090, and in raster games it sits much closer to the',
    'latter. Ray tracing remains its weak point, though the gap has narrowed.',
  ),
];
const tH1 = 'Aurelion RX 9080 XT Specifications';
const tSpec: readonly (readonly string[])[] = [
  ['Compute units', '84'],
  ['Boost clock', '2,810 MHz'],
  ['Memory', '20 GB GDDR7'],
  ['Memory bandwidth', '960 GB/s'],
  ['Board power', '315 W'],
  ['Launch price', '$849'],
];
const tH2 = '1440p Gaming Performance';
const tP2 = [
  j(
    'Across our 14-game test suite at 2560x1440 and ultra settings, the RX 9080 XT averaged 148 frames per second, 11% ahead of',
    'the GX 5080 and 4% behind the GX 5090. The lead is largest in titles that lean on memory bandwidth, such as Ashfall Protocol',
    'and Tidebreaker, where the wider bus pays off.',
  ),
  j(
    'With ray tracing enabled the picture flips. The RX 9080 XT falls 9% behind the GX 5080 on average, and in the path-traced',
    'mode of Meridian Nights it manages only 41 fps to its rival’s 56.',
  ),
];
const tH3 = 'Power, Temperatures and Noise';
const tP3 = [
  j(
    'Our in-line power meter recorded an average of 298 W during the gaming loop, a little under the rated board power. The',
    'hotspot settled at 79 °C after 30 minutes, and the fans never spun past 1,450 rpm.',
  ),
  j(
    'Idle power with a single 4K monitor attached was 14 W, but connecting a second display at 144 Hz pushed it to 38 W, an old',
    'problem that Aurelion says a driver update will address.',
  ),
];
const tH4 = 'Bottom Line';
const tP4 = [
  j(
    'The RX 9080 XT is the first Aurelion flagship we would happily put in a quiet living-room PC. If you play mostly raster games',
    'at 1440p or 4K, it is the better buy than the GX 5080. If ray tracing matters, the Norrland card still earns its premium.',
  ),
];
const tPros = ['Excellent raster performance', 'Very quiet under load', '20 GB of VRAM'];
const tCons = ['Trails in ray tracing', 'High multi-monitor idle power'];
const tCharts = ['RX 9080 XT 1440p ultra average fps chart', 'RX 9080 XT ray tracing 1440p chart'];
const tNav = ['Reviews', 'Best Picks', 'Raspberry Pi', 'CPUs', 'GPUs', 'Coupons', 'More'];
const tCrumbs = ['PC Components', 'GPUs'];
const tShare = ['Share on Facebook', 'Share on X', 'Share on Reddit', 'Email'];
const tMore = ['Norrland GX 5080 Review: The New Default', 'GPU Benchmarks Hierarchy 2026: Graphics Cards Ranked', 'Best Graphics Cards for Gaming in 2026'];
const tFoot = ['About us', 'Contact Halden experts', 'Terms and conditions', 'Privacy policy', 'Cookies policy', 'Accessibility Statement'];
const tHtml = `<!DOCTYPE html><html lang="en-US" class="no-js"><head><meta charset="utf-8"><title>${tTitle} | Rigwise</title>
<meta name="description" content="${tStrap}"><meta property="og:site_name" content="Rigwise"><meta name="robots" content="max-image-preview:large">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"${tTitle}",
"itemReviewed":{"@type":"Product","name":"Aurelion RX 9080 XT"},"reviewRating":{"@type":"Rating","ratingValue":4.5,"bestRating":5},
"author":[{"@type":"Person","name":"Priya Castellan"}],"datePublished":"2026-11-20T14:00:00Z"}</script>
<script>window.ffte = {"articleId":"vkq38ZpR","channel":"gpus","type":"review"};</script></head>
<body class="news-article-page"><div id="page-wrapper">
<header class="header"><a class="header__logo" href="https://www.rigwise.example/">Rigwise</a><nav class="menu-nav"><ul>${links(tNav, 'menu-item')}</ul>
</nav><a class="header__subscribe" href="/newsletter">Newsletter</a></header>
<div class="trending"><span class="trending__label">Trending</span><ul>${links(['GPU Price Index', 'RAM Prices'], 'trending__item')}</ul></div>
<main id="main" class="main-content"><article class="news-article" data-id="vkq38ZpR">
<header><nav class="breadcrumb" aria-label="Breadcrumbs"><ol class="breadcrumb__list">${links(tCrumbs, 'breadcrumb__item')}</ol></nav>
<h1>${tTitle}</h1><p class="strapline">${tStrap}</p>
<div class="byline-social"><div class="byline"><span class="by-author">By <a href="/author/priya-castellan" class="link author-byline__link"
rel="author"><span class="author-byline__author-name">Priya Castellan</span></a></span>
<span class="byline__time"><time datetime="2026-11-20T14:00:00Z" class="relative-date">published November 20, 2026</time></span></div>
<div class="social-share"><ul class="social-share__list">${links(tShare, 'social-share__item')}</ul></div></div></header>
<section class="content-wrapper"><div class="pretty-verdict"><div class="pretty-verdict__rating"><span class="chunk rating" aria-label="Rating: 4.5 out of 5"
>Our Verdict</span></div><p class="pretty-verdict__text">The quietest Aurelion flagship yet beats the GX 5080 in raster games, but ray tracing still trails.</p>
<div class="pretty-verdict__pros"><h4>For</h4><ul>${tPros.map((p) => `<li>${p}</li>`).join('')}</ul></div>
<div class="pretty-verdict__cons"><h4>Against</h4><ul>${tCons.map((p) => `<li>${p}</li>`).join('')}</ul></div></div>
<div class="hawk-nest" data-widget-type="price" data-widget-id="deal"><h3 class="hawk-title">Today's best Aurelion RX 9080 XT deals</h3>
<ul><li class="hawk-row"><span class="hawk-merchant">Voltmart</span> <span class="hawk-price">$839.99</span> <a class="hawk-button">View</a></li>
<li class="hawk-row"><span class="hawk-merchant">Parcelbay</span> <span class="hawk-price">$849</span> <a class="hawk-button">View</a></li></ul>
<p class="hawk-attribution">We check over 250 million products every day for the best prices</p></div>
<div id="article-body" class="text-copy bodyCopy auto">
${ps(tIntro)}
<figure class="van-image-figure inline-layout" data-bordeaux-image-check><div class="image-full-width-wrapper"><div class="image-widthsetter">
<img src="https://cdn.rigwise.example/RX9080XT-hero.jpg" alt="Aurelion RX 9080 XT" loading="lazy"></div></div>
<figcaption itemprop="caption description" class=" inline-layout"><span class="credit"
itemprop="copyrightHolder">(Image credit: Rigwise)</span></figcaption></figure>
<h2 id="section-specs">${tH1}</h2>
<div class="table__wrapper table__wrapper--inbodyContent table__wrapper--sticky"><div class="table__container"><table class="table__element">
<thead><tr><th>Specification</th><th>RX 9080 XT</th></tr></thead><tbody>
${rows(tSpec)}</tbody></table></div><div class="table__footer">Swipe to scroll horizontally</div></div>
<p class="fancy-box"><strong>Read more:</strong> <a href="/reviews/norrland-gx-5080">Norrland GX 5080 Review</a></p>
<h2 id="section-1440p">${tH2}</h2>
${ps(tP2.slice(0, 1))}
${tCharts
  .map(
    (c) => `<figure class="van-image-figure inline-layout"><div class="image-full-width-wrapper"><img src="https://cdn.rigwise.example/${c.length}.png"
alt="${c}"></div><figcaption itemprop="caption description" class=" inline-layout">${c}<span class="credit" itemprop="copyrightHolder">(Image
credit: Rigwise)</span></figcaption></figure>`,
  )
  .join('\n')}
${ps(tP2.slice(1))}
<h2 id="section-power">${tH3}</h2>
${ps(tP3)}
<h2 id="section-bottom-line">${tH4}</h2>
${ps(tP4)}
</div>
<div class="newsletter-form__wrapper"><h3 class="newsletter-form__strapline">Get Rigwise's best news and in-depth reviews, straight to your inbox.</h3>
<form class="newsletter-form"><input type="email" placeholder="Your Email Address"><button>Sign me up</button></form>
<p class="newsletter-form__terms">By submitting your information you agree to the Terms &amp; Conditions and Privacy Policy and are aged 16 or over.</p></div>
<div class="author-bio"><p><a href="/author/priya-castellan">Priya Castellan</a> is a senior editor covering graphics cards and displays.</p></div>
<div class="more-about"><h3>More about gpus</h3><ul>${links(tMore, 'more-about__item')}</ul></div>
</section></article></main>
<footer class="site-footer"><ul>${links(tFoot, 'footer__item')}</ul>
<p class="footer__copyright">Rigwise is part of Halden Media Group, an international publisher of technology titles.</p></footer>
<div id="cmpbox" class="cmpbox"><div class="cmpboxtxt">We use cookies and similar technologies to improve your experience.</div>
<a class="cmpboxbtn cmpboxbtnyes">Accept all</a><a class="cmpboxbtn cmpboxbtnno">Reject all</a></div></div></body></html>`;
const toms: TestPage = {
  name: 'heldout369-tomshardware-gpu-review',
  kind: 'news',
  html: tHtml,
  title: tTitle,
  headings: [tH1, tH2, tH3, tH4],
  body: [tStrap, ...texts(tIntro), ...rowTexts(tSpec), ...texts([...tP2, ...tP3, ...tP4])],
  bylines: ['Priya Castellan', 'published November 20, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Rigwise', ...tNav, 'Newsletter', 'Trending', 'GPU Price Index', 'RAM Prices', ...tCrumbs, ...tShare, 'Our Verdict',
    'The quietest Aurelion flagship yet beats the GX 5080 in raster games, but ray tracing still trails.', 'For', 'Against', ...tPros, ...tCons,
    "Today's best Aurelion RX 9080 XT deals", 'Voltmart', '$839.99', 'Parcelbay', 'View', 'We check over 250 million products every day for the best prices',
    '(Image credit: Rigwise)', 'Swipe to scroll horizontally', 'Read more:', 'Norrland GX 5080 Review', ...tCharts,
    "Get Rigwise's best news and in-depth reviews, straight to your inbox.", 'Sign me up',
    'By submitting your information you agree to the Terms & Conditions and Privacy Policy and are aged 16 or over.',
    'is a senior editor covering graphics cards and displays.', 'More about gpus', ...tMore, ...tFoot,
    'Rigwise is part of Halden Media Group, an international publisher of technology titles.',
    'We use cookies and similar technologies to improve your experience.', 'Accept all', 'Reject all',
  ],
};

export const HELDOUT369_A: readonly TestPage[] = [anandtech, toms];
