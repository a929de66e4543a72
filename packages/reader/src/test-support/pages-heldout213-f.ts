import { links, ps, type TestPage, texts } from './page-kit.js';
import { campaignUpdate } from './pages-heldout213-f2.js';

/**
 * Held-out batch 213, file f: a charity's annual impact report as a web page on its own site (the skip link, the header
 * menu with Donate, the "Impact Report 2024" section nav, the "In this report" contents list, the chief executive's
 * photo caption, headline figures as a list, a quote, the income and spending table with header cells, the "Download
 * the full report" box, the "Previous report" link, the newsletter strip, the footer with charity numbers and the
 * Cookiebot banner) and, from file f2, a volunteer-run campaign group's WordPress.com update.
 */
const title = 'Impact Report 2024: Every young person with a place to call home';
const intro = [
  'In 2024 Northgate Youth Housing supported more young people than in any year since we were founded in 1989. This report ' +
    'sets out what we did, what we learned and how we spent the money you gave us.',
];
const h1 = 'A message from our Chief Executive';
const p1 = [
  'This was a year of pressure and of progress. Rents in our region rose by 11 percent, and the number of young people ' +
    'referred to us as homeless or at risk rose by almost a fifth. At the same time, our supporters, volunteers and partners ' +
    'made it possible to open two new supported houses and to launch our first employment programme.',
  'I want to thank every one of you. Behind each figure in this report is a young person who now has a safe bed, a key to ' +
    'their own front door, or a job they are proud of.',
];
const h2 = '2024 at a glance';
const glance = [
  '1,284 young people given advice or emergency accommodation',
  '312 young people living in our supported houses and flats',
  '87 percent of residents moved on to a settled home',
  '146 young people started work, training or education',
  '420 volunteers gave 18,600 hours of their time',
];
const h3 = 'Our work in 2024';
const p2 = [
  'Our supported houses offer a room, a key worker and help with everything from budgeting to cooking. In May we opened ' +
    'Carden House, with twelve rooms for young people leaving care, and in October a six-bed house for young parents.',
  'Our new Ready for Work programme paired 58 young people with local employers for paid placements of up to six months. ' +
    'Thirty-one have since been offered permanent jobs.',
];
const quote = 'I came here with one bag and nowhere to go. Now I have my own flat and I start college in September.';
const quoteBy = 'Jordan, 19, former resident';
const h4 = 'Where our money came from and how we spent it';
const p3 = ['Our total income in 2024 was £6.42 million. For every £1 we spent, 86p went directly on services for young people.'];
const thead = ['', '2024 (£)', '2023 (£)'];
const rows = [
  ['Housing benefit and rent', '3,180,000', '2,940,000'],
  ['Local authority contracts', '1,720,000', '1,655,000'],
  ['Donations and legacies', '1,040,000', '912,000'],
  ['Grants from trusts and foundations', '480,000', '395,000'],
];
const p4 = ['Full accounts, audited by Marsh Kellaway LLP, are published with the Charity Commission and in the PDF version of this report.'];
const h5 = 'Looking ahead';
const p5 = [
  'In 2025 we aim to open a third supported house, extend Ready for Work to two more towns and start a mental health support ' +
    'service with the local NHS trust. We cannot do any of it without you.',
];
const nav = ['Get help', 'Our work', 'Get involved', 'About us', 'News'];
const sectionNav = ['Impact Report 2024', 'Stories', 'Financial summary', 'Thank you'];
const toc = [h1, h2, h3, h4, h5];
const cap = 'Helen Achebe, Chief Executive';
const dl = ['Download the full report', 'Impact Report 2024 (PDF, 4.8 MB)', 'Accessible version (Word, 1.2 MB)'];
const foot = ['Contact us', 'Jobs', 'Privacy notice', 'Cookie policy', 'Accessibility', 'Safeguarding', 'Complaints'];
const footLines = ['Northgate Youth Housing is a registered charity in England (1034567) and a company limited by guarantee (02876543).'];
const cookie = 'This website uses cookies. We use cookies to personalise content, to provide social media features and to analyse our traffic.';
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Impact Report 2024 | Northgate Youth Housing</title><meta name="description" content="${(intro[0] ?? '').slice(0, 150)}">
<link rel="canonical" href="https://www.northgateyouth.example/about-us/impact-report-2024"><meta property="og:title" content="Impact Report 2024">
<meta property="og:type" content="website"><meta property="og:site_name" content="Northgate Youth Housing">
<script id="Cookiebot" src="https://consent.cookiebot.example/uc.js" data-cbid="a7c1e0f2-0b44" type="text/javascript" async></script>
<link rel="stylesheet" href="/assets/css/site.min.css?v=20250311"><script src="/assets/js/site.min.js?v=20250311" defer></script></head>
<body class="template-report"><a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><a class="site-header__logo" href="/"><img src="/assets/img/logo.svg" alt="Northgate Youth Housing"></a>
<nav class="site-nav" aria-label="Main"><ul>${links(nav, 'site-nav__item')}</ul></nav><a class="button button--donate" href="/donate">Donate</a></header>
<nav class="section-nav" aria-label="Impact Report 2024"><ul>${links(sectionNav, 'section-nav__item')}</ul></nav>
<main id="main"><div class="report-layout"><aside class="report-toc"><h2 class="report-toc__title">In this report</h2>
<ol>${links(toc, 'report-toc__item')}</ol></aside>
<article class="report"><header class="report__header"><h1>${title}</h1><p class="report__intro lead">${intro[0]}</p>
<p class="report__updated">Published 18 March 2025</p></header>
<section id="message"><h2>${h1}</h2><figure class="report__portrait"><img src="/media/achebe.jpg" alt=""><figcaption>${cap}</figcaption></figure>
${ps(p1)}
<p class="signature">Helen Achebe</p></section>
<section id="glance"><h2>${h2}</h2>
<ul class="stat-grid">
${glance.map((t) => `<li class="stat">${t.replace(/^([\d,]+)/, '<strong class="stat__number">$1</strong>')}</li>`).join('\n')}
</ul></section>
<section id="work"><h2>${h3}</h2>
${ps(p2)}
<blockquote class="report-quote"><p>${quote}</p><footer>${quoteBy}</footer></blockquote></section>
<section id="finance"><h2>${h4}</h2>
${ps(p3)}
<table class="report-table"><caption>Income by source</caption><thead><tr>${thead.map((t) => `<th scope="col">${t}</th>`).join('')}</tr></thead><tbody>
${rows.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('\n')}</tbody></table>
${ps(p4)}</section>
<section id="ahead"><h2>${h5}</h2>
${ps(p5)}</section>
<aside class="download-box"><h2>${dl[0]}</h2><ul><li><a href="/media/impact-report-2024.pdf">${dl[1]}</a></li><li>
<a href="/media/impact-report-2024.docx">${dl[2]}</a></li>
</ul></aside><p class="report__previous"><a href="/about-us/impact-report-2023">Read our Impact Report 2023</a></p></article></div>
<section class="newsletter-strip"><h2>Hear how your support helps</h2><form><label for="nl">Your email address</label><input id="nl" type="email">
<button>Sign up</button></form>
</section></main>
<footer class="site-footer"><ul>${links(foot)}</ul>${footLines.map((t) => `<p>${t}</p>`).join('')}<p>© Northgate Youth Housing 2025</p></footer>
<div id="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-label="This website uses cookies">
<h2 id="CybotCookiebotDialogBodyContentTitle">This website uses cookies</h2>
<div id="CybotCookiebotDialogBodyContentText">${cookie}</div><button id="CybotCookiebotDialogBodyButtonDecline">Deny</button>
<button id="CybotCookiebotDialogBodyLevelButtonCustomize">Customize</button>
<button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll">Allow all</button></div>
</body></html>`;
const report: TestPage = {
  html,
  name: 'heldout213-charity-impact-report',
  kind: 'docs',
  // the intro is body (a page description); headline figures are list items (body); the report quote is body, its
  // attribution furniture; table data cells are body, header cells and the caption in neither list; the contents
  // list repeats the headings and is left out; the chief executive's sign-off name is a byline
  title,
  headings: [h1, h2, h3, h4, h5],
  body: texts([...intro, ...p1, ...glance, ...p2, quote, ...p3, ...rows.flat(), ...p4, ...p5]),
  bylines: ['Published 18 March 2025', 'Helen Achebe'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...nav, 'Donate', ...sectionNav, 'In this report', cap, quoteBy, ...dl, 'Read our Impact Report 2023',
    'Hear how your support helps', 'Your email address', 'Sign up', ...foot, ...footLines, '© Northgate Youth Housing 2025', 'This website uses cookies',
    cookie, 'Deny', 'Customize', 'Allow all',
  ],
};

export const HELDOUT213_F: readonly TestPage[] = [report, campaignUpdate];
