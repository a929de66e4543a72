import { links, ps, type TestPage, texts } from './page-kit.js';
import { councilPress } from './pages-heldout329-e2.js';
import { j, lis } from './pages-heldout329-kit.js';

/**
 * Held-out batch 329, file e: an ILO-style publication summary on a Drupal 10 theme (`ilo-` design-system classes): header with
 * language switcher, breadcrumb, "Publication" eyebrow and date, cover image, download card with file size, summary text with
 * "Key points" and headings, publication details list (authors, ISBN, series), "Related content" cards, "Subscribe to our
 * newsletter" band, cookie banner and footer) and, from file e2, a Council of the EU press release with its list of outcomes.
 */
const lTitle = 'Care work and decent jobs in the platform economy';
const lIntro = [
  j(
    'Digital platforms that connect households with carers, cleaners and babysitters have grown quickly over the past',
    'decade. This report examines working conditions on 34 such platforms in 12 countries, drawing on a survey of 6,200',
    'workers and interviews with platform managers, workers’ organisations and labour inspectors.',
  ),
];
const lKeyH = 'Key points';
const lKey = [
  'Nine in ten platform care workers are women, and more than half are migrants.',
  'Median hourly earnings after platform fees are 18 per cent below the national minimum wage in half the countries studied.',
  'Fewer than one worker in four is covered by social security through their platform work.',
  'Ratings systems strongly influence access to work, but workers rarely know how they are calculated.',
];
const lH1 = 'Working time and earnings';
const lP1 = [
  j(
    'Platform carers work irregular and fragmented hours. Many combine short bookings across several apps, with long',
    'unpaid travel times in between. Once travel and waiting are counted, average effective earnings fall by a quarter.',
  ),
  j(
    'Workers who found regular clients through a platform and then continued outside it reported higher earnings, but',
    'lost any protection the platform offered, such as insurance against injury.',
  ),
];
const lH2 = 'Policy options';
const lP2 = [
  j(
    'The report sets out options for governments and social partners, building on the principles of the Domestic Workers',
    'Convention. They include clarifying the employment status of platform care workers, extending social security',
    'through simplified contributions collected by platforms, and requiring transparency about ratings and pay.',
  ),
  j(
    'Several countries already offer useful examples. In one, platforms collect contributions with each booking; in',
    'another, labour inspectors have the right to request anonymised data on working hours from platforms.',
  ),
  j(
    'The authors stress that platforms can also help formalise care work: a booking record is proof of employment, and the',
    'same systems that match clients with carers can register workers, collect contributions and issue payslips at little',
    'extra cost. Whether they do so depends largely on the rules that governments set.',
  ),
];
const lLangs = ['English', 'Français', 'Español'];
const lMenu = ['Topics', 'Regions', 'Resources', 'About the ILO-style Office', 'Meetings and events'];
const lCrumb = ['Home', 'Resources', 'Publications'];
const lDetails: [string, string][] = [
  ['Authors', 'Marit Oyelaran, Guo Tianmei'],
  ['ISBN', '9789220411235 (print)'],
  ['Series', 'Working Conditions Reports'],
  ['Unit responsible', 'Conditions of Work and Equality Department'],
];
const lRelated = ['Domestic workers count: a global estimate', 'Policy brief: social security for platform workers'];
const lFoot = ['Contact us', 'Jobs', 'Terms of use', 'Privacy policy', 'Fraud alert'];
const lHtml = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${lTitle} | International Labour Bureau</title>
<meta name="description" content="This report examines working conditions on 34 care platforms in 12 countries.">
<meta property="og:type" content="article"><meta property="og:title" content="${lTitle}">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Book","name":"${lTitle}","isbn":"9789220411235",
"datePublished":"2026-03-02","publisher":{"@type":"Organization","name":"International Labour Bureau"}}]}</script>
<script>window.dataLayer=window.dataLayer||[];window.dataLayer.push({"content_type":"publication"});</script>
<link rel="stylesheet" href="/themes/custom/ilb_theme/dist/css/styles.css"></head>
<body class="ilo--body"><div class="ilo--cookie-consent" role="dialog"><p class="ilo--cookie-consent--text">We use cookies to analyse site
usage and improve your experience.</p><button class="ilo--button ilo--button__primary">Accept all</button>
<button class="ilo--button ilo--button__secondary">Reject all</button></div>
<header class="ilo--header"><a class="ilo--header--logo" href="/">International Labour Bureau</a>
<div class="ilo--language-switcher"><ul>${links(lLangs, 'ilo--language-switcher--item')}</ul></div>
<nav class="ilo--navigation"><ul>${links(lMenu, 'ilo--navigation--item')}</ul></nav></header>
<main class="ilo--main"><nav class="ilo--breadcrumbs" aria-label="Breadcrumb"><ol>${links(lCrumb, 'ilo--breadcrumbs--item')}</ol></nav>
<div class="ilo--hero-card"><div class="ilo--hero-card--content"><p class="ilo--eyebrow">Publication</p>
<h1 class="ilo--hero-card--title">${lTitle}</h1><p class="ilo--date"><time datetime="2026-03-02">2 March 2026</time></p></div>
<figure class="ilo--hero-card--image"><img src="/sites/default/files/cover-care-platforms.jpg" alt="Report cover"></figure></div>
<div class="ilo--container ilo--grid"><div class="ilo--col-8"><div class="ilo--rich-text field--name-body">
${ps(lIntro)}
<h2>${lKeyH}</h2>
<ul>${lis(lKey)}</ul>
<h2>${lH1}</h2>
${ps(lP1)}
<h2>${lH2}</h2>
${ps(lP2)}
</div><div class="ilo--details"><h2 class="ilo--details--title">Publication details</h2><dl>
${lDetails.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join('\n')}</dl></div></div>
<aside class="ilo--col-4"><div class="ilo--card ilo--card__download"><p class="ilo--card--title">Download the report</p>
<a class="ilo--button" href="/media/503218/download">Download PDF</a><span class="ilo--file-size">PDF 4.2 MB</span></div>
<div class="ilo--share"><p>Share this</p><ul>${links(['Facebook', 'LinkedIn', 'Email'])}</ul></div></aside></div>
<section class="ilo--related"><h2>Related content</h2><ul>${links(lRelated, 'ilo--card')}</ul></section>
<section class="ilo--newsletter"><h2>Subscribe to our newsletter</h2><p>Receive monthly updates on our research and publications.</p>
<a class="ilo--button" href="/newsletter">Subscribe</a></section></main>
<footer class="ilo--footer"><ul>${links(lFoot)}</ul><p>Copyright and permissions 1996-2026 International Labour Bureau</p></footer>
<script src="/themes/custom/ilb_theme/dist/js/main.js"></script></body></html>`;

const iloPub: TestPage = {
  name: 'heldout329-ilb-ilo-publication-docs',
  kind: 'docs',
  html: lHtml,
  title: lTitle,
  headings: [lKeyH, lH1, lH2],
  body: texts([...lIntro, ...lKey, ...lP1, ...lP2]),
  bylines: ['2 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'We use cookies to analyse site usage and improve your experience.', 'Accept all', 'Reject all', 'International Labour Bureau', ...lLangs,
    ...lMenu, 'Home', 'Publications', 'Publication', 'Publication details', ...lDetails.flat(), 'Download the report', 'Download PDF',
    'PDF 4.2 MB', 'Share this', 'Facebook', 'LinkedIn', 'Email', 'Related content', ...lRelated, 'Subscribe to our newsletter',
    'Receive monthly updates on our research and publications.', 'Subscribe', ...lFoot, 'Copyright and permissions 1996-2026 International Labour Bureau',
  ],
};

export const HELDOUT329_E: readonly TestPage[] = [iloPub, councilPress];
