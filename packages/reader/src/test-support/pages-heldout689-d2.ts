import { links, type TestPage } from './page-kit.js';
import { type Block, bodyOf, heads, j, render } from './pages-heldout689-kit.js';

/** Held-out batch 689, file d2: a long heat pump comparison guide on a quote-comparison site built with Next.js (pages router). */
const nTitle = 'Air source vs ground source heat pumps: costs, running costs and installation compared';
const nDek = 'Both cut carbon and bills, but they suit different homes. We compare prices, efficiency, space and disruption.';
const nBlocks: Block[] = [
  {
    p: [
      j(
        'Heat pumps move heat rather than making it, which is why they can deliver three or four units of heat for every unit of',
        'electricity they use. An air source heat pump takes that heat from the outside air through a fan unit; a ground source heat pump',
        'takes it from pipes buried in the garden or in a borehole. The principle is the same, but the cost, the work involved and the',
        'results are not.',
      ),
      j(
        'We asked 26 installers on our panel for their typical prices and looked at the monitoring data from 410 homes that fitted a heat',
        'pump through our site over the last three years. Here is what we found.',
      ),
    ],
  },
  {
    h: 'At a glance',
    th: ['', 'Air source', 'Ground source'],
    rows: [
      ['Typical installed price (3-bed home)', '£10,500 to £14,000', '£24,000 to £35,000'],
      ['Price after Clean Heat Voucher', '£3,000 to £6,500', '£16,000 to £27,000'],
      ['Average seasonal efficiency (SCOP)', '3.1', '3.8'],
      ['Outdoor space needed', 'About 1 m² next to a wall', 'A large garden or room for a borehole rig'],
      ['Typical install time', '3 to 5 days', '1 to 3 weeks'],
      ['Expected lifespan', '15 to 20 years', '20 to 25 years (ground loop 50+)'],
    ],
  },
  {
    h: 'Installation costs',
    p: [
      j(
        'Most of the difference in price comes from the ground works. An air source unit sits on a small base or wall brackets and is',
        'piped through the wall to an indoor cylinder. A ground source system needs either around 400 metres of pipe laid in trenches',
        'about a metre deep, or one or two boreholes drilled up to 100 metres down.',
      ),
      j(
        'Trenches are the cheaper option where there is space, typically adding £6,000 to £9,000. Boreholes cost more, usually £12,000',
        'to £18,000 for a three-bedroom house, but they need almost no garden and give a steadier temperature all year.',
      ),
    ],
  },
  {
    h: 'What pushes the price up',
    lvl: 3,
    ul: [
      'Replacing radiators that are too small for low flow temperatures',
      'A new hot water cylinder, which almost every system needs',
      'Upgrading pipework that is narrower than 15 mm',
      'For ground source, poor access for a digger or drilling rig',
    ],
  },
  {
    h: 'Running costs',
    p: [
      j(
        'Efficiency is measured as the seasonal coefficient of performance, or SCOP: the heat delivered over a year divided by the',
        'electricity used. Ground source systems usually do better because the ground stays at about 10 °C all year, while the air can',
        'drop below freezing exactly when you need the most heat.',
      ),
      j(
        'In our data the average air source system reached a SCOP of 3.1 and the average ground source system 3.8. For a home needing',
        '12,000 kWh of heat a year, on a standard electricity tariff, that works out at roughly £950 a year for air source and £780',
        'for ground source, against about £1,100 for a new gas boiler.',
      ),
      j(
        'The gap narrows on a heat pump tariff with cheaper overnight rates, because both systems can heat the cylinder and pre-warm',
        'the house when power is cheapest.',
      ),
    ],
  },
  {
    h: 'Space, noise and planning',
    p: [
      j(
        'An air source unit is about the size of a large suitcase and makes a steady hum, typically 40 to 45 decibels at one metre,',
        'similar to a fridge. Most installs count as permitted development, as long as the unit is at least a metre from the boundary',
        'and meets the noise limit at the nearest neighbour&#39;s window.',
      ),
      j(
        'Ground source systems are silent outside, because everything apart from the buried pipes sits indoors. The indoor unit is',
        'larger, though, and you will need a utility room or garage with space for it and the cylinder.',
      ),
    ],
  },
  {
    h: 'Disruption during installation',
    p: [
      j(
        'Fitting an air source heat pump usually takes three to five days, and you are without heating and hot water for one or two of',
        'them. Ground source work takes longer because of the digging or drilling, although the indoor part can be done in the same',
        'few days once the loop is in. Expect the lawn to take a season to recover from trenching.',
      ),
    ],
  },
  {
    h: 'Which should you choose?',
    p: ['From the installers we spoke to and the homes in our data, air source is usually the right choice if:'],
    ul: [
      'you have a typical three or four-bedroom home and a limited budget',
      'your garden is small, or you have no garden at all',
      'you want the work finished within a week',
    ],
  },
  {
    p: ['Ground source is worth the extra cost when:'],
    ul: [
      'the house is large or hard to insulate, so it needs a lot of heat',
      'you have land for trenches, or you plan to stay long enough to recover the cost of boreholes',
      'noise from an outdoor unit would be a problem for you or your neighbours',
      'several homes can share a borehole array, which some new estates and rural terraces now do',
    ],
  },
  {
    p: [
      j(
        'Whichever you choose, the most important step is a proper heat loss survey. A heat pump that is too small will struggle in',
        'January, and one that is too large will switch on and off and wear out early. Ask every installer how they sized the system,',
        'and expect a room-by-room calculation rather than a figure based on the size of your old boiler.',
      ),
    ],
  },
];
const nToc = ['At a glance', 'Installation costs', 'Running costs', 'Space, noise and planning', 'Disruption during installation', 'Which should you choose?'];
const nNav = ['Heat pumps', 'Solar panels', 'Batteries', 'EV chargers', 'Grants', 'Find an installer'];
const nRel = ['Heat pump grants in 2026: every scheme explained', 'How to read a heat loss survey', 'Are heat pumps noisy? We measured 60'];
const nFoot = ['About HeatCompare', 'How we make money', 'Editorial policy', 'For installers', 'Privacy notice', 'Cookie settings'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${nTitle} | HeatCompare</title><meta name="description" content="${nDek}"/>
<link rel="canonical" href="https://www.heatcompare.co.uk/guides/air-vs-ground-source"/>
<meta property="og:title" content="${nTitle}"/><meta name="next-head-count" content="7"/>
<link rel="preload" href="/_next/static/css/4c3b2a1f0e9d8c7b.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4c3b2a1f0e9d8c7b.css" data-n-g=""/>
<noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>
<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-5f4595e5518b5600.js" defer="">
</script>
<script src="/_next/static/chunks/pages/guides/%5Bslug%5D-2b1f0a9e8d7c6b5a.js" defer=""></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${nTitle}","dateModified":"2026-04-02",
"author":{"@type":"Person","name":"Callum Rees"}}</script></head>
<body><div id="__next"><a class="SkipLink_skip__9aXk2" href="#main">Skip to main content</a>
<div class="ConsentBar_bar__Qm3r1" role="dialog" aria-live="polite" aria-label="Cookie consent"><p class="ConsentBar_text__p0Lx4">We use cookies to
measure how our guides are used and to show relevant installers. You can change your choice at any time.</p><div class="ConsentBar_actions__a2B7c">
<button class="Button_button__eP3k1 Button_primary__Zt8q2">Accept all</button><button class="Button_button__eP3k1 Button_secondary__u1Vw0">Reject
non-essential</button></div></div>
<header class="Header_header__x7Ld2"><div class="Header_inner__2mPq8"><a class="Header_logo__k9Zs1" href="/"><svg aria-hidden="true" width="140"
height="28"></svg><span class="sr-only">HeatCompare home</span></a><nav class="Header_nav__c0Wn4" aria-label="Primary"><ul class="Header_list__3Qw9e">
${links(nNav, 'Header_item__b4Rt6')}</ul></nav><form class="Search_form__h1Jk3" role="search" action="/search"><label class="sr-only" for="q">Search
guides</label><input id="q" name="q" type="search" placeholder="Search guides" class="Search_input__t6Yu8"/></form>
<a class="Button_button__eP3k1 Button_primary__Zt8q2 Header_cta__y5Ui9" href="/quotes">Get 3 quotes</a></div></header>
<main id="main" class="ArticleLayout_main__F2g8h"><nav aria-label="Breadcrumb" class="Breadcrumbs_crumbs__r7Tm1"><ol><li><a href="/">Home</a></li>
<li><a href="/guides">Guides</a></li><li><a href="/guides/heat-pumps">Heat pumps</a></li></ol></nav>
<div class="ArticleLayout_grid__o3Nq5"><article class="ArticleLayout_content__3kF1p"><header class="ArticleHeader_header__Vb5s2">
<span class="ArticleHeader_kicker__l8Gh3">Guide</span><h1 class="ArticleHeader_title__J4dk9">${nTitle}</h1><p class="ArticleHeader_dek__w2Ee6">${nDek}</p>
<div class="ArticleHeader_meta__n6Cc0"><span>By <a href="/authors/callum-rees">Callum Rees</a></span><span>Reviewed by <a href="/authors/ines-baptiste">Ines
Baptiste, MCS assessor</a></span><span>Updated 2 April 2026</span></div>
<div class="Disclosure_box__s1Aa7"><p>HeatCompare is free to use. We may earn a fee when you get quotes through our site, but this never affects our
ratings. <a href="/how-we-make-money">How we make money</a></p></div></header>
<div class="Prose_prose__Kq8m4">${render(nBlocks)}</div>
<div class="Feedback_box__Lm2n7"><p class="Feedback_q__Pz4x1">Was this guide helpful?</p><button class="Feedback_btn__d3Fg5">Yes</button>
<button class="Feedback_btn__d3Fg5">No</button></div></article>
<aside class="ArticleLayout_aside__G9jH1"><nav class="Toc_toc__c5Vb8" aria-labelledby="toc-title"><p id="toc-title" class="Toc_title__X1s2d">On this page</p>
<ol>${nToc.map((t) => `<li><a href="#${t.toLowerCase().replace(/[^a-z]+/g, '-')}">${t}</a></li>`).join('')}</ol></nav>
<div class="QuoteCard_card__b7Nm0"><p class="QuoteCard_title__W3e4r">Compare heat pump quotes</p><p>Get up to three quotes from MCS-certified installers
near you.</p><a class="Button_button__eP3k1 Button_primary__Zt8q2" href="/quotes">Start now</a></div></aside></div>
<section class="Related_related__k2Lp9"><h2 class="Related_title__f4Dg1">Related guides</h2><ul>${links(nRel, 'Related_item__m8Zx3')}</ul></section></main>
<footer class="Footer_footer__p4Qs7"><ul class="Footer_links__y2Tr5">${links(nFoot)}</ul><p class="Footer_legal__v6Bn9">HeatCompare is a trading name of
Compare Warmth Ltd, registered in England and Wales no. 13920446. © 2026</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"guide":{"slug":"air-vs-ground-source","title":"${nTitle}",
"updated":"2026-04-02","author":"callum-rees"}},"__N_SSG":true},"page":"/guides/[slug]","query":{"slug":"air-vs-ground-source"},"buildId":"q7Xc2Lm9",
"isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout689-nextjs-air-vs-ground',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: heads(nBlocks),
  body: [nDek, ...bodyOf(nBlocks)],
  bylines: ['By Callum Rees', 'Reviewed by Ines Baptiste, MCS assessor', 'Updated 2 April 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', j('We use cookies to measure how our guides are used and to show relevant installers.', 'You can change your choice at any time.'),
    'Accept all', 'Reject non-essential', 'HeatCompare home', ...nNav.filter((t) => t !== 'Heat pumps'), 'Search guides', 'Get 3 quotes', 'Guides',
    'Guide', j('HeatCompare is free to use. We may earn a fee when you get quotes through our site, but this never affects our ratings.', 'How we make money'),
    'Was this guide helpful?', 'Yes', 'On this page', 'Compare heat pump quotes', 'Get up to three quotes from MCS-certified installers near you.',
    'Start now', 'Related guides', ...nRel, ...nFoot.filter((t) => t !== 'How we make money'),
    'HeatCompare is a trading name of Compare Warmth Ltd, registered in England and Wales no. 13920446. © 2026',
  ],
};

export const HELDOUT689_D2: readonly TestPage[] = [nextjs];
