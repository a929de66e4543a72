import { links, ps, type TestPage } from './page-kit.js';
import { trtStory } from './pages-heldout204-c2.js';

/**
 * Held-out batch 204, file c: a The National (UAE) story on the Arc XP (Fusion) template (the top bar with "Subscribe" and
 * "Sign in", the section nav, breadcrumb, the standfirst, the author list with the published and updated times, the
 * "Listen In English" / "Listen In Arabic" audio buttons, the lead image caption and credit, in-text "Read more" link
 * lists, the mid-article newsletter sign-up, "Updated:" at the end, tags, "Most Read" and the footer) and, from file c2,
 * a TRT World story.
 */
const natTitle = 'Abu Dhabi to open first desalination plant powered entirely by solar energy';
const natDek = 'Facility at Al Saadiyat Marine will supply drinking water to 90,000 homes without burning gas';
const natP1 = [
  'Abu Dhabi will open its first desalination plant run entirely on solar power next year, in a move officials say will cut the ' +
    'emirate’s carbon emissions from water production by a sixth.',
  'The plant, being built near Al Saadiyat Marine on the emirate’s western coast, will use reverse osmosis to produce 180,000 cubic ' +
    'metres of drinking water a day, enough for about 90,000 homes.',
  'It will draw its power from a 320-megawatt solar park next to the site, with a battery system to keep it running through the night.',
];
const natH1 = 'Shift away from thermal plants';
const natP2 = [
  'Most of the UAE’s drinking water has historically come from thermal desalination, which boils seawater using heat from gas-fired power stations.',
  'Reverse osmosis, which pushes seawater through fine membranes, uses far less energy and has ' +
    'become the preferred technology for new plants across the Gulf.',
  '“Pairing it with solar and storage means we can produce water around the clock with almost no emissions,” said Eng Hessa Al Marri, ' +
    'director of water projects at the Abu Dhabi Energy Authority.',
  'She said the cost of water from the plant was expected to be lower than from the thermal plants it would partly replace.',
];
const natH2 = 'Concerns over brine';
const natP3 = [
  'Environmental scientists have long warned that desalination returns large volumes of salty brine to the sea, which can harm ' +
    'seagrass beds and the animals that depend on them.',
  'Dr Omar Kazim, a marine ecologist at a university in Al Ain, said the new plant’s outfall had been designed to spread the brine ' +
    'over a wide area, but that monitoring would be essential.',
  '“The Gulf is a shallow, warm sea that already has high salinity. Every new plant adds to that,” he said.',
  'The authority said it would publish water quality data from sensors around the outfall every quarter.',
];
const natNav = ['UAE', 'Gulf', 'MENA', 'World', 'Business', 'Opinion', 'Arts & Culture', 'Lifestyle', 'Sport', 'Climate', 'Podcasts', 'Videos'];
const natCaption = 'An artist’s impression of the solar-powered desalination plant near Al Saadiyat Marine.';
const natCredit = 'Photo: Abu Dhabi Energy Authority';
const natRead = ['Read more', 'UAE water use per person falls for third year', 'Solar park in Al Dhafra breaks output record'];
const natNews = [
  'Sign up to our Climate newsletter',
  'The latest on climate and sustainability from the UAE and the region, every Wednesday',
  'Sign up',
  'By signing up, I agree to The National’s privacy policy',
];
const natTags = ['Abu Dhabi', 'Water', 'Solar Power', 'Climate'];
const natMost = [
  'UAE public holidays for the rest of 2026 confirmed',
  'Dubai Metro Blue Line: what we know about the new stations',
  'Fuel prices for October announced',
];
const natFoot = ['About Us', 'Contact Us', 'Work With Us', 'Privacy Policy', 'Advertise With Us', 'Terms & Conditions', 'Cookie Policy'];
const natHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Abu Dhabi to open first desalination plant powered entirely by solar energy | The National</title>
<meta name="description" content="${natDek}"><meta property="og:site_name" content="The National"><meta property="og:type" content="article">
<meta name="article:section" content="UAE"><meta property="article:published_time" content="2026-09-14T06:30:12.000Z">
<link rel="canonical" href="https://www.thenationalnews.com/news/uae/2026/09/14/abu-dhabi-solar-desalination-plant/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${natTitle}","description":"${natDek}",
"datePublished":"2026-09-14T06:30:12.000Z","dateModified":"2026-09-14T09:02:40.000Z","author":[{"@type":"Person","name":"Priya Menon"}]}</script>
<script>window.Fusion=window.Fusion||{};Fusion.arcSite="the-national";Fusion.contentCache={};</script></head>
<body><div id="fusion-app" class="layout-section"><div class="b-top-bar"><a href="/subscribe" class="b-top-bar__subscribe">Subscribe</a>
<a href="/account/login" class="b-top-bar__signin">Sign in</a><button class="b-top-bar__search" aria-label="Search">Search</button></div>
<header class="b-header"><a href="/" class="b-header__logo"><img alt="The National" src="/pf/resources/images/logo.svg"></a>
<nav class="b-header__nav" aria-label="Sections"><ul>${links(natNav, 'b-header__nav-item')}</ul></nav></header>
<main class="b-article-main"><article class="b-article" data-testid="article">
<nav class="c-breadcrumb" aria-label="Breadcrumb"><a href="/news/">News</a><span>/</span><a href="/news/uae/">UAE</a></nav>
<h1 class="c-heading b-headline">${natTitle}</h1><h2 class="c-heading b-subheadline">${natDek}</h2>
<div class="b-byline"><div class="c-attribution"><a href="/authors/priya-menon/">Priya Menon</a></div>
<div class="b-date"><time datetime="2026-09-14T06:30:12.000Z">Sep 14, 2026</time></div></div>
<div class="b-audio"><button class="b-audio__btn" data-lang="en">Listen In English</button>
<button class="b-audio__btn" data-lang="ar">Listen In Arabic</button></div>
<figure class="c-media-item b-lead-art"><img alt="" src="https://www.thenationalnews.com/resizer/v2/plant.jpg?width=1200">
<figcaption class="c-media-item__caption"><span>${natCaption}</span> <span class="c-media-item__credit">${natCredit}</span></figcaption></figure>
<div class="b-article-body">
${ps(natP1, ' class="c-paragraph"')}
<div class="b-read-more"><h3>${natRead[0]}</h3><ul>${links(natRead.slice(1))}</ul></div>
<h2 class="c-heading">${natH1}</h2>
${ps(natP2, ' class="c-paragraph"')}
<div class="b-newsletter-inline"><h3>${natNews[0]}</h3><p>${natNews[1]}</p><form><input type="email" placeholder="Email address" aria-label="Email">
<button type="submit">${natNews[2]}</button></form><p class="b-newsletter-inline__terms">${natNews[3]}</p></div>
<h2 class="c-heading">${natH2}</h2>
${ps(natP3, ' class="c-paragraph"')}
</div><p class="b-date-updated">Updated: September 14, 2026, 9:02 AM</p>
<ul class="b-tags">${links(natTags, 'b-tags__item')}</ul></article>
<aside class="b-right-rail"><div class="b-ad"><span>Advertisement</span></div><h2>Most Read</h2><ol>${links(natMost, 'b-most-read__item')}</ol></aside></main>
<footer class="b-footer"><ul>${links(natFoot, 'b-footer__item')}</ul><p>© 2026 The National</p><p>Follow us</p></footer></div>
<script id="fusion-metadata" type="application/javascript">window.Fusion.outputType="default";</script></body></html>`;
const national: TestPage = {
  html: natHtml,
  name: 'heldout204-thenational-news',
  kind: 'news',
  // the subheadline is body; the breadcrumb, audio buttons, caption and credit, "Read more" list, newsletter box, tags,
  // "Most Read", ad label, top bar, nav and footer are furniture
  title: natTitle,
  headings: [natH1, natH2],
  body: [natDek, ...natP1, ...natP2, ...natP3],
  bylines: ['Priya Menon', 'Sep 14, 2026', 'Updated: September 14, 2026, 9:02 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Subscribe', 'Sign in', 'Search', ...natNav, 'News', 'Listen In English', 'Listen In Arabic', natCaption, natCredit, ...natRead, ...natNews,
    ...natTags, 'Advertisement', 'Most Read', ...natMost, ...natFoot, '© 2026 The National', 'Follow us',
  ],
};

export const HELDOUT204_C: readonly TestPage[] = [national, trtStory];
