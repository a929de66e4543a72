import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout335-kit.js';

/**
 * Held-out batch 335, file e: a friendship advice column on a newspaper site built like the Guardian's dotcom-rendering
 * (support banner, pillar nav, series kicker, standfirst, byline with its profile link, meta with date and share
 * buttons, the reader's letter, an inline "Read more" link, the "If you have a question" note, the comment count,
 * most viewed rail, onward rail and footer) and a matchmaking agency's landing page on Wix (short main text).
 */
const gTitle = 'My oldest friend only calls when she needs something. Should I say so?';
const gStand = 'A one-sided friendship can feel like a debt that never gets paid off. Try naming it once, kindly, before you decide to walk away';
const gLetter = [
  j(
    'I have known my friend since we were seven. We went to the same schools, were bridesmaids at each other’s weddings, and for a',
    'long time she was the first person I would call. Over the past few years, though, I have noticed that she only gets in touch',
    'when she needs a favour: a lift to the airport, someone to look after the dog, advice about her divorce.',
  ),
  j(
    'When I had a health scare last autumn she sent one message and then nothing for two months. I am hurt, but I also feel guilty',
    'for keeping score. Is it worth raising, or should I just let the friendship fade?',
  ),
];
const gAns = [
  j(
    'Keeping score gets a bad name, but it exists for a reason. Close bonds, like any relationship, need some rough balance over time.',
    'Not week by week, but over years. What you are describing is not a bad month; it is a pattern, and you are allowed to notice it.',
  ),
  j(
    'The silence during your health scare is the part I would focus on. It is specific, recent and clearly mattered to you. That makes',
    'it easier to talk about than a general sense that she takes more than she gives, which she could easily dispute.',
  ),
  j(
    'Pick a time that is not right after she has asked for something, and say it simply: "When I was ill last year I really missed',
    'you. I have been feeling as if I am mostly there for the practical stuff, and I want us to be closer than that." Then listen.',
    'She may be going through more than you know; divorce can make people inward-looking for a long time.',
  ),
  j(
    'Her reaction will tell you a lot. A friend who values you will be sorry, even if she is also defensive at first. If she brushes',
    'it off, you can step back without guilt. Forty years of history is worth one honest conversation; it is not worth a lifetime of',
    'airport runs.',
  ),
];
const gPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
const gMost = ['The quiet joy of taking the long way home', 'How to split the bills when one of you earns more', 'Ten recipes for a rainy Sunday'];
const gOnward = ['My brother-in-law mocks my job at every family dinner', 'I think my partner is lonely but will not admit it'];
const gFoot = ['About us', 'Help', 'Complaints & corrections', 'Privacy policy', 'Cookie policy', 'Terms & conditions', 'Contact us'];
const gHtml = `<!doctype html><html lang="en"><head><title>${gTitle} | Friendship | The Morning Ledger</title>
<meta name="description" content="${gStand}"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<meta property="og:type" content="article"><meta property="article:author" content="https://www.morningledger.example/profile/imogen-strand">
<meta property="article:section" content="Life and style">
<script type="application/ld+json">[{"@type":"NewsArticle","@context":"https://schema.org","headline":"${gTitle}","datePublished":"2026-02-21T09:00:00.000Z",
"author":[{"@type":"Person","name":"Imogen Strand"}]}]</script>
<script>window.guardian = {"config":{"page":{"contentType":"Article","section":"lifeandstyle","isPaidContent":false,"tone":"advice"}}};</script></head>
<body><a href="#maincontent" class="dcr-1q8ry0b">Skip to main content</a><a href="#navigation" class="dcr-1q8ry0b">Skip to navigation</a>
<div data-gu-name="top-bar"><div class="dcr-qu4ivt"><a href="/contribute" class="dcr-1a7uie">Support us</a><a href="/signin"
class="dcr-1a7uie">Sign in</a></div></div>
<header data-component="nav4" data-gu-name="nav"><nav aria-label="Ledger sections" id="navigation"><ul class="dcr-1bbn9ea" role="menubar">
${gPillars
  .map(
    (p) => `<li class="dcr-1u7ffy"><a class="dcr-1ddrv9m" href="/${p.toLowerCase()}"
data-link-name="nav4 : primary : ${p}">${p}</a></li>`,
  )
  .join('')}</ul></nav></header>
<main data-layout="StandardLayout"><article class="dcr-1ybf5ey"><div class="dcr-1s0oew0"><div data-gu-name="title" class="dcr-1ydzopz">
<div class="dcr-1w9h1iv"><a data-link-name="article series" href="/lifeandstyle/series/friendship" class="dcr-1n5ywx2"><span>Ask Imogen</span></a></div></div>
<div data-gu-name="headline" class="dcr-q37lzz"><div class="dcr-xr2xzm"><h1 class="dcr-1n7ia1q">${gTitle}</h1></div></div>
<div data-gu-name="standfirst" class="dcr-1t2k4fr"><div class="dcr-5rf8v6"><p>${gStand}</p></div></div>
<div data-gu-name="media" class="dcr-10lf0f6"><figure data-spacefinder-role="immersive" class="dcr-1s2t8sq"><picture><img alt="Two women on a park bench"
src="https://i.ledgerimg.example/img/media/a7c2/master/3000.jpg" width="620" height="372"></picture>
<figcaption data-spacefinder-role="inline" class="dcr-1urzh4"><span class="dcr-1dl93ko">Old friends, new distances.</span>
<span class="dcr-1f6pr6c">Illustration: Tess Ambry/The Morning Ledger</span></figcaption></figure></div>
<div data-gu-name="meta" class="dcr-1cfpnlw"><div class="dcr-1g4sqdg"><address aria-label="Contributor info" data-component="meta-byline"
data-link-name="byline"><div class="dcr-xbvnn4"><a rel="author" class="dcr-ccjz9a" data-link-name="auto tag link"
href="/profile/imogen-strand">Imogen Strand</a></div>
</address><div class="dcr-1qgxd4z"><details class="dcr-1fst3yh"
data-gu-name="dateline"><summary><span class="dcr-u0h1qy">Sat 21 Feb 2026 09.00 GMT</span></summary>
</details></div><div class="dcr-1stl0v3"><button class="dcr-10rfa6g" data-link-name="share-button">Share</button></div></div>
<div class="dcr-1vppbq3"><a href="#comments" class="dcr-19ovzx7" data-link-name="Comment count">312</a></div></div>
<div data-gu-name="body" class="dcr-1sn1wam"><div id="maincontent" class="article-body-commercial-selector article-body-viewer-selector dcr-11jq3zt">
<blockquote class="dcr-1q08ecn">${ps(gLetter, ' class="dcr-hdsmo4"')}</blockquote>${ps(gAns.slice(0, 2), ' class="dcr-hdsmo4"')}
<aside data-spacefinder-role="inline" data-gu-name="rich-link"
class="dcr-1h9vnx9"><div class="dcr-1hlp7ra"><div class="dcr-1i8uryo"><span>Read more</span></div>
<a class="dcr-1s1tolb" data-link-name="in body link"
href="/lifeandstyle/2025/nov/08/drifting-friends">How to tell whether a friendship is drifting or ending</a></div></aside>
${ps(gAns.slice(2), ' class="dcr-hdsmo4"')}
<p class="dcr-hdsmo4"><em>If you have a question for Imogen, email ask.imogen@morningledger.example. Letters may be edited.</em></p></div>
<div class="dcr-1jl528t"><div class="dcr-1kbw8wr"><a href="/lifeandstyle/friendship" class="dcr-tfksr3">Friendship</a><a href="/lifeandstyle/family"
class="dcr-tfksr3">Family</a>
<a href="/lifeandstyle/series/ask-imogen" class="dcr-tfksr3">Ask Imogen</a></div></div></div>
<div data-gu-name="comments" id="comments"
class="dcr-xgb01i"><h2 class="dcr-1w7ehh7">Comments (312)</h2><p>Sign in or create your Ledger account to join the discussion.</p>
<div class="dcr-iqwbyj"><p class="dcr-1fl1m91">I had a friend like this and the conversation went better than I ever expected. Worth trying.</p>
<span class="dcr-2iuj5w">marigold_43</span></div></div></div></article>
<aside data-gu-name="right-column"
class="dcr-fjwvmw"><div class="dcr-m8jps9"><h2 class="dcr-5tu4a0">Most viewed</h2><ol>${links(gMost, 'dcr-1ug4ygt')}</ol></div></aside>
<section data-component="more-on-this-story"
class="dcr-1gd2ysk"><h2 class="dcr-10uyh8n">More from Ask Imogen</h2><ul>${links(gOnward, 'dcr-f9aim1')}</ul></section></main>
<footer data-link-name="footer" class="dcr-1i4vp3z"><ul class="dcr-1sdeyuq">${links(gFoot, 'dcr-1xmq4ax')}</ul>
<div class="dcr-xrmgob">© 2026 Morning Ledger News &amp; Media Limited or its affiliated companies. All rights reserved.</div></footer>
<div id="sp_message_container_1077"><div class="message-component">It’s your choice. We use cookies and similar technologies to run this site.</div>
<button title="Yes, I’m happy">Yes, I’m happy</button><button title="Manage or reject cookies">Manage or reject cookies</button></div></body></html>`;
const dcr: TestPage = {
  name: 'heldout335-dcr-newspaper-column-news',
  kind: 'news',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([gStand, ...gLetter, ...gAns]),
  bylines: ['Imogen Strand', 'Sat 21 Feb 2026 09.00 GMT'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', 'Support us', 'Sign in', ...gPillars, 'Ask Imogen', 'Old friends, new distances.',
    'Illustration: Tess Ambry/The Morning Ledger', 'Share', '312', 'Read more', 'How to tell whether a friendship is drifting or ending',
    'If you have a question for Imogen, email ask.imogen@morningledger.example. Letters may be edited.', 'Friendship', 'Family', 'Comments (312)',
    'Sign in or create your Ledger account to join the discussion.',
    'I had a friend like this and the conversation went better than I ever expected. Worth trying.', 'marigold_43', 'Most viewed', ...gMost,
    'More from Ask Imogen', ...gOnward, ...gFoot, '© 2026 Morning Ledger News & Media Limited or its affiliated companies. All rights reserved.',
    'It’s your choice. We use cookies and similar technologies to run this site.', 'Yes, I’m happy', 'Manage or reject cookies',
  ],
};

const xTitle = 'Introductions for people who are done with swiping';
const xIntro = [
  j(
    'Thistle & Pine is a personal matchmaking service for busy professionals in the Lakeshore region. Every member meets us in',
    'person, and every introduction is hand-picked by a matchmaker who knows you.',
  ),
];
const xH = ['How it works', 'Who we work with'];
const xSteps = [
  'Meet us: a relaxed 90-minute conversation about your life, your values and what you are looking for.',
  'We search: your matchmaker looks through our private membership and our wider network.',
  'You meet: we share a short profile, and if you are both interested we arrange the first date.',
  'We debrief: after every date we ask for feedback, so each introduction is better than the last.',
];
const xWho = [
  j(
    'Our members are mostly between 30 and 65. Many are newly single after a long relationship, or have moved to the area for work.',
    'What they share is a wish to date with intention, and a little help finding the time.',
  ),
];
const xNav = ['Home', 'About', 'Membership', 'Success Stories', 'Journal', 'Contact'];
const xTesti = [
  '“Six introductions, one husband. We still cannot quite believe it.” — Harriet, 44',
  '“Discreet, warm and honest with me every step.” — Owen, 52',
];
const comp = (id: string, inner: string, cls = 'wixui-rich-text'): string => `<div id="comp-${id}" class="${cls}" data-testid="richTextElement">${inner}</div>`;
const xHtml = `<!DOCTYPE html><html lang="en"><head><meta charset='utf-8'><meta name="viewport" content="width=device-width, initial-scale=1"
id="wixDesktopViewport">
<meta name="generator" content="Wix.com Website Builder"><title>Personal Matchmaking | Thistle &amp; Pine | Lakeshore</title>
<meta name="description" content="Personal matchmaking for busy professionals in the Lakeshore region."><meta property="og:site_name"
content="Thistle &amp; Pine">
<script type="application/json"
id="wix-viewer-model">{"siteFeaturesConfigs":{"platform":{"bootstrapData":{"location":{"externalBaseUrl":"https://www.thistleandpine.example"}}}}}</script>
<script type="application/ld+json">{"@context":"https://schema.org/","@type":"LocalBusiness","name":"Thistle & Pine","address":{"@type":"PostalAddress",
"addressLocality":"Lakeshore"},"telephone":"555-0188"}</script>
<style id="css_masterPage">#comp-kx2 {--fnt:normal normal normal 16px/1.6em raleway,sans-serif;}</style></head>
<body class=""><div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus"></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div data-mesh-id="SITE_HEADERinlineContent"
data-testid="inline-content">
${comp('kx1', '<p class="font_0 wixui-rich-text__text"><span class="wixui-rich-text__text">THISTLE &amp; PINE</span></p>')}
<nav id="comp-kx3" aria-label="Site" class="StylableHorizontalMenu3372578893__root wixui-horizontal-menu"><ul class="StylableHorizontalMenu3372578893__menu">
${links(xNav, 'wixui-horizontal-menu__item')}</ul></nav>
<a data-testid="linkElement" href="/book"
class="StylableButton2545352419__root style-kx4__root wixui-button"><span class="StylableButton2545352419__label wixui-button__label">Book a
call</span></a></div></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div id="c1dmp" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page">
<section id="comp-lq1" class="comp-lq1 wixui-section" tabindex="-1"><div data-mesh-id="comp-lq1inlineContent" data-testid="inline-content">
${comp('lq2', `<h1 class="font_0 wixui-rich-text__text"><span style="letter-spacing:normal;" class="wixui-rich-text__text">${xTitle}</span></h1>`)}
${comp('lq3', ps(xIntro, ' class="font_8 wixui-rich-text__text"'))}
<a href="/book" class="StylableButton2545352419__root wixui-button"><span class="wixui-button__label">Start with a free call</span></a></div></section>
<section id="comp-lq4" class="comp-lq4 wixui-section"><div data-testid="inline-content">${comp('lq5', `<h2 class="font_2 wixui-rich-text__text">${xH[0]}</h2>`)}
${comp(
  'lq6',
  `<ol class="font_8 wixui-rich-text__text">${xSteps
    .map(
      (t) => `<li class="wixui-rich-text__text"><p
class="font_8 wixui-rich-text__text">${t}</p></li>`,
    )
    .join('\n')}</ol>`,
)}
</div></section><section id="comp-lq7"
class="comp-lq7 wixui-section"><div data-testid="inline-content">${comp('lq8', `<h2 class="font_2 wixui-rich-text__text">${xH[1]}</h2>`)}
${comp('lq9', ps(xWho, ' class="font_8 wixui-rich-text__text"'))}</div></section>
<section id="comp-lr1" class="comp-lr1 wixui-section"><div id="comp-lr2" class="wixui-slideshow" aria-label="Slideshow">${xTesti
  .map((t, i) => comp(`lr3${i}`, `<p class="font_7 wixui-rich-text__text">${t}</p>`))
  .join('\n')}
<button class="wixui-slideshow__nav" aria-label="previous">Previous</button><button class="wixui-slideshow__nav" aria-label="next">Next</button></div></section>
<section id="comp-lr5" class="comp-lr5 wixui-section">${comp('lr6', '<h2 class="font_4 wixui-rich-text__text">As featured in</h2>')}
${comp('lr7', '<p class="font_8 wixui-rich-text__text">Lakeshore Living · The Harbour Gazette · North Shore Radio</p>')}</section></div></div></div></main>
<footer id="SITE_FOOTER" class="SITE_FOOTER wixui-footer"><div data-testid="inline-content">
${comp('kz1', '<p class="font_9 wixui-rich-text__text">Thistle &amp; Pine Matchmaking · 18 Birch Row, Lakeshore · 555-0188</p>')}
${comp('kz2', '<p class="font_9 wixui-rich-text__text">© 2026 by Thistle &amp; Pine. All members are verified in person.</p>')}
<form id="comp-kz3" class="wixui-form">${comp('kz4', '<p class="font_9 wixui-rich-text__text">Get our monthly dating notes</p>')}<input placeholder="Email*">
<button class="wixui-button"><span class="wixui-button__label">Subscribe</span></button></form></div></footer></div></div></div></div>
<div id="ccsu-banner"
class="consent-banner"><p>This website uses cookies. By continuing you accept our use of cookies.</p><button>Accept</button><button>Settings</button></div>
<script src="https://static.parastorage.example/services/wix-thunderbolt/dist/main.js" async></script></body></html>`;
const wix: TestPage = {
  name: 'heldout335-wix-matchmaking-landing-blog',
  kind: 'blog',
  html: xHtml,
  title: xTitle,
  headings: xH,
  body: texts([...xIntro, ...xSteps, ...xWho]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'THISTLE & PINE', ...xNav, 'Book a call', 'Start with a free call', ...xTesti, 'Previous', 'Next', 'As featured in',
    'Lakeshore Living · The Harbour Gazette · North Shore Radio', 'Thistle & Pine Matchmaking · 18 Birch Row, Lakeshore · 555-0188',
    '© 2026 by Thistle & Pine. All members are verified in person.', 'Get our monthly dating notes', 'Subscribe',
    'This website uses cookies. By continuing you accept our use of cookies.', 'Accept', 'Settings',
  ],
};

export const HELDOUT335_E: readonly TestPage[] = [dcr, wix];
