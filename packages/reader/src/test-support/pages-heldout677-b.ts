import { ps, type TestPage, texts } from './page-kit.js';
import { held, j, rowText, trs } from './pages-heldout677-kit.js';

/**
 * Held-out batch 677, file b: a long ankle sprain guide on a Wix Blog post of a physiotherapy clinic, and a weekly timetable
 * page of a Pilates studio built with Webflow (a table per day in an HTML embed).
 */
const wTitle = 'Sprained ankle: a physio’s guide to the first six weeks';
const wSecs: [string, string[]][] = [
  [
    'What actually happens when you “go over” on your ankle',
    [
      j(
        'Most sprains happen when the foot rolls inwards and the outside of the ankle takes the strain. The ligament that suffers first',
        'is usually the one at the front of the outer ankle bone. A mild sprain stretches its fibres; a bad one tears some or all of them.',
      ),
      j(
        'Swelling and bruising in the first day are normal and do not tell you much about how bad the injury is. What matters more is',
        'whether you can put weight through the foot, and how the ankle behaves over the following week.',
      ),
    ],
  ],
  [
    'The first 72 hours',
    [
      j(
        'For the first two or three days the aim is to calm things down without switching the ankle off completely. Gentle movement',
        'helps the swelling clear, and the ligament heals better when it is loaded a little.',
      ),
      'Raise the foot above the level of your hip when you sit down, especially in the evening.',
      'Use an ice pack wrapped in a towel for 15 minutes every two to three hours if it eases the pain.',
      'Walk as normally as you can, with crutches if you need them, rather than hopping.',
      'Trace the alphabet with your big toe a few times a day to keep the ankle moving.',
      j(
        'Paracetamol is fine if you need it. Check with a pharmacist before taking anti-inflammatory tablets, especially if you have',
        'asthma or a stomach condition.',
      ),
    ],
  ],
  [
    'When to get it checked',
    [
      j('Most sprains do not need an X-ray, but some injuries that look like a sprain are a fracture. Go to a minor injuries unit if', 'any of these apply:'),
      'you could not take four steps straight after the injury, or still cannot',
      'pressing on the bony bump at the back or tip of either ankle bone is very painful',
      'the foot is numb, cold or a strange colour',
      'the pain is getting worse after three days rather than better',
    ],
  ],
  [
    'Weeks one to three: getting moving',
    [
      j(
        'Once you can walk without a big limp, it is time to start rebuilding. We ask most patients to do the following exercises',
        'once or twice a day. Some discomfort is fine; pain that lasts into the next morning means you have done too much.',
      ),
      '<strong>Calf raises:</strong> standing with both feet on the floor, rise onto your toes and lower slowly. Build up to three sets of 15.',
      '<strong>Single-leg balance:</strong> stand on the injured leg next to a kitchen counter for 30 seconds. Try it with your eyes closed once it is easy.',
      '<strong>Band work:</strong> with a resistance band round the foot, push the foot out, in, up and down, ten times each way.',
    ],
  ],
  [
    'Weeks three to six: back to sport',
    [
      j(
        'The ankle can feel fine long before it is ready for a football pitch or a trail. Re-injury is most common in the first two',
        'months, and every repeat sprain makes the next one more likely.',
      ),
      j(
        'Before you go back to sport, you should be able to hop 20 times on the injured leg without pain, balance on it for a minute,',
        'and jog, sprint and change direction without holding back. If you play a sport with a lot of jumping or turning, a brace or',
        'tape for the first few months is a good idea.',
      ),
      j(
        'If you are still struggling with swelling, giving way or pain at six weeks, book in with a physio. Long-standing ankle',
        'instability is very treatable, but it rarely sorts itself out on its own.',
      ),
    ],
  ],
];
const wIntro = j(
  'Ankle sprains are the injury we see most often at Harbourline, from netball players and fell runners to people who missed a kerb',
  'on the way to the bus. The good news is that the vast majority get better completely. The bad news is that many people rest too',
  'long, stop their exercises too early, and end up spraining the same ankle again.',
);
const wOutro = 'This guide is general advice and does not replace an assessment. If you are unsure, call us on 01632 960 377.';
const wNav = ['Home', 'Services', 'Our Team', 'Pilates', 'Blog', 'Book Online'];
const wRecent = ['Why your knee hurts on the stairs', 'Desk set-up in five minutes', 'Shin splints or stress fracture?'];
const wSecHtml = wSecs
  .map(
    ([h, paras]) => `<h2 class="eYJpM Oi3Vy" id="viewer-${h.length}"><span class="U2Gy3">${h}</span></h2>
${paras.map((p) => `<p class="_5nlr8 BjK6g" dir="auto"><span class="U2Gy3">${p}</span></p>`).join('\n')}`,
  )
  .join('\n');
const wHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator"
content="Wix.com Website Builder">
<title>Sprained ankle: a physio’s guide to the first six weeks</title><link rel="canonical"
href="https://www.harbourlinephysio.co.uk/post/sprained-ankle-guide">
<meta property="og:type" content="article"><meta property="og:site_name" content="Harbourline Physio"><meta property="article:author" content="Kasia
Mbeki-Rowe">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"${wTitle}","author":{"@type":"Person","name":"Kasia
Mbeki-Rowe"},
"datePublished":"2026-02-16T09:00:00.000Z","publisher":{"@type":"Organization","name":"Harbourline Physio"}}</script>
<script>window.viewerModel = {"site":{"metaSiteId":"a4f3c1d2-77b0-4e1a-9c55-1b2f0e6d8a90"},"language":{"siteLanguage":"en"}};</script>
<style>#comp-lk3w1f2a{--txt-clr:#1d3b4f;}.font_8{font-size:16px;line-height:1.6em;}</style></head>
<body class="responsive"><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Qd1tF" tabindex="-1" aria-label="top of
page"></div>
<div id="BACKGROUND_GROUP"></div><div id="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<button id="SKIP_TO_CONTENT_BTN" class="LHrbPP" data-testid="skipToContentButton" tabindex="0">Skip to Main Content</button>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"
data-testid="screenWidthContainerBg"></div></div>
<div class="U4Bvut"><div data-testid="headerInlineContent" class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent-gridContainer"
data-testid="mesh-container-content">
<div id="comp-lk3w0r8d" class="KaEeLN comp-lk3w0r8d wixui-image"><a href="https://www.harbourlinephysio.co.uk" target="_self" class="j7pOnl"><img
src="https://static.wixstatic.com/media/logo.png"
alt="Harbourline Physio logo" style="width:160px;height:54px;object-fit:cover"></a></div>
<nav id="comp-lk3w1f2a" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul
class="StylableHorizontalMenu3372578893__menu">
${wNav
  .map(
    (t) => `<li class="itemDepth02233374943__itemWrapper"><a data-testid="linkElement" href="/${t.toLowerCase().replace(/ /g, '-')}"
class="itemDepth02233374943__root">
<div class="itemDepth02233374943__container"><span class="itemDepth02233374943__label">${t}</span></div></a></li>`,
  )
  .join('\n')}</ul></nav>
<div id="comp-lk3w2b9c" class="comp-lk3w2b9c wixui-button"><a data-testid="linkElement" href="tel:01632960377" class="uDW_Qe"><span class="l7_2fn">Call
01632 960 377</span></a></div>
</div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="tcm3Oq"><div id="TPASection_ikqrz5m2"
class="TPASection_ikqrz5m2"><div class="fbZgq1" data-hook="post-page"><div class="blog-post-page-font"><article class="bj4rJe blog-post-page-font"
data-hook="post">
<div class="blog-card-background-color"><div class="kc6y7"><div class="post-header" data-hook="post-header"><div class="_eV4Qz"><div class="hwtTc"
data-hook="post-metadata">
<div class="avatar blog-text-color" data-hook="avatar"><img alt="Kasia Mbeki-Rowe" src="https://static.wixstatic.com/media/avatar.jpg"></div>
<div class="QHQGC"><span class="tQ0Q1A user-name" data-hook="user-name"><a href="/profile/kasia/profile">Kasia Mbeki-Rowe</a></span>
<span class="post-metadata__badge" data-hook="badge">Admin</span></div>
<ul class="XN2i4 post-metadata__date"><li><span class="post-metadata__date time-ago" data-hook="time-ago">Feb 16</span></li>
<li><span class="post-metadata__readTime" data-hook="time-to-read">6 min read</span></li></ul></div>
<div class="dSw2y"><button type="button" aria-label="More actions" class="more-button" data-hook="more-button"></button></div></div></div>
<div class="post-content__body" data-hook="post-description"><div class="MS7sOC"><h1 class="H3vOVf blog-post-title-font" data-hook="post-title">
<span class="post-title">${wTitle}</span></h1></div>
<div class="_8YbO8 post-content" data-id="content-viewer" data-rce-version="9.16"><div class="fTEXDR A2Sk2 fTEXDR">
<p class="_5nlr8 BjK6g" dir="auto"><span class="U2Gy3">${wIntro}</span></p>
${wSecHtml}
<p class="_5nlr8 BjK6g" dir="auto"><span class="U2Gy3"><em>${wOutro}</em></span></p>
</div></div></div>
<div class="post-footer"><div class="tags" data-hook="post-tags"><ul class="NFvBA"><li><a href="/blog/tags/ankle" class="CyZnJ" data-hook="tag">ankle</a></li>
<li><a href="/blog/tags/sports-injury" class="CyZnJ" data-hook="tag">sports injury</a></li></ul></div>
<div class="share-buttons" data-hook="share-buttons"><button aria-label="Share via Facebook"></button><button aria-label="Share via X"></button>
<button aria-label="Share via LinkedIn"></button><button aria-label="Share via link"></button></div>
<div class="post-main-actions__stats" data-hook="post-main-actions__stats"><span data-hook="view-count">148 views</span><span data-hook="comment-count">0
comments</span>
<button class="like-button" aria-label="Post not marked as liked" data-hook="like-button"></button></div></div></div></div></article>
<div class="recent-posts" data-hook="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">Recent Posts</h2>
<a href="/blog" class="recent-posts__see-all" data-hook="see-all-link">See All</a></div><ul class="recent-posts__list">
${wRecent
  .map((t) => `<li><div data-hook="post-list-item"><a href="/post/${t.length}" class="post-title"><p class="recent-post-title">${t}</p></a></div></li>`)
  .join('\n')}
</ul></div>
<div class="comments" data-hook="comments-root"><h2 class="comments__title">Comments</h2><div class="comment-box" data-hook="comment-box"><button
class="comment-box__placeholder">Write a comment...</button>
</div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content">
<div id="comp-lk3w4x11" class="KcpHeO tz5f0K comp-lk3w4x11 wixui-rich-text" data-testid="richTextElement"><p class="font_8
wixui-rich-text__text">Harbourline Physio, 2 Chandlers Wharf, Porthcarrow PC4 1HW</p>
<p class="font_8 wixui-rich-text__text">Mon–Fri 7am–8pm · Sat 8am–1pm</p>
<p class="font_8 wixui-rich-text__text">©2026 by Harbourline Physio. Proudly created with <a href="https://www.wix.com"
target="_blank">Wix.com</a></p></div></div></footer>
</div></div></div></div></div>
<script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = held({
  name: 'heldout677-wix-ankle-sprain-guide',
  kind: 'blog',
  html: wHtml,
  title: wTitle,
  headings: wSecs.map(([h]) => h),
  body: texts([wIntro, ...wSecs.flatMap(([, p]) => p), wOutro]),
  bylines: ['Kasia Mbeki-Rowe', 'Feb 16'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', ...wNav, 'Call 01632 960 377', 'Admin', '6 min read', 'ankle', 'sports injury', '148 views', '0 comments', 
    'Recent Posts', 'See All',
    ...wRecent, 'Comments', 'Write a comment...', 'Harbourline Physio, 2 Chandlers Wharf, Porthcarrow PC4 1HW', 'Mon–Fri 7am–8pm · Sat 8am–1pm',
    '©2026 by Harbourline Physio. Proudly created with Wix.com',
  ],
});

const tTitle = 'Weekly timetable';
const tIntro = [
  j(
    'All classes run at our Farrow Street studio. Mat classes take up to 14 people and reformer classes up to 6, so please book ahead',
    'in the app. Late cancellations (less than 12 hours before class) use up a credit.',
  ),
];
const tDays: [string, string[][]][] = [
  [
    'Monday',
    [
      ['07:00', 'Reformer Flow', 'Nadia Quist', '50 min'],
      ['12:30', 'Lunchtime Mat', 'Owen Threlfall', '45 min'],
      ['18:15', 'Reformer Foundations', 'Nadia Quist', '50 min'],
      ['19:30', 'Mat Pilates', 'Beth Amankwah', '55 min'],
    ],
  ],
  [
    'Tuesday',
    [
      ['06:45', 'Reformer Strength', 'Owen Threlfall', '50 min'],
      ['09:30', 'Postnatal Mat', 'Beth Amankwah', '60 min'],
      ['18:30', 'Reformer Flow', 'Lior Castellanos', '50 min'],
    ],
  ],
  [
    'Wednesday',
    [
      ['07:00', 'Reformer Foundations', 'Lior Castellanos', '50 min'],
      ['12:30', 'Lunchtime Mat', 'Owen Threlfall', '45 min'],
      ['19:00', 'Barre Pilates', 'Beth Amankwah', '50 min'],
    ],
  ],
  [
    'Thursday',
    [
      ['06:45', 'Reformer Strength', 'Nadia Quist', '50 min'],
      ['18:15', 'Reformer Flow', 'Owen Threlfall', '50 min'],
      ['19:30', 'Mat Pilates', 'Lior Castellanos', '55 min'],
    ],
  ],
  [
    'Saturday',
    [
      ['08:30', 'Reformer Flow', 'Nadia Quist', '50 min'],
      ['10:00', 'Reformer Foundations', 'Beth Amankwah', '50 min'],
    ],
  ],
];
const tNotes = [
  'There are no classes on Friday or Sunday while the studio is used for private sessions.',
  'Bank holiday timetables are posted in the app two weeks ahead.',
];
const tNav = ['Classes', 'Timetable', 'Prices', 'Studio', 'Journal'];
const tFoot = ['Instagram', 'Privacy', 'Terms'];
const tTables = tDays
  .map(
    ([d, rows]) => `<h2 class="day-heading">${d}</h2>
<table class="timetable"><thead><tr><th>Time</th><th>Class</th><th>Teacher</th><th>Length</th></tr></thead><tbody>
${trs(rows, 'timetable-row')}
</tbody></table>`,
  )
  .join('\n');
const tHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Jan 12 2026 10:41:07 GMT+0000 -->
<html data-wf-domain="www.farrowpilates.com" data-wf-page="65a0f2c1d3b4e5f6a7b8c9d0" data-wf-site="65a0f2c1d3b4e5f6a7b8c9a1" lang="en"><head><meta
charset="utf-8">
<title>Timetable | Farrow Pilates</title><meta content="Weekly reformer and mat Pilates timetable at Farrow Pilates." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65a0f2c1d3b4e5f6a7b8c9a1/css/farrow-pilates.webflow.shared.4b1c9e2f.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof
DocumentTouch)&&
(n.className+=t+"touch")}(window,document);</script></head>
<body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner"
class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home"><img src="https://assets-global.website-files.com/logo.svg"
loading="lazy" alt=""
class="logo"></a><nav role="navigation" class="nav-menu
w-nav-menu">${tNav.map((t) => `<a href="/${t.toLowerCase()}" class="nav-link w-nav-link">${t}</a>`).join('')}
<a href="https://app.farrowpilates.com/book" class="button nav-button w-button">Book a class</a></nav>
<div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section page-hero"><div class="container w-container"><div class="eyebrow">Farrow Street, Leverton</div><h1 class="heading-xl">${tTitle}</h1>
<div class="hero-text">${ps(tIntro)}</div></div></section>
<section class="section timetable-section"><div class="container w-container"><div class="timetable-embed w-embed">
${tTables}
</div><div class="rich-text-block w-richtext">${ps(tNotes)}</div>
<a href="https://app.farrowpilates.com/book" class="button w-button">Book in the app</a></div></section>
<section class="section cta-section"><div class="container w-container"><h2 class="cta-heading">New to Farrow?</h2>
<p class="cta-text">Three reformer classes for £45 in your first month.</p><a href="/intro" class="button white w-button">Claim the intro
offer</a></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-grid w-layout-grid"><div class="footer-col"><div class="footer-title">Farrow
Pilates</div>
<p class="footer-text">11 Farrow Street, Leverton LV1 3DD</p></div><div
class="footer-col">${tFoot.map((t) => `<a href="#" class="footer-link">${t}</a>`).join('')}</div></div>
<div class="footer-legal">© 2026 Farrow Pilates Ltd</div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65a0f2c1d3b4e5f6a7b8c9a1" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65a0f2c1d3b4e5f6a7b8c9a1/js/webflow.a1b2c3d4.js" type="text/javascript"></script></body></html>`;
const webflow: TestPage = held({
  name: 'heldout677-webflow-timetable',
  kind: 'docs',
  html: tHtml,
  title: tTitle,
  headings: tDays.map(([d]) => d),
  body: [...texts(tIntro), ...tDays.flatMap(([, rows]) => rows.map(rowText)), ...tNotes],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tNav, 'Book a class', 'Farrow Street, Leverton', 'Book in the app', 'New to Farrow?', 'Three reformer classes for £45 in your first month.',
    'Claim the intro offer', 'Farrow Pilates', '11 Farrow Street, Leverton LV1 3DD', ...tFoot, '© 2026 Farrow Pilates Ltd',
  ],
});

export const HELDOUT677_B: readonly TestPage[] = [wix, webflow];
