import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout363-kit.js';

/**
 * Held-out batch 363, file f: a drinks trade news story on WordPress with the Newspack theme (secondary and primary menus,
 * category link, subtitle, byline with avatar and dates, Jetpack sharing, featured image with caption and credit, inline
 * "Read more", a Newspack Campaigns newsletter prompt, tags, author bio, Jetpack related posts, footer) and a pub's events
 * listing built with Next.js (CSS-module class names, __next root, event cards with date lines and "Book" buttons, an
 * Instagram strip, CookieYes banner and the __NEXT_DATA__ script).
 */
const nTitle = 'Craft distillers warn of cask shortage as bourbon barrel prices double';
const nSub = 'Small producers say used American oak is now their single biggest cost after grain';
const nBody = [
  j(
    'Independent distillers are facing a sharp rise in the cost of used bourbon barrels, with several telling this publication that prices',
    'have roughly doubled in eighteen months and that some coopers have stopped taking new customers altogether.',
  ),
  j(
    'The squeeze comes as a wave of whisky distilleries founded in the last decade reach the point where they need far more casks for',
    'maturation than they did in their first years of production. At the same time, fewer barrels are being emptied at source.',
  ),
  j(
    '“We were paying around £95 a barrel delivered at the start of last year,” said Anwen Trice, founder of Cold Harbour Distilling.',
    '“The last quote I had was £190, and that was for a minimum order of two hundred. For a business our size, that is not a line you can',
    'absorb.”',
  ),
  'Why prices are rising',
  j(
    'Brokers point to three pressures arriving together. Demand from new distilleries, as well as from brewers using spirit casks for',
    'barrel-aged beer, has grown quickly. Shipping costs across the Atlantic remain well above their pre-pandemic level. And a slowdown',
    'in bourbon sales has left some large producers holding more whiskey in wood for longer, so fewer casks are coming free.',
  ),
  j(
    'Harlan Voss, who runs a cask brokerage in Leith, said the pinch was uneven. “The big blenders have long-term contracts and are',
    'fine. It is the people buying fifty or a hundred barrels a year who are feeling it.”',
  ),
  'What producers are doing',
  'Some distillers are turning to alternatives, each with its own trade-offs:',
  'Rejuvenated casks, shaved and re-charred, which cost less but can give a harsher, more tannic spirit.',
  'Smaller quarter casks, which mature spirit faster but need more wood per litre overall.',
  'New European oak, increasingly popular but with a very different, spicier character.',
  'Sharing orders through producer groups to meet coopers’ minimum volumes.',
  j(
    'The Guild of Independent Distillers said it would publish a survey of members’ cask costs next month and had asked the trade',
    'body for cooperages to meet it. “Nobody is suggesting anyone is doing anything wrong,” a spokesperson said. “But the smallest',
    'producers need some visibility of where prices are heading if they are going to plan ten-year whiskies.”',
  ),
];
const nHeads = ['Why prices are rising', 'What producers are doing'];
const nParas = nBody.filter((b) => !nHeads.includes(b));
const nList = nParas.slice(6, 10);
const nSec = ['About', 'Advertise', 'Events', 'Subscribe'];
const nPri = ['News', 'Spirits', 'Beer', 'Wine', 'On-Trade', 'Opinion', 'Jobs'];
const nRel = [
  'Grain costs ease for maltsters after record harvest',
  'Inside the race to make whisky from heritage barley',
  'Duty changes: what the spring budget means for gin',
];
const nHtml = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${nTitle} – The Dram Report</title>
<meta name="description" content="${nSub}"><meta property="og:type" content="article"><meta property="article:section" content="Spirits">
<meta property="article:published_time" content="2026-03-03T07:30:00+00:00"><meta property="article:modified_time" content="2026-03-03T11:05:00+00:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","author":[{"@type":"Person",
"name":"Ffion Carrick"}],
"publisher":{"@type":"Organization","name":"The Dram Report"}}</script>
<link rel="stylesheet" id="newspack-style-css" href="https://dramreport.example/wp-content/themes/newspack-theme/style.css?ver=2.4.1" media="all">
<script>window.newspack_popups_data={"segments":[],"frontend_scripts":true};</script></head>
<body class="post-template-default single single-post postid-20817 single-format-standard wp-embed-responsive singular has-sidebar cat-spirits h-nsub h-db
h-ll h-dh">
<div id="page" class="site"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header hide-header-search"><div class="top-header-contain desktop-only"><div class="wrapper"><div id="secondary-nav-contain">
<nav class="secondary-menu" aria-label="Secondary Menu"><ul id="menu-secondary" class="secondary-menu">${links(nSec, 'menu-item')}</ul></nav></div></div></div>
<div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><p class="site-title"><a href="/" rel="home">The Dram Report</a></p>
<p class="site-description">News for the drinks trade</p></div></div></div>
<div class="bottom-header-contain desktop-only"><div class="wrapper"><div id="site-navigation"><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu">
<ul id="menu-primary" class="main-menu">${links(nPri, 'menu-item')}</ul></nav></div></div></div></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><header class="entry-header"><span class="cat-links"><span
class="screen-reader-text">Posted
in</span><a href="/category/spirits/" rel="category tag">Spirits</a></span>
<h1 class="entry-title">${nTitle}</h1><div class="newspack-post-subtitle">${nSub}</div>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="https://secure.gravatar.example/avatar/ffc.jpg" class="avatar
avatar-80"
height="80" width="80"></span><span class="byline"><span>By</span> <span class="author vcard"><a class="url fn n"
href="/author/ffion/">Ffion Carrick</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2026-03-03T07:30:00+00:00">March 3, 2026</time><span class="updated-label">Updated</span>
<time class="updated" datetime="2026-03-03T11:05:00+00:00">March 3, 2026 11:05 am</time></span></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon sd-sharing"><h3 class="sd-title">Share this:</h3>
<div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button share-icon no-text" href="#"><span
class="sharing-screen-reader-text">Click to
share on Facebook (Opens in new window)</span></a></li><li class="share-linkedin"><a class="share-linkedin sd-button share-icon no-text" href="#"><span
class="sharing-screen-reader-text">Click to share on LinkedIn (Opens in new window)</span></a></li><li class="share-email"><a class="share-email sd-button
share-icon no-text"
href="#"><span class="sharing-screen-reader-text">Click to email a link to a friend (Opens in new window)</span></a></li></ul></div></div></div></div>
<figure class="post-thumbnail"><img width="1200" height="800" src="https://dramreport.example/wp-content/uploads/2026/03/cask-yard.jpg" alt=""
class="wp-post-image">
<figcaption><span class="image-caption">Empty bourbon barrels stacked at a cooperage yard near Leith.</span> <span class="image-credit"><span
class="credit-label-wrapper">Credit:
</span>Tomás Bray / The Dram Report</span></figcaption></figure></header>
<main id="main" class="site-main"><article id="post-20817" class="post-20817 post type-post status-publish format-standard has-post-thumbnail category-spirits">
<div class="entry-content">
${ps(nParas.slice(0, 3))}
<p class="has-small-font-size"><strong>Read more:</strong> <a href="/2026/02/grain-costs-ease/">Grain costs ease for maltsters after record harvest</a></p>
<h2 class="wp-block-heading">${nHeads[0]}</h2>
${ps(nParas.slice(3, 5))}
<div class="newspack-popup-container newspack-popup newspack-inline-popup" role="dialog" aria-label="Newsletter prompt" data-segments=""><div
class="wp-block-group
has-background"><h2 class="wp-block-heading">Get The Dram Report every morning</h2><p>The day’s drinks trade news in your inbox before 7am. Free.</p>
<div class="newspack-newsletters-subscribe"><form><input type="email" name="npe" placeholder="Enter your email address"><input type="submit" value="Sign
up"></form></div>
</div><button class="newspack-lightbox__close" aria-label="Close Pop-up">Close</button></div>
<h2 class="wp-block-heading">${nHeads[1]}</h2>
${ps(nParas.slice(5, 6))}
<ul class="wp-block-list">${nList.map((l) => `<li>${l}</li>`).join('\n')}</ul>
${ps(nParas.slice(10))}
</div>
<footer class="entry-footer"><span class="tags-links"><span>Tagged:</span> <a href="/tag/casks/" rel="tag">casks</a><a href="/tag/craft-distilling/"
rel="tag">craft
distilling</a></span></footer>
<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2
class="accent-header">Ffion Carrick</h2></div><p>Ffion covers spirits and the
supply chain for The Dram Report. <a class="author-link" href="/author/ffion/">More by Ffion Carrick</a></p></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items
jp-relatedposts-items-visual">
${nRel
  .map(
    (r) => `<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a"
href="#">${r}</a></h4></div>`,
  )
  .join('\n')}
</div></div></article></main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_newspack-ads-widget"><div class="newspack_global_ad"><span
class="newspack-ad-label">Advertisement</span>
</div></section></aside></div>
<footer id="colophon" class="site-footer"><div class="footer-branding"><div class="wrapper"><a href="/" class="custom-logo-link">The Dram Report</a></div></div>
<div class="site-info"><div class="wrapper site-info-contain"><span class="copyright">© 2026 The Dram Report.</span><a class="imprint"
href="https://newspack.example/">Proudly
powered by Newspack</a><a class="privacy-policy-link" href="/privacy-policy/">Privacy Policy</a></div></div></footer></div>
<script src="https://dramreport.example/wp-content/plugins/newspack-popups/dist/view.js?ver=3.2.0"></script></body></html>`;
const newspack: TestPage = {
  name: 'heldout363-newspack-trade-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nHeads,
  body: texts([nSub, ...nParas]),
  bylines: ['Ffion Carrick', 'March 3, 2026', 'March 3, 2026 11:05 am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...nSec, 'The Dram Report', 'News for the drinks trade', ...nPri, 'Posted in', 'Updated', 'Share this:',
    'Click to share on Facebook (Opens in new window)', 'Click to share on LinkedIn (Opens in new window)',
    'Click to email a link to a friend (Opens in new window)',
    'Empty bourbon barrels stacked at a cooperage yard near Leith.', 'Credit:', 'Tomás Bray / The Dram Report', 'Read more:', ...nRel,
    'Get The Dram Report every morning', 'The day’s drinks trade news in your inbox before 7am. Free.', 'Close', 'Tagged:', 'craft distilling',
    'Ffion covers spirits and the supply chain for The Dram Report.', 'More by Ffion Carrick', 'Related', 'Advertisement', '© 2026 The Dram Report.',
    'Proudly powered by Newspack', 'Privacy Policy',
  ],
};

const eTitle = 'What’s On at The Copper Kettle';
const eIntro = j(
  'There is always something happening at the Kettle. Tables for quiz night and the tasting evenings go quickly, so book ahead if',
  'you can; everything else is walk-in, first come, first served.',
);
type Ev = { when: string; name: string; text: string; book: boolean };
const eWeeks: [string, Ev[]][] = [
  [
    'This Week',
    [
      {
        when: 'Tuesday 10 March, 7:30pm · Free',
        name: 'Open Mic Night',
        text: 'Bring a guitar, a poem or a bad joke. Sign-up sheet on the bar from 7pm, ten minutes each.',
        book: false,
      },
      {
        when: 'Thursday 12 March, 8pm · £2 per person',
        name: 'The Kettle Quiz',
        text: j(
          'Six rounds, a picture round and a jackpot question worth a bar tab. Teams of up to six, hosted as ever by our landlord,',
          'who has never once admitted to a wrong answer.',
        ),
        book: true,
      },
      {
        when: 'Saturday 14 March, from 2pm · Free',
        name: 'Six Nations on the Big Screen',
        text: 'Both afternoon games with sound on in the back bar. Pie and a pint for £12.',
        book: false,
      },
    ],
  ],
  [
    'Coming Up',
    [
      {
        when: 'Friday 20 March, 7pm · £22',
        name: 'Meet the Brewer: Gallows Lane',
        text: j(
          'Five beers from our neighbours up the road, each with a small plate from the kitchen. Their head brewer will talk through',
          'every beer and take questions, and the cask of Lantern Moth goes on the same night.',
        ),
        book: true,
      },
      {
        when: 'Sunday 29 March, 4pm · Free',
        name: 'Folk Session',
        text: 'An unplugged session in the snug. Players of all abilities welcome; listeners even more so.',
        book: false,
      },
    ],
  ],
];
const eNav = ['Food', 'Drinks', 'What’s On', 'Rooms', 'Find Us'];
const eBook = '<a class="Button_btn__kL3s9 Button_small__Qm4nV" href="/book">Book now</a>';
const eWalkIn = '<span class="EventCard_tag__p2Hs8">No booking needed</span>';
const eEvents = eWeeks.flatMap(([, evs]) => evs);
const eHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"><meta name="viewport"
content="width=device-width"><title>What’s On | The Copper Kettle, Amblecote</title>
<meta name="description" content="Quiz nights, live music and tasting evenings at The Copper Kettle."><meta name="next-head-count" content="4">
<link rel="preload" href="/_next/static/css/a81c2e0b9d.css" as="style"><link rel="stylesheet" href="/_next/static/css/a81c2e0b9d.css" data-n-g="">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BarOrPub","name":"The Copper Kettle","address":"14 Mill Row, Amblecote"}</script>
<script src="/_next/static/chunks/webpack-5c4e1b.js" defer=""></script><script src="/_next/static/chunks/pages/whats-on-91ac3e.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_root__q7Xk2"><header class="Header_header__3nB1o"><a class="Header_logo__Zp0aQ" href="/">The Copper Kettle</a>
<nav class="Header_nav__hX2Lm" aria-label="Main"><ul class="Header_list__u2N8r">${links(eNav, 'Header_item__b1MzQ')}</ul></nav>
<a class="Button_btn__kL3s9 Button_primary__P0qvE" href="/book">Book a Table</a></header>
<main class="Events_main__d9K2w"><div class="Events_hero__Rt5yA"><h1 class="Events_title__w0vBn">${eTitle}</h1><p
class="Events_intro__F3mTz">${eIntro}</p></div>
${eWeeks
  .map(
    ([h, evs]) => `<section class="Events_section__Qa1hE"><h2 class="Events_heading__2Wc9p">${h}</h2><ul class="EventList_list__7yV0s">
${evs
  .map(
    (e) => `<li class="EventCard_card__mN4dE"><article><div class="EventCard_image__Lk0aS"><img alt="" loading="lazy"
src="/_next/image?url=%2Fevents%2Fx.jpg&amp;w=640&amp;q=75"
decoding="async"></div><div class="EventCard_body__g8Tt1"><p class="EventCard_when__Hc2Ko">${e.when}</p><h3 class="EventCard_name__Vx7sM">${e.name}</h3>
<p class="EventCard_text__y5QbE">${e.text}</p>${e.book ? eBook : eWalkIn}
</div></article></li>`,
  )
  .join('\n')}</ul></section>`,
  )
  .join('\n')}
<section class="Instagram_strip__Nn8Zc"><h2 class="Instagram_title__Jm3Qe">Follow us @copperkettleamblecote</h2><p
class="Instagram_sub__X0v2c">Snaps from the bar,
the garden and the quiz sheet.</p></section>
<section class="Signup_box__K1pQr"><h2 class="Signup_title__tF9gH">Join the Kettle Club</h2><p>Hear about events first and get a free pint on your birthday.</p>
<form class="Signup_form__a7Cz0"><input type="email" placeholder="Your email" aria-label="Your email"><button type="submit"
class="Button_btn__kL3s9">Sign me up</button></form></section>
</main>
<footer class="Footer_footer__9pXe2"><div
class="Footer_cols__J3kW1"><div><h4>Opening hours</h4><p>Mon–Thu 12–11pm</p><p>Fri–Sat 12pm–midnight</p><p>Sun 12–10:30pm</p></div>
<div><h4>Find us</h4><p>14 Mill Row, Amblecote</p><p>01384 496 021</p></div></div><p
class="Footer_legal__Rq8Yt">© 2026 The Copper Kettle. Challenge 25 applies.</p>
</footer></div>
<div class="cky-consent-container cky-box-bottom-left"><div class="cky-consent-bar"><div class="cky-notice"><p class="cky-title">We value your privacy</p>
<div class="cky-notice-des"><p>We use cookies to see which pages people visit and to take table bookings.</p></div><div class="cky-notice-btn-wrapper"><button
class="cky-btn cky-btn-customize">Customise</button><button class="cky-btn cky-btn-reject">Reject All</button><button class="cky-btn
cky-btn-accept">Accept All</button>
</div></div></div></div></div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({
  props: { pageProps: { events: eEvents.map((e) => ({ name: e.name, when: e.when, bookable: e.book })) } },
  page: '/whats-on',
  query: {},
  buildId: 'h3Kx9QmP2',
  isFallback: false,
  gsp: true,
  scriptLoader: [],
})}</script></body></html>`;
const nextjs: TestPage = {
  name: 'heldout363-nextjs-pub-events-listing',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: eWeeks.flatMap(([h, evs]) => [h, ...evs.map((e) => e.name)]),
  body: texts([eIntro, ...eEvents.flatMap((e) => [e.when, e.text])]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'The Copper Kettle', ...eNav, 'Book a Table', 'Book now', 'No booking needed', 'Follow us @copperkettleamblecote',
    'Snaps from the bar, the garden and the quiz sheet.', 'Join the Kettle Club', 'Hear about events first and get a free pint on your birthday.', 'Sign me up',
    'Opening hours', 'Mon–Thu 12–11pm', 'Fri–Sat 12pm–midnight', 'Sun 12–10:30pm', '14 Mill Row, Amblecote', '01384 496 021',
    '© 2026 The Copper Kettle. Challenge 25 applies.', 'We value your privacy', 'We use cookies to see which pages people visit and to take table bookings.',
    'Customise', 'Reject All', 'Accept All',
  ],
};

export const HELDOUT363_F: readonly TestPage[] = [newspack, nextjs];
