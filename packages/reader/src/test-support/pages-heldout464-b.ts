import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout464-kit.js';

/**
 * Held-out batch 464, file b: a repair café's page on Squarespace 7.1 (page sections of blocks, an announcement bar, a
 * newsletter block and a cookie banner), and a regional news site's deposit return scheme explainer on Next.js.
 */
const rTitle = 'Bring it broken, take it home fixed';
const rIntro = [
  j(
    'Kettle stopped working? Zip come off your favourite coat? Bring it along to Tollbridge Repair Café and our volunteer fixers',
    'will help you mend it. Repairs are free, although we are always grateful for a donation to cover the hall and the tea.',
  ),
  j(
    'Last year we looked at 412 items and fixed 287 of them, keeping around two tonnes of stuff out of the bin. More importantly,',
    'most of our visitors went home knowing how to do the repair themselves next time.',
  ),
];
const rWhat = [
  'Small electrical items: lamps, toasters, radios, hairdryers',
  'Clothes and textiles: hems, zips, tears and buttons',
  'Bikes: punctures, brakes and gears',
  'Furniture and wooden toys',
  'Jewellery, glasses frames and small ceramics',
];
const rHow = [
  j(
    'Just turn up between 10am and 1pm. You will be given a ticket and a fixer will call you when they are free. Please stay with',
    'your item: you will be repairing it together.',
  ),
  j(
    'We cannot repair microwaves, anything with a petrol engine or items larger than you can carry. Please bring any spare parts',
    'you already have, and the charger for anything that uses one.',
  ),
];
const rVol = j(
  'We need more fixers, especially people who can sew or repair electrics, and we always need help at the welcome desk and in',
  'the kitchen. You do not need to be an expert, just patient and curious.',
);
const rH = ['What we can fix', 'How it works', 'Volunteer with us'];
const rNav = ['Home', 'Repair Café', 'Events', 'About', 'Donate', 'Contact'];
const rFoot = ['Instagram', 'Facebook', 'Privacy policy'];
const block = (inner: string, id: string): string => `<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-${id}">
<div class="sqs-block-content"><div class="sqs-html-content">${inner}</div></div></div>`;
const rHtml = `<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,
initial-scale=1">
<title>Repair Café — Tollbridge Repair Café</title><meta property="og:site_name" content="Tollbridge Repair Café"><meta property="og:type" content="website">
<script type="application/ld+json">{"url":"https://www.tollbridgerepair.org.uk","name":"Tollbridge Repair Café",
"@context":"http://schema.org","@type":"WebSite"}</script>
<script>Static = window.Static || {}; Static.SQUARESPACE_CONTEXT = {"templateId":"5c5a519771c10ba3470d8101","templateVersion":"7.1"};</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/64f1a2/9/site.css"></head>
<body id="collection-65a0c1" class="header-layout-nav-right tweak-global-animations-enabled primary-button-style-solid">
<div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><a class="sqs-announcement-bar-url" href="/events"></a>
<div class="sqs-announcement-bar-content"><div class="sqs-announcement-bar-text"><p>Next café: Saturday 11 April, St Edith's Church Hall</p>
</div></div></div></div>
<div id="siteWrapper" class="clearfix site-wrapper"><header data-test="header" id="header" class="header theme-col--primary" data-section-theme="">
<div class="header-announcement-bar-wrapper"><a href="#page" class="header-skip-link sqs-button-element--primary">Skip to Content</a>
<div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"><div class="header-title-nav-wrapper">
<div class="header-title"><div class="header-title-text"><a href="/" class="">Tollbridge Repair Café</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list">${rNav
  .map(
    (t, i) => `<div class="header-nav-item header-nav-item--collection${i === 1 ? ' header-nav-item--active' : ''}">
<a href="/${t.toLowerCase().replace(/\W+/g, '-')}"${i === 1 ? ' aria-current="page"' : ''}>${t}</a></div>`,
  )
  .join('')}</nav></div></div></div></div>
<div class="header-display-mobile"><button class="header-burger-btn burger" aria-label="Open Menu"><span class="burger-box"></span></button></div></div>
</div></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="65a0c1e2">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">${block(`<h1 style="white-space:pre-wrap;">${rTitle}</h1>${ps(rIntro, ' class="" style="white-space:pre-wrap;"')}`, 'a1')}
<div class="sqs-block image-block sqs-block-image" data-block-type="5"><div class="sqs-block-content"><figure class="sqs-block-image-figure intrinsic">
<img data-src="https://images.squarespace-cdn.com/content/v1/63f0/fixers.jpg" alt="Volunteers at a repair table">
<figcaption class="image-caption-wrapper"><div class="image-caption"><p>Fixers at work at our February café.</p></div></figcaption></figure></div></div>
</div></div></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--small">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-6 span-6">${block(`<h2>${rH[0]}</h2><ul data-rte-list="default">${lis(rWhat.map((t) => `<p>${t}</p>`))}</ul>`, 'b1')}</div>
<div class="col sqs-col-6 span-6">${block(`<h2>${rH[1]}</h2>${ps(rHow)}`, 'b2')}</div></div></div></div></div></section>
<section data-test="page-section" class="page-section layout-engine-section section-height--small" data-section-theme="dark">
<div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="page-section"><div class="row sqs-row">
<div class="col sqs-col-12 span-12">${block(`<h2>${rH[2]}</h2><p>${rVol}</p>`, 'c1')}
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><div class="sqs-block-button-container--center">
<a href="/volunteer" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">Become a fixer</a></div></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper">
<form class="newsletter-form"><div class="newsletter-form-header"><h2 class="newsletter-form-header-title">Stay in the loop</h2>
<div class="newsletter-form-header-description"><p>One email a month with the next café date. No spam.</p></div></div>
<div class="newsletter-form-field-wrapper"><label class="newsletter-form-field-label title" for="email-yui">Email Address</label>
<input class="newsletter-form-field-element field-element" id="email-yui" name="email" type="email" placeholder="Email Address"></div>
<div class="newsletter-form-button-wrapper"><button class="newsletter-form-button sqs-system-button" type="submit"><span
class="newsletter-form-button-label">Sign Up</span>
</button></div></form></div></div></div>
</div></div></div></div></div></section></article></main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content"><div class="sqs-layout">
${block(`<p>Tollbridge Repair Café is run by volunteers. Registered charity no. 1190427.</p><ul>${links(rFoot)}</ul>`, 'f1')}
</div></div></section></footer></div>
<div class="sqs-cookie-banner-v2-wrapper"><div class="sqs-cookie-banner-v2" role="dialog" aria-label="Cookie banner">
<div class="sqs-cookie-banner-v2-cta-container"><p class="sqs-cookie-banner-v2-text">This site uses cookies to give you the best experience.</p>
<button class="sqs-cookie-banner-v2-accept sqs-button-element--primary">Accept</button><button class="sqs-cookie-banner-v2-decline">Decline</button>
</div></div></div>
<script defer src="https://static1.squarespace.com/static/vta/5c5a519771c10ba3470d8101/scripts/site-bundle.js"></script></body></html>`;
const sqRepair: TestPage = {
  name: 'heldout464-squarespace-repair-cafe-blog',
  kind: 'blog',
  html: rHtml,
  title: rTitle,
  headings: rH,
  body: texts([...rIntro, ...rWhat, ...rHow, rVol]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "Next café: Saturday 11 April, St Edith's Church Hall", 'Skip to Content', 'Tollbridge Repair Café', ...rNav,
    'Fixers at work at our February café.', 'Become a fixer', 'Stay in the loop', 'One email a month with the next café date. No spam.',
    'Email Address', 'Sign Up', 'Tollbridge Repair Café is run by volunteers. Registered charity no. 1190427.', ...rFoot,
    'This site uses cookies to give you the best experience.', 'Accept', 'Decline',
  ],
};

const dTitle = 'Deposit return scheme: what changes when you buy a drink from October';
const dDek = 'A 20p deposit will be added to most cans and bottles. Here is how to get it back, and what the scheme means for shops.';
const dSecs: readonly (readonly [string, readonly string[]])[] = [
  [
    '',
    [
      j(
        'From 1 October, anyone buying a single-use drink container in the county will pay a 20p deposit on top of the price. You',
        'get the money back when you return the empty can or bottle to a shop or a reverse vending machine.',
      ),
      j(
        'The scheme is run by Returnly Ltd, a not-for-profit company set up by drinks producers, and is overseen by the regional',
        'environment agency. Organisers hope it will lift the return rate for cans and plastic bottles from about 70% to 90% within',
        'three years.',
      ),
    ],
  ],
  [
    'Which containers are included?',
    [
      j(
        'Plastic bottles, aluminium and steel cans between 150ml and 3 litres are covered. Glass bottles are not part of the first',
        'phase, after retailers argued that storing returned glass would be unsafe in small shops.',
      ),
      'Containers must carry the scheme logo, a green arrow in a circle, and a barcode the machines can read.',
      'Milk, plant-based milk and drinks in cartons or pouches are excluded.',
    ],
  ],
  [
    'Where do I take my empties?',
    [
      j(
        'Any shop that sells drinks covered by the scheme must take containers back, whether or not you bought them there. Larger',
        'supermarkets will install machines that print a voucher for the deposits; smaller shops can take containers over the counter',
        'and pay the deposit in cash or as money off your shopping.',
      ),
      j(
        'Containers need to be empty and not crushed, because the machine has to read the barcode and check the shape. Labels',
        'should be left on. Lids can go back on plastic bottles.',
      ),
      j(
        'There will also be about 40 drop-off points at leisure centres and recycling centres, where you can return up to 500',
        'containers at once and have the deposit paid into a bank account.',
      ),
    ],
  ],
  [
    'What will it cost shops?',
    [
      j(
        'Retailers are paid a handling fee of 2.1p for each container returned by hand and 3.4p for each one returned through a',
        'machine. Shops under 280 square metres can apply to be exempt if there is another return point within 400 metres.',
      ),
      j(
        '"We support the idea, but a lot of corner shops simply do not have a back room to store sacks of empty cans," said Priya',
        "Anand, who runs a newsagent in Eastgate and chairs the local traders' association.",
      ),
    ],
  ],
  [
    'Will my kerbside recycling change?',
    [
      j(
        'You can still put cans and bottles in your recycling bin, but you will lose the deposit. Councils expect to collect fewer',
        'containers and have asked Returnly to pay them for the deposits left on items that end up in kerbside bins.',
      ),
      j('Kerbside collections of glass, paper and other plastics are unchanged. A second phase adding glass and cartons will be', 'reviewed in 2028.'),
    ],
  ],
];
const dH = dSecs.map(([h]) => h).filter((h) => h !== '');
const dBody = [dDek, ...dSecs.flatMap(([, p]) => p)];
const dMost = [
  'Bypass roadworks to start in May after two-year delay',
  'Harbourside flats approved despite 300 objections',
  'School meals supplier to pay back £1.2m',
  'Weekend weather: rain clearing by Sunday',
];
const dNav = ['News', 'Sport', 'What\u2019s on', 'Business', 'Environment', 'Opinion', 'Obituaries'];
const dFoot = ['About us', 'Contact', 'Advertise', 'Complaints', 'Privacy notice', 'Cookie settings'];
const dRead = `<p class="ArticleBody_readMore__Xx8b2"><strong>Read more:</strong>
<a href="/news/drinks-makers-warn-on-deposit-labels">Drinks makers warn of label shortage before deposit launch</a></p>`;
const dSecHtml = dSecs
  .map(
    ([h, p], i) =>
      `${h === '' ? '' : `<h2 class="ArticleBody_subhead__P2r8w">${h}</h2>`}${ps(p, ' class="ArticleBody_para__q1Lm3"')}${
        i === 2 ? dRead : ''
      }${i === 3 ? '<div class="AdSlot_slot__9hTq1" data-slot="mpu_inarticle"><span class="AdSlot_label__v2B0k">Advertisement</span></div>' : ''}`,
  )
  .join('\n');
const dHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${dTitle} | The Carrick Courier</title>
<meta name="description" content="${dDek}"><meta property="og:type" content="article"><meta name="next-head-count" content="14">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${dTitle}","datePublished":"2026-06-22T06:00:00+01:00",
"author":[{"@type":"Person","name":"Tomasz Breck"}],"publisher":{"@type":"Organization","name":"The Carrick Courier"}}</script>
<link rel="preload" href="/_next/static/css/8c1a2f4e7d3b.css" as="style"><link rel="stylesheet" href="/_next/static/css/8c1a2f4e7d3b.css" data-n-g="">
<script src="/_next/static/chunks/webpack-5d2e1b.js" defer></script><script src="/_next/static/chunks/pages/_app-0f7c9a.js" defer></script></head>
<body><div id="__next"><a class="SkipLink_skip__Zc41d" href="#main">Skip to main content</a>
<div class="ConsentBanner_root__W1k2d" role="dialog" aria-modal="false"><p>We and our partners use cookies to personalise content and ads and to measure
how our site is used.</p><div class="ConsentBanner_actions__b7Q0e"><button>Accept all</button><button>Manage preferences</button></div></div>
<header class="Masthead_root__3bYpL"><div class="Masthead_top__Hn2xw"><a href="/" class="Masthead_logo__kQ9vF" aria-label="The Carrick Courier home">
<svg viewBox="0 0 300 40"><title>The Carrick Courier</title></svg></a><a href="/subscribe" class="Masthead_sub__o0Pq2">Subscribe from £1 a week</a>
<button class="Masthead_search__T4c1a" aria-label="Search"></button></div>
<nav class="NavBar_nav__X1mQp" aria-label="Sections"><ul>${links(dNav, 'NavBar_item__cc2Yt')}</ul></nav></header>
<main id="main" class="Layout_main__E7v0n"><div class="Layout_grid__a9Kc3"><article class="Article_article__Jm3Zq">
<div class="ArticleHeader_kicker__s8D1w"><a href="/environment">Environment</a> <span>| Explainer</span></div>
<h1 class="ArticleHeader_headline__x3Yc2">${dTitle}</h1><p class="ArticleHeader_standfirst__mN1p0">${dDek}</p>
<div class="Byline_root__7yGhs"><span class="Byline_author__kR2m1">By <a href="/authors/tomasz-breck">Tomasz Breck</a>, environment reporter</span>
<time class="Byline_time__u5Xq0" datetime="2026-06-22T06:00:00+01:00">Monday 22 June 2026, 6:00am</time></div>
<div class="ShareBar_root__L0s9c"><button>Share on Facebook</button><button>Share on X</button><button>Copy link</button></div>
<figure class="ArticleImage_figure__f4A2t"><img src="/_next/image?url=%2Fimages%2Frvm.jpg&amp;w=1200&amp;q=75" alt="A reverse vending machine">
<figcaption class="ArticleImage_caption__b0Ms1">A reverse vending machine on trial at a supermarket in Westquay<span class="ArticleImage_credit__Qy7dd">
Photo: Hannah Leck</span></figcaption></figure>
<div class="ArticleBody_body__a1B2c">${dSecHtml}</div>
<div class="ArticleFooter_tags__n1B9a"><span>Topics:</span><a href="/topics/recycling">Recycling</a><a href="/topics/retail">Retail</a></div>
</article><aside class="Rail_rail__tt5Qe"><section class="MostRead_root__k1Rr0"><h2>Most read</h2><ol>${links(dMost)}</ol></section>
<section class="Newsletter_box__2Xj0f"><h2>Get the Courier briefing</h2><p>The day's local news in your inbox at 7am.</p>
<form><input type="email" aria-label="Email address" placeholder="Your email"><button>Sign up</button></form></section></aside></div></main>
<footer class="Footer_root__0Uu7k"><ul>${links(dFoot)}</ul><p>© 2026 Carrick Media Ltd. All rights reserved.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":"a-77812","headline":"${dTitle}","section":"environment",
"standfirst":"${dDek}"}}},"page":"/[section]/[slug]",
"query":{"section":"environment","slug":"deposit-return-scheme-explainer"},"buildId":"q9Xw2","isFallback":false}</script>
</body></html>`;
const nextDrs: TestPage = {
  name: 'heldout464-nextjs-deposit-return-news',
  kind: 'news',
  html: dHtml,
  title: dTitle,
  headings: dH,
  body: texts(dBody),
  bylines: ['By Tomasz Breck, environment reporter', 'Monday 22 June 2026, 6:00am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We and our partners use cookies to personalise content and ads and to measure how our site is used.', 'Accept all',
    'Manage preferences', 'Subscribe from £1 a week', ...dNav, '| Explainer', 'Share on Facebook', 'Share on X', 'Copy link',
    'A reverse vending machine on trial at a supermarket in Westquay', 'Photo: Hannah Leck', 'Read more:',
    'Drinks makers warn of label shortage before deposit launch', 'Advertisement', 'Topics:', 'Recycling', 'Retail', 'Most read', ...dMost,
    'Get the Courier briefing', "The day's local news in your inbox at 7am.", 'Sign up', ...dFoot, '© 2026 Carrick Media Ltd. All rights reserved.',
  ],
};

export const HELDOUT464_B: readonly TestPage[] = [sqRepair, nextDrs];
