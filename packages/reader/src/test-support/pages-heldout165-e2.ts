import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 165, file e2: a GoFundMe fundraiser page (the header with "Search", "Donate", "Fundraise", "About" and
 * "Sign in", the hero image, the h1, the organizer lockup with "is organizing this fundraiser", the created date and
 * category, the "Donation protected" badge, the story, the "Updates" block with one dated update, the donation sidebar
 * with progress, counts and recent / top / first donations, "Words of support" with comments, the organizer card with
 * "Contact", "Report fundraiser", the footer and the cookie banner).
 */
const gfTitle = 'Help Rebuild the Ashby Street Community Kitchen';
const gfStory = [
  'On the night of 14 February an electrical fire started in the back room of the Ashby Street Community Kitchen. Nobody was ' +
    'hurt, thanks to the smoke alarm and the quick response of the fire crew from Northgate, but the kitchen itself is gone: ' +
    'the ovens, the walk-in fridge, the shelving and most of the food we had stored for the month.',
  'For eleven years the kitchen has served a free hot lunch five days a week to anyone who walks through the door. On a ' +
    'typical day that is between 90 and 130 people, many of them older neighbours who live alone, families between pay ' +
    'cheques and people sleeping rough in the town centre.',
  'Since the fire, St Columba’s church hall has lent us its kitchen two days a week, and volunteers have been handing out ' +
    'sandwiches and soup from a trestle table on the other three. It is not the same, and the hall is needed back at Easter.',
  'Our insurance will cover the building repairs, but it will not cover the full cost of replacing the equipment, which is ' +
    'older than the policy allows for. Our target of £25,000 breaks down like this:',
];
const gfList = [
  'Two commercial ovens and a six-burner range: £11,200',
  'A walk-in fridge and a chest freezer: £7,400',
  'Stainless shelving, prep tables and a new sink unit: £3,900',
  'Restocking the store cupboard for the first two months: £2,500',
];
const gfStory2 = [
  'Every pound raised goes to the kitchen. Receipts for every purchase will be posted in the updates here, and anything left ' +
    'over will go into the kitchen’s running costs for the year.',
  'Thank you for reading, for sharing, and for anything you are able to give.',
];
const gfUpdate = [
  'We passed £15,000 this morning, which means the ovens are ordered and should arrive in the second week of March. The ' +
    'electrician finished the rewiring on Friday. Thank you all so much.',
];
const gfNav = ['Search', 'Donate', 'Fundraise', 'About', 'Sign in', 'Start a GoFundMe'];
const gfSide = ['£18,460 raised', 'of £25,000 target', '· 412 donations', 'Share', 'Donate now'];
const gfDonations = [
  { n: 'Anonymous', a: '£20', l: 'Recent donation' },
  { n: 'Northgate Rotary Club', a: '£1,000', l: 'Top donation' },
  { n: 'Morag Ellison', a: '£50', l: 'First donation' },
];
const gfWords = [
  { n: 'Peter Quayle', a: '£25', d: '2 d', t: 'The kitchen fed my dad every day the winter after Mum died. Glad to help it come back.' },
  { n: 'Sunita Bains', a: '£40', d: '5 d', t: 'Such an important place for the town. Good luck everyone.' },
];
const gfFoot: Record<string, string[]> = {
  Fundraise: ['Medical', 'Emergency', 'Memorial', 'Education', 'Nonprofit'],
  Learn: ['How GoFundMe works', 'Why GoFundMe', 'Common questions', 'Success stories', 'Supported countries'],
  Resources: ['Help centre', 'Blog', 'GoFundMe Stories', 'Newsroom', 'Careers'],
};
const gfLegal = ['© 2010-2025 GoFundMe', 'Terms', 'Privacy Notice', 'Legal', 'Accessibility Statement', 'Cookie Policy', 'Manage Cookie Preferences'];
const gfCookie = 'We use cookies and similar technologies to improve your experience, analyse traffic and show you relevant content.';
const gfHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fundraiser by Fiona Mackintosh : Help Rebuild the Ashby Street Community Kitchen</title>
<meta name="description" content="On the night of 14 February an electrical fire started in the back room of the Ashby Street Community Kitchen.">
<meta property="og:title" content="${gfTitle}"><meta property="og:site_name" content="gofundme.com"><meta property="og:type" content="website">
<link rel="canonical" href="https://www.gofundme.com/f/help-rebuild-the-ashby-street-community-kitchen">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${gfTitle}",
"description":"Help rebuild a community kitchen after a fire."}</script>
<link rel="stylesheet" href="/_next/static/css/4f7c2d.css"><script src="/_next/static/chunks/main-8a2f.js" defer></script></head>
<body><div id="__next"><header class="hrt-header" role="banner"><nav class="hrt-header-nav" aria-label="Main"><ul class="hrt-header-list">${links(
  gfNav.slice(0, 4),
  'hrt-header-item',
)}</ul><a href="/" class="hrt-header-logo" aria-label="GoFundMe homepage"><svg aria-hidden="true"></svg></a><a href="/sign-in"
class="hrt-header-link">${gfNav[4]}
</a><a href="/create/fundraiser/category" class="hrt-secondary-button hrt-secondary-button--default">${gfNav[5]}</a></nav></header>
<main class="p-campaign"><div class="p-campaign-collage"><img alt="${gfTitle}" src="https://images.gofundme.example/c/kitchen.jpg"></div>
<header class="p-campaign-header"><h1 class="hrt-mb-0 p-campaign-title">${gfTitle}</h1></header>
<div class="p-campaign-content"><div class="p-campaign-main"><div class="campaign-members_campaignMembers__1vX hrt-avatar-lockup"><div class="hrt-avatar
hrt-avatar--small">
<img alt="" src="https://images.gofundme.example/u/fm.jpg"></div><div class="hrt-avatar-lockup-content"><div class="hrt-font-bold hrt-text-body-sm">Fiona
Mackintosh is
organizing this fundraiser.</div></div></div>
<div class="p-campaign-byline"><span class="m-campaign-byline-created a-created-date">Created February 18, 2025</span><a class="hrt-tertiary-button"
href="/discover/community-fundraiser">Community</a></div><div class="hrt-trust-badge"><span class="hrt-text-body-sm">Donation protected</span></div>
<div class="p-campaign-description"><div class="campaign-description_content__C1C_5">
${gfStory.map((p) => `<div>${p}</div>`).join('<div><br></div>\n')}
<ul>${gfList.map((t) => `<li>${t}</li>`).join('\n')}</ul>
${gfStory2.map((p) => `<div>${p}</div>`).join('<div><br></div>\n')}
</div><button class="hrt-text-button hrt-link--gray-dark campaign-description_readMore__2Pq" hidden>Read more</button></div>
<div class="p-campaign-share-donate-buttons"><button class="hrt-secondary-button">Donate</button><button class="hrt-secondary-button">Share</button></div>
<section class="p-campaign-updates"><h2 class="hrt-text-gray-dark">Updates (1)</h2><div class="m-update"><div class="m-update-info
hrt-text-body-sm"><span>March 3,
2025</span> <span>by Fiona Mackintosh, Organizer</span></div><p class="m-update-content">${gfUpdate[0]}</p></div></section>
<section class="p-campaign-comments"><h2 class="hrt-text-gray-dark">Words of support (26)</h2><p class="hrt-text-body-sm">Please donate to share words of
support.</p>
<ul class="o-comments-list">${gfWords
  .map(
    (w) => `<li class="o-comments-list-item"><div class="m-comment-header"><div class="hrt-font-bold">${w.n}</div><ul
class="hrt-meta-list"><li>${w.a}</li><li>${w.d}</li></ul></div><p class="m-comment-description">${w.t}</p></li>`,
  )
  .join('\n')}</ul>
<button class="hrt-secondary-button">Show more</button></section>
<section class="p-campaign-organizer"><h2 class="hrt-text-gray-dark">Organizer</h2><div class="hrt-avatar-lockup"><div class="hrt-avatar-lockup-content">
<div class="hrt-font-bold">Fiona Mackintosh</div><div class="hrt-text-body-sm">Organizer</div><div class="hrt-text-body-sm">Northgate,
Scotland</div></div></div>
<button class="hrt-secondary-button">Contact</button></section>
<div class="p-campaign-report"><a href="/report" class="hrt-link">Report fundraiser</a></div></div>
<aside class="p-campaign-sidebar"><div class="progress-meter_progressMeterHeading__7dug0"><div class="hrt-disp-inline">${gfSide[0]}</div>
<span class="hrt-text-body-sm hrt-text-gray">${gfSide[1]}</span><span class="hrt-text-body-sm">${gfSide[2]}</span></div>
<div class="p-campaign-sidebar-buttons"><button class="hrt-primary-button">${gfSide[3]}</button><button class="hrt-primary-button">${gfSide[4]}</button></div>
<div class="hrt-text-body-sm">132 people just donated</div><ul class="o-donation-list">${gfDonations
  .map(
    (d) => `<li class="o-donation-list-item"><div
class="hrt-font-bold">${d.n}</div><ul class="hrt-meta-list"><li>${d.a}</li><li><span class="hrt-text-underline">${d.l}</span></li></ul></li>`,
  )
  .join('\n')}</ul>
<div class="hrt-flex"><button class="hrt-secondary-button">See all</button><button class="hrt-secondary-button">See top</button></div></aside></div></main>
<footer class="hrt-footer" role="contentinfo"><div class="hrt-footer-columns">${Object.entries(gfFoot)
  .map(([h, items]) => `<div><h2 class="hrt-footer-heading">${h}</h2><ul>${links(items)}</ul></div>`)
  .join('\n')}</div><ul class="hrt-footer-legal"><li>${gfLegal[0]}</li>${links(gfLegal.slice(1))}</ul></footer>
<div id="onetrust-banner-sdk" role="region"
aria-label="Cookie banner"><div id="onetrust-policy-text">${gfCookie}</div><button id="onetrust-pc-btn-handler">Cookie
Settings</button><button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></body></html>`;
export const gofundme: TestPage = {
  html: gfHtml,
  name: 'heldout165-gofundme-campaign-blog',
  kind: 'blog',
  // the organizer line, the created date and the update's date and author line are bylines; the organizer's update is
  // part of the campaign's text (body); progress, donations, words of support, the organizer card and buttons are furniture
  title: gfTitle,
  headings: [],
  body: texts([...gfStory, ...gfList, ...gfStory2, ...gfUpdate]),
  bylines: ['Fiona Mackintosh is organizing this fundraiser.', 'Created February 18, 2025', 'March 3, 2025', 'by Fiona Mackintosh, Organizer'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gfNav, 'Community', 'Donation protected', 'Read more', 'Updates (1)', 'Words of support (26)', 'Please donate to share words of support.',
    ...gfWords.flatMap((w) => [w.n, w.a, w.d, w.t]), 'Show more', 'Organizer', 'Northgate, Scotland', 'Contact', 'Report fundraiser',
    ...gfSide, '132 people just donated', ...gfDonations.flatMap((d) => [d.n, d.a, d.l]), 'See all', 'See top',
    ...Object.entries(gfFoot).flat(2).filter((t) => t !== 'Fundraise'), ...gfLegal, gfCookie, 'Cookie Settings', 'Accept All Cookies',
  ],
};
