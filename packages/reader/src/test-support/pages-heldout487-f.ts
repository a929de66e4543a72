import { type TestPage, texts } from './page-kit.js';
import { j, rowTexts } from './pages-heldout487-kit.js';

/**
 * Held-out batch 487, file f: an allotment horticultural society's show schedule on an old FrontPage table layout (no h1,
 * bold paragraphs as section heads, a marquee and a hit counter), and a local news site's article on Next.js.
 */
const tTitle = 'Annual Show 2026 - Schedule of Classes';
const tIntro = [
  j(
    'The Milbourne Allotment and Horticultural Society Annual Show will be held on Saturday 22nd August 2026 in the Memorial Hall,',
    'Church Street. Entries must be handed in to the Show Secretary by 8pm on Thursday 20th August.',
  ),
  'Staging from 7.30am to 10am on show day. Judging at 10.30am. Hall open to the public from 2pm. Prize giving and auction at 4.30pm.',
  "Entry fee 20p per class. Members only, except the children's classes, which are open to all children under 14 living in the parish.",
];
const tSections: (readonly [string, string[][]])[] = [
  [
    'Section A - Vegetables',
    [
      ['1', 'Three onions, dressed', '£3', '£2', '£1'],
      ['2', 'Five potatoes, one variety, white', '£3', '£2', '£1'],
      ['3', 'Three carrots, long, foliage trimmed to 75mm', '£3', '£2', '£1'],
      ['4', 'Heaviest marrow', 'Challenge cup', '', ''],
      ['5', 'Collection of four kinds of vegetable', 'Bramley Rose Bowl', '£3', '£2'],
    ],
  ],
  [
    'Section B - Fruit and Flowers',
    [
      ['6', 'Five dessert apples', '£2', '£1.50', '£1'],
      ['7', 'Plate of soft fruit', '£2', '£1.50', '£1'],
      ['8', 'Vase of five dahlias, cactus type', '£2', '£1.50', '£1'],
      ['9', 'Jar of sweet peas, any colours', '£2', '£1.50', '£1'],
    ],
  ],
  [
    'Section C - Children (under 14)',
    [
      ['10', 'A vegetable animal', 'Book token', '', ''],
      ['11', 'Miniature garden on a plate', 'Book token', '', ''],
    ],
  ],
];
const tRules = j(
  "The judges' decision is final. All exhibits must have been grown by the exhibitor. The Society will take every care of",
  'exhibits but can accept no responsibility for loss or damage.',
);
const tForms =
  'Entry forms are available from the Trading Hut on Sunday mornings or ' + '<a href="docs/entryform2026.doc">download the entry form (Word document)</a>.';
const tNav = ['Home', 'About Us', 'Trading Hut', 'Annual Show', 'Plot Vacancies', 'Photos', 'Links', 'Contact'];
const tTable = (rows: string[][]): string => `<table border="1" cellpadding="3" cellspacing="0" width="100%" bordercolor="#669933">
<tr bgcolor="#CCFF99"><td width="8%"><b><font face="Arial" size="2">Class</font></b></td><td><b><font face="Arial" size="2">Exhibit</font></b></td>
<td width="14%"><b><font face="Arial" size="2">1st</font></b></td><td width="10%"><b><font face="Arial" size="2">2nd</font></b></td>
<td width="10%"><b><font face="Arial" size="2">3rd</font></b></td></tr>
${rows.map((r) => `<tr>${r.map((c) => `<td><font face="Arial" size="2">${c === '' ? '&nbsp;' : c}</font></td>`).join('')}</tr>`).join('\n')}</table>`;
const tHtml = `<html>

<head>
<meta http-equiv="Content-Language" content="en-gb">
<meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Milbourne Allotment Society - Show Schedule</title>
<script language="JavaScript">
<!--
function FP_swapImg() {//v1.0
 var doc=document,args=arguments,elm,n; doc.$imgSwaps=new Array(); for(n=2; n<args.length;
 n+=2) { elm=FP_getObjectByID(args[n]); if(elm) { doc.$imgSwaps[doc.$imgSwaps.length]=elm; elm.$src=elm.src; elm.src=args[n+1]; } }
}
// -->
</script>
</head>

<body bgcolor="#FFFFE8" topmargin="0" leftmargin="0">

<table border="0" cellpadding="0" cellspacing="0" width="780" align="center">
  <tr>
    <td colspan="2" bgcolor="#336600"><img border="0" src="images/banner.jpg" width="780" height="110" alt="Milbourne Allotment Society"></td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#FFCC00"><marquee scrollamount="3"><font face="Verdana" size="2">
<b>Show day Saturday 22nd August - entries close Thursday 20th!</b>
    </font></marquee></td>
  </tr>
  <tr>
    <td width="150" valign="top" bgcolor="#336600">
    <p>&nbsp;</p>
    ${tNav
      .map(
        (n) => `<p><font face="Verdana" size="2" color="#FFFFFF"><b><a href="${n.toLowerCase().replace(/ /g, '')}.htm">
<font color="#FFFFFF">${n}</font></a></b></font></p>`,
      )
      .join('\n    ')}
    <p>&nbsp;</p>
    <p align="center"><font face="Verdana" size="1" color="#FFFFFF">You are visitor number<br><img src="/cgi-bin/Count.cgi?df=show.dat" alt="counter"><br>since
    1st Jan 2004</font></td>
    <td width="630" valign="top">
    <div align="center"><center>
    <table border="0" cellpadding="10" cellspacing="0" width="100%"><tr><td>
    <p align="center"><b><font face="Arial" size="5" color="#336600">${tTitle}</font></b></p>
    ${tIntro.map((p) => `<p><font face="Arial" size="2">${p.replace(/£/g, '&pound;')}</font></p>`).join('\n    ')}
    ${tSections.map(([h, rows]) => `<p><b><u><font face="Arial" size="3" color="#336600">${h}</font></u></b></p>\n    ${tTable(rows)}`).join('\n    ')}
    <p><font face="Arial" size="2"><i>${tRules}</i></font></p>
    <p><font face="Arial" size="2">${tForms}</font></p>
    <hr color="#336600" size="1">
    <p align="center"><font face="Arial" size="1">Page last updated 14/06/2026<br>
    Best viewed at 800 x 600 in Internet Explorer<br>
    &copy; Milbourne Allotment and Horticultural Society</font></p>
    </td></tr></table>
    </center></div>
    </td>
  </tr>
</table>

</body>

</html>`;
const showSchedule: TestPage = {
  name: 'heldout487-frontpage-show-schedule',
  kind: 'docs',
  html: `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n${tHtml}`,
  title: tTitle,
  headings: tSections.map(([h]) => h),
  body: texts([...tIntro, ...tSections.flatMap(([, rows]) => rowTexts(rows)), tRules, tForms]),
  bylines: ['Page last updated 14/06/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Show day Saturday 22nd August - entries close Thursday 20th!',
    ...tNav.filter((n) => n !== 'Annual Show' && n !== 'Trading Hut'), 'You are visitor number since 1st Jan 2004',
    'Best viewed at 800 x 600 in Internet Explorer', '© Milbourne Allotment and Horticultural Society',
  ],
};

const nTitle = 'Orchard Street community garden saved after council drops car park plan';
const nDek = 'Volunteers who turned a derelict yard into a garden feeding forty families say the fight is not over until they have a lease.';
const nBody = [
  j(
    'A community garden in the centre of Haverleigh has been saved from redevelopment after the borough council abandoned plans',
    'to turn the site into a 60-space car park.',
  ),
  j(
    'The Orchard Street garden was created in 2018 on a former builders’ yard that had been empty for more than a decade. It now',
    'has 34 raised beds, a small orchard of heritage apples and a weekly food share that supplies around forty households.',
  ),
  j(
    'Council officers had recommended the car park in January as part of a plan to make up for spaces lost when the Brook Street',
    'multi-storey is demolished next year. More than 2,800 people signed a petition against the plan, and over a hundred',
    'residents packed the public gallery at Tuesday’s cabinet meeting.',
  ),
  j(
    '“We were overwhelmed by the strength of feeling,” said Cllr Farida Osei-Lamb, cabinet member for regeneration. “The garden',
    'clearly matters to a great many people, and we will look for parking elsewhere in the town centre.”',
  ),
  'A lease, not a reprieve',
  j(
    'The garden’s volunteers welcomed the decision but said it left them where they started: on a rolling licence that the council',
    'can end with three months’ notice.',
  ),
  j(
    '“This is the third time in five years that we have had to fight for this place,” said Jonah Threlfall, who chairs the',
    'Orchard Street Growers group. “We are asking for a 25-year lease so that we can plan properly, apply for grants and stop',
    'spending our evenings on petitions instead of weeding.”',
  ),
  j(
    'The council said it would “consider any proposal for a longer-term arrangement” but that the site remained part of its',
    'town centre regeneration area. A report on the future of the site is due in the autumn.',
  ),
  'What happens next',
  j(
    'The group will hold an open day on Saturday 9 May from 11am, with a plant sale, a tour of the beds and a table where',
    'residents can write to their ward councillors in support of a lease.',
  ),
];
const nHeads = [4, 8];
const nNav = ['News', 'Sport', 'What’s On', 'Business', 'Opinion', 'Property'];
const nMost = ['Bypass roadworks to close Mill Hill for six weeks', 'Haverleigh Town promoted after penalty drama', 'New bakery opens in former bank'];
const nRel = ['Allotment waiting lists top 1,000 across the borough', 'Brook Street multi-storey to be demolished in 2027'];
const nFoot = ['About us', 'Contact us', 'Advertise', 'Complaints', 'Privacy notice', 'Cookie settings'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nTitle} | Haverleigh Echo</title><meta name="description" content="${nDek}"><meta property="og:type" content="article">
<meta property="article:published_time" content="2026-04-22T17:45:00+01:00"><meta property="article:section" content="News">
<link rel="canonical" href="https://www.haverleighecho.co.uk/news/orchard-street-community-garden-saved-4481207">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-04-22T17:45:00+01:00",
"author":[{"@type":"Person","name":"Beatrix Odunsi"}],"publisher":{"@type":"Organization","name":"Haverleigh Echo"}}</script>
<link rel="preload" href="/_next/static/css/8e1f4a2c9d7b6e03.css" as="style"><link rel="stylesheet" href="/_next/static/css/8e1f4a2c9d7b6e03.css" data-n-g="">
<noscript data-n-css=""></noscript><script defer nomodule src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-3b0a1c2d.js" defer></script><script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-9af1.js" defer>
</script></head>
<body><div id="__next"><a href="#main" class="SkipLink_skip__aZ3fq">Skip to main content</a>
<header class="Header_header__Xk2p1"><div class="Header_inner__q7Lm0"><button class="Header_menuButton__Vd8e2" aria-label="Open menu">
<span class="Header_burger__d1kP9"></span>
<span>Menu</span></button><a href="/" class="Header_logo__pT4nR"><img alt="Haverleigh Echo" src="/_next/static/media/logo.5f2c.svg" width="220" height="36"></a>
<a href="/subscribe" class="Header_subscribe__n0Qe4">Subscribe</a></div><nav class="PrimaryNav_nav__h2Sx8" aria-label="Sections">
<ul class="PrimaryNav_list__M0c3a">
${nNav
  .map(
    (n) => `<li class="PrimaryNav_item__b6RuE"><a href="/${n.toLowerCase().replace(/[^a-z]/g, '')}" class="PrimaryNav_link__tW9v1">${n}</a>
</li>`,
  )
  .join('')}</ul></nav></header>
<div class="AdSlot_wrapper__f3Jk0 AdSlot_leaderboard__u1Hs7"><span class="AdSlot_label__pQ2r8">Advertisement</span>
<div id="div-gpt-ad-leaderboard" data-slot="/2218/echo/news"></div></div>
<main id="main" class="ArticlePage_main__S9e0x"><article class="ArticlePage_article__yN4q2"><nav aria-label="Breadcrumb" class="Breadcrumbs_crumbs__Lw8nE">
<ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/news/haverleigh">Haverleigh</a></li></ol></nav>
<header class="ArticleHeader_header__pZ7v3"><h1 class="ArticleHeader_headline__3kX9p">${nTitle}</h1><p class="ArticleHeader_standfirst__Qm4d1">${nDek}</p>
<div class="Byline_byline__k3VfA"><div class="Byline_authors__G8s2w">By <a href="/authors/beatrix-odunsi" class="Byline_author__c1NhX">Beatrix Odunsi</a>
<span class="Byline_role__aP0e2">Local Democracy Reporter</span></div>
<time dateTime="2026-04-22T17:45:00+01:00" class="Byline_date__J5tQk">22 April 2026, 5:45pm</time></div>
<div class="ShareBar_bar__w2Kx9"><button class="ShareBar_button__e0Rt4" aria-label="Share on Facebook">Facebook</button><button class="ShareBar_button__e0Rt4"
aria-label="Share on X">X</button><button class="ShareBar_button__e0Rt4" aria-label="Copy link">Copy link</button>
<a href="#comments" class="ShareBar_comments__o8Yd2">14 comments</a></div></header>
<figure class="LeadImage_figure__aE1z7">
<img alt="" src="/_next/image?url=%2Fmedia%2Forchard-street.jpg&amp;w=1200&amp;q=75" loading="eager" width="1200" height="800">
<figcaption class="LeadImage_caption__hQ3o0">Volunteers at the Orchard Street garden on Tuesday morning <span class="LeadImage_credit__R6bV1">(Image:
Haverleigh Echo)</span></figcaption></figure>
<div class="ArticleBody_body__vW2sP">
${nBody
  .map((t, i) => (nHeads.includes(i) ? `<h2 class="ArticleBody_subhead__t8Km3">${t}</h2>` : `<p class="ArticleBody_paragraph__e4Fz0">${t}</p>`))
  .join('\n')
  .replace(
    '<h2 class="ArticleBody_subhead__t8Km3">What',
    `<aside class="RelatedInline_box__Pq1x6"><span class="RelatedInline_label__k0Wc2">Read more</span>
<a href="/news/allotment-waiting-lists-4470112">${nRel[0]}</a></aside>\n<div class="AdSlot_wrapper__f3Jk0 AdSlot_mpu__hX2d9">
<span class="AdSlot_label__pQ2r8">Advertisement</span>
<div id="div-gpt-ad-mpu-1"></div></div>\n<h2 class="ArticleBody_subhead__t8Km3">What`,
  )}
</div>
<div class="Newsletter_box__R0nq3"><h3 class="Newsletter_title__b8Lx4">Get the Echo in your inbox</h3>
<p>The day’s top Haverleigh stories, every morning at 7am.</p>
<form><input type="email" placeholder="Email address" aria-label="Email address"><button type="submit">Sign me up</button></form></div>
<section class="Related_section__n5Wq0"><h2 class="Related_title__Tq7y2">Related stories</h2>
<ul>${nRel.map((r) => `<li><a href="/news/">${r}</a></li>`).join('')}</ul></section>
<section id="comments" class="Comments_section__aG4e1"><h2>Comments</h2>
<p>Comments are powered by our community partner. <button>Show 14 comments</button></p></section></article>
<aside class="ArticlePage_rail__c8Pz5"><section class="MostRead_box__Qe2s7"><h2 class="MostRead_title__k1Tz0">Most read</h2><ol>
${nMost.map((m, i) => `<li class="MostRead_item__sP4d2"><span class="MostRead_rank__a0Lx5">${i + 1}</span><a href="/news/">${m}</a></li>`).join('\n')}</ol>
</section></aside></main>
<footer class="Footer_footer__h7Ye1">
<ul class="Footer_links__y2Mc8">${nFoot.map((f) => `<li><a href="/${f.toLowerCase().replace(/ /g, '-')}">${f}</a></li>`).join('')}</ul>
<p class="Footer_copy__s0Pq4">© 2026 Haverleigh Echo Ltd. All rights reserved.</p></footer>
<div class="ConsentBanner_banner__Yu3k7" role="dialog" aria-live="polite"><p>We and our partners use cookies to personalise content and ads.</p>
<button>Accept all</button><button>Manage preferences</button></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":4481207,"headline":"${nTitle}","section":"news"}}},
"page":"/[section]/[slug]",
"query":{"section":"news","slug":"orchard-street-community-garden-saved-4481207"},"buildId":"pX4k9Qe2","isFallback":false,"gssp":true,"scriptLoader":[]}
</script></body></html>`;
const gardenSaved: TestPage = {
  name: 'heldout487-nextjs-garden-saved',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHeads.map((i) => nBody[i] ?? ''),
  body: [nDek, ...nBody.filter((_, i) => !nHeads.includes(i))],
  bylines: ['By Beatrix Odunsi', 'Beatrix Odunsi', 'Local Democracy Reporter', '22 April 2026, 5:45pm'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Menu', 'Subscribe', ...nNav, 'Advertisement', 'Home', 'Facebook', 'X', 'Copy link', '14 comments',
    'Volunteers at the Orchard Street garden on Tuesday morning (Image: Haverleigh Echo)', 'Read more', ...nRel, 'Get the Echo in your inbox',
    'The day’s top Haverleigh stories, every morning at 7am.', 'Sign me up', 'Related stories', 'Comments',
    'Comments are powered by our community partner. Show 14 comments', 'Most read', ...nMost, ...nFoot,
    '© 2026 Haverleigh Echo Ltd. All rights reserved.', 'We and our partners use cookies to personalise content and ads.', 'Accept all',
    'Manage preferences',
  ],
};

export const HELDOUT487_F: readonly TestPage[] = [showSchedule, gardenSaved];
