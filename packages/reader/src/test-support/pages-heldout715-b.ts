import { links, ps, type TestPage, texts } from './page-kit.js';
import { gold, j, lis } from './pages-heldout715-kit.js';

/**
 * Held-out batch 715, file b: a moon-landing wire story on a news agency site built on AP News' Brightspot template (Page-lead
 * media with caption and "Read More", share bar, "ADVERTISEMENT" slots, a "Related Coverage" enhancement inside the story body,
 * "contributed to this report" and support notes after "___" lines, author info and a "Most read" rail), and an observing-run
 * report on an astronomer's Hugo blog with the PaperMod theme (breadcrumbs, description, post meta, table of contents, table,
 * code block, footnotes, tags, previous / next links and share buttons).
 */
const aTitle = 'Private lunar lander tips over after touchdown near the moon’s south pole';
const aBody = [
  j(
    'KESTREL POINT, Fla. (AW) — A private lunar lander touched down near the moon’s south pole on Thursday but tipped onto its',
    'side moments later, leaving its solar panels pointed the wrong way and its mission in doubt, the company that built it said.',
  ),
  j(
    'Corvane Space’s Wren lander came down about a mile (1.6 kilometers) from its target in a rough, crater-pocked region known',
    'as the Mallory Highlands. Data showed it was still drifting sideways when its legs touched the surface, and one of them',
    'appears to have caught on a slope or a boulder, the company said.',
  ),
  j(
    '“We are on the moon, and we are talking to our spacecraft,” Corvane chief executive Abigail Tran-Morrow told reporters at the',
    'company’s mission control. “It is just not the way up we wanted to be.”',
  ),
  j(
    'The 13-foot (4-meter) lander is lying at an angle of about 80 degrees, according to Corvane. Its main solar panels, mounted',
    'on top, face away from the low sun near the pole, and engineers estimate that its batteries will last about 30 hours unless',
    'they can draw enough power from a smaller panel on its side.',
  ),
  j('It was Corvane’s second try at the moon. Its first lander struck the surface too fast in 2025 after its laser range finder', 'failed during the descent.'),
  j(
    'Wren is part of the Lunar Delivery Program, under which the National Space Administration pays private companies to carry',
    'its experiments to the moon. The agency paid Corvane $118 million for the flight. The lander also carried instruments for',
    'three universities and a shoebox-sized rover built by engineering students.',
  ),
  j(
    'Among the experiments on board are a drill designed to dig 3 feet (1 meter) down in search of frozen water, a radio',
    'receiver to measure how charged dust behaves near the surface, and a set of cameras to study the plume kicked up by the',
    'lander’s engine.',
  ),
  j(
    'Andrés Pellegrini, a planetary scientist at Hollin University who is not involved in the mission, said even a toppled lander',
    'could return useful data. “If the drill is on the down side, you have lost it,” he said. “But the cameras and some of the',
    'other instruments do not care which way up they are.”',
  ),
  j(
    'Landing near the lunar poles is especially difficult because the low sun casts long shadows that can hide boulders and',
    'slopes from a lander’s cameras. Only two spacecraft have landed within 200 miles (320 kilometers) of the south pole, and one',
    'of those also ended up on its side.',
  ),
  j(
    'Corvane said it would try over the next day to roll the rover, named Pip, off the lander’s deck and onto the surface. The',
    'rover was designed to drive 300 feet (90 meters) and photograph the lander from a distance.',
  ),
];
const aCredit = 'Associated Wire writer Kiran Doshi in Houston contributed to this report.';
const aSupport = j(
  'The Associated Wire Health and Science Department receives support from the Halvorsen Institute’s Science and Educational Media',
  'Group and the Whitcombe Foundation. The AW is solely responsible for all content.',
);
const aCaption = j(
  'This image provided by Corvane Space shows the Wren lander during final testing at the company’s factory in Kestrel Point,',
  'Fla., in October 2026. (Corvane Space via AW)',
);
const aNav = ['World', 'U.S.', 'Politics', 'Sports', 'Entertainment', 'Business', 'Science', 'Fact Check', 'Oddities', 'Be Well', 'Newsletters'];
const aShare = ['Facebook', 'Copy', 'Link copied', 'Email', 'X', 'LinkedIn', 'Bluesky', 'Flipboard', 'Pinterest', 'Reddit'];
const aRelated = ['Private moon lander crashes in failed first attempt by Corvane Space', 'Why landing near the moon’s south pole is so hard'];
const aMost = [
  'Storm knocks out power to 200,000 homes across the Plains',
  'Grain prices jump as river levels fall',
  'Museum returns stolen masks after 40 years',
];
const aBio = 'Marchetti covers space and science for The Associated Wire.';
const aFoot = [
  'About',
  'Contact Us',
  'Accessibility Statement',
  'Terms of Use',
  'Privacy Policy',
  'Cookie Settings',
  'Do Not Sell or Share My Personal Information',
];
const aAbout = j(
  'The Associated Wire is an independent global news organization dedicated to factual reporting. Founded in 1862, AW today',
  'remains a trusted source of fast, accurate, unbiased news in all formats.',
);
const aAd = `<div class="Advertisement" data-unit="apnews/science"><div class="Advertisement-label">ADVERTISEMENT</div><div class="GoogleDfpAd"></div></div>`;
const aP = (t: string): string => `<p>${t}</p>`;
const aHtml = `<!DOCTYPE html>
<html class="Page" lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Private lunar lander tips over after touchdown near moon’s south pole | AW News</title>
<meta name="description" content="A private lunar lander touched down near the moon’s south pole but tipped onto its side moments later.">
<meta property="og:title" content="${aTitle}"><meta property="og:type" content="article"><meta property="og:site_name" content="AW News">
<meta property="article:published_time" content="2027-03-04T20:33:15Z"><meta property="article:modified_time" content="2027-03-04T23:12:40Z">
<meta name="brightspot.contentId" content="00000190-4a7e-d1c2-a9fb-6f7e3c210000">
<link rel="stylesheet" href="https://assets.awnews.com/resource/00000187-bd09-d3b1-a7d7-ff8de2d60000/styleguide/All.min.css">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${aTitle}",
"author":[{"@type":"Person","name":"Lena Marchetti"},{"@type":"Person","name":"Darius Okafor"}],"datePublished":"2027-03-04T20:33:15Z",
"dateModified":"2027-03-04T23:12:40Z","publisher":{"@type":"Organization","name":"The Associated Wire"}}</script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"page_type":"article","section":"Science","tags":["Space exploration","Moon"]});</script>
</head>
<body class="Page-body" data-content-id="00000190-4a7e-d1c2-a9fb-6f7e3c210000">
<a class="Page-skipLink" href="#main-content">Skip to main content</a>
<bsp-header class="Page-header"><div class="Page-header-bar"><button class="Page-header-hamburger" aria-label="Menu"><span>Menu</span></button>
<a class="Page-header-logo" href="https://awnews.com/" aria-label="AW News Logo"><svg aria-hidden="true"></svg></a>
<nav class="Page-header-navigation" aria-label="Main"><ul class="Navigation-items">${links(aNav, 'Navigation-items-item')}</ul></nav>
<div class="Page-header-end"><a class="Page-header-search" href="/search">Search</a><a class="Page-header-account" href="/account/login">Sign in</a></div></div>
</bsp-header>
<main class="Page-main" id="main-content"><div class="Page-content"><div class="Page-above">${aAd}</div>
<div class="Page-storyBody"><div class="Page-breadcrumbs"><a class="Link" href="https://awnews.com/science">SCIENCE</a></div>
<h1 class="Page-headline">${aTitle}</h1>
<div class="Page-byline"><div class="Page-byline-info"><div class="Page-authors">By <a class="Link" href="https://awnews.com/author/lena-marchetti">LENA
MARCHETTI</a> and <a class="Link" href="https://awnews.com/author/darius-okafor">DARIUS OKAFOR</a></div>
<div class="Page-dateModified"><bsp-timestamp data-timestamp="1772666000000" data-type="modified"><span data-date="">Updated 6:12 PM EST, March 4, 2027</span>
</bsp-timestamp></div></div>
<div class="Page-actions"><bsp-sharebar class="SocialShare"><button class="SocialShare-toggle" aria-expanded="false">Share</button>
<ul class="SocialShare-items">${aShare.map((t) => `<li class="SocialShare-item"><a class="SocialShare-link" href="#">${t}</a></li>`).join('')}</ul>
</bsp-sharebar></div></div>
<div class="Page-lead"><figure class="Figure"><bsp-carousel class="Carousel" data-slides="2"><div class="Carousel-slide"><div class="CarouselSlide-media">
<img class="Image" alt="" src="https://dims.awnews.com/dims4/default/4e1f2a7/2147483647/strip/true/crop/5000x3333+0+0/resize/980x653/wren-lander.jpg">
</div><div class="CarouselSlide-info"><div class="CarouselSlide-infoDescription"><p>${aCaption}</p></div>
<bsp-read-more class="CarouselSlide-readMore"><button class="ReadMore-button">Read More</button></bsp-read-more></div></div>
<div class="Carousel-pagination"><span class="Carousel-pagination-current">1</span> of <span>2</span></div></bsp-carousel></figure></div>
<div class="RichTextStoryBody RichTextBody">
${aBody.slice(0, 3).map(aP).join('\n')}
${aAd}
${aBody.slice(3, 5).map(aP).join('\n')}
<div class="Enhancement" data-align-center=""><div class="Enhancement-item"><div class="PageList PageListStandardE">
<div class="PageList-header"><h2 class="PageList-header-title">Related Coverage</h2></div><div class="PageList-items">${aRelated
  .map(
    (t) => `<div class="PageList-items-item"><div class="PagePromo"><div class="PagePromo-content"><h3 class="PagePromo-title"><a class="Link"
href="https://awnews.com/article/${t.toLowerCase().replace(/[^a-z]+/g, '-')}"><span class="PagePromoContentIcons-text">${t}</span></a></h3></div></div></div>`,
  )
  .join('\n')}</div></div></div></div>
${aBody.slice(5, 8).map(aP).join('\n')}
${aAd}
${aBody.slice(8).map(aP).join('\n')}
<p>___</p>
<p><em>${aCredit}</em></p>
<p>___</p>
<p><em>${aSupport}</em></p>
</div>
<div class="Page-authorinfo"><bsp-author-info class="AuthorInfo"><div class="AuthorInfo-name"><a class="Link"
href="https://awnews.com/author/lena-marchetti">LENA MARCHETTI</a></div><div class="AuthorInfo-bio">${aBio}</div>
<div class="AuthorInfo-social"><a class="Link" href="https://twitter.com/lenamarchettiAW">twitter</a><a class="Link"
href="mailto:lmarchetti@awnews.com">mailto</a></div></bsp-author-info></div></div>
<aside class="Page-aside"><div class="PageListRightRailA"><h2 class="PageList-header-title">Most read</h2><ol
class="PageList-items">${links(aMost, 'PageList-items-item')}
</ol></div>${aAd}</aside></div></main>
<footer class="Page-footer"><div class="Page-footer-logo"><a href="https://awnews.com/" aria-label="AW News Logo"><svg aria-hidden="true"></svg></a></div>
<p class="Page-footer-description">${aAbout}</p><ul class="Page-footer-links">${links(aFoot)}</ul>
<p class="Page-footer-disclaimer">Copyright 2027 The Associated Wire. All Rights Reserved.</p></footer>
<script src="https://assets.awnews.com/resource/00000187-bd09-d3b1-a7d7-ff8de2d60000/styleguide/All.min.js" async></script></body></html>`;
const wire: TestPage = gold({
  name: 'heldout715-apnews-lunar-lander',
  kind: 'news',
  html: aHtml,
  title: aTitle,
  headings: [],
  body: texts(aBody),
  bylines: ['By LENA MARCHETTI and DARIUS OKAFOR', 'Updated 6:12 PM EST, March 4, 2027', aCredit],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', ...aNav, 'Search', 'Sign in', 'ADVERTISEMENT', 'SCIENCE', 'Share', ...aShare, aCaption, 'Read More', '1 of 2',
    'Related Coverage', ...aRelated, aSupport, 'LENA MARCHETTI', aBio, 'twitter', 'mailto', 'Most read', ...aMost, aAbout, ...aFoot,
    'Copyright 2027 The Associated Wire. All Rights Reserved.',
  ],
});

const hTitle = 'Three nights on the 2.4 m, and the one that worked';
const hDesc = 'Cirrus, a stuck dome shutter and, finally, eleven white dwarf spectra. Notes from my first solo run on the Calder telescope.';
const fn = (n: number): string => `<sup id="fnref:${n}"><a href="#fn:${n}" class="footnote-ref" role="doc-noteref">${n}</a></sup>`;
type HSec = [string, string[], string?];
const hIntro = [
  j(
    'I got back from Mount Aske on Sunday, slept for most of Monday, and am now trying to write this up before I forget which night',
    'was which. This was my first run on the Calder 2.4 m telescope as the only observer, without a postdoc next to me to',
    `ask when something looked wrong.${fn(1)}`,
  ),
  'Short version: three nights allocated, one usable. That is about par for March on the mountain, but it did not feel like par at 3 a.m.',
];
const hSecs: HSec[] = [
  [
    'The plan',
    [
      j(
        'The programme was spectra of white dwarfs in wide binaries, where the companion star gives us an independent age. The white',
        'dwarf spectrum gives a temperature and surface gravity, and from those a cooling age, so each pair is a check on the cooling',
        'models. I had 14 targets, ranked by how much they would improve the sample:',
      ),
    ],
  ],
  [
    'Night one: cirrus',
    [
      j(
        'Thin cirrus rolled in from the west about an hour after twilight and never really left. The guider kept losing the star,',
        'and the exposure meter was dropping by half every few minutes. I took arcs and flats, tried one target, got a spectrum with',
        'a signal-to-noise of about 4, and closed at 1:40 a.m. when the humidity passed 85%.',
      ),
    ],
  ],
  [
    'Night two: the shutter',
    [
      j(
        'Clear skies, finally, and the dome shutter would not open past about a third of the way. The night assistant, Teodor,',
        `spent two hours on the roof with a torch and a very large spanner.${fn(2)} By the time it was fixed, the wind had picked up`,
        'to 60 km/h and we had to keep the dome closed anyway.',
      ),
      'I used the time to rebuild my reduction script so that the next night would go straight from raw frames to wavelength-calibrated spectra.',
    ],
    '<div class="highlight"><pre tabindex="0" class="chroma"><code class="language-bash" data-lang="bash">',
  ],
  [
    'Night three',
    [
      j(
        'Photometric from dusk to dawn, seeing around 0.9 arcseconds. I took 11 of the 14 targets, skipped the two faintest and lost one',
        'to a satellite trail I did not notice until the morning. The reduction script ran in the background and I had first-look',
        'spectra within ten minutes of each exposure ending, which made it much easier to decide whether to take a second exposure.',
      ),
      j(
        'The first look at the data is encouraging. Nine of the eleven show clean hydrogen lines, one turned out to be a helium-atmosphere',
        'white dwarf, which is interesting in itself, and one is too noisy to use. I will write about the ages once they have been',
        'through the proper fitting code.',
      ),
    ],
  ],
  ['What I’d do differently', ['Mostly small things, but I am writing them down so I actually do them next time:']],
];
const hRows = [
  ['Target', 'V mag', 'Exposure', 'Status'],
  ['WD 0412+17 (pair A)', '16.1', '3 × 600 s', 'Done, night 3'],
  ['WD 0438+22 (pair B)', '16.8', '3 × 900 s', 'Done, night 3'],
  ['WD 0517+09 (pair F)', '17.4', '4 × 900 s', 'Satellite trail'],
  ['WD 0603+31 (pair K)', '18.2', '6 × 900 s', 'Skipped'],
];
const hAfterTable = 'The faintest two needed more than an hour each, so they were always going to be the first to go if the weather turned.';
const hCode = [
  'for f in raw/n3/*.fits; do',
  '  calder-reduce --arc arcs/n3_arc_2114.fits \\',
  '    --flat flats/n3_master_flat.fits --out reduced/ "$f"',
  'done',
];
const hList = [
  'Take the arcs and flats in the afternoon, not at dusk, so twilight is free for a bright standard star.',
  'Check every frame for satellite trails as it comes in, not the next morning.',
  'Bring a warmer coat. The control room heater is a suggestion, not a promise.',
];
const hEnd = 'Thanks to Teodor for the spanner work, and to the Calder time allocation committee for giving a first-time PI a chance.';
const hFoot = [
  j(
    'The Calder 2.4 m is a shared telescope: most of its time goes to a long-running supernova survey, and the rest is split between',
    'three universities. My allocation came through the University of Tollen’s share.',
  ),
  'He later told me this has happened “maybe twice a winter” since the dome motors were replaced in 2023.',
];
const hMenu = ['Posts', 'Research', 'Tags', 'About', 'Search'];
const hTags = ['Observing', 'White dwarfs', 'Spectroscopy', 'Calder'];
const hCodeHtml = hCode.map((l) => `<span class="line"><span class="cl">${l.replace(/"/g, '&#34;')}\n</span></span>`).join('');
const hSecHtml = ([h, paras, code]: HSec, i: number): string => {
  const id = h
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/ /g, '-');
  const extra =
    i === 0
      ? `\n<table>\n<thead>\n<tr>\n${(hRows[0] ?? []).map((c) => `<th>${c}</th>`).join('\n')}\n</tr>\n</thead>\n<tbody>\n${hRows
          .slice(1)
          .map((r) => `<tr>\n${r.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>`)
          .join('\n')}\n</tbody>\n</table>\n<p>${hAfterTable}</p>`
      : code
        ? `\n${code}${hCodeHtml}</code></pre></div>`
        : i === 4
          ? `\n<ul>\n${lis(hList)}\n</ul>\n<p>${hEnd}</p>`
          : '';
  return `<h2 id="${id}">${h}<a hidden class="anchor" aria-hidden="true" href="#${id}">#</a></h2>\n${ps(paras)}${extra}`;
};
const hHtml = `<!DOCTYPE html>
<html lang="en" dir="auto"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"><meta name="robots" content="index, follow">
<title>Three nights on the 2.4 m, and the one that worked | Sky Notes</title>
<meta name="keywords" content="observing, white dwarfs, spectroscopy, Calder"><meta name="description" content="${hDesc}">
<meta name="author" content="Imogen Varga"><link rel="canonical" href="https://imogenvarga.net/posts/calder-run-march/">
<link crossorigin="anonymous" href="/assets/css/stylesheet.3f1c9a6e2d.css" integrity="sha256-Px8ZQ1=" rel="preload stylesheet" as="style">
<link rel="icon" href="https://imogenvarga.net/favicon.ico"><meta name="generator" content="Hugo 0.139.3">
<noscript><style>#theme-toggle,.top-link{display:none}</style></noscript>
<meta property="og:title" content="${hTitle}"><meta property="og:description" content="${hDesc}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2027-03-02T21:10:00+00:00"><meta property="article:tag" content="Observing">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${hTitle}","description":"${hDesc}",
"wordCount":"1312","datePublished":"2027-03-02T21:10:00Z","author":[{"@type":"Person","name":"Imogen Varga"}]}</script></head>
<body class="" id="top">
<script>if (localStorage.getItem("pref-theme") === "dark") { document.body.classList.add('dark'); }</script>
<header class="header"><nav class="nav"><div class="logo"><a href="https://imogenvarga.net/" accesskey="h" title="Sky Notes (Alt + H)">Sky Notes</a>
<div class="logo-switches"><button id="theme-toggle" accesskey="t" title="(Alt + T)" aria-label="Toggle theme"><svg id="moon" xmlns="http://www.w3.org/2000/svg"
width="24" height="18" viewBox="0 0 24 24"><path d="M21 12.79A9 9 0 1 1 11.21 3 7 7 0 0 0 21 12.79z"></path></svg></button></div></div>
<ul id="menu">${hMenu
  .map(
    (t) => `<li><a href="https://imogenvarga.net/${t.toLowerCase()}/"
title="${t}"><span>${t}</span></a></li>`,
  )
  .join('\n')}</ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="https://imogenvarga.net/">Home</a>&nbsp;»&nbsp;<a href="https://imogenvarga.net/posts/">Posts</a></div>
<h1 class="post-title entry-hint-parent">${hTitle}</h1>
<div class="post-description">${hDesc}</div>
<div class="post-meta"><span title='2027-03-02 21:10:00 +0000 UTC'>March 2, 2027</span>&nbsp;·&nbsp;<span>7 min</span>&nbsp;·&nbsp;<span>1312
words</span>&nbsp;·&nbsp;<span>Imogen Varga</span>&nbsp;|&nbsp;<a href="https://github.com/ivarga/skynotes/blob/main/content/posts/calder-run-march.md"
rel="noopener noreferrer edit" target="_blank">Suggest Changes</a></div></header>
<div class="toc"><details open><summary accesskey="c" title="(Alt + C)"><span class="details">Table of Contents</span></summary><div class="inner"><ul>
${hSecs
  .map(
    ([h]) =>
      `<li><a href="#${h
        .toLowerCase()
        .replace(/[^a-z0-9 ]/g, '')
        .replace(/ /g, '-')}" aria-label="${h}">${h}</a></li>`,
  )
  .join('\n')}
</ul></div></details></div>
<div class="post-content">${ps(hIntro)}
${hSecs.map(hSecHtml).join('\n')}
<div class="footnotes" role="doc-endnotes"><hr><ol>
${hFoot
  .map(
    (t, i) => `<li id="fn:${i + 1}"><p>${t}&#160;<a href="#fnref:${i + 1}" class="footnote-backref"
role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li>`,
  )
  .join('\n')}
</ol></div></div>
<footer class="post-footer"><ul class="post-tags">${hTags
  .map((t) => `<li><a href="https://imogenvarga.net/tags/${t.toLowerCase().replace(/ /g, '-')}/">${t}</a></li>`)
  .join('')}</ul>
<nav class="paginav"><a class="prev" href="https://imogenvarga.net/posts/helium-atmospheres/"><span class="title">« Prev</span><br>
<span>Why some white dwarfs have no hydrogen</span></a><a class="next" href="https://imogenvarga.net/posts/proposal-season/"><span class="title">Next
»</span><br><span>Proposal season, again</span></a></nav>
<ul class="share-buttons"><li><a target="_blank" rel="noopener noreferrer" aria-label="share ${hTitle} on x" href="https://x.com/intent/tweet/?text=x"><svg
viewBox="0 0 512 512" height="30px" width="30px"><path d="M512 62.554"></path></svg></a></li><li><a target="_blank" rel="noopener noreferrer"
aria-label="share ${hTitle} on linkedin" href="https://www.linkedin.com/shareArticle?mini=true"><svg viewBox="0 0 512 512" height="30px"
width="30px"><path d="M449.446 0"></path></svg></a></li></ul></footer></article></main>
<footer class="footer"><span>© 2027 <a href="https://imogenvarga.net/">Sky Notes</a></span> · <span>Powered by <a href="https://gohugo.io/"
rel="noopener noreferrer" target="_blank">Hugo</a> &amp; <a href="https://github.com/adityatelange/hugo-PaperMod/" rel="noopener"
target="_blank">PaperMod</a></span></footer>
<a href="#top" aria-label="go to top" title="Go to Top (Alt + G)" class="top-link" id="top-link" accesskey="g"><svg xmlns="http://www.w3.org/2000/svg"
viewBox="0 0 12 6" fill="currentColor"><path d="M12 6H0l6-6z"></path></svg></a>
<script>let menu = document.getElementById('menu'); if (menu) { menu.scrollLeft = localStorage.getItem("menu-scroll-position"); }</script></body></html>`;
const hugo: TestPage = gold({
  name: 'heldout715-hugo-papermod-observing-run',
  kind: 'blog',
  html: hHtml,
  title: hTitle,
  headings: hSecs.map(([h]) => h),
  body: texts([
    hDesc,
    ...hIntro,
    ...(hSecs[0]?.[1] ?? []),
    ...hRows.map((r) => r.join(' ')),
    hAfterTable,
    ...(hSecs[1]?.[1] ?? []),
    ...(hSecs[2]?.[1] ?? []),
    hCode.join(' '),
    ...(hSecs[3]?.[1] ?? []),
    ...(hSecs[4]?.[1] ?? []),
    ...hList,
    hEnd,
  ]),
  bylines: ['March 2, 2027', '7 min', '1312 words', 'Imogen Varga'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sky Notes', ...hMenu, 'Home', 'Suggest Changes', 'Table of Contents', ...texts(hFoot), ...hTags, '« Prev', 'Why some white dwarfs have no hydrogen',
    'Next »', 'Proposal season, again', '© 2027', 'Powered by', 'Hugo', 'PaperMod',
  ],
});

export const HELDOUT715_B: readonly TestPage[] = [wire, hugo];
