import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout297-kit.js';

/**
 * Held-out batch 297, file a2: a GoFundMe fundraiser as its Next.js app saves it (hrt- design-system classes, organiser line,
 * category tag, the donation card with progress, donors and buttons, the organiser's update, words of support, the Giving
 * Guarantee box, "Report fundraiser", more fundraisers rail, cookie banner and footer).
 */
const gTitle = 'Help the Odell family rebuild after the Marrow Creek fire';
const gStory = [
  j(
    'On the night of February 27 the Marrow Creek fire jumped the ridge above Ravensfield and reached my brother Callum’s farm in less',
    'than forty minutes. Callum, his wife Jess and their three children got out with the clothes they were wearing and the family dog.',
    'The house, the barn and most of the fencing are gone.',
  ),
  j(
    'Callum and Jess have farmed those eighty acres for eleven years. They raise sheep and run a small farm shop that half the valley',
    'relies on for eggs, honey and firewood. Their insurance will cover part of the house, but the policy excludes outbuildings and',
    'livestock, and the insurer has told them a first payment could take four months.',
  ),
  'I started this fundraiser so they do not have to wait that long to begin again. Every dollar raised will go directly to Callum and Jess.',
  j(
    'In the short term the money will pay for a rental house in town so the kids can stay at Ravensfield Elementary, replacement clothes',
    'and school supplies, and feed for the sixty ewes that survived and are being kept at a neighbour’s place until the fences are back.',
  ),
  j(
    'If we reach the goal, the rest will go towards a new hay barn and fencing before lambing starts in April. Local builders have',
    'already offered their time at cost, so every dollar will stretch further than it would otherwise.',
  ),
  j(
    'Jess asked me to say that they are overwhelmed by how many people have already called, dropped off meals and offered a spare room.',
    'If you cannot give, sharing this page helps just as much. Thank you from all of us.',
  ),
];
const gUpdate = [
  j(
    'We passed $30,000 this morning, which means the rental house is paid for through the summer. The kids went back to school on',
    'Monday with new backpacks that a teacher dropped off at the door.',
  ),
  j(
    'The county inspected the site on Thursday and the builders can start clearing the barn foundation next week. We will post photos',
    'as soon as the first posts go in. Thank you for every gift and every share.',
  ),
];
const gNav = ['Search', 'Donate', 'Fundraise', 'About', 'Sign in', 'Start a GoFundMe'];
const gSupport = [
  'Sending love from the whole Tolliver family. You fed us when our well went dry, now it is our turn.',
  'Callum taught my kids to shear. Rebuild that barn, friend.',
];
const gMore = ['Support Ravensfield Volunteer Fire Department', 'Replace the Marrow Creek community hall piano', 'Help Nana Ruiz recover after surgery'];
const gFoot = [
  'How GoFundMe works',
  'Why GoFundMe',
  'Common questions',
  'Success stories',
  'Supported countries',
  'Pricing',
  'Help Center',
  'Blog',
  'Careers',
  'Press center',
  'Terms',
  'Privacy Notice',
  'Legal',
  'Accessibility Statement',
  'Cookie Policy',
  'Your Privacy Choices',
];
const gHtml = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>Fundraiser by Tamsin Odell : ${gTitle}</title>
<meta name="description" content="Tamsin Odell needs your support for ${gTitle}">
<meta property="og:title" content="Fundraiser by Tamsin Odell : ${gTitle}"><meta property="og:type" content="website">
<meta property="og:image" content="https://images.gofundme.example/abc123=/fit-in/1200x630/4f0f-orig.jpg"><meta name="twitter:card"
content="summary_large_image">
<link rel="canonical" href="https://www.gofundme.com/f/help-the-odell-family-rebuild">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${gTitle}","publisher":{"@type":"Organization",
"name":"GoFundMe"}}</script><link rel="stylesheet" href="/_next/static/css/campaign-9b1c.css"></head>
<body><div id="__next"><div class="layout_root__kNB8Z">
<header class="hrt-global-header"><a href="/" class="hrt-global-header-logo" aria-label="GoFundMe home"><svg></svg></a>
<nav class="hrt-global-header-nav"><ul class="hrt-list-unstyled">${links(gNav, 'hrt-global-header-item')}</ul></nav></header>
<main class="p-campaign"><div class="p-campaign-header"><h1 class="hrt-mb-0 p-campaign-title">${gTitle}</h1></div>
<div class="p-campaign-collage"><div class="hero-media_heroMedia__y3GzC"><img src="https://images.gofundme.example/abc123=/1800x0/4f0f-orig.jpg"
alt="Fundraiser by Tamsin Odell : ${gTitle}"></div></div>
<div class="p-campaign-content"><div class="p-campaign-sidebar"><div class="progress-meter_progressMeter__M7uBi" data-testid="progress-meter">
<div class="progress-meter_progressMeterHeading__uP0yF"><span class="hrt-disp-inline">$38,240</span> <span class="hrt-text-body-sm">USD raised of $60K
goal</span></div>
<div class="hrt-progress-bar" role="progressbar" aria-valuenow="64"></div><span class="hrt-text-supporting">612 donations</span></div>
<div class="p-campaign-share-donate-buttons"><a class="hrt-primary-button" href="/f/help-the-odell-family-rebuild/share">Share</a>
<a class="hrt-primary-button hrt-primary-button--green" href="/f/help-the-odell-family-rebuild/donate">Donate now</a></div>
<ul class="p-campaign-donations"><li class="hrt-avatar-lockup"><div>Marisa Fenwick</div><div><span>$50</span> · <span>Recent donation</span></div></li>
<li class="hrt-avatar-lockup"><div>Anonymous</div><div><span>$1,000</span> · <span>Top donation</span></div></li>
<li class="hrt-avatar-lockup"><div>Pete and Lou Garza</div><div><span>$100</span> · <span>First donation</span></div></li></ul>
<div class="p-campaign-donations-buttons"><button class="hrt-secondary-button">See all</button><button class="hrt-secondary-button">See top</button></div></div>
<div class="p-campaign-main"><div class="p-campaign-byline"><div class="hrt-avatar"></div>
<div class="hrt-text-body-sm" data-testid="campaign-organizer">Tamsin Odell is organizing this fundraiser.</div></div>
<div class="hrt-mt-3 hrt-text-supporting"><span class="m-campaign-byline-created">Created 9 d ago</span>
<a class="hrt-tag hrt-tag--md" href="/discover/emergency-fundraiser">Emergencies</a></div>
<div class="campaign-description_content__C1C_5 hrt-text-body-md">
${ps(gStory)}
</div><button class="hrt-tertiary-button campaign-description_readMore">Read more</button>
<div class="p-campaign-report"><a href="/report" class="hrt-link">Report fundraiser</a></div>
<section class="p-campaign-updates"><h2 class="hrt-text-title-md">Updates (1)</h2><div class="o-campaign-update">
<p class="hrt-text-supporting"><span class="m-update-info-date">March 6th, 2026</span> by <span>Tamsin Odell</span>, Organizer</p>
<div class="o-campaign-update-content">${ps(gUpdate)}</div></div></section>
<section class="p-campaign-organizer"><h2 class="hrt-text-title-md">Organizer</h2><div class="m-person-info">
<div class="m-person-info-name">Tamsin Odell</div><div class="m-person-info-content">Organizer</div>
<div class="m-person-info-content">Ravensfield, OR</div></div><button class="hrt-secondary-button">Contact</button></section>
<section class="p-campaign-comments"><h2 class="hrt-text-title-md">Words of support (24)</h2>
<p class="hrt-text-supporting">Please donate to share words of support.</p>
<ul>${gSupport
  .map(
    (s, i) => `<li class="o-comments-list-item"><div class="m-comment-name">${['Hollis Tolliver', 'Mae Strand'][i]}</div>
<div class="m-comment-meta">$${['200', '75'][i]} · ${['8 d', '7 d'][i]}</div><p class="m-comment-description">${s}</p></li>`,
  )
  .join('\n')}</ul>
<button class="hrt-secondary-button">Show more</button></section>
<div class="p-campaign-guarantee"><h3>Your easy, powerful, and trusted home for help</h3><ul class="hrt-list-unstyled">
<li><strong>Easy</strong> Donate quickly and easily</li><li><strong>Powerful</strong> Send help right to the people and causes you care about</li>
<li><strong>Trusted</strong> Your donation is protected by the GoFundMe Giving Guarantee</li></ul></div></div></div>
<section class="p-campaign-more"><h2>More ways to make a difference. Find fundraisers inspired by what you care about.</h2>
<ul>${links(gMore, 'hrt-card')}</ul></section></main>
<footer class="hrt-global-footer"><ul class="hrt-global-footer-links">${links(gFoot)}</ul><p>© 2010-2026 GoFundMe</p></footer>
<div id="onetrust-banner-sdk" role="region" aria-label="Cookie banner"><p id="onetrust-policy-text">We use cookies and similar technologies to
personalise content and analyse traffic. You can change your choices at any time.</p><button id="onetrust-accept-btn-handler">Accept All Cookies</button>
<button id="onetrust-pc-btn-handler">Cookie Settings</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"fundraiserSlug":"help-the-odell-family-rebuild","currency":"USD"}},
"page":"/f/[slug]","buildId":"gfm-2026-03"}</script></body></html>`;
export const gofundme: TestPage = {
  name: 'heldout297-gofundme-fundraiser',
  kind: 'blog',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts([...gStory, ...gUpdate]),
  bylines: ['Tamsin Odell is organizing this fundraiser.', 'Created 9 d ago', 'March 6th, 2026', 'Tamsin Odell'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav, '$38,240', 'USD raised of $60K goal', '612 donations', 'Share', 'Donate now', 'Marisa Fenwick', 'Recent donation', 'Top donation',
    'Pete and Lou Garza', 'First donation', 'See all', 'See top', 'Emergencies', 'Read more', 'Report fundraiser', 'Updates (1)', 'Organizer',
    'Ravensfield, OR', 'Contact', 'Words of support (24)', 'Please donate to share words of support.', 'Hollis Tolliver', 'Mae Strand', ...gSupport,
    'Show more', 'Your easy, powerful, and trusted home for help', 'Donate quickly and easily',
    'Send help right to the people and causes you care about', 'Your donation is protected by the GoFundMe Giving Guarantee',
    'More ways to make a difference. Find fundraisers inspired by what you care about.', ...gMore, ...gFoot, '© 2010-2026 GoFundMe',
    'We use cookies and similar technologies to personalise content and analyse traffic.', 'Accept All Cookies', 'Cookie Settings',
  ],
};
