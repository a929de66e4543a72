import { links, ps, type TestPage, texts } from './page-kit.js';

/** Held-out batch 212: an Australian Bureau of Meteorology explainer on bom.gov.au (the 2025 redesign, "News" section), as "Save page as" stores it. */
const title = 'What is a heatwave, and how do we measure it?';
const sum = 'A heatwave is about more than one hot day. Here is how the Bureau decides when a run of hot weather becomes a heatwave.';
const p1 = [
  'Most Australians have a sense of what a heatwave feels like: days that stay hot, nights that never cool down, and the ' +
    'tiredness that builds up after several of them in a row. But to warn people about heatwaves, we need a definition that ' +
    'works the same way in Hobart as it does in Halls Creek.',
];
const h1 = 'Hot compared to what?';
const p2 = [
  'A day that is normal in Darwin could be extreme in Melbourne. So rather than using a single temperature threshold, the ' +
    'Bureau compares the weather at each location with what is usual for that place.',
  'We define a heatwave as three or more days in a row when both the maximum and the minimum temperatures are unusually hot ' +
    'for that location, compared with the local climate and with the weeks just before.',
];
const h2 = 'Why the nights matter';
const p3 = [
  'Warm nights are one of the main reasons heatwaves are dangerous. When the temperature stays high overnight, our bodies ' +
    'don’t get the chance to recover, and the effects of heat add up from one day to the next.',
  'That is why the heatwave calculation uses the average of the daytime maximum and the following night’s minimum, rather ' + 'than the maximum alone.',
];
const h3 = 'Three levels of severity';
const p4 = ['Once a heatwave is identified, it is placed into one of three categories:'];
const list = [
  'Low-intensity heatwaves are more frequent. Most people can cope with them if they take sensible precautions.',
  'Severe heatwaves are less frequent and are challenging for vulnerable people, such as older people, babies and those ' + 'with medical conditions.',
  'Extreme heatwaves are rare. They are a risk for anyone who does not take precautions, and can disrupt power, transport ' + 'and other services.',
];
const h4 = 'Where to find heatwave information';
const p5 = [
  'During summer, the Bureau publishes heatwave assessment maps every day, showing where heatwave conditions are expected ' +
    'over the next few days and how severe they are likely to be.',
  'Heat health warnings are issued by state and territory health departments, using the Bureau’s forecasts. If a warning is ' +
    'issued for your area, check on neighbours, drink plenty of water and keep out of the sun in the hottest part of the day.',
];
const cap = 'Heatwave assessment map showing severe and extreme heatwave conditions over inland New South Wales and Queensland.';
const nav = ['Forecasts', 'Warnings', 'Observations', 'Maps & radar', 'Climate', 'Water', 'News', 'Learn'];
const util = ['About us', 'Careers', 'Contact us', 'Log in'];
const rel = ['Understanding the UV Index', 'What does a 60% chance of rain mean?', 'How fire danger ratings are calculated'];
const foot = ['Accessibility', 'Copyright', 'Disclaimer', 'Privacy', 'Freedom of information', 'Sitemap'];
const ack =
  'The Bureau of Meteorology acknowledges the Traditional Owners of Country throughout Australia and their continuing connection to land, sea, ' +
  'sky and community. We pay our respect to their Elders past and present.';
const html = `<!DOCTYPE html>
<html lang="en-AU"><head><meta charset="utf-8"><title>${title} | Bureau of Meteorology</title>
<meta name="description" content="${sum}"><meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${title}">
<meta property="og:type" content="article"><link rel="canonical" href="https://www.bom.gov.au/news/what-is-a-heatwave">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${title}","datePublished":"2026-01-14",
"publisher":{"@type":"GovernmentOrganization","name":"Bureau of Meteorology"}}</script>
<link rel="stylesheet" href="/_next/static/css/b7a1e9.css"><script src="/_next/static/chunks/main-4f2e.js" defer></script></head>
<body><div id="__next"><a class="skip-link" href="#content">Skip to main content</a>
<div class="site-alert" role="region" aria-label="Site alert"><p>We have updated our website. Tell us what you think.</p>
<a href="/feedback">Give feedback</a><button aria-label="Dismiss alert">Dismiss</button></div>
<header class="site-header"><div class="site-header__brand"><a href="/"><img src="/images/coat-of-arms.svg" alt="Australian Government">
<span class="site-header__name">Bureau of Meteorology</span></a></div><ul class="site-header__utility">${links(util)}</ul>
<form role="search" class="site-search"><label for="q" class="sr-only">Search</label><input id="q" type="search" placeholder="Search location or topic">
</form><nav class="main-nav" aria-label="Main"><ul>${links(nav, 'main-nav__item')}</ul></nav></header>
<main id="content"><nav aria-label="Breadcrumb" class="breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li aria-current="page">${title}</li></ol></nav>
<article class="article"><header class="article__header"><p class="article__label">Explainer</p><h1>${title}</h1>
<p class="article__summary">${sum}</p><div class="article__meta"><span>Published 14 January 2026</span> <span>5 minute read</span></div></header>
<div class="article__body">${ps(p1)}
<h2>${h1}</h2>
${ps(p2)}
<figure class="article__figure"><img src="/news/images/heatwave-map.png" alt="Heatwave assessment map"><figcaption>${cap}</figcaption></figure>
<h2>${h2}</h2>
${ps(p3)}
<h2>${h3}</h2>
${ps(p4)}
<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>
<h2>${h4}</h2>
${ps(p5)}
<aside class="callout callout--info"><h3>Stay informed</h3><p>Download the BOM Weather app to get warnings for your location.</p></aside></div>
<div class="article__share"><h2 class="sr-only">Share this article</h2><span aria-hidden="true">Share</span><a href="#">Facebook</a> <a href="#">X</a>
<a href="#">LinkedIn</a> <button class="copy-link">Copy link</button></div>
<div class="article__tags"><span>Topics:</span> <a href="/news?topic=heat">Heat</a> <a href="/news?topic=explainer">Explainers</a></div></article>
<section class="related"><h2>Related articles</h2><ul>${rel
  .map(
    (t, i) => `<li class="card"><a href="/news/${i}"><span class="card__label">Explainer</span>
<h3 class="card__title">${t}</h3></a></li>`,
  )
  .join('\n')}</ul></section>
<section class="page-feedback"><h2>Was this page helpful?</h2><button>Yes</button><button>No</button></section></main>
<footer class="site-footer"><div class="site-footer__ack"><p>${ack}</p></div><ul class="site-footer__links">${links(foot)}</ul>
<p class="site-footer__copy">© Copyright Commonwealth of Australia 2026, Bureau of Meteorology (ABN 92 637 533 532)</p></footer></div>
<div class="cookie-notice" role="dialog"><p>We use cookies to understand how you use our website and to improve it.</p>
<button>Accept</button><button>Decline</button>
</div></body></html>`;
export const bomExplainer: TestPage = {
  name: 'heldout212-bom-explainer',
  kind: 'docs',
  html,
  title,
  // the summary under the title is body; the "Stay informed" app callout at the end is a standing promo: furniture
  headings: [h1, h2, h3, h4],
  body: texts([sum, ...p1, ...p2, ...p3, ...p4, ...list, ...p5]),
  bylines: ['Published 14 January 2026', '5 minute read'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'We have updated our website. Tell us what you think.', 'Give feedback', 'Dismiss',
    'Bureau of Meteorology', ...util, 'Search', ...nav, 'Home', 'Explainer', cap,
    'Stay informed', 'Download the BOM Weather app to get warnings for your location.',
    'Share this article', 'Share', 'Facebook', 'LinkedIn', 'Copy link', 'Topics:', 'Heat', 'Explainers', 'Related articles', ...rel,
    'Was this page helpful?', 'Yes', 'No', ack, ...foot, '© Copyright Commonwealth of Australia 2026, Bureau of Meteorology (ABN 92 637 533 532)',
    'We use cookies to understand how you use our website and to improve it.', 'Accept', 'Decline',
  ],
};
