import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout357-kit.js';

/**
 * Held-out batch 357, file c: a 500px-style photographer's story rendered by a Next.js app with styled-components class names
 * (top bar, author card with Follow, like and share buttons, photo captions, tags, "More stories" rail, __NEXT_DATA__) and a
 * photo contest's results page on Squarespace 7.1 (header nav, section blocks, winners listed by category with the judges'
 * notes, image captions, newsletter block, cookie banner, footer).
 */
const sTitle = 'Ninety days on the salt flats: Ilse Brandvold on patience and white light';
const sBody = [
  j(
    'Ilse Brandvold did not plan to spend a whole season on the Varden salt flats. She drove out for a weekend in late spring to',
    'photograph the first evaporation ponds of the year, and came home three months later with a body of work she still calls',
    'unfinished.',
  ),
  j(
    '"The first week I photographed everything," she says. "The crust, the cracks, the workers, the sky. By the second week I',
    'realised I was making the same picture over and over, because the light out there is so flat and so bright that it erases',
    'depth. I had to learn to wait for the hour when shadows come back."',
  ),
  j(
    'That hour turned out to be very short. For about forty minutes after sunrise, low light rakes across the hexagonal plates of',
    'salt and turns each ridge into a thin dark line. Brandvold began setting an alarm for four in the morning and walking out with',
    'a single camera and a 50mm lens, leaving the zoom and the tripod in the car.',
  ),
];
const sQuote = 'I stopped trying to make the flats look dramatic. They are not dramatic. They are quiet, and the pictures had to be quiet too.';
const sBody2 = [
  j(
    'Her favourite frames from the season show the salt workers at a distance, small figures pushing wooden rakes across a surface',
    'so white that the horizon disappears. She printed them large and pale, with almost no black in the image, which confused the',
    'first gallery she showed them to.',
  ),
  j(
    'Asked what she would tell photographers heading into harsh, bright landscapes, she lists three things: go out earlier than',
    'feels reasonable, carry less than you think you need, and stay long enough to get bored. "Boredom is where the second set of',
    'pictures starts," she says.',
  ),
  j(
    'Brandvold is now editing the series into a small book and plans to return to Varden next spring, this time for the autumn',
    'floods that turn the flats into a mirror for a few weeks each year.',
  ),
];
const sTags = ['Landscape', 'Documentary', 'Photographer stories'];
const sMore = ['Shooting winter wildlife without disturbing it', 'How Tomas Reil built a portrait series in one village', 'Five Quests to enter this month'];
const sNav = ['Discover', 'Licensing', 'Quests', 'Memberships', 'Resource Hub'];
const sFoot = ['About 500px', 'Blog', 'Careers', 'Support', 'Terms', 'Privacy'];
const sc = (n: number): string =>
  `sc-${['bdfBwQ', 'gsTCUz', 'dlfnbm', 'hKgILt', 'eCssSg', 'jSgupP'][n % 6] ?? ''} ${['kKjnhb', 'fzsBqX', 'iZfJMQ'][n % 3] ?? ''}`;
const sHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charSet="utf-8"/><title>${sTitle} | 500px</title><meta name="viewport" content="width=device-width"/>
<meta property="og:title" content="${sTitle}"/><meta property="og:type" content="article"/><meta name="next-head-count" content="6"/>
<link rel="preload" href="/_next/static/css/8b1f0c2e.css" as="style"/><script src="/_next/static/chunks/webpack-4f1a.js" defer=""></script></head>
<body><div id="__next"><div class="${sc(0)}" data-testid="app-root"><header class="${sc(1)}" data-testid="top-nav"><a class="${sc(2)}" href="/">500px</a>
<nav class="${sc(3)}"><ul class="${sc(4)}">${links(sNav)}</ul></nav><div class="${sc(5)}"><a href="/login">Log in</a><a href="/signup">Sign up</a></div>
</header>
<main class="${sc(6)}"><div class="${sc(7)}" data-testid="story-page"><div class="${sc(8)}"><img src="https://drscdn.500px.example/story/cover.jpg" alt=""/>
<span class="${sc(9)}">Cover photo: Ilse Brandvold</span></div>
<div class="${sc(10)}"><span class="${sc(11)}" data-testid="story-category">Photographer stories</span><h1 class="${sc(12)}">${sTitle}</h1>
<div class="${sc(13)}" data-testid="author-card"><img src="https://drscdn.500px.example/user/avatar.jpg" alt="" width="40" height="40"/>
<div class="${sc(14)}"><a class="${sc(15)}" href="/p/rowanheske">Rowan Heske</a><div class="${sc(16)}"><span>Jan 30, 2026</span><span> · </span>
<span>5 min read</span></div></div><button class="${sc(17)}" type="button">Follow</button></div>
<div class="${sc(18)}" data-testid="story-body">
${ps(sBody.slice(0, 2), ` class="${sc(19)}"`)}
<figure class="${sc(20)}"><img src="https://drscdn.500px.example/photo/1090311/m.jpg" alt=""/><figcaption class="${sc(21)}">Raking light on the salt
crust, 5:10 a.m.</figcaption></figure>
${ps(sBody.slice(2), ` class="${sc(19)}"`)}
<blockquote class="${sc(22)}"><p class="${sc(23)}">${sQuote}</p></blockquote>
${ps(sBody2.slice(0, 1), ` class="${sc(19)}"`)}
<figure class="${sc(20)}"><img src="https://drscdn.500px.example/photo/1090340/m.jpg" alt=""/><figcaption class="${sc(21)}">Workers on the evaporation
ponds at Varden.</figcaption></figure>
${ps(sBody2.slice(1), ` class="${sc(19)}"`)}
</div><div class="${sc(24)}" data-testid="story-tags"><ul>${links(sTags, sc(25))}</ul></div>
<div class="${sc(26)}" data-testid="story-actions"><button class="${sc(27)}">Like</button><span class="${sc(28)}">412 likes</span>
<button class="${sc(29)}">Share</button><button class="${sc(30)}">Copy link</button></div></div>
<section class="${sc(31)}" data-testid="more-stories"><h2 class="${sc(32)}">More stories</h2><ul>${links(sMore, sc(33))}</ul></section></div></main>
<footer class="${sc(34)}"><ul>${links(sFoot)}</ul><p class="${sc(35)}">© 2026 500px, Inc.</p></footer></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"story":{"id":88213,"title":"${sTitle}","author":{"displayName":"Rowan Heske"},
"readTime":5}}},"page":"/stories/[slug]","query":{"slug":"ninety-days-on-the-salt-flats"},"buildId":"p7xQk2","isFallback":false}</script></body></html>`;
const story500: TestPage = {
  name: 'heldout357-500px-nextjs-story',
  kind: 'blog',
  html: sHtml,
  title: sTitle,
  headings: [],
  body: texts([...sBody, sQuote, ...sBody2]),
  bylines: ['Rowan Heske', 'Jan 30, 2026', '5 min read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    '500px', ...sNav, 'Log in', 'Sign up', 'Cover photo: Ilse Brandvold', 'Follow', 'Raking light on the salt crust, 5:10 a.m.',
    'Workers on the evaporation ponds at Varden.', ...sTags, 'Like', '412 likes', 'Share', 'Copy link',
    'More stories', ...sMore, ...sFoot, '© 2026 500px, Inc.',
  ],
};

const cTitle = 'Coastlines Photo Prize 2026: the winners';
const cIntro = [
  j(
    "More than 6,400 photographs from 58 countries were entered in this year's prize. Our three judges met in",
    'Saint-Avel over two days in February to choose a winner and two commended images in each of the four categories, and an',
    'overall Coastal Photographer of the Year.',
  ),
  j(
    'Thank you to everyone who entered. The winning and commended images will be shown at the Harbour Gallery from 2 May, and in',
    "this year's printed yearbook.",
  ),
];
type Cat = { name: string; winner: string; note: string; commended: string[] };
const cCats: Cat[] = [
  {
    name: 'Coastal Photographer of the Year',
    winner: 'Winner: Sunniva Ekholm, Norway, for "Tide Tables", a series of six images',
    note: j(
      'Ekholm photographed the same rock shelf at every low tide for a year. The judges admired the discipline of the series and the',
      'way small changes in weather and seaweed build into a portrait of one place.',
    ),
    commended: [],
  },
  {
    name: 'Seascape',
    winner: 'Winner: Marco Deltin, Italy, for "Before the Squall"',
    note: j(
      'A dark band of rain moves across a flat grey sea while one patch of sunlight falls on a fishing boat. "Perfect timing, and',
      'the restraint not to over-process it," said judge Fenna Holst.',
    ),
    commended: ['Commended: Aoife Darragh, Ireland, for "Green Water"', 'Commended: Kenji Ota, Japan, for "Breakwater, January"'],
  },
  {
    name: 'Coastal Life',
    winner: 'Winner: Priya Ramanathan, India, for "Net Menders of Kovalam"',
    note: j(
      'Three generations of one family repair nets under a tarpaulin at midday. The judges praised the warmth of the picture and the',
      'trust it clearly took to make.',
    ),
    commended: ['Commended: Tomasz Zielak, Poland, for "Lifeguard Tower, Off Season"', 'Commended: Hana Brix, Denmark, for "Ferry Night"'],
  },
  {
    name: 'Under 18',
    winner: 'Winner: Leo Castellan, 16, France, for "Crab Pots"',
    note: j(
      'A simple, graphic image of stacked pots against a whitewashed wall, made with a phone. Judge Samir Oduya called it "a picture',
      'that knows exactly what it wants to say".',
    ),
    commended: ['Commended: Maja Lind, 14, Sweden, for "Jetty"', 'Commended: Ravi Menon, 17, UK, for "Spray"'],
  },
];
const cOutro = [
  j(
    'Entries for the 2027 prize open on 1 September. Categories and rules will be published in August; the entry fee for the Under',
    '18 category remains free.',
  ),
];
const cNav = ['Enter', 'Past winners', 'Exhibition', 'The jury', 'FAQ'];
const cFoot = ['Instagram', 'Contact us', 'Terms and conditions', 'Privacy'];
const block = (inner: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content">
<div class="sqs-html-content" data-sqsp-text-block-content>${inner}</div></div></div>`;
const img = (cap: string): string => `<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content">
<figure class="sqs-block-image-figure intrinsic"><div class="image-block-wrapper"><img data-src="https://images.squarespace-cdn.example/content/v1/a.jpg"
alt=""></div><figcaption class="image-caption-wrapper"><div class="image-caption"><p>${cap}</p></div></figcaption></figure></div></div>`;
const cHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8"><title>Winners 2026 &mdash; Coastlines Photo Prize</title>
<meta property="og:site_name" content="Coastlines Photo Prize"><meta property="og:title" content="Winners 2026 — Coastlines Photo Prize">
<script type="application/ld+json">{"url":"https://www.coastlinesprize.example","name":"Coastlines Photo Prize",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static.SQUARESPACE_CONTEXT = {"website":{"siteTitle":"Coastlines Photo Prize"},"collection":{"typeName":"page","title":"Winners 2026"}};</script></head>
<body id="collection-65e0a1" class="header-overlay-alignment-center tweak-social-icons-style-regular collection-type-page view-item">
<div class="sqs-cookie-banner-v2-container"><div class="sqs-cookie-banner-v2"><p class="sqs-cookie-banner-v2-text">This website uses cookies to improve
your experience.</p><button class="sqs-cookie-banner-v2-accept">Accept</button><button class="sqs-cookie-banner-v2-deny">Decline</button></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary"><div class="header-inner">
<div class="header-title"><a href="/" class="header-title-text">Coastlines Photo Prize</a></div><nav class="header-nav-list">
${cNav.map((n) => `<div class="header-nav-item header-nav-item--collection"><a href="/${n.toLowerCase()}">${n}</a></div>`).join('\n')}</nav></div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65e0a1"><section data-test="page-section"
class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide"><div class="content-wrapper">
<div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
${block(`<h1 style="white-space:pre-wrap;">${cTitle}</h1><p class="sqsrte-small">Announced 4 March 2026</p>\n${ps(cIntro)}`)}
${cCats
  .map(
    (c) => `${img(`${c.winner.replace('Winner: ', '')}. © the photographer`)}
${block(`<h2>${c.name}</h2>\n<p><strong>${c.winner}</strong></p>\n<p>${c.note}</p>${c.commended.length ? `\n<ul>${lis(c.commended)}</ul>` : ''}`)}`,
  )
  .join('\n')}
${block(ps(cOutro))}
<div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<h2 class="newsletter-form-header-title">Hear when entries open</h2><p class="newsletter-form-header-description">One email a month, no spam.</p>
<input type="email" placeholder="Email Address"><button class="newsletter-form-button"><span class="newsletter-form-button-label">Sign Up</span></button>
</div></div></div></div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="content"><div class="sqs-html-content"><ul>${links(cFoot)}</ul>
<p>Coastlines Photo Prize is run by the Saint-Avel Maritime Arts Trust, registered charity 1180442.</p></div></div></section></footer></div>
<script defer src="https://static1.squarespace.example/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const contest: TestPage = {
  name: 'heldout357-squarespace-contest-results',
  kind: 'news',
  html: cHtml,
  title: cTitle,
  headings: cCats.map((c) => c.name),
  body: texts([...cIntro, ...cCats.flatMap((c) => [c.winner, c.note, ...c.commended]), ...cOutro]),
  bylines: ['Announced 4 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to improve your experience.', 'Accept', 'Decline', 'Coastlines Photo Prize', ...cNav,
    ...cCats.map((c) => `${c.winner.replace('Winner: ', '')}. © the photographer`), 'Hear when entries open', 'One email a month, no spam.', 'Sign Up',
    ...cFoot, 'Coastlines Photo Prize is run by the Saint-Avel Maritime Arts Trust, registered charity 1180442.',
  ],
};

export const HELDOUT357_C: readonly TestPage[] = [story500, contest];
