import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 230, file a3: an AnandTech-style hardware review, page 1 of a multi-page review. */
const title = 'The Korvell Tundra X9 Review: A Quiet 16-Core Workstation Chip That Sips Power';
const p1 = [
  'Korvell has spent the better part of three years promising that its workstation line would stop trading efficiency for core count. ' +
    'Today the company is lifting the review embargo on the Tundra X9, a 16-core, 32-thread desktop processor rated at just 105 W, ' +
    'and we have had a retail sample on the bench for the last two weeks.',
  'The short version is that Korvell has largely delivered. The X9 matches last year’s 170 W flagship in most of our rendering and ' +
    'compile tests while drawing about 40 percent less power at the wall. It is not the fastest chip you can buy for gaming, and the ' +
    'platform is still more expensive than it should be, but for people who spend their day waiting on a compiler it is a compelling part.',
];
const h1 = 'Tundra X9 at a Glance';
const p2 = ['Below are the headline specifications of the X9 alongside its two siblings, both of which launch today as well.'];
const rows = [
  ['Tundra X9', '16 / 32', '2.9 GHz', '5.4 GHz', '64 MB', '105 W', '$549'],
  ['Tundra X7', '12 / 24', '3.1 GHz', '5.2 GHz', '48 MB', '95 W', '$399'],
  ['Tundra X5', '8 / 16', '3.4 GHz', '5.0 GHz', '32 MB', '65 W', '$279'],
];
const cols = ['Processor', 'Cores / Threads', 'Base', 'Turbo', 'L3 Cache', 'TDP', 'Price'];
const h2 = 'A New Core on an Old Socket';
const p3 = [
  'The most important change is under the heat spreader. The X9 uses Korvell’s new Larch cores, which widen the decode stage from four ' +
    'to six instructions per clock and add a second load port. Korvell claims a 14 percent gain in instructions per clock over the ' +
    'previous generation, and our SPEC-style integer results put the figure closer to 11 percent at matched frequencies.',
  'Those cores are built on a 4 nm-class process from the foundry partner, while the I/O die carries over from last year. That is why ' +
    'the X9 still drops into existing KV5 motherboards after a firmware update, which is good news for anyone who bought into the ' +
    'platform early.',
  'There are some limits to that compatibility, however:',
];
const list = [
  'Boards with the older B-series chipset are limited to 125 W of sustained package power.',
  'PCIe 5.0 lanes for the second M.2 slot are only available on the top chipset.',
  'Memory support officially tops out at DDR5-6000, although our sample ran happily at DDR5-6400.',
];
const h3 = 'Test Bed and Setup';
const p4 = [
  'As per our processor testing policy, we run every chip at the manufacturer’s default power limits with memory at the highest ' +
    'officially supported speed. For the X9 that means DDR5-6000 with JEDEC timings, a 360 mm liquid cooler and the same 1000 W ' +
    'power supply we use for every desktop review this year.',
  'On the following pages we cover power consumption, our rendering and compile suite, gaming at 1080p and 1440p, and finally our ' +
    'conclusions on where the X9 fits against its competitors.',
];
const toc = [
  'The Korvell Tundra X9 Review: Introduction',
  'Power Consumption and Efficiency',
  'CPU Benchmark Performance: Rendering and Compile',
  'Gaming Performance: 1080p and 1440p',
  'Conclusion',
];
const nav = [
  'Home',
  'CPUs',
  'Motherboards',
  'SSD/HDD',
  'GPUs',
  'Mobile',
  'Enterprise & IT',
  'Smartphones',
  'Memory',
  'Monitors',
  'Cases/Cooling/PSU(s)',
  'Systems',
];
const latest = ['Cordwain Launches 8 TB PCIe 5.0 Drive for Workstations', 'Halberd Shows Off 240 Hz OLED at Trade Show', 'Nimbus Updates Its Mini-PC Line'];
const comments = [
  {
    who: 'quietfan42',
    when: 'Wednesday, March 12, 2025',
    text: 'Finally a high core count chip I can cool with an air cooler. Waiting for the compile numbers.',
  },
  { who: 'Threadripping', when: 'Wednesday, March 12, 2025', text: 'The B-series power limit is going to catch a lot of people out.' },
];
const foot = ['About', 'Contact Us', 'Privacy Policy', 'Terms of Use', 'Advertising', 'Press', 'Cookie Settings'];
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Korvell Tundra X9 Review: A Quiet 16-Core Workstation Chip That Sips Power</title>
<meta name="description" content="Korvell's Tundra X9 matches last year's flagship at 40 percent less power."><meta name="author" content="Gavin Ostrowski">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta name="twitter:site" content="@hwbench">
<link rel="canonical" href="https://www.hwbench.example/show/21844/the-korvell-tundra-x9-review">
<link rel="stylesheet" href="/Content/css/site.min.css"><script src="/Scripts/jquery-3.6.0.min.js"></script>
<script>var googletag=googletag||{};googletag.cmd=googletag.cmd||[];var pageSection="CPUs";</script></head>
<body class="review"><div id="wrapper"><header><div class="header"><a href="/" class="logo"><img src="/Content/images/logo.png" alt="HWBench"></a>
<div class="user_login"><a href="/Account/Login">Log in</a> | <a href="/Account/Register">Register</a></div></div>
<nav class="main_nav"><ul>${links(nav)}</ul></nav></header>
<div class="ad leaderboard"><span class="ad_label">ADVERTISEMENT</span><div id="div-gpt-ad-728x90"></div></div>
<div class="main_cont"><div class="content_left"><section class="main_article">
<div class="review_title"><h1>${title}</h1>
<div class="blog_top_left"><span class="author">by <a href="/Author/231">Gavin Ostrowski</a> on March 12, 2025 9:00 AM EST</span>
<ul class="blog_top_right"><li><a class="b_comments_icon" href="#comments">23 Comments</a></li><li><a href="/print/21844">Print this article</a></li></ul></div>
<div class="article_cat">Posted in <a href="/tag/cpus">CPUs</a> <a href="/tag/korvell">Korvell</a> <a href="/tag/desktop">Desktop</a></div>
<div class="share_icons"><a class="share_fb" href="#">Share</a><a class="share_tw" href="#">Tweet</a><a class="share_rd" href="#">Reddit</a></div></div>
<div class="review_toc"><select onchange="location=this.value">
${toc.map((t, i) => `<option value="/show/21844/the-korvell-tundra-x9-review/${i + 1}"${i === 0 ? ' selected' : ''}>${t}</option>`).join('\n')}
</select></div>
<div class="articleContent">
<p><img src="https://images.hwbench.example/doci/21844/tundra-x9-678.jpg" alt="Tundra X9 package"></p>
${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<table class="spec_table"><thead><tr>${cols.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<h2>${h2}</h2>
${ps(p3)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${h3}</h2>
${ps(p4)}
</div>
<div class="review_pagination"><a class="next_page" href="/show/21844/the-korvell-tundra-x9-review/2">Power Consumption and Efficiency</a>
<span class="page_count">Page 1 of 5</span></div>
<div class="comments_section" id="comments"><h2>23 Comments</h2><a href="/Comment/21844">View All Comments</a>
${comments
  .map(
    (c) => `<div class="comment"><div class="comment_head"><b>${c.who}</b> - <span>${c.when}</span> - <a href="#">link</a></div>
<div class="comment_text">${c.text}</div><div class="reply"><a href="#">Reply</a></div></div>`,
  )
  .join('\n')}
<a class="post_comment" href="/Comment/Add/21844">Post Your Comment</a><p class="login_note">Please log in or sign up to comment.</p></div>
</section></div>
<aside class="content_right"><div class="ad"><span class="ad_label">ADVERTISEMENT</span><div id="div-gpt-ad-300x250"></div></div>
<div class="latest_news"><h3>Latest from HWBench</h3><ul>${links(latest)}</ul></div></aside></div>
<footer><ul class="footer_links">${links(foot)}</ul><p class="copyright">Copyright © 2025. All Rights Reserved.</p></footer></div>
<script src="/Scripts/site.min.js"></script></body></html>`;

export const hwReview: TestPage = {
  name: 'heldout230-hardware-review-news',
  kind: 'news',
  html,
  title,
  headings: [h1, h2, h3],
  body: texts([...p1, ...p2, ...rows.flat(), ...p3, ...list, ...p4]),
  bylines: ['by Gavin Ostrowski on March 12, 2025 9:00 AM EST'],
  // the review's page selector repeats the title of this page and names the others; it and the next-page link are furniture
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Log in', 'Register', ...nav, 'ADVERTISEMENT', '23 Comments', 'Print this article', 'Posted in CPUs Korvell Desktop', 'Share', 'Tweet', 'Reddit',
    ...toc, 'Page 1 of 5', 'View All Comments', ...comments.flatMap((c) => [c.who, c.text]), 'Reply', 'Post Your Comment',
    'Please log in or sign up to comment.', 'Wednesday, March 12, 2025', 'link', 'Latest from HWBench', ...latest, ...foot,
    'Copyright © 2025. All Rights Reserved.',
  ],
};
