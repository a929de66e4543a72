import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 153, file e2: a Stuff (New Zealand) news story (the header with section menu, "Login" and the newsletters
 * link, the section label, the headline and standfirst, the author with role and timestamp, the share buttons, the lead
 * photo caption and credit, the "READ MORE:" bulleted links inside the text, an in-article ad, the newsletter promo after
 * the text, the "Latest" and "Most read" rails and the footer).
 */
const stTitle = 'Wellington bus drivers accept pay deal, ending weeks of strikes';
const stIntro = 'Drivers will get a 9% rise over two years and paid breaks on long split shifts, and normal timetables resume on Monday.';
const stP1 = [
  'Wellington bus drivers have voted to accept a new pay deal with Harbourline Buses, ending a dispute that saw services cancelled ' +
    'on eight days since the start of February.',
  'The Transit Workers Union said 81% of members who voted backed the offer, which gives drivers a 9% pay rise over two years and ' +
    'paid meal breaks on split shifts longer than 10 hours.',
];
const stReadMore = [
  'Bus strike: What you need to know about Thursday’s cancellations',
  'Harbourline Buses short of 40 drivers as winter timetable looms',
  'Regional council says it cannot fund bigger pay rise for drivers',
];
const stP2 = [
  'Union organiser Mere Tautahi said drivers had been worn down by years of long shifts and staff shortages.',
  '“Nobody wanted to strike. Drivers know their passengers, and they know who gets stranded when the buses stop,” she said. “But we ' +
    'had to be heard this time.”',
  'Harbourline, which runs about 60% of the region’s bus services under contract to the regional council, said the deal would ' +
    'help it recruit and keep drivers.',
  '“We’re pleased to have reached an agreement, and we want to thank passengers for their patience over the past few weeks,” ' +
    'chief executive Simon Orchard said.',
  'The company has about 40 driver vacancies, and cancellations caused by driver shortages have been a regular complaint from ' +
    'passengers for more than three years.',
  'The regional council, which funds the contracts, said the higher wages would add about $4.2 million a year to the cost of ' +
    'running the network. Council transport chair Aroha Ngata said fares would not rise as a result this year.',
  'Commuters said they were relieved. Tawhiti Heights resident Ben Whitaker, who takes the bus to his job in the CBD, said he ' +
    'had spent about $300 on taxis and ride-share trips during the strikes.',
  '“It’s good for the drivers and it’s good for us. Let’s hope that’s the end of it,” he said.',
  'Normal timetables resume on Monday, the regional council said, and passengers with monthly passes will get a credit for the cancelled days.',
];
const stNav = ['Home', 'Auckland', 'Wellington', 'Christchurch', 'Politics', 'World', 'Business', 'Climate change', 'Sport', 'Life & style', 'Puzzles'];
const stShare = ['Share', 'Facebook', 'X', 'WhatsApp', 'Email', 'Copy link'];
const stCaption = 'Drivers on the picket line outside the Kilbirnie depot in February.';
const stCredit = 'Hana Reid/Stuff';
const stPromo = ['Get the best of Stuff in your inbox', 'Morning and evening briefings on the news that matters to New Zealanders.', 'Sign up now'];
const stLatest = [
  ['1:12pm', 'Man charged after pursuit ends in crash on State Highway 2'],
  ['12:58pm', 'Ferry sailings cancelled as southerly hits Cook Strait'],
  ['12:30pm', 'Kiwi saver balances bounce back after shaky year'],
];
const stMost = [
  'The small Otago town that wants you to move there',
  'Budget 2025: Who wins and who loses',
  'Review: The best flat whites in Wellington, ranked',
  'Black Caps name new captain for England tour',
];
const stFoot = ['About Stuff', 'Contact us', 'Advertise with us', 'Careers', 'Privacy policy', 'Terms & conditions', 'Editorial code', 'Newsletters'];
const stPs = (a: readonly string[]): string => a.map((p) => `<p class="text-body" data-testid="paragraph">${p}</p>`).join('\n');
const stHtml = `<!DOCTYPE html>
<html lang="en-NZ"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wellington bus drivers accept pay deal, ending weeks of strikes | Stuff</title><meta name="description" content="${stIntro}">
<meta property="og:site_name" content="Stuff"><meta property="og:type" content="article"><meta property="og:title" content="${stTitle}">
<meta property="article:published_time" content="2025-03-04T23:45:00.000Z"><meta property="article:section" content="Wellington">
<link rel="canonical" href="https://www.stuff.co.nz/nz-news/350588410/wellington-bus-drivers-accept-pay-deal-ending-weeks-strikes">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${stTitle}","description":"${stIntro}",
"datePublished":"2025-03-04T23:45:00.000Z","author":[{"@type":"Person","name":"Kate Green","jobTitle":"Wellington reporter"}],
"publisher":{"@type":"NewsMediaOrganization","name":"Stuff","url":"https://www.stuff.co.nz"}}</script>
<script>window.__STUFF_DATA__={"articleId":350588410,"section":"nz-news","adUnit":"/6674/stuff.co.nz/national"};</script>
<link rel="stylesheet" href="https://www.stuff.co.nz/static/styles/main.4f7c1e.css"></head>
<body class="article-page"><div id="root">
<header class="site-header" data-testid="header"><div class="site-header__bar"><button class="site-header__menu" aria-label="Open navigation">
<span class="sr-only">Menu</span></button><a class="site-header__logo" href="/"><img src="/static/images/stuff-logo.svg" alt="Stuff"></a>
<div class="site-header__actions"><a class="site-header__newsletters" href="/newsletters">Newsletters</a><a class="site-header__login" href="/login">Login</a>
</div></div><nav class="site-nav" data-testid="site-nav"><ul class="site-nav__list">${links(stNav, 'site-nav__item')}</ul></nav></header>
<main class="article-layout"><div class="article-layout__main"><article class="article" data-testid="article">
<header class="article__header"><a class="article__section-label" href="/wellington">Wellington</a>
<h1 class="article__headline" data-testid="headline">${stTitle}</h1>
<p class="article__intro" data-testid="intro">${stIntro}</p>
<div class="article__byline" data-testid="byline"><div class="author"><a class="author__name" href="/authors/kate-green">Kate Green</a>
<span class="author__role">Wellington reporter</span></div><time class="article__timestamp" datetime="2025-03-04T23:45:00.000Z">12:45, Mar 05 2025</time>
</div>
<div class="share-bar" data-testid="share-bar"><span class="share-bar__label">${stShare[0]}</span>${stShare
  .slice(1)
  .map((s) => `<button class="share-bar__button" aria-label="Share on ${s}"><span class="share-bar__text">${s}</span></button>`)
  .join('')}</div></header>
<figure class="article__lead-image"><img src="https://www.stuff.co.nz/static/images/picket-kilbirnie.jpg" alt="Bus drivers on a picket line">
<figcaption class="caption"><span class="caption__text">${stCaption}</span><span class="caption__credit">${stCredit}</span></figcaption></figure>
<div class="article__body" data-testid="article-body">
${stPs(stP1)}
<p class="text-body" data-testid="paragraph"><strong>READ MORE:</strong></p>
<ul class="read-more-list">${stReadMore.map((t, i) => `<li><a href="/nz-news/35050${i}/read-more">${t}</a></li>`).join('\n')}</ul>
${stPs(stP2.slice(0, 3))}
<div class="ad-slot ad-slot--in-article" data-testid="ad-slot"><span class="ad-slot__label">Advertisement</span><div id="stuff-ad-mrec-1"></div></div>
${stPs(stP2.slice(3))}
</div></article>
<section class="newsletter-promo" data-testid="newsletter-promo"><h2 class="newsletter-promo__title">${stPromo[0]}</h2><p>${stPromo[1]}</p>
<a class="button button--primary" href="/newsletters">${stPromo[2]}</a></section></div>
<aside class="article-layout__rail"><section class="rail-list"><h2 class="rail-list__title">Latest</h2><ul>${stLatest
  .map(([time, t]) => `<li><span class="rail-list__time">${time}</span><a href="/latest/${time}">${t}</a></li>`)
  .join('\n')}</ul></section>
<section class="rail-list"><h2 class="rail-list__title">Most read</h2><ol>${stMost
  .map(
    (t, i) => `<li><a href="/most-read/${i}">${t}</a>
</li>`,
  )
  .join('\n')}</ol>
</section></aside></main>
<footer class="site-footer"><ul class="site-footer__links">${links(stFoot, 'site-footer__item')}</ul><p class="site-footer__copy">© 2025 Stuff Limited</p>
</footer>
</div><script src="https://www.stuff.co.nz/static/scripts/main.4f7c1e.js" defer></script></body></html>`;
export const stuff: TestPage = {
  html: stHtml,
  name: 'heldout153-stuff-nz-news',
  kind: 'news',
  // the intro (standfirst) is body; the "READ MORE:" label and its bulleted links inside the text are furniture; the section
  // label ("Wellington", also a menu item), share bar, caption, credit, ad label, newsletter promo and rails are furniture
  title: stTitle,
  headings: [],
  body: [stIntro, ...texts(stP1), ...texts(stP2)],
  bylines: ['Kate Green', 'Wellington reporter', '12:45, Mar 05 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Menu', 'Newsletters', 'Login', ...stNav, ...stShare, stCaption, stCredit, 'READ MORE:', ...stReadMore, 'Advertisement', ...stPromo, 'Latest',
    ...stLatest.flat(), 'Most read', ...stMost, ...stFoot.filter((t) => t !== 'Newsletters'), '© 2025 Stuff Limited',
  ],
};
