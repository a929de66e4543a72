import { links, ps, type TestPage, texts } from './page-kit.js';
import { at, gold, j, lis } from './pages-heldout701-kit.js';

/**
 * Held-out batch 701, file b: a wire agency's vaccine story syndicated on a Yahoo-News-like portal (caas article markup with
 * a "Story continues" button inside the body), and a researcher's post on a Jekyll blog on GitHub Pages (minima theme) with
 * Rouge code blocks, a table and kramdown footnotes.
 */
const yTitle = 'Health advisers back single-dose schedule for river fever vaccine';
const yBody = [
  j(
    'MERAVAL (TPA) — A single dose of a new vaccine against river fever protects almost as well as two, an international',
    'advisory panel said on Tuesday, a recommendation that could double the number of children reached with the limited supply',
    'available this year.',
  ),
  j(
    'The Global Immunization Advisory Council said countries should give the Tervaxa vaccine as one injection to children',
    'between nine months and five years old in areas where the mosquito-borne disease is common, rather than the two doses a',
    'month apart that its maker had recommended.',
  ),
  j(
    '“When supply is short, the best use of every vial is to reach a child who has had none,” Dr Hana Lindqvist-Oduya, who',
    'chairs the council, told reporters at a briefing.',
  ),
  j(
    'River fever, spread by mosquitoes that breed along slow-moving rivers, killed an estimated 61,000 people last year, most',
    'of them children under five, according to the council. There is no specific treatment.',
  ),
  j(
    'The recommendation is based on results from a trial of 18,500 children in three countries, which found that one dose cut',
    'cases of severe disease by 71% over two years, compared with 78% for two doses.',
  ),
  j(
    'Protection from a single dose appeared to wane faster after the second year, and the council said it would review the',
    'advice once longer follow-up data were available in 2029.',
  ),
  j(
    'Tervaxa’s maker, Solenne Biologics, has said it can produce about 30 million doses this year, well short of the roughly',
    '70 million that would be needed to give two doses to every eligible child in high-risk areas.',
  ),
  j(
    'A spokesperson for the company said it “respects the council’s independent judgment” and was working to expand',
    'production at its plant in Veyrac, which is due to double output by mid-2028.',
  ),
  j(
    'Health workers in affected regions welcomed the change. “It’s one visit instead of two, and in the rainy season some',
    'villages can only be reached by boat,” said Koffi Mensah-Adjei, who runs an immunization programme in the Lower Tarrin',
    'district.',
  ),
  j(
    'Some experts urged caution. Prof Elsa Brannock, an epidemiologist at the University of Castellane, said a single dose',
    'could leave children exposed if protection faded quickly. “We’re trading a bit of long-term protection for a lot of',
    'reach. That’s probably the right trade, but we need to keep watching,” she said.',
  ),
  'The council also recommended that children who had already received one dose should get a second when supplies allow.',
];
const yNav = ['Home', 'Mail', 'News', 'Finance', 'Sports', 'Entertainment', 'Life', 'Shopping'];
const ySub = ['US', 'Politics', 'World', 'Health', 'Science', 'Climate', 'Originals'];
const yRec = [
  'Why measles is back in three coastal provinces',
  'Mosquito season is starting earlier. Here’s what that means for you',
  'Drugmaker to build vaccine plant in Port Ellery',
];
const yTrend = ['Heat pump grants', 'Carrow Fell rescue', 'Tide tables', 'Ferry strike', 'Flu vaccine clinics'];
const yFoot = ['Terms and Privacy Policy', 'Privacy Dashboard', 'About Our Ads'];
const yHtml = `<!DOCTYPE html>
<html id="atomic" lang="en-US" class="atomic ltr desktop Desktop bkt201"><head><meta charset="utf-8">
<title>Health advisers back single-dose schedule for river fever vaccine</title>
<meta name="description" content="A single dose of a new vaccine against river fever protects almost as well as two, an international advisory panel said.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Vantage News">
<meta property="og:title" content="Health advisers back single-dose schedule for river fever vaccine">
<link rel="canonical" href="https://news.vantage.com/health-advisers-back-single-dose-041231512.html">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Health advisers back single-dose schedule for river fever vaccine",
"provider":{"@type":"Organization","name":"Transnational Press Agency"},"author":{"@type":"Person","name":"Lena Osei-Barrow"},
"datePublished":"2027-03-09T04:12:31.000Z"}</script>
<link rel="stylesheet" href="https://s.vntg.com/aaq/fp/css/tdv2-applet-native-ads.atomic.ltr.5c1f.min.css">
<link rel="stylesheet" href="https://s.vntg.com/aaq/caas/caas-content.1.8.22.min.css">
<script>window.VNTG = window.VNTG || {}; VNTG.context = {"site":"news","region":"US","lang":"en-US","device":"desktop","spaceid":"1197802163"};</script>
</head>
<body class="my3columns"><div id="app"><div class="render-target-active">
<div id="module-header" class="vntg-bar"><div id="vntg-bar-inner-wrap"><a class="_vb_logo" href="https://www.vantage.com/">
<img src="https://s.vntg.com/rz/p/vantage_frontpage_en-US_s_f_p_bestfit_frontpage.png" alt="Vantage News"></a>
<form class="_vb_search" action="https://search.vantage.com/search" role="search"><label for="vb-search" class="_vb_sr">Search the web</label>
<input id="vb-search" type="text" name="p" placeholder="Search the web" autocomplete="off"><button type="submit" class="_vb_btn">Search</button></form>
<div class="_vb_profile"><a href="https://login.vantage.com/" class="_vb_signin">Sign in</a></div>
<nav class="_vb_nav" aria-label="Vantage network"><ul>${links(yNav, '_vb_nav_item')}</ul></nav></div></div>
<div id="module-subnav" class="subnav"><ul class="subnav-list">${links(ySub, 'subnav-item')}</ul></div>
<div id="Main" role="main"><div class="caas-container" data-uuid="6e21c2b0-1f4e-3a7d-9e61-5a0f5c3d8f10">
<article class="caas-container caas-content" role="article" itemscope itemtype="https://schema.org/NewsArticle">
<div class="caas-content-wrapper"><div class="caas-logo"><a class="link caas-attr-provider-logo" href="https://www.tpa-wire.com/" rel="nofollow noopener"
target="_blank"><img src="https://s.vntg.com/cv/apiv2/social/images/provider/tpa_logo.png" alt="Transnational Press Agency" height="24"></a></div>
<header class="caas-header"><div class="caas-title-wrapper"><h1 data-test-locator="headline">${yTitle}</h1></div></header>
<div class="caas-attr"><div class="caas-attr-meta"><div class="caas-attr-item-author"><span class="caas-author-byline-collapse">Lena Osei-Barrow</span>
<span class="caas-attr-provider">Transnational Press Agency</span></div><div class="caas-attr-time-style"><time datetime="2027-03-09T04:12:31.000Z">Tue, March
9, 2027 at 4:12 AM UTC</time><span class="caas-attr-mins-read">3 min read</span></div></div>
<div class="caas-share-buttons" role="group" aria-label="Share this article"><button class="caas-share-button caas-share-fb" aria-label="Share on Facebook">
<svg aria-hidden="true" viewBox="0 0 24 24"><path d="M14 8h3V4h-3a4 4 0 0 0-4 4v2H7v4h3v8h4v-8h3l1-4h-4V8z"></path></svg></button>
<button class="caas-share-button caas-share-x" aria-label="Share on X"><svg aria-hidden="true" viewBox="0 0 24 24"><path d="M4 4l16 16M20 4L4 20"></path></svg>
</button><button class="caas-share-button caas-share-email" aria-label="Email"><svg aria-hidden="true" viewBox="0 0 24 24"><path d="M2 4h20v16H2z"></path>
</svg></button><button class="caas-share-button caas-share-more"><span>Share</span></button></div></div>
<div class="caas-body-section"><div class="caas-body-content"><div class="caas-body-inner-wrapper"><div class="caas-body-wrapper">
<div class="caas-body caas-body-collapse">
${ps(yBody.slice(0, 4))}
<div class="caas-da caas-da-inbody" id="sda-inbody-1"><div class="sda-ad-label">Advertisement</div><div id="defaultINARTICLE-sizer"></div></div>
<div class="caas-readmore caas-readmore-collapse"><button aria-label="Story continues" class="link rapid-noclick-resp" data-ylk="elm:readmore">Story
continues</button></div>
${ps(yBody.slice(4, 8))}
<div class="caas-da caas-da-inbody" id="sda-inbody-2"><div class="sda-ad-label">Advertisement</div><div id="defaultINARTICLE2-sizer"></div></div>
${ps(yBody.slice(8))}
<p>___</p>
<p><i>Ama Reyes in Tolvana contributed to this report.</i></p>
</div></div></div></div></div>
<div class="caas-body-footer"><div class="caas-comments"><button class="caas-comments-button" data-ylk="elm:cmmt_open">View comments
<span class="caas-comments-count">(212)</span></button></div>
<p class="caas-terms"><a href="https://legal.vantage.com/terms">Terms</a> and <a href="https://legal.vantage.com/privacy">Privacy Policy</a></p></div>
</div></article></div>
<div id="module-recommended" class="stream"><h3 class="stream-title">Recommended Stories</h3><ul class="stream-items">
${yRec
  .map(
    (t, i) => `<li class="stream-item js-stream-content"><div class="stream-provider">Transnational Press Agency</div><h3>
<a href="/rec-${i}.html">${t}</a></h3></li>`,
  )
  .join('\n')}
</ul></div></div>
<aside id="RightRail" class="rail"><div id="module-trending" class="trending"><h2 class="trending-title">Trending Now</h2><ol class="trending-list">
${links(yTrend, 'trending-item')}</ol></div>
<div class="caas-da rail-ad" id="sda-LREC"><div class="sda-ad-label">Advertisement</div><div id="defaultLREC-sizer"></div></div></aside>
<footer id="module-footer" class="footer"><ul class="footer-links">${links(yFoot, 'footer-link')}</ul>
<p class="footer-copy">© 2027 Vantage. All rights reserved.</p></footer></div></div>
<script src="https://s.vntg.com/aaq/vzm/cs_1.6.3.js" defer></script>
<script>window.VNTG.caasConfig = {"readmore":{"enabled":true,"collapseAfter":4},"comments":{"enabled":true}};</script></body></html>`;
const yahoo: TestPage = gold({
  name: 'heldout701-portal-vaccine-wire',
  kind: 'news',
  html: yHtml,
  title: yTitle,
  headings: [],
  body: texts(yBody),
  bylines: [
    'Lena Osei-Barrow',
    'Transnational Press Agency',
    'Tue, March 9, 2027 at 4:12 AM UTC',
    '3 min read',
    'Ama Reyes in Tolvana contributed to this report.',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Search the web', 'Search', 'Sign in', ...yNav, ...ySub, 'Share', 'Advertisement', 'Story continues', 'View comments', '(212)', 'Terms',
    'Privacy Policy', 'Recommended Stories', ...yRec, 'Trending Now', ...yTrend, ...yFoot, '© 2027 Vantage. All rights reserved.',
  ],
});

const nTitle = 'Edge effects ate my qPCR plate: a post-mortem';
const nHeads = ['What went wrong', 'Finding the pattern', 'The fix', 'What I’d tell my first-year self'];
const fn = (n: number): string => `<sup id="fnref:${n}" role="doc-noteref"><a href="#fn:${n}" class="footnote" rel="footnote">${n}</a></sup>`;
const nA = [
  j(
    'Last month I lost two weeks of work to a 96-well plate. Not a broken plate, not a failed reaction: a plate where every well',
    'worked, and the numbers still made no sense. This post is the write-up I wish I had found on day one.',
  ),
];
const nB = [
  j(
    'We were measuring expression of a stress-response gene, <code class="language-plaintext highlighter-rouge">hspR2</code>, in root',
    'tissue from seedlings grown at three temperatures. Each sample went on the plate in triplicate. The technical replicates for',
    'samples in the middle of the plate agreed to within 0.2 cycles. Replicates in the outer ring disagreed by up to 1.4 cycles,',
    'and always in the same direction: later Cq values at the edges.',
  ),
  j(
    'A difference of 1.4 cycles is not noise. It is roughly a 2.6-fold change in apparent expression, which is bigger than the',
    `effect we were trying to measure.${fn(1)}`,
  ),
];
const nC = [
  j(
    'The first thing I did was plot the raw Cq of every well against its position. If you have never done this, do it now, for',
    'every plate you have ever run. It takes ten lines of Python:',
  ),
  'The heat map showed a clear frame of higher values around the border, strongest in the corners. I then summarised the wells by ring:',
  j(
    'Our lab’s thermal cycler is eleven years old. When the manufacturer’s engineer tested it with a temperature probe plate, the',
    'outer wells ran up to 0.6 °C cooler during annealing than the inner ones. That, together with evaporation through a seal I',
    'had not pressed down hard enough at the corners, was enough.',
  ),
];
const nPy = [
  'import pandas as pd',
  'import matplotlib.pyplot as plt',
  '',
  'df = pd.read_csv("plate_2027-01-19.csv")',
  'df["row"] = df["well"].str[0]',
  'df["col"] = df["well"].str[1:].astype(int)',
  'grid = df.pivot(index="row", columns="col", values="cq")',
  'plt.imshow(grid, cmap="viridis")',
  'plt.colorbar(label="Cq")',
  'plt.savefig("plate_heatmap.png", dpi=150)',
];
const nRows = [
  ['Position', 'Wells', 'Mean Cq shift'],
  ['Corners', '4', '+1.31'],
  ['Other edge wells', '32', '+0.74'],
  ['Inner wells', '60', '0.00'],
];
const nFix = [
  'Use a roller, not your thumb, to apply the optical seal, and go over the edges twice.',
  'Leave the outer ring empty, or fill it with water, for anything you care about. You lose 36 wells and gain your sanity.',
  'Randomise sample positions across the plate so that any remaining position effect turns into noise, not bias.',
  'Include a position term in the model when you analyse data from older plates you cannot re-run.',
];
const nD = [
  'For the last point, a mixed model with the ring as a fixed effect worked well for us:',
  j(
    'After re-running the experiment with a rolled seal and the outer ring left empty, the spread between technical replicates',
    `dropped to 0.15 cycles across the whole plate, and the temperature effect we expected finally showed up.${fn(2)}`,
  ),
];
const nR = ['library(lme4)', 'fit <- lmer(cq ~ treatment + ring + (1 | sample), data = plate)', 'summary(fit)'];
const nE = [
  j(
    'Look at your plate as a plate, not as a spreadsheet. The machine knows where every well was; your analysis should too. And',
    'if a result only appears in the wells along the edge, it is probably a result about the edge.',
  ),
];
const nNotes = [
  'Assuming an amplification efficiency near 100%, each cycle is a doubling, so 2 to the power 1.4 is about 2.6.',
  'Thanks to Marcus Ilesanmi for lending me the probe plate and a great deal of patience.',
];
const esc = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Code lines as Rouge marks them up, roughly: keywords and strings in spans. */
const rouge = (lines: readonly string[]): string =>
  lines
    .map((l) =>
      esc(l)
        .replace(/"([^"]*)"/g, '<span class="s">"$1"</span>')
        .replace(/^(import|library)\b/, '<span class="kn">$1</span>')
        .replace(/ (as) /, ' <span class="k">$1</span> '),
    )
    .join('\n');
const block = (lang: string, lines: readonly string[]): string =>
  `<div class="language-${lang} highlighter-rouge"><div class="highlight"><pre class="highlight"><code>${rouge(lines)}
</code></pre></div></div>`;
const nAbout = ['About', 'Publications', 'Protocols'];
const nHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><!-- Begin Jekyll SEO tag v2.8.0 -->
<title>Edge effects ate my qPCR plate: a post-mortem | Nadia’s Lab Notebook</title>
<meta name="generator" content="Jekyll v3.9.5"><meta property="og:title" content="Edge effects ate my qPCR plate: a post-mortem">
<meta name="author" content="Nadia Okafor-Lind"><meta property="og:locale" content="en_US">
<meta name="description" content="Last month I lost two weeks of work to a 96-well plate.">
<link rel="canonical" href="https://nokafor.github.io/2027/01/30/qpcr-edge-effects.html">
<meta property="og:site_name" content="Nadia’s Lab Notebook"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-01-30T09:00:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","author":{"@type":"Person","name":"Nadia Okafor-Lind"},
"dateModified":"2027-01-30T09:00:00+00:00","datePublished":"2027-01-30T09:00:00+00:00","headline":"Edge effects ate my qPCR plate: a post-mortem"}</script>
<!-- End Jekyll SEO tag -->
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="https://nokafor.github.io/feed.xml"
title="Nadia’s Lab Notebook"></head>
<body><header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Nadia’s Lab Notebook</a>
<nav class="site-nav"><input type="checkbox" id="nav-trigger" class="nav-trigger" /><label for="nav-trigger"><span class="menu-icon">
<svg viewBox="0 0 18 15" width="18px" height="15px">
<path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0
h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/></svg></span></label>
<div class="trigger">${nAbout.map((t) => `<a class="page-link" href="/${t.toLowerCase()}/">${t}</a>`).join('')}</div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">${nTitle}</h1>
<p class="post-meta"><time class="dt-published" datetime="2027-01-30T09:00:00+00:00" itemprop="datePublished">Jan 30, 2027
</time>• <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Nadia Okafor-Lind</span></span>
</p></header>
<div class="post-content e-content" itemprop="articleBody">
${ps(nA)}
<h2 id="what-went-wrong">${at(nHeads, 0)}</h2>
${ps(nB)}
<h2 id="finding-the-pattern">${at(nHeads, 1)}</h2>
${ps([at(nC, 0)])}
${block('python', nPy)}
${ps([at(nC, 1)])}
<table>
<thead><tr>${(nRows[0] ?? []).map((c) => `<th>${c}</th>`).join('')}</tr></thead>
<tbody>
${nRows
  .slice(1)
  .map((r) => `<tr>${r.map((c, i) => `<td${i > 0 ? ' style="text-align: right"' : ''}>${c}</td>`).join('')}</tr>`)
  .join('\n')}
</tbody></table>
${ps([at(nC, 2)])}
<h2 id="the-fix">${at(nHeads, 2)}</h2>
<ol>
${lis(nFix)}
</ol>
${ps([at(nD, 0)])}
${block('r', nR)}
${ps([at(nD, 1)])}
<h2 id="what-id-tell-my-first-year-self">${at(nHeads, 3)}</h2>
${ps(nE)}
<div class="footnotes" role="doc-endnotes"><ol>
${nNotes
  .map((t, i) => `<li id="fn:${i + 1}" role="doc-endnote"><p>${t} <a href="#fnref:${i + 1}" class="reversefootnote" role="doc-backlink">&#8617;</a></p></li>`)
  .join('\n')}
</ol></div>
</div>
<p class="post-nav"><a class="prev" href="/2026/12/12/cheap-soil-moisture-sensor.html">« Calibrating a cheap soil moisture sensor</a></p>
<a class="u-url" href="/2027/01/30/qpcr-edge-effects.html" hidden></a></article></div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper">
<h2 class="footer-heading">Nadia’s Lab Notebook</h2><div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list">
<li class="p-name">Nadia Okafor-Lind</li><li><a class="u-email" href="mailto:n.okafor-lind@example.ac.uk">n.okafor-lind@example.ac.uk</a></li></ul></div>
<div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.com/nokafor"><svg class="svg-icon"><use
xlink:href="/assets/minima-social-icons.svg#github"></use></svg> <span class="username">nokafor</span></a></li></ul></div>
<div class="footer-col footer-col-3"><p>Notes from a plant stress physiology lab: methods, mistakes and the occasional result.</p></div></div></div></footer>
</body></html>`;
const jekyll: TestPage = gold({
  name: 'heldout701-jekyll-qpcr-edge',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([
    ...nA,
    ...nB,
    at(nC, 0),
    nPy.join('\n'),
    at(nC, 1),
    ...nRows.map((r) => r.join(' ')),
    at(nC, 2),
    ...nFix,
    at(nD, 0),
    esc(nR.join('\n')),
    at(nD, 1),
    ...nE,
  ]),
  bylines: ['Jan 30, 2027', 'Nadia Okafor-Lind'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Nadia’s Lab Notebook', ...nAbout, ...nNotes, '« Calibrating a cheap soil moisture sensor', 'n.okafor-lind@example.ac.uk', 'nokafor',
    'Notes from a plant stress physiology lab: methods, mistakes and the occasional result.',
  ],
});

export const HELDOUT701_B: readonly TestPage[] = [yahoo, jekyll];
