import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 232, file c: a national archives blog post on WordPress (cookie banner, header and menu, breadcrumbs,
 * category and date, author line, the post with a captioned image, tags, share links, author box, related posts, the
 * comment form, newsletter box and footer) and an oral history transcript page on an Omeka S site (header, breadcrumbs,
 * interview metadata, audio player, transcript with speaker labels, rights note, "Browse" sidebar and footer).
 */
const naTitle = 'The ledger that came back: a ship’s register returns after ninety years';
const naP = [
  `Last month a parcel arrived at our Kew Lane reading room with a note that began, “I think this belongs to you.” Inside was a
   bound register of crew agreements for ships sailing out of Port Cardell in 1911, missing from our shelves since at least 1934.`,
  `The sender, a retired schoolteacher, had found it while clearing her late uncle’s house. How it left the building we may never
   know: the register appears in our 1928 shelf list and is marked “not found” in the stocktake six years later.`,
];
const naH1 = 'What the register holds';
const naP2 = [
  `The volume lists around 2,300 men who signed on to coasting and foreign-going vessels that year, with their age, birthplace,
   previous ship and, often, the reason they left. For family historians it fills a gap that has frustrated researchers for decades.`,
  `Many entries are signed with a mark rather than a name. Others carry small details that bring a life into view: a cook who signed
   off “to be married”, a boy of fourteen on his first voyage, a seaman discharged in Valparaíso “sick, left in hospital”.`,
];
const naH2 = 'What happens next';
const naP3 = [
  `Our conservators have cleaned the binding and stabilised a number of loose leaves. The register will be catalogued under its
   original reference and made available in the reading room from the spring. We also plan to digitise it, so that it can be
   searched online alongside the rest of the series.`,
  `If you think you have an archive record at home that belongs in a public collection, please get in touch. We will never ask
   how it came to be with you.`,
];
const naNav = ['Visit us', 'Find records', 'Help with your research', 'Education', 'About us', 'Blog'];
const naCrumbs = ['Home', 'Blog', 'Records and research'];
const naTags = ['crew lists', 'maritime history', 'returned records'];
const naRel = ['Reading a crew agreement: a beginner’s guide', 'Conserving water-damaged volumes', 'Five myths about merchant seamen'];
const naFoot = ['Contact us', 'Jobs', 'Accessibility', 'Freedom of information', 'Privacy', 'Cookies', 'Terms of use'];
const naHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${naTitle} - National Records Office blog</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2025-03-11T09:00:00+00:00">
<link rel="stylesheet" id="nro-theme-css" href="/wp-content/themes/nro-blog/style.css"><script src="/wp-includes/js/jquery/jquery.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"The ledger that came back"}</script>
</head><body class="post-template-default single single-post postid-48213"><div id="cookie-banner" class="cookie-banner" role="region">
<p>We use some essential cookies to make this website work. We’d like to set additional cookies to understand how you use it.</p>
<button>Accept additional cookies</button><button>Reject additional cookies</button><a href="/cookies">View cookies</a></div>
<header class="site-header" role="banner"><a class="logo" href="/">National Records Office</a>
<nav id="primary-nav" aria-label="Primary"><ul class="menu">${links(naNav, 'menu-item')}</ul></nav></header>
<div class="breadcrumbs"><ul>${links(naCrumbs)}</ul></div>
<main id="main" class="site-main"><article id="post-48213" class="post-48213 post type-post status-publish">
<header class="entry-header"><p class="entry-category"><a href="#">Records and research</a></p><h1 class="entry-title">${naTitle}</h1>
<div class="entry-meta"><span class="byline">By Priya Venkataraman</span> <time class="entry-date" datetime="2025-03-11">11 March 2025</time>
</div></header><div class="entry-content">${ps(naP)}
<figure class="wp-block-image"><img src="/wp-content/uploads/2025/03/register.jpg" alt="">
<figcaption>The returned register on the conservation bench. © National Records Office</figcaption></figure>
<h2>${naH1}</h2>${ps(naP2)}<h2>${naH2}</h2>${ps(naP3)}</div>
<footer class="entry-footer"><div class="tags-links">Tags: <ul>${links(naTags)}</ul></div>
<div class="share"><span>Share this page</span><ul>${links(['Facebook', 'X', 'LinkedIn', 'Email'])}</ul></div></footer>
<div class="author-box"><h3>About the author</h3><p>Priya is a maritime records specialist and has worked at the Office since 2012.</p></div>
</article><section class="related-posts"><h2>Related posts</h2><ul>${links(naRel)}</ul></section>
<div id="comments" class="comments-area"><div id="respond"><h3 id="reply-title">Leave a comment</h3>
<form><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
<label for="comment">Comment *</label><textarea id="comment"></textarea><label for="author">Name *</label><input id="author">
<input type="submit" value="Post Comment"></form></div></div></main>
<aside class="newsletter"><h2>Sign up for our newsletter</h2><p>The latest news, events and research guides, once a month.</p>
<button>Subscribe</button></aside><footer class="site-footer"><ul>${links(naFoot)}</ul><p>© Crown copyright</p></footer>
<script src="/wp-content/themes/nro-blog/js/main.js"></script></body></html>`;

const ohTitle = 'Interview with Dolores Ferrante Quill, 14 August 1998';
const ohIntro = `Dolores Ferrante Quill (born 1921) talks about growing up above her family’s bakery on Calder Street, working in the
 Rellick cannery during the war, and the closing of the cannery in 1963.`;
const ohP = [
  `INTERVIEWER: Can you tell me where you were born?`,
  `QUILL: Right over the bakery, in the back room. My mother said she was kneading the Saturday bread when the pains started, and
   she finished the batch before she went upstairs. That was the kind of woman she was.`,
  `INTERVIEWER: What do you remember about the street when you were small?`,
  `QUILL: Everybody knew everybody. There was the bakery, the Greek shoemaker, Mr. Halloran’s saloon that became a candy store
   when they made it dry, and the church at the end. In summer we sat on the steps until it got dark and the old men played cards.`,
  `INTERVIEWER: And you went to work at the cannery in, what, 1942?`,
  `QUILL: Forty-two, yes. My brothers were in the service and they needed girls on the line. We did peaches in August and tomatoes
   in September, and in between it was beans. You came home smelling of whatever it was that week. But it was good money, better
   than the bakery, and I bought my mother a washing machine with it.`,
  `INTERVIEWER: How did people feel when the cannery closed?`,
  `QUILL: Like somebody had died. Three generations worked there. They said it was the new plant in the valley, cheaper to run.
   The street was never the same after. The bakery lasted until seventy-one, and then my brother sold it.`,
];
const ohNav = ['Browse items', 'Collections', 'Interviews', 'About the project', 'Contact'];
const ohMeta = ['Interviewee', 'Interviewer', 'Date', 'Location', 'Duration', 'Rights'];
const ohSide = ['Calder Street Bakers', 'Rellick Cannery Workers', 'Women in Wartime Industry'];
const ohHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>${ohTitle} · Rellick Voices Oral History Project</title>
<link href="/application/asset/css/iconfonts.css" rel="stylesheet"><link href="/themes/default/asset/css/style.css" rel="stylesheet">
<script src="/application/asset/vendor/jquery/jquery.min.js"></script></head>
<body class="item resource show"><a id="skipnav" href="#content">Skip to main content</a>
<header><h1 class="site-title"><a href="/s/rellick">Rellick Voices Oral History Project</a></h1>
<div id="search"><form><input type="text" name="fulltext_search" placeholder="Search"></form></div>
<nav><ul class="navigation">${links(ohNav)}</ul></nav></header>
<div id="content" role="main"><nav class="breadcrumbs"><a href="/s/rellick">Home</a> <a href="#">Interviews</a></nav>
<h2 class="resource-title">${ohTitle}</h2><div class="property"><h4>Description</h4><div class="value">${ohIntro}</div></div>
<dl class="metadata">${ohMeta.map((m) => `<dt>${m}</dt><dd>—</dd>`).join('')}</dl>
<div class="media-render"><audio controls src="/files/original/quill-1998.mp3"></audio><p>Download audio (MP3, 48 MB)</p></div>
<div class="property transcript"><h4>Transcript</h4><div class="value">${ps(ohP)}</div></div>
<p class="rights-note">This transcript has been lightly edited for readability. Please cite the audio recording as the primary source.</p>
<div class="resource-linked"><h3>Item sets</h3><ul>${links(ohSide)}</ul></div></div>
<footer><p>Powered by Omeka S</p><p>Funded by the Rellick Heritage Trust</p></footer></body></html>`;

export const HELDOUT232_C: readonly TestPage[] = [
  {
    name: 'heldout232-national-archives-blog',
    kind: 'blog',
    html: naHtml,
    title: naTitle,
    headings: [naH1, naH2],
    body: texts([...naP, ...naP2, ...naP3]),
    bylines: ['By Priya Venkataraman', '11 March 2025'],
    furniture: [
      'We use some essential cookies to make this website work. We’d like to set additional cookies to understand how you use it.',
      'Accept additional cookies',
      'Reject additional cookies',
      'View cookies',
      ...naNav,
      'Records and research',
      'The returned register on the conservation bench. © National Records Office',
      ...naTags,
      'Share this page',
      'Facebook',
      'LinkedIn',
      'About the author',
      'Priya is a maritime records specialist and has worked at the Office since 2012.',
      'Related posts',
      ...naRel,
      'Leave a comment',
      'Your email address will not be published. Required fields are marked *',
      'Sign up for our newsletter',
      'The latest news, events and research guides, once a month.',
      'Subscribe',
      ...naFoot,
      '© Crown copyright',
    ],
  },
  {
    name: 'heldout232-oral-history-transcript-docs',
    kind: 'docs',
    html: ohHtml,
    title: ohTitle,
    headings: [],
    body: texts([ohIntro, ...ohP]),
    bylines: [],
    furniture: [
      'Skip to main content',
      'Rellick Voices Oral History Project',
      ...ohNav,
      'Description',
      ...ohMeta,
      'Download audio (MP3, 48 MB)',
      'Transcript',
      'This transcript has been lightly edited for readability. Please cite the audio recording as the primary source.',
      'Item sets',
      ...ohSide,
      'Powered by Omeka S',
      'Funded by the Rellick Heritage Trust',
    ],
  },
];
