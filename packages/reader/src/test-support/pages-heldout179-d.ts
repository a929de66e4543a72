import { links, ps, type TestPage, texts } from './page-kit.js';
import { commonsBriefing } from './pages-heldout179-d2.js';

/**
 * Held-out batch 179, file d: a NOAA news story on noaa.gov (Drupal: the .gov banner, the NOAA header with the
 * "U.S. Department of Commerce" line and the topic mega-nav, breadcrumbs, the "Focus area" and date line, the hero image
 * with caption and credit, the story with an inline image, a "Related features" box, the "Media contact" block, the topic
 * tags, the share rail and the NOAA footer) and, from file d2, a House of Commons Library research briefing.
 */
const noTitle = 'Buoy network gives forecasters earlier warning of lake-effect snow';
const noP1 = [
  'A new network of weather buoys on the Great Lakes is helping NOAA forecasters warn communities of heavy lake-effect snow as much as six hours ' +
    'earlier than before, according to an evaluation of the past two winters.',
  'The 14 buoys, which stay on the water through the coldest months, measure air and water temperature, wind, and humidity every ten minutes. ' +
    'Those readings are fed directly into the High-Resolution Rapid Refresh model, which forecasters use to predict where narrow, intense snow ' +
    'bands will form.',
];
const noH1 = 'Filling a winter data gap';
const noP2 = [
  'Until recently, most lake buoys were pulled from the water each fall to protect them from ice, leaving forecasters with little information ' +
    'about conditions over open water during the very months when lake-effect snow is most common.',
  '“Lake-effect snow depends on the difference between the warm lake and the cold air passing over it,” said Corinne Abernathy, a ' +
    'meteorologist at NOAA’s Great Lakes Environmental Research Laboratory. “If you don’t know the lake temperature, you’re guessing.”',
  'Engineers redesigned the buoys with reinforced hulls and heated sensors so they can ride out ice and freezing spray. Two of the buoys ' +
    'survived being locked in ice for nearly three weeks last January and kept reporting throughout.',
];
const noH2 = 'Earlier, more precise warnings';
const noP3 = [
  'In the evaluation, forecast offices in Buffalo, Cleveland and Marquette issued lake-effect snow warnings an average of 4.5 hours earlier in ' +
    'areas covered by the new buoys. The forecasts also placed snow bands more precisely, often to within a few miles.',
  'That precision matters. A single band can drop more than two feet of snow on one town while a neighboring community a few miles away sees ' +
    'flurries. Earlier warnings give road crews time to pre-treat highways and let schools and businesses plan ahead.',
  'NOAA plans to add six more buoys on Lake Superior and Lake Michigan next winter, with support from the Bipartisan Infrastructure Law.',
];
const noNav = ['Weather', 'Climate', 'Ocean & Coasts', 'Fisheries', 'Satellites', 'Research', 'Marine & Aviation', 'Charting', 'Sanctuaries', 'Education'];
const noCaption = 'A NOAA winter buoy is lowered into Lake Erie from the research vessel Laurentian in November 2024.';
const noCredit = '(Image credit: NOAA GLERL/Tamsin Okoro)';
const noCaption2 = 'Lake-effect snow bands over Lake Ontario seen by the GOES-East satellite on January 9, 2025.';
const noRelated = ['NOAA’s new weather model sharpens short-term forecasts', 'How lake-effect snow forms', 'Winter weather safety'];
const noContact = ['Media contact', 'Ellison Park, ellison.park@noaa.example, (301) 555-0187'];
const noTags = ['Great Lakes', 'Winter weather', 'Weather forecasting', 'Buoys'];
const noFoot = [
  'Protecting Lives & Property',
  'Contact us',
  'Careers',
  'Privacy Policy',
  'Information Quality',
  'Accessibility',
  'Disclaimer',
  'FOIA',
  'USA.gov',
  'Ready.gov',
  'EEO & Diversity',
  'Inspector General',
  'Commerce.gov',
];
const noHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${noTitle} | National Oceanic and Atmospheric Administration</title>
<meta name="description" content="New winter buoys on the Great Lakes are helping forecasters warn of lake-effect snow earlier.">
<meta property="og:type" content="article">
<meta property="og:title" content="${noTitle}"><meta property="og:site_name" content="National Oceanic and Atmospheric Administration">
<meta name="viewport" content="width=device-width, initial-scale=1.0"><link rel="stylesheet" href="/themes/custom/noaa/css/noaa.css">
<script type="text/javascript" id="_fed_an_ua_tag" src="https://dap.digitalgov.gov/Universal-Federated-Analytics-Min.js?agency=DOC&subagency=NOAA"></script>
</head><body class="node-type-article"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a>
<section class="usa-banner"><div class="usa-banner__inner"><p>An official website of the United States government</p><button class="usa-banner__button"
aria-expanded="false">Here's how you know</button></div><div class="usa-banner__content" hidden><p>Official websites use .gov</p>
<p>Secure .gov websites use HTTPS</p></div></section>
<header id="header" role="banner"><div class="header-inner"><a href="/" class="logo"><img src="/themes/custom/noaa/images/noaa_logo.png" alt="NOAA logo"></a>
<div class="site-name"><a href="/">National Oceanic and Atmospheric Administration</a><span class="site-slogan">U.S. Department of Commerce</span></div>
<form class="search" role="search"><input type="search" aria-label="Search" placeholder="Search"></form></div>
<nav class="main-menu" aria-label="Main menu"><ul class="menu">${links(noNav, 'menu__item')}</ul></nav></header>
<main id="main-content"><div class="breadcrumb"><a href="/">Home</a> » <a href="/news-features">News &amp; Features</a></div>
<article class="node node-article"><div class="article-header"><div class="focus-area">Focus area: <a href="/weather">Weather</a></div>
<h1 class="title">${noTitle}</h1><div class="article-date">March 6, 2025</div></div>
<figure class="hero"><img src="/sites/default/files/2025-03/winter-buoy.jpg" alt="Buoy lowered into the lake"><figcaption>${noCaption} ${noCredit}</figcaption>
</figure><div class="field-name-body">
${ps(noP1)}
<h2>${noH1}</h2>
${ps(noP2)}
<figure class="embedded-entity"><img src="/sites/default/files/2025-03/snow-bands.jpg" alt="Satellite image"><figcaption>${noCaption2}
(Image credit: NOAA)</figcaption></figure>
<h2>${noH2}</h2>
${ps(noP3)}
<div class="related-box"><h3>Related features</h3><ul>${links(noRelated)}</ul></div>
<p class="media-contact"><strong>${noContact[0]}</strong><br>${noContact[1]}</p></div>
<div class="field-name-field-topics"><span class="label">Topics</span>${links(noTags)}</div></article>
<aside class="share-rail"><span>Share</span>${links(['Facebook', 'X', 'LinkedIn', 'Email'])}</aside></main>
<footer id="footer"><ul class="footer-menu">${links(noFoot)}</ul><p class="footer-dept">U.S. Department of Commerce | National Oceanic and Atmospheric
Administration</p></footer><script src="/themes/custom/noaa/js/noaa.js"></script></body></html>`;
const noaaStory: TestPage = {
  html: noHtml,
  name: 'heldout179-noaa-news-story',
  kind: 'news',
  // the date is a byline; the focus area, captions and credits, the "Related features" box and the media contact inside the
  // body field, the topic tags, share rail and footer are furniture
  title: noTitle,
  headings: [noH1, noH2],
  body: [...noP1, ...texts(noP2), ...noP3],
  bylines: ['March 6, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'An official website of the United States government', 'Here\'s how you know', 'Official websites use .gov',
    'Secure .gov websites use HTTPS', 'National Oceanic and Atmospheric Administration', 'U.S. Department of Commerce', ...noNav, 'Home',
    'News & Features', 'Focus area: Weather', noCaption, noCredit, noCaption2, '(Image credit: NOAA)', 'Related features', ...noRelated, ...noContact,
    'Topics', ...noTags, 'Share', 'Facebook', 'X', 'LinkedIn', 'Email', ...noFoot,
  ],
};

export const HELDOUT179_D: readonly TestPage[] = [noaaStory, commonsBriefing];
