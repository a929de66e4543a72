import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis, outside } from './pages-heldout548-kit.js';

/**
 * Held-out batch 548, file f: a harbourside flea market's stallholder rules on Webflow (navbar, numbered rules, FAQ
 * accordion, footer grid), and a local news story about car boot pitch prices on a Next.js news site with share bar,
 * caption, ad slot, "Most read" rail and comments button.
 */
const wTitle = 'Stallholder Rules';
const wIntro = j(
  'Harbourside Flea runs on the second Sunday of every month on the North Quay. These rules are part of your booking. By taking a',
  'pitch you agree to follow them, and our team may ask anyone who does not to pack up and leave without a refund.',
);
const wGroups: readonly (readonly [string, readonly string[]])[] = [
  [
    'Booking and payment',
    [
      'Pitches must be booked and paid for online by 6pm on the Thursday before the market.',
      'A standard pitch is 3m by 3m and costs £22. A corner pitch costs £28.',
      'Cancellations made seven days or more before the market are refunded in full, less a £2 fee. Later cancellations are not refunded.',
      'If we cancel because of the weather, you can choose a refund or a free pitch at the next market.',
    ],
  ],
  [
    'On the day',
    [
      'Load-in is from 7am to 8.45am. Vehicles must be off the quay by 9am, when the market opens.',
      'Gazebos must be weighted with at least 15kg on each leg. The quay is exposed and the wind comes up quickly.',
      'Keep the 2m walkway along the water’s edge clear at all times.',
      'Stay until 3pm. Packing down early leaves gaps and is unfair on your neighbours.',
    ],
  ],
  [
    'What we sell',
    [
      'At least three-quarters of your stall must be vintage, second-hand or upcycled.',
      'New goods are allowed only if you made them yourself.',
      'No food or drink sales; our street food traders are booked separately.',
    ],
  ],
];
const wFaq = [
  ['Can I share a pitch with a friend?', 'Yes, as long as one person books and is responsible for the pitch.'],
  ['Is there power on the quay?', 'No. Battery lights are fine, but generators are not allowed.'],
];
const wFaqHead = 'Questions';
const wNav = ['Markets', 'Book a pitch', 'Rules', 'Visit', 'Contact'];
const wFootCols = ['Harbourside Flea', 'North Quay, Porthbrenna', 'Second Sunday, 9am – 3pm', 'Instagram', 'Facebook', 'Privacy'];
const groupHtml = ([h, items]: readonly [string, readonly string[]]): string => `<h2>${h}</h2><ol role="list">${lis(items)}</ol>`;
const wHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Mon Mar 02 2026 10:14:22 GMT+0000 -->
<html data-wf-domain="www.harboursideflea.example" data-wf-page="65f1c2a9e3b4d1a0c8f2e611" data-wf-site="65e0b1f8d2a3c4e5f6a7b801" lang="en">
<head><meta charset="utf-8"><title>Stallholder Rules | Harbourside Flea</title><meta content="Rules for stallholders at Harbourside Flea." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65e0b1f8d2a3c4e5f6a7b801/css/harbourside-flea.webflow.a1b2c3d4e.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o)&&(n.className+=t+"touch")}(window,document);</script>
</head><body class="body"><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand" aria-label="home">
<img src="https://assets-global.website-files.com/65e0b1f8d2a3c4e5f6a7b801/logo.svg"
loading="lazy" alt="" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${wNav.map((t) => `<a href="/${t.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link${t === 'Rules' ? ' w--current' : ''}">${t}</a>`).join('\n')}
</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="hero-section"><div class="container w-container"><h1 class="page-heading">${wTitle}</h1><p class="hero-paragraph">${wIntro}</p></div></section>
<section class="section"><div class="container w-container"><div class="rules-rich-text w-richtext">
${wGroups.map(groupHtml).join('\n')}
</div></div></section>
<section class="faq-section"><div class="container w-container"><h2 class="faq-heading">${wFaqHead}</h2>
${wFaq
  .map(
    ([
      q,
      a,
    ]) => `<div data-hover="false" data-delay="0" class="faq-dropdown w-dropdown"><div class="faq-toggle w-dropdown-toggle"><div class="faq-question">${q}</div>
<div class="faq-icon w-icon-dropdown-toggle"></div></div><nav class="faq-answer w-dropdown-list"><p class="faq-answer-text">${a}</p></nav></div>`,
  )
  .join('\n')}
<a href="/book-a-pitch" class="button w-button">Book your pitch</a></div></section>
<footer class="footer"><div class="w-layout-grid footer-grid"><div class="footer-col"><div class="footer-title">${wFootCols[0]}</div><p>${wFootCols[1]}</p>
<p>${wFootCols[2]}</p></div><div class="footer-col"><a href="https://instagram.com/harboursideflea" class="footer-link">${wFootCols[3]}</a>
<a href="https://facebook.com/harboursideflea" class="footer-link">${wFootCols[4]}</a><a href="/privacy" class="footer-link">${wFootCols[5]}</a></div></div>
<div class="footer-copyright">© 2026 Harbourside Flea CIC</div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65e0b1f8d2a3c4e5f6a7b801" type="text/javascript"></script>
<script src="https://assets-global.website-files.com/65e0b1f8d2a3c4e5f6a7b801/js/webflow.4e5f6a7b8.js" type="text/javascript"></script></body></html>`;
const wHeads = [...wGroups.map(([h]) => h), wFaqHead];
const wBody = texts([wIntro, ...wGroups.flatMap(([, items]) => items), ...wFaq.flat()]);
const harbourside: TestPage = {
  name: 'heldout548-webflow-flea-rules',
  kind: 'docs',
  html: wHtml,
  title: wTitle,
  headings: wHeads,
  body: wBody,
  bylines: [],
  furniture: outside([wTitle, ...wHeads, ...wBody], [...wNav, 'Book your pitch', ...wFootCols, '© 2026 Harbourside Flea CIC']),
};

const nTitle = 'Car boot pitch prices to rise as Hollins Farm opens second field';
const nDek = 'Sellers will pay £2 more this season, but the organisers say the extra space will end the queues on the lane.';
const nParas = [
  j(
    'Sellers at one of the busiest car boot sales in the Wetherfield area will pay more for a pitch this year, after the farm that',
    'hosts it took on a second field to cope with demand.',
  ),
  j(
    'Hollins Farm Sunday Car Boot, which reopens on April 12, is raising the price of a car pitch from £8 to £10 and a van pitch',
    'from £13 to £15. Trader pitches stay at £25.',
  ),
  j(
    'Organiser Jen Hollins said the rise would pay for the lower field to be drained and for two extra marshals. "Last summer we had',
    'cars backed up on Hollins Lane from half past five," she said. "The lower field gives us room for another hundred sellers, and',
    'nobody should have to sit in a queue for an hour to get in."',
  ),
  'Queues and complaints',
  j(
    'Residents of Hollins Lane complained to the parish council twice last year about vehicles blocking driveways early on Sunday',
    'mornings. Parish council chair Derek Moss said he welcomed the change but would be watching the first few weeks closely.',
  ),
  j(
    '"It is a popular sale and it brings people into the village, which is good for the pub and the shop," he said. "But people',
    'have to be able to get out of their own drives."',
  ),
  'What sellers think',
  j(
    'Regular seller Anita Brough, who has sold at the farm for six years, said most people would not mind the extra £2. "If it means',
    'I am not stuck on the lane at dawn, I will happily pay it," she said.',
  ),
  j(
    'The sale will again run every Sunday until the end of October. Sellers can arrive from 6.30am and buyers are admitted from',
    '7.30am. Booking is not required.',
  ),
];
const nHeadIdx = new Set([3, 6]);
const nNav = ['News', 'Sport', 'What’s On', 'Property', 'Jobs', 'Announcements'];
const nCrumbs = ['Home', 'News', 'Wetherfield'];
const nMost = ['Bypass roadworks to start in May', 'School wins national choir prize', 'New owners for the Red Lion', 'Town hall clock fixed at last'];
const nFoot = ['About us', 'Contact us', 'Advertise', 'Terms', 'Privacy notice', 'Cookie settings'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | Wetherfield Courier</title><meta name="description" content="${nDek}"/><meta property="og:type" content="article"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2026-03-09T06:00:00Z",
"author":[{"@type":"Person","name":"Tom Ashdown"}],"publisher":{"@type":"Organization","name":"Wetherfield Courier"}}</script>
<link rel="preload" href="/_next/static/css/8f2a1c3e.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8f2a1c3e.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-5b1a2c3d.js" defer=""></script><script src="/_next/static/chunks/pages/_app-7e8f9a0b.js" defer=""></script></head>
<body><div id="__next"><a class="SkipLink_skip__q2Wm1" href="#main">Skip to content</a>
<header class="Header_header__Xy7tR"><div class="Header_top__a91Kc"><a class="Header_logo__0pLm2" href="/" aria-label="Wetherfield Courier home">
<svg aria-hidden="true"></svg></a><button class="Header_search__kP3sd" type="button"><span>Search</span></button>
<a class="Header_subscribe__Qe1v9" href="/subscribe">Subscribe</a></div>
<nav class="Nav_nav__fH2x0" aria-label="Sections"><ul class="Nav_list__9Hh2q">
${nNav.map((t) => `<li class="Nav_item__b2Kd4"><a class="Nav_link__Zz0p1" href="/${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a></li>`).join('\n')}
</ul></nav></header>
<main id="main" class="Layout_main__Vb3xq"><div class="Article_grid__m4Rt7"><article class="Article_article__Ln8cE">
<nav aria-label="Breadcrumb" class="Breadcrumbs_crumbs__Jw2nD"><ol>${nCrumbs.map((t) => `<li><a href="/${t.toLowerCase()}">${t}</a></li>`).join('')}</ol></nav>
<h1 class="Article_headline__T9bq3">${nTitle}</h1><p class="Article_standfirst__R6d1u">${nDek}</p>
<div class="Byline_byline__Wc5rS"><span class="Byline_author__u1Fj8">By <a href="/author/tom-ashdown">Tom Ashdown</a></span>
<span class="Byline_role__Hh1a2">Local Democracy Reporter</span>
<time class="Byline_date__e7Gn0" dateTime="2026-03-09T06:00:00Z">Monday, 9 March 2026, 6:00am</time></div>
<div class="ShareBar_share__c3Pq1"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button>
<button aria-label="Share by email">Email</button><button class="ShareBar_copy__d0Zz1">Copy link</button></div>
<figure class="Figure_figure__oS4kA"><img alt="Cars parked in rows in a field" src="/_next/image?url=%2Fimages%2Fcarboot.jpg&amp;w=1200&amp;q=75"
loading="eager"/>
<figcaption class="Figure_caption__nP7cL">Sellers setting up at Hollins Farm last summer. <span
class="Figure_credit__gT2m0">Picture: Wetherfield Courier</span></figcaption></figure>
<div class="ArticleBody_body__yM1kV">
${ps(nParas.slice(0, 2))}
<div class="Ad_slot__eW6rA" data-ad-unit="mpu_inarticle"><span class="Ad_label__zT0hB">Advertisement</span><div id="div-gpt-ad-inarticle-1"></div></div>
${ps(nParas.slice(2, 3))}
<h2>${nParas[3]}</h2>${ps(nParas.slice(4, 6))}
<h2>${nParas[6]}</h2>${ps(nParas.slice(7))}
</div>
<div class="Tags_tags__x8Vb2"><a href="/topics/hollins-farm">Hollins Farm</a><a href="/topics/car-boot-sales">Car boot sales</a></div>
<button class="Comments_toggle__pL4sX" type="button">Read 14 comments</button></article>
<aside class="Rail_rail__kN2cQ"><section class="MostRead_most__H0tTa"><h2 class="MostRead_title__e1Rq8">Most read</h2><ol>
${nMost.map((t, i) => `<li><span class="MostRead_rank__v5Np3">${i + 1}</span><a href="/news/${i + 40}">${t}</a></li>`).join('\n')}</ol></section>
<section class="Newsletter_box__s0Lk7"><h2>Get the Courier in your inbox</h2><p>Our morning briefing, every weekday at 7am.</p>
<form><label for="nl-email" class="Newsletter_label__m2Xw1">Email address</label><input id="nl-email" type="email"/><button type="submit">Sign up</button>
</form>
</section></aside></div></main>
<footer class="Footer_footer__r1Tt5"><ul class="Footer_links__g9Hh0">${nFoot
  .map(
    (t) => `<li><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>
</li>`,
  )
  .join('')}</ul>
<p class="Footer_copy__n2Bb7">© 2026 Wetherfield Courier Ltd. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"a-10482","section":"news"}}},"page":"/news/[slug]",
"buildId":"k3Hq9xP"}</script>
</body></html>`;
const nHeads = nParas.filter((_, i) => nHeadIdx.has(i));
const nBody = texts([nDek, ...nParas.filter((_, i) => !nHeadIdx.has(i))]);
const courier: TestPage = {
  name: 'heldout548-nextjs-news-pitch-prices',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: nBody,
  bylines: ['By Tom Ashdown', 'Local Democracy Reporter', 'Monday, 9 March 2026, 6:00am'],
  furniture: outside(
    [nTitle, ...nHeads, ...nBody],
    // biome-ignore format: the furniture texts are packed several to a line to keep the file short
    [
      'Skip to content', 'Search', 'Subscribe', ...nNav, ...nCrumbs, 'Facebook', 'X', 'Email', 'Copy link',
      'Sellers setting up at Hollins Farm last summer. Picture: Wetherfield Courier', 'Advertisement', 'Hollins Farm', 'Car boot sales', 'Read 14 comments',
      'Most read', ...nMost.flatMap((t, i) => [String(i + 1), t]), 'Get the Courier in your inbox', 'Our morning briefing, every weekday at 7am.',
      'Email address', 'Sign up', ...nFoot, '© 2026 Wetherfield Courier Ltd. All rights reserved.',
    ],
  ),
};

export const HELDOUT548_F: readonly TestPage[] = [harbourside, courier];
