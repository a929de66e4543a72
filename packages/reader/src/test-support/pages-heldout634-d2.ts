import { links, type TestPage } from './page-kit.js';
import { done, gold, j, type Sec, secsHtml } from './pages-heldout634-kit.js';

/** Held-out batch 634, file d2: a local news article on a Next.js news site (split from file d). */
const nTitle = 'Circus school swings into old Fennick Road bus depot';
const nDek = 'Tumbling Ox will turn the empty garage into a training hall with a 9-metre rig, after councillors approved a ten-year lease.';
const nSecs: Sec[] = [
  {
    b: [
      j(
        'A children’s circus school is to move into the former bus depot on Fennick Road, Kettlewell, after the borough council',
        'agreed to lease the building to it for a peppercorn rent of £1 a year.',
      ),
      j(
        'Tumbling Ox Circus School, which teaches around 300 children a week from a converted shed on Wharf Lane, says the depot’s',
        'high roof will let it rig trapezes and aerial silks at full height for the first time.',
      ),
      j(
        '“We have been hanging aerial kit from a roof beam that is barely six metres up,” said the school’s director, Imogen',
        'Varley. “In the depot we can put in a proper 9-metre rig, a sprung floor and a space where families can watch.”',
      ),
    ],
  },
  {
    h: 'Empty since 2019',
    b: [
      j(
        'The depot has stood empty since the bus company moved its fleet to a new garage on the ring road in 2019. Plans to turn it',
        'into flats were dropped in 2022 because of the cost of clearing fuel tanks from under the floor.',
      ),
      j(
        'Council officers told the cabinet that the school would pay for the building work itself, estimated at £480,000, using',
        'grants from an arts foundation and a local building society. The council will remove the fuel tanks before the lease starts.',
      ),
      j(
        'Cllr Desmond Achebe, cabinet member for regeneration, said the deal was “a rare win-win”. He added: “A building that was',
        'costing us money to keep secure will be full of children learning to juggle. I can’t think of a better use for it.”',
      ),
    ],
  },
  {
    h: 'Neighbours’ concerns',
    b: [
      j(
        'Some residents of Fennick Road raised concerns about parking at drop-off times. The school has agreed to stagger class times',
        'and to open a bike shelter, and the council will review parking after six months.',
      ),
      j(
        'The school hopes to open in the depot in September 2026. Classes will continue at Wharf Lane until then, and the school says',
        'it will keep the shed as a second space for younger children.',
      ),
    ],
  },
];
const nNav = ['News', 'Sport', 'What’s On', 'Business', 'Opinion', 'Property', 'Jobs'];
const nMost = [
  'Ring road roadworks to last until spring',
  'Kettlewell bakery wins national pie award',
  'Council tax to rise by 4.9% from April',
  'Lost tortoise found two miles from home',
];
const nMoreLocal = ['New crossing for Marston Primary pupils', 'Library reopens with longer hours', 'Allotment waiting list hits 400'];
const nFoot = ['About us', 'Contact us', 'Advertise', 'Complaints', 'Privacy notice', 'Cookie settings'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Circus school swings into old Fennick Road bus depot | The Kettlewell Courier</title>
<meta name="description" content="${nDek}"/><link rel="canonical" href="https://www.kettlewellcourier.co.uk/news/circus-school-bus-depot-4418721"/>
<meta property="og:type" content="article"/><meta property="article:published_time" content="2025-05-14T06:00:00+01:00"/>
<meta name="next-head-count" content="14"/><link rel="preload" href="/_next/static/css/8a7b6c5d4e3f2a1b.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/8a7b6c5d4e3f2a1b.css" data-n-g=""/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${nTitle}","datePublished":"2025-05-14T06:00:00+01:00",
"dateModified":"2025-05-14T11:42:00+01:00","author":[{"@type":"Person","name":"Hannah Okafor"}],"publisher":{"@type":"NewsMediaOrganization","name":"The
Kettlewell Courier"}}</script>
<script src="/_next/static/chunks/webpack-5c2f1a9b.js" defer=""></script><script src="/_next/static/chunks/framework-9d8e7f6a.js" defer=""></script>
<script src="/_next/static/chunks/pages/_app-1b2c3d4e.js" defer=""></script><script src="/_next/static/chunks/pages/news/%5Bslug%5D-6f5e4d3c.js" defer="">
</script></head>
<body><div id="__next"><a class="SkipLink_skip__H2k9x" href="#main">Skip to main content</a>
<div class="ConsentBanner_wrapper__Qe1Lp" role="dialog" aria-label="Privacy"><p class="ConsentBanner_text__7sYvT">We and our partners use cookies to personalise
content and ads and to analyse our traffic.</p><div class="ConsentBanner_buttons__Lk2Pq"><button class="Button_primary__3nYc1">I Accept</button>
<button class="Button_secondary__mK8tz">Manage options</button></div></div>
<header class="Header_header__x1Y2z"><div class="Header_top__Wq4rT"><a href="/" class="Header_logo__pP0oN" aria-label="The Kettlewell Courier home">
<svg viewBox="0 0 240 32" role="img"><title>The Kettlewell Courier</title></svg></a><div class="Header_actions__a9Bc2">
<a class="Header_subscribe__Ff3Gh" href="/subscribe">Subscribe</a><button class="Header_search__Zz7Lm" aria-label="Search"></button></div></div>
<nav class="Nav_nav__R5tYu" aria-label="Sections"><ul class="Nav_list__b1D2e">${links(nNav, 'Nav_item__c3F4g')}</ul></nav></header>
<div class="AdSlot_leaderboard__q8W2x" data-ad-slot="top"><span class="AdSlot_label__1aB2c">Advertisement</span><div id="div-gpt-ad-top"></div></div>
<main id="main" class="Layout_main__Tt5Rq"><div class="Layout_grid__Jj2Kk"><article class="Article_article__eR3tY">
<nav class="Breadcrumbs_crumbs__Yy6Ui" aria-label="Breadcrumb"><ol><li><a href="/news">News</a></li><li><a href="/news/kettlewell">Kettlewell</a></li></ol>
</nav>
<h1 class="Article_headline__Dd8Ee">${nTitle}</h1><p class="Article_standfirst__Vv2Bb">${nDek}</p>
<div class="Byline_byline__Gg5Hh"><img class="Byline_avatar__Ss1Aa" src="/_next/image?url=%2Fauthors%2Fhokafor.jpg&amp;w=96&amp;q=75" alt=""/>
<div><p class="Byline_name__Nn4Mm">By <a href="/author/hannah-okafor">Hannah Okafor</a></p><p class="Byline_role__Kk3Ll">Local Democracy Reporter</p>
<p class="Byline_dates__Pp7Qq"><time dateTime="2025-05-14T06:00:00+01:00">Published 14 May 2025, 6:00am</time><span> · </span>
<time dateTime="2025-05-14T11:42:00+01:00">Updated 14 May 2025, 11:42am</time></p></div></div>
<div class="ShareBar_share__Cc9Vv"><span>Share</span><button aria-label="Share on Facebook"></button><button aria-label="Share on X"></button>
<button aria-label="Share by email"></button><button class="ShareBar_copy__Oo1Pp">Copy link</button></div>
<figure class="Article_lead__Ii8Uu"><img alt="The former bus depot on Fennick Road"
src="/_next/image?url=https%3A%2F%2Fcdn.kettlewellcourier.co.uk%2Fdepot.jpg&amp;w=1200&amp;q=75"
width="1200" height="675" decoding="async" loading="eager"/><figcaption class="Article_caption__Uu6Rr">The depot has been empty for six years
<span class="Article_credit__Ee2Ww">(Image: Kettlewell Courier)</span></figcaption></figure>
<div class="ArticleBody_body__3kP9q">
${secsHtml(nSecs.slice(0, 1))}
<div class="AdSlot_inArticle__Mm5Nn" data-ad-slot="mid"><span class="AdSlot_label__1aB2c">Advertisement</span><div id="div-gpt-ad-mid"></div></div>
<aside class="ReadMore_box__Hh3Jj"><span class="ReadMore_label__Aa4Ss">Read more</span><a href="/news/circus-show-big-top-4301122">Youth circus sells out
big top show in two days</a></aside>
${secsHtml(nSecs.slice(1))}
</div>
<div class="Newsletter_box__Bb8Cc"><h2 class="Newsletter_title__Xx1Zz">Get the Courier Daily</h2><p>The day’s top local stories, every morning at 7am.</p>
<form><label for="nl-email" class="Newsletter_label__Ww2Qq">Email address</label><input id="nl-email" type="email"/>
<button type="submit">Sign me up</button></form></div>
<section class="MoreFrom_section__Rr5Tt"><h2>More from Local News</h2><ul>${links(nMoreLocal)}</ul></section></article>
<aside class="Sidebar_rail__Qq9Ww"><div class="AdSlot_mpu__Gg4Hh" data-ad-slot="mpu"><span class="AdSlot_label__1aB2c">Advertisement</span></div>
<section class="MostRead_box__Tt3Yy"><h2 class="MostRead_title__Uu7Ii">Most read</h2><ol>${links(nMost, 'MostRead_item__Oo2Pp')}</ol></section></aside>
</div></main>
<footer class="Footer_footer__Aa1Ss"><ul class="Footer_links__Dd4Ff">${links(nFoot)}</ul><p class="Footer_copy__Gg7Hh">© 2025 Kettlewell Courier Media Ltd.
Registered in England No. 08821734.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"id":4418721,"headline":"${nTitle}","section":"news",
"byline":"Hannah Okafor","body":"A children’s circus school is to move into the former bus depot on Fennick Road…"}},"__N_SSP":true},"page":"/news/[slug]",
"query":{"slug":"circus-school-bus-depot-4418721"},"buildId":"kc-2025-05-12","isFallback":false,"gssp":true,"scriptLoader":[]}</script></body></html>`;
const nGold = gold(nSecs);
const nextjs: TestPage = done({
  name: 'heldout634-circus-depot-nextjs-news',
  kind: 'news',
  html: nHtml,
  title: nTitle,
  headings: nGold.headings,
  body: [nDek, ...nGold.body],
  bylines: ['By Hannah Okafor', 'Local Democracy Reporter', 'Published 14 May 2025, 6:00am', 'Updated 14 May 2025, 11:42am'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We and our partners use cookies to personalise content and ads and to analyse our traffic.', 'I Accept',
    'Manage options', 'Subscribe', ...nNav, 'Advertisement', 'Kettlewell', 'Share', 'Copy link',
    'The depot has been empty for six years (Image: Kettlewell Courier)', 'Read more', 'Youth circus sells out big top show in two days',
    'Get the Courier Daily', 'The day’s top local stories, every morning at 7am.', 'Email address', 'Sign me up', 'More from Local News',
    ...nMoreLocal, 'Most read', ...nMost, ...nFoot, '© 2025 Kettlewell Courier Media Ltd. Registered in England No. 08821734.',
  ],
});

export const HELDOUT634_D2: readonly TestPage[] = [nextjs];
