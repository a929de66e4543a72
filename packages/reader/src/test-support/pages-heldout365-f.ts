import { links, ps, type TestPage, texts } from './page-kit.js';
import { tradePress } from './pages-heldout365-f2.js';
import { j, lis } from './pages-heldout365-kit.js';

/**
 * Held-out batch 365, file f: a research council's funding opportunity on a WordPress theme in the style of UKRI's (the
 * Civic Cookie Control banner, the header with search, the opportunity's status and key data box, the in-page contents list,
 * the "Summary", "Eligibility", "Scope", "Funding available", "How to apply" and "Key dates" sections with a dates table, the
 * "Contact details" box, "Print this page" and "Share this page" links, related opportunities and the footer).
 */
const gTitle = 'Shared research facilities for low-carbon construction materials';
const gHeads = ['Summary', 'Who can apply', 'What we’re looking for', 'Funding available', 'How to apply', 'Key dates'];
const gSummary = [
  j(
    'Apply for funding to set up a shared facility that gives researchers and industry access to equipment for testing',
    'low-carbon construction materials, such as recycled aggregates, timber composites and cement replacements.',
  ),
  j(
    'The full economic cost of your project can be up to £3.5 million. The Engineering and Materials Research Council will fund 80',
    'percent of the full economic cost. Projects can last up to four years and must start by 1 April 2027.',
  ),
];
const gWho = [
  j(
    'Standard eligibility rules apply. Research grants are open to UK higher education institutions, research council institutes',
    'and independent research organisations that we recognise as eligible.',
  ),
  j(
    'Each project must involve at least two research organisations and at least one business partner that will contribute cash or',
    'in-kind support. You can be named on only one application to this opportunity as project lead.',
  ),
];
const gLooking = [
  j(
    'We want to fund facilities that would not be viable for a single organisation, and that will be open to users from across',
    'the research community and the construction sector. Your facility should fill a clear gap in national capability.',
  ),
  'Your proposal should show:',
];
const gLookingList = [
  'how academic and industrial users will book time on the equipment, and at what cost',
  'how you will train users and support smaller companies that have not used such facilities before',
  'how the data produced will be managed and shared',
  'how the facility will be sustained after the end of the grant',
];
const gFunding = [
  j(
    'We have up to £12 million available and expect to fund three or four projects. Capital equipment over £400,000 may be',
    'included, but must be justified by the expected level of use.',
  ),
];
const gHow = [
  j(
    'You must apply through the Funding Service. Only the lead research organisation can submit an application. Before you',
    'start, confirm that your organisation can apply and that you have an account.',
  ),
  j(
    'Applications will be assessed by an expert panel against the criteria of vision, approach, applicant capability and',
    'resources. You will have the chance to respond to reviewer comments before the panel meets.',
  ),
];
const gDates: [string, string][] = [
  ['Briefing webinar', '14 July 2026 2:00pm'],
  ['Opportunity closes', '22 September 2026 4:00pm'],
  ['Panel meeting', 'January 2027'],
  ['Funding decision', 'February 2027'],
];
const gKey: [string, string][] = [
  ['Opportunity status:', 'Open'],
  ['Funders:', 'Engineering and Materials Research Council'],
  ['Funding type:', 'Grant'],
  ['Total fund:', '£12,000,000'],
  ['Closing date:', '22 September 2026 4:00pm UK time'],
];
const gNav = ['Find funding', 'Manage your award', 'What we do', 'News, events and publications', 'About us'];
const gRelated = ['Early career fellowships in sustainable engineering', 'Net zero industry partnerships: call 3'];
const gFoot = ['Contact us', 'Accessibility', 'Privacy notice', 'Cookies', 'Terms of use', 'Jobs'];
const gHtml = `<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,
initial-scale=1">
<title>${gTitle} – EMRC</title><meta property="og:type" content="article"><meta property="og:title" content="${gTitle}">
<link rel="stylesheet" id="emrc-main-css" href="/wp-content/themes/emrc-theme/dist/css/main.css?ver=3.8.1" media="all">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${gTitle}","datePublished":"2026-06-16"}</script>
<script>document.documentElement.className = document.documentElement.className.replace('no-js', 'js');</script></head>
<body class="opportunity-template-default single single-opportunity postid-80412"><a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header class="main-header"><div class="main-header__inner"><a class="main-header__logo" href="/"><img src="/wp-content/themes/emrc-theme/dist/img/logo.svg"
alt="Engineering and Materials Research Council"></a><nav class="main-nav" aria-label="Main menu"><ul id="menu-main" class="main-nav__list">${links(
  gNav,
  'menu-item menu-item-type-post_type',
)}</ul></nav><form role="search" class="search-form" action="/"><label class="screen-reader-text" for="s">Search for:</label><input type="search"
id="s" name="s">
<button class="search-form__submit">Search</button></form></div></header>
<div class="breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/"><span><a href="/">Home</a></span> &gt; <span><a
href="/opportunity/">Funding finder</a></span>
&gt; <span>Shared research facilities</span></div>
<main id="main" class="site-main"><article id="post-80412" class="post-80412 opportunity type-opportunity status-publish hentry">
<header class="entry-header"><span class="opportunity-status opportunity-status--open">Open</span><h1 class="entry-title">${gTitle}</h1>
<div class="entry-meta"><span class="posted-on">Published: <time class="entry-date published" datetime="2026-06-16">16 June 2026</time></span></div></header>
<div class="opportunity__summary-box"><dl class="govuk-table opportunity-cells">${gKey
  .map(([k, v]) => `<div class="opportunity-cells__row"><dt class="opportunity-cells__label">${k}</dt><dd class="opportunity-cells__value">${v}</dd></div>`)
  .join('\n')}</dl></div>
<nav class="contents-list" aria-label="Contents"><h2 class="contents-list__title">Contents</h2><ol>${links(gHeads, 'contents-list__item')}</ol></nav>
<div class="entry-content">
<h2 id="summary">${gHeads[0]}</h2>
${ps(gSummary)}
<h2 id="who-can-apply">${gHeads[1]}</h2>
${ps(gWho)}
<h2 id="what-were-looking-for">${gHeads[2]}</h2>
${ps(gLooking)}
<ul>${lis(gLookingList)}</ul>
<h2 id="funding-available">${gHeads[3]}</h2>
${ps(gFunding)}
<h2 id="how-to-apply">${gHeads[4]}</h2>
${ps(gHow)}
<h2 id="key-dates">${gHeads[5]}</h2>
<table class="ukri-table"><thead><tr><th>Activity</th><th>Date</th></tr></thead>
<tbody>${gDates.map(([a, d]) => `<tr><td>${a}</td><td>${d}</td></tr>`).join('\n')}
</tbody></table>
</div>
<div class="contact-box"><h2>Contact details</h2><p>Ask about this funding opportunity: facilities@emrc.example</p><p>Get help with applying through
the Funding Service:
support@fundingservice.example</p></div>
<footer class="entry-footer"><p class="entry-updated">This is the website for EMRC. Last updated: 24 June 2026</p><ul class="page-actions">
${links(['Print this page', 'Share this page'])}</ul></footer></article>
<aside class="related-opportunities"><h2>Related opportunities</h2><ul>${links(gRelated)}</ul></aside></main>
<footer class="main-footer"><ul class="main-footer__links">${links(gFoot)}</ul><p class="main-footer__copy">© Engineering and Materials Research
Council 2026</p></footer>
<div id="ccc" role="region"><div id="ccc-notify"><h3 id="ccc-notify-title">We use some essential cookies to make this website work.</h3>
<button id="ccc-notify-accept">Accept additional cookies</button><button id="ccc-notify-reject">Reject additional cookies</button></div></div>
<script src="/wp-content/themes/emrc-theme/dist/js/main.js?ver=3.8.1" id="emrc-main-js"></script></body></html>`;
const grantCall: TestPage = {
  name: 'heldout365-wordpress-funding-call-docs',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: gHeads,
  body: texts([...gSummary, ...gWho, ...gLooking, ...gLookingList, ...gFunding, ...gHow, ...gDates.flat()]),
  bylines: ['16 June 2026', 'This is the website for EMRC. Last updated: 24 June 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...gNav, 'Search for:',
    'Funding finder', 'Shared research facilities', 'Open', ...gKey.flat().filter((t) => t !== 'Open' && !t.startsWith('Engineering')),
    'Contents', 'Contact details', 'Ask about this funding opportunity: facilities@emrc.example',
    'Get help with applying through the Funding Service: support@fundingservice.example', 'Print this page', 'Share this page',
    'Related opportunities', ...gRelated, ...gFoot, '© Engineering and Materials Research Council 2026',
    'We use some essential cookies to make this website work.', 'Accept additional cookies', 'Reject additional cookies',
  ],
};

export const HELDOUT365_F: readonly TestPage[] = [grantCall, tradePress];
