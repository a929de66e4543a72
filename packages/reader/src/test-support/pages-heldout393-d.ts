import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout393-kit.js';

/**
 * Held-out batch 393, file d: a research institute's news story on a TYPO3 site in the Max Planck style (service bar with
 * language switch, main menu, breadcrumbs, "Research News" kicker, date, teaser, content elements in `frame` divs, a table,
 * image with copyright line, "Original publication" and contact boxes, "Other interesting articles" teasers, footer) and a
 * MedicalXpress-style report saved from its AMP page (`amp-` elements, sidebar menu, "by" institution byline, date and
 * reading stats, `amp-social-share` bar, image caption with credit, ad slots, "More information", "Provided by", citation,
 * related stories, the `amp-consent` banner and footer).
 */
const iTitle = 'Meadow birds time their nesting by day length, not temperature';
const iTeaser = j(
  'A twenty-year record from the Ostmoor wetlands shows that lapwings and redshanks lay their eggs on almost the same date every',
  'year, even as spring has come earlier. Their chicks now hatch after the peak of insect food.',
);
const iHeads = ['Two decades of nest records', 'A growing mismatch'];
const iB1 = [
  j(
    'Researchers at the Lindqvist Institute for Evolutionary Biology have analysed more than 6,400 nests of four wader species',
    'recorded by volunteers and staff in the Ostmoor wetlands between 2005 and 2025. Over that period, the average spring',
    'temperature in the area rose by 1.3 degrees Celsius, and meadow insects emerged about eleven days earlier.',
  ),
  j(
    'The laying dates of lapwings and redshanks barely moved. Statistical models showed that their timing followed day length far',
    'more closely than temperature, which suggests the birds rely mainly on an internal calendar set by light.',
  ),
];
const iTable = ['Lapwing', '2 days earlier', '11 days earlier', 'Redshank', '1 day earlier', 'Black-tailed godwit', '6 days earlier'];
const iB2 = [
  j(
    'Because the insects that the chicks feed on now peak earlier, many broods hatch after the best feeding period has passed. Chick',
    'weights at ten days old fell by about eight percent over the study period in the two species with the most fixed timing.',
  ),
  j(
    '“These birds have relied on a very reliable cue for thousands of years,” says Annika Brandauer, who led the analysis. “Day',
    'length is still reliable. It is the world around them that has shifted.”',
  ),
  j(
    'Black-tailed godwits, which spend the winter further south and arrive later, showed more flexibility. The team now wants to find',
    'out whether this reflects the route of their migration or a difference in how they read the season.',
  ),
  j(
    'The long record was only possible because of the volunteers who walked the same meadows every spring, often for more than a',
    'decade. The institute plans to make the full nest dataset public so that other groups can compare it with wader records from',
    'coastal marshes further north.',
  ),
];
const iSvc = ['Deutsch', 'Intranet', 'Contact'];
const iNav = ['The Institute', 'Research Groups', 'Career', 'Newsroom', 'Events'];
const iCrumbs = ['Home', 'Newsroom', 'Research News'];
const iOther = [
  'Sparrows in cities sing at a higher pitch to be heard over traffic',
  'Genome study traces how house mice followed farmers across Europe',
  'Volunteers count a record number of bats in winter roosts',
];
const iFoot = ['Imprint', 'Data protection', 'Accessibility', 'Sitemap'];
const fr = (id: number, type: string, inner: string): string => `<div id="c${id}" class="frame frame-default frame-type-${type} frame-layout-0">${inner}</div>`;
const iHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
--><title>${iTitle} | Lindqvist Institute for Evolutionary Biology</title>
<meta name="generator" content="TYPO3 CMS"><meta name="description" content="${iTeaser}"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${iTitle}","datePublished":"2026-05-06"}</script>
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-7a1c.css" media="all"></head>
<body id="p412" class="page-newsdetail">
<div class="service-bar"><ul class="service-nav">${links(iSvc)}</ul></div>
<header class="page-header"><a class="logo" href="/"><img src="/fileadmin/logo.svg" alt="Lindqvist Institute"></a>
<nav class="main-nav"><ul>${links(iNav, 'nav-item')}</ul></nav></header>
<nav class="breadcrumb" aria-label="breadcrumb"><ol>${links(iCrumbs)}</ol></nav>
<main id="content"><div class="news news-single"><div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="news-meta"><span class="news-category">Research News</span>
<time itemprop="datePublished" datetime="2026-05-06">May 06, 2026</time></div>
<div class="header"><h1 itemprop="headline">${iTitle}</h1></div>
<div class="teaser-text" itemprop="description"><p>${iTeaser}</p></div>
<div class="news-img-wrap"><figure><img src="/fileadmin/_processed_/lapwing-nest.jpg" alt="Lapwing on its nest">
<figcaption><p class="news-img-caption">A lapwing on its nest in the Ostmoor wetlands.</p>
<p class="news-img-copyright">© Lindqvist Institute / Jonas Weil</p></figcaption></figure></div>
<div class="news-text-wrap" itemprop="articleBody">
${fr(2201, 'text', ps(iB1))}
${fr(2202, 'header', `<header><h2 class="">${iHeads[0] ?? ''}</h2></header>`)}
${fr(
  2203,
  'table',
  `<table class="contenttable"><caption>Change in laying and insect dates, 2005 to 2025</caption><thead><tr><th>Species</th>
<th>Laying date</th><th>Insect peak</th></tr></thead><tbody>
<tr><td>${iTable[0]}</td> <td>${iTable[1]}</td> <td>${iTable[2]}</td></tr>
<tr><td>${iTable[3]}</td> <td>${iTable[4]}</td> <td>${iTable[2]}</td></tr>
<tr><td>${iTable[5]}</td> <td>${iTable[6]}</td> <td>${iTable[2]}</td></tr></tbody></table>`,
)}
${fr(2204, 'header', `<header><h2 class="">${iHeads[1] ?? ''}</h2></header>`)}
${fr(2205, 'text', ps(iB2))}
</div>
<div class="box original-publication"><h3>Original publication</h3><p>Annika Brandauer, Leon Faber, Maja Rinke<br>Fixed photoperiodic timing and
trophic mismatch in breeding waders<br><i>Journal of Avian Ecology</i>, 6 May 2026</p><p>DOI: 10.5555/jae.2026.0077</p></div>
<div class="box contact-box"><h3>Contact</h3><p class="contact-name">Dr. Annika Brandauer</p><p>Research Group Leader</p>
<p>Phone: +49 4412 880-214</p><p>Email: brandauer@lindqvist.example</p><p class="contact-name">Kirsten Moll</p><p>Press and Public Relations</p>
<p>Phone: +49 4412 880-101</p></div></div>
<section class="news-related"><h2>Other interesting articles</h2><ul>${links(iOther, 'news-teaser')}</ul></section></div></main>
<footer class="page-footer"><ul>${links(iFoot)}</ul><p>© 2026, Lindqvist Institute for Evolutionary Biology</p></footer>
<script src="/typo3temp/assets/compressed/merged-b41e.js"></script></body></html>`;
const institute: TestPage = {
  name: 'heldout393-institute-typo3-news',
  kind: 'news',
  html: iHtml,
  title: iTitle,
  headings: iHeads,
  body: texts([iTeaser, ...iB1, ...iTable, ...iB2]),
  bylines: ['May 06, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...iSvc, ...iNav, ...iCrumbs.slice(0, 2), 'Research News', 'A lapwing on its nest in the Ostmoor wetlands.', '© Lindqvist Institute / Jonas Weil',
    'Original publication', 'Fixed photoperiodic timing and trophic mismatch in breeding waders', 'DOI: 10.5555/jae.2026.0077', 'Dr. Annika Brandauer',
    'Research Group Leader', 'Phone: +49 4412 880-214', 'Email: brandauer@lindqvist.example', 'Kirsten Moll', 'Press and Public Relations',
    'Phone: +49 4412 880-101', 'Other interesting articles', ...iOther, ...iFoot, '© 2026, Lindqvist Institute for Evolutionary Biology',
  ],
};

const mTitle = 'Ten-minute walks after meals blunt blood sugar spikes in older adults, trial finds';
const mBody = [
  j(
    'Older adults who took a brisk ten-minute walk straight after each main meal had markedly smaller rises in blood sugar than those',
    'who took a single thirty-minute walk at another time of day, according to a randomized trial run at four community clinics.',
  ),
  j(
    'The study, led by researchers at the Rennick School of Public Health, enrolled 186 volunteers aged 65 to 82 who had raised blood',
    'sugar but had not been diagnosed with diabetes. All wore continuous glucose monitors for two four-week periods.',
  ),
  j(
    'During the after-meal walking period, the average peak in blood sugar after dinner was 22 percent lower than during the single',
    'walk period, even though participants walked for the same total time each day. The effect was strongest after the evening meal,',
    'which for most volunteers was the largest of the day.',
  ),
  j(
    '“Muscles are very good at mopping up sugar from the blood when they are working,” said Dr. Tomás Ferreira-Lund, the study’s',
    'principal investigator. “Timing the activity so that it overlaps with the rise after a meal seems to matter more than how long',
    'you walk in one go.”',
  ),
  j(
    'Participants also found the short walks easy to fit into their day. More than 80 percent of the after-meal walks were completed,',
    'compared with 64 percent of the longer walks, and several volunteers said they kept up the habit after the trial ended.',
  ),
  j(
    'The authors note that the trial was not long enough to show whether the approach lowers the risk of developing diabetes, and that',
    'people with mobility problems were excluded. A year-long follow-up study is now recruiting.',
  ),
  j(
    'Other specialists welcomed the results but stressed that the walks need not be long or fast. Even a gentle stroll around the',
    'house or garden after eating is likely to help, they said, especially for people who spend most of the evening sitting down.',
  ),
];
const mMenu = ['Home', 'Health news', 'Medical research', 'Diseases', 'Psychology & Psychiatry', 'Oncology & Cancer', 'Help', 'About'];
const mShare = ['facebook', 'twitter', 'email', 'whatsapp'];
const mRelated = [
  'Standing desks show little effect on blood sugar in office workers',
  'Eating dinner earlier may improve sleep quality in people over 60',
  'Resistance training twice a week linked to lower diabetes risk',
];
const mHtml = `<!doctype html>
<html amp lang="en"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.example/v0.js"></script>
<script async custom-element="amp-consent" src="https://cdn.ampproject.example/v0/amp-consent-0.1.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.example/v0/amp-social-share-0.1.js"></script>
<title>${mTitle}</title><link rel="canonical" href="https://medicoxpress.example/news/2026-06-ten-minute-walks-meals-blood.html">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${mTitle}","datePublished":"2026-06-11T11:30:01-04:00",
"publisher":{"@type":"Organization","name":"MedicoXpress"}}</script>
<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}</style><style amp-custom>.news-article{padding:0 16px}</style></head>
<body><amp-sidebar id="sidebar" layout="nodisplay" side="left"><nav><ul class="sidebar-menu">${links(mMenu)}</ul></nav></amp-sidebar>
<header class="header"><button on="tap:sidebar.toggle" class="header__menu" aria-label="Menu"></button>
<a href="/" class="header__logo">MedicoXpress</a></header>
<div class="ad-wrap"><span class="ad-label">Advertisement</span><amp-ad width="320" height="100" type="doubleclick" data-slot="/4125/mx_amp_top"></amp-ad></div>
<main><article class="news-article">
<p class="news-article__category"><a href="/health-news/diabetes/">Diabetes &amp; Metabolism</a></p>
<h1 class="news-article__title">${mTitle}</h1>
<div class="news-article__byline"><p class="byline">by Rennick School of Public Health</p><p class="date">June 11, 2026</p>
<p class="stats">188 shares</p></div>
<div class="share-bar">${mShare
  .map(
    (t) => `<amp-social-share type="${t}" width="36" height="36" aria-label="Share on ${t}">
</amp-social-share>`,
  )
  .join('')}</div>
<figure class="news-article__image"><amp-img src="https://scx1.b-cdn.example/csz/news/800a/2026/walking-older.jpg" width="800" height="530"
layout="responsive" alt="older adults walking"></amp-img><figcaption class="news-article__caption">Credit: Dagny Holm/Unsplash</figcaption></figure>
<div class="news-article__body">
${ps(mBody.slice(0, 3))}
<div class="ad-wrap"><span class="ad-label">Advertisement</span><amp-ad width="300" height="250" type="doubleclick" data-slot="/4125/mx_amp_mid"></amp-ad></div>
${ps(mBody.slice(3))}
<p><b>More information:</b> Tomás Ferreira-Lund et al, Post-meal walking versus a single daily walk for glycemic control in older adults:
a randomized crossover trial, <i>Annals of Ageing Medicine</i> (2026). DOI: 10.5555/aam.2026.0611</p>
<p class="provided">Provided by <a href="/partners/rennick-school/">Rennick School of Public Health</a></p>
<p class="citation"><b>Citation</b>: ${mTitle} (2026, June 11) retrieved 12 June 2026 from https://medicoxpress.example/news/2026-06-ten-minute-walks.html</p>
</div></article>
<section class="related"><h2 class="related__title">Related Stories</h2><ul>${links(mRelated)}</ul></section>
<section class="newsletter"><p>Get weekly and/or daily updates delivered to your inbox. You can unsubscribe at any time.</p>
<a href="/newsletters/">Sign up for our newsletters</a></section></main>
<footer class="footer"><p>MedicoXpress is a web-based medical and health news service that features the most comprehensive coverage in the fields
of neuroscience, cardiology, cancer and more.</p><p>© Medical Xperts Network 2011 - 2026</p></footer>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>We use cookies and data to deliver and maintain services and to show
personalised ads.</p><button on="tap:consent.accept">Accept all</button><button on="tap:consent.reject">Reject all</button></div></amp-consent>
</body></html>`;
const medicalxpress: TestPage = {
  name: 'heldout393-medicalxpress-amp-news',
  kind: 'news',
  html: mHtml,
  title: mTitle,
  headings: [],
  body: texts(mBody),
  bylines: ['by Rennick School of Public Health', 'June 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...mMenu, 'MedicoXpress', 'Advertisement', 'Diabetes & Metabolism', '188 shares', 'Credit: Dagny Holm/Unsplash', 'More information:',
    'Post-meal walking versus a single daily walk for glycemic control in older adults: a randomized crossover trial', 'DOI: 10.5555/aam.2026.0611',
    'Provided by Rennick School of Public Health', 'Citation', 'Related Stories', ...mRelated,
    'Get weekly and/or daily updates delivered to your inbox. You can unsubscribe at any time.', 'Sign up for our newsletters',
    'is a web-based medical and health news service that features the most comprehensive coverage', '© Medical Xperts Network 2011 - 2026',
    'We use cookies and data to deliver and maintain services and to show personalised ads.', 'Accept all', 'Reject all',
  ],
};

export const HELDOUT393_D: readonly TestPage[] = [institute, medicalxpress];
