import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout483-kit.js';

/**
 * Held-out batch 483, file f: a motoring news article on a Next.js site (CSS modules, __NEXT_DATA__) with kicker, standfirst,
 * byline, figure, in-article "Read more" link and ad slots, a newsletter box and a most-read rail.
 */
const nTitle = 'Driving test waits fall to eleven weeks across the Marrowdale region';
const nDek = 'Extra Saturday slots and 38 newly trained examiners have cut the backlog, but learners in rural areas still face the longest waits.';
const nParas = [
  j(
    'The average wait for a practical driving test in the Marrowdale region has fallen to eleven weeks, the shortest since the',
    'Driver Standards Agency began publishing monthly figures, according to data released on Thursday.',
  ),
  j(
    'A year ago learners in the region waited an average of nineteen weeks, and some centres had no slots available at all',
    'within the six-month booking window. The agency said the improvement followed the recruitment of 38 examiners and the',
    'reopening of Saturday testing at five centres.',
  ),
  j(
    '“We are not where we want to be yet, but the direction is right,” said Carys Bellamy, the agency’s regional operations',
    'manager. “Our target is a six-week wait everywhere by the end of the year.”',
  ),
  j(
    'The picture is uneven. Learners at Ashmere can now book within four weeks, while the waiting time at Lowbridge, which',
    'serves a large rural area, is still twenty-two weeks.',
  ),
  j(
    'Instructors said the change was noticeable. Owen Paterek, who runs a two-car school in Pellow Cross, said his pupils were',
    'now booking tests when they were nearly ready rather than months in advance. “That alone should push pass rates up,” he said.',
  ),
  j(
    'The agency has also warned against websites that buy up test slots and resell them at a profit. It said it would cancel',
    'bookings made by automated tools and urged learners to book only through its own service.',
  ),
];
const nH2 = 'Reselling crackdown';
const nNav = ['News', 'Reviews', 'Learner Drivers', 'Electric', 'Money', 'Opinion'];
const nMost = [
  'Councils to review 20mph zones near schools',
  'Smart motorway emergency areas: what the new signs mean',
  'Used car prices fall for fifth month',
  'Five small hatchbacks for new drivers under £9,000',
];
const nFoot = ['About us', 'Contact', 'Advertise', 'Privacy', 'Cookie settings', 'Terms'];
const nextData = JSON.stringify({
  props: { pageProps: { article: { id: 'a-20817', slug: 'driving-test-waits-fall-marrowdale', section: 'learner-drivers' } } },
  page: '/[section]/[slug]',
  query: { section: 'learner-drivers', slug: 'driving-test-waits-fall-marrowdale' },
  buildId: 'k3JfU8xQ2mP0',
  isFallback: false,
  gssp: true,
  scriptLoader: [],
});
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${nTitle} | The Forecourt</title><meta name="description" content="${nDek}"><meta property="og:type" content="article">
<link rel="canonical" href="https://www.theforecourt.example/learner-drivers/driving-test-waits-fall-marrowdale">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-03-12T07:00:00Z",
"author":[{"@type":"Person","name":"Hana Ostrowski"}],"publisher":{"@type":"Organization","name":"The Forecourt"}}</script>
<meta name="next-head-count" content="8"><link rel="preload" href="/_next/static/css/a91c0e2f7d.css" as="style">
<link rel="stylesheet" href="/_next/static/css/a91c0e2f7d.css" data-n-g=""><noscript data-n-css=""></noscript>
<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-59c5c889f52620d6.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer="">
</script>
<script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-7b0e3d1f.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__Xn2c1" href="#main">Skip to main content</a>
<div class="ConsentBanner_banner__p1Qw7" role="dialog" aria-live="polite"><p class="ConsentBanner_text__k9a0T">We and our partners use cookies to personalise
ads
and measure how our site is used.</p><div class="ConsentBanner_actions__fL2mz"><button class="Button_primary__3kPzq">Accept all</button>
<button class="Button_secondary__Jw8nE">Manage choices</button></div></div>
<header class="SiteHeader_header__Q7tYb"><div class="SiteHeader_top__6vZ2e"><a class="SiteHeader_logo__mB1rT" href="/" aria-label="The Forecourt home">
<svg viewBox="0 0 180 32" role="img" aria-hidden="true"><path d="M0 0h180v32H0z"></path></svg></a>
<form class="SearchBox_form__0dXo4" role="search" action="/search"><label class="SearchBox_label__Gs3vQ" for="q">Search</label><input id="q" name="q"
type="search"></form>
<a class="SiteHeader_subscribe__Hq0ZL" href="/subscribe">Subscribe</a></div>
<nav class="SectionNav_nav__tR4xA" aria-label="Sections"><ul class="SectionNav_list__9VvBw">${links(nNav, 'SectionNav_item__c8Jq1')}</ul></nav></header>
<main id="main" class="Layout_main__z0Yk3"><div class="AdSlot_slot__2pWqE AdSlot_leaderboard__Vb1Nd"><span class="AdSlot_label__Qh7cS">Advertisement</span>
<div id="div-gpt-ad-leaderboard" data-ad-unit="/2281901/forecourt/learner"></div></div>
<div class="ArticleLayout_grid__oP5Ke"><article class="Article_article__Fm3kT"><header class="ArticleHeader_header__8WcRb">
<a class="ArticleHeader_kicker__Dg1zS" href="/learner-drivers">Learner Drivers</a><h1 class="ArticleHeader_headline__x7Fq2">${nTitle}</h1>
<p class="ArticleHeader_standfirst__Ye4Np">${nDek}</p><div class="Byline_byline__K3p0d"><img class="Byline_avatar__r2Lm1"
src="/_next/image?url=%2Fauthors%2Fhana.jpg&amp;w=64&amp;q=75" alt="" width="32" height="32">
<div><span class="Byline_name__8dRt2">By <a href="/authors/hana-ostrowski">Hana Ostrowski</a></span><span class="Byline_role__Wq2kc">Motoring
correspondent</span>
<time class="Byline_time__9Zq3H" dateTime="2026-03-12T07:00:00.000Z">12 March 2026, 7:00am</time></div></div>
<div class="ShareBar_bar__t6NvE"><button class="ShareBar_btn__L0pQc" aria-label="Share on Facebook">Facebook</button><button class="ShareBar_btn__L0pQc"
aria-label="Share on X">X</button>
<button class="ShareBar_btn__L0pQc" aria-label="Copy link">Copy link</button></div></header>
<figure class="ArticleImage_figure__Zr5Lb"><img alt="A learner car on a quiet road" loading="lazy" width="1200" height="675" decoding="async" data-nimg="1"
src="/_next/image?url=https%3A%2F%2Fcdn.theforecourt.example%2Flearner-car.jpg&amp;w=1200&amp;q=75">
<figcaption class="ArticleImage_caption__w4TsD">Saturday testing has returned at five centres in the region.<span class="ArticleImage_credit__0Lx8m">Photo:
Forecourt Images</span></figcaption></figure>
<div class="ArticleBody_body__R2kqn">
${ps(nParas.slice(0, 3), ' class="ArticleBody_paragraph__hT1cd"')}
<p class="ArticleBody_related__Jx5fM"><strong>Read more:</strong> <a href="/learner-drivers/theory-test-fee-rise">Theory test fee to rise by £2 in April</a>
</p>
${ps(nParas.slice(3, 5), ' class="ArticleBody_paragraph__hT1cd"')}
<div class="AdSlot_slot__2pWqE AdSlot_inline__m3Kp8"><span class="AdSlot_label__Qh7cS">Advertisement</span><div id="div-gpt-ad-inline-1"></div></div>
<h2 class="ArticleBody_subheading__Bz0Xv">${nH2}</h2>
${ps(nParas.slice(5), ' class="ArticleBody_paragraph__hT1cd"')}
</div><div class="ArticleTopics_topics__Gn1Yp"><span>Topics:</span><a href="/topics/driving-tests">Driving tests</a><a
href="/topics/marrowdale">Marrowdale</a></div></article>
<aside class="Rail_rail__cR1Vd"><div class="Newsletter_box__pL8Ws"><h2 class="Newsletter_title__wB0kY">The Learner Briefing</h2>
<p>Test news, tips and waiting times, every Friday.</p><form><label for="nl-email" class="sr-only">Email address</label><input id="nl-email" type="email"
placeholder="Your email">
<button type="submit">Sign up</button></form></div>
<section class="MostRead_section__2sVq0"><h2 class="MostRead_title__C4kT8">Most read</h2><ol>${links(nMost, 'MostRead_item__7Yb2d')}</ol></section></aside>
</div></main>
<footer class="SiteFooter_footer__1zQp5"><ul class="SiteFooter_links__aF7s2">${links(nFoot)}</ul>
<p class="SiteFooter_copy__8Rk0c">© 2026 Forecourt Media Ltd. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">${nextData}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout483-nextjs-test-waits',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: [nH2],
  body: texts([nDek, ...nParas]),
  bylines: ['By Hana Ostrowski', 'Motoring correspondent', '12 March 2026, 7:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We and our partners use cookies to personalise ads and measure how our site is used.', 'Accept all', 'Manage choices',
    'Search', 'Subscribe', ...nNav, 'Advertisement', 'Facebook', 'X', 'Copy link', 'Saturday testing has returned at five centres in the region.',
    'Photo: Forecourt Images', 'Read more: Theory test fee to rise by £2 in April', 'Topics:', 'Driving tests', 'The Learner Briefing',
    'Test news, tips and waiting times, every Friday.', 'Email address', 'Sign up', 'Most read', ...nMost, ...nFoot,
    '© 2026 Forecourt Media Ltd. All rights reserved.',
  ],
};

export const HELDOUT483_F: readonly TestPage[] = [nextjs];
