import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout248-kit.js';

/**
 * Held-out batch 248, file a: a UK Parliament Bills site page for an invented bill (global parliament header, breadcrumbs,
 * bill tabs, the summary and the stage timeline, "Sign up for updates" box, sponsor cards, related links and the footer)
 * and a Hansard debate record for an invented Commons debate (contribution times, "Share this contribution" links,
 * the debate navigator, the "Hansard" notice and the footer).
 */
const bTitle = 'Rural Bus Services (Minimum Frequency) Bill';
const bSummary = [
  j(
    'A Bill to require local transport authorities in England to secure a minimum frequency of bus services to settlements with',
    'a population of more than 800 people; to make provision about the funding of such services; and for connected purposes.',
  ),
  j(
    'The Bill would place a duty on each local transport authority to publish, within twelve months of the Act coming into force,',
    'a rural connectivity statement listing every qualifying settlement in its area and the weekday and Saturday services it receives.',
  ),
  j(
    'Where a settlement receives fewer than six return journeys on a weekday, the authority would have to tender for additional',
    'journeys or explain to the Secretary of State why it cannot. The Bill also allows neighbouring authorities to tender jointly.',
  ),
];
const bStages = [
  'First reading: House of Commons, 14 January 2026',
  'Second reading: House of Commons, 6 February 2026',
  'Committee stage: Public Bill Committee, 24 February to 10 March 2026 (four sittings)',
  'Report stage: House of Commons, expected 21 April 2026',
];
const bNews = [
  j(
    'The Public Bill Committee agreed amendments 3 and 7, which lower the population threshold from 1,000 to 800 and add Saturday',
    'services to the statement. Amendment 12, on Sunday services, was withdrawn after the Minister promised a consultation.',
  ),
  'The amended Bill was reprinted on 12 March 2026 as Bill 188.',
];
const bNav = ['Bills and Legislation', 'Statutory Instruments', 'Acts of Parliament', 'Parliament home', 'MPs and Lords', 'Committees'];
const bTabs = ['Overview', 'Stages', 'Publications', 'Amendments', 'News articles'];
const bRelated = ['Explanatory Notes', 'Impact assessment', 'Delegated powers memorandum', 'Public Bill Committee evidence'];
const bFoot = ['Cookie policy', 'Accessibility statement', 'Privacy notice', 'Contact us', 'Parliamentary copyright'];
const bHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${bTitle} - Parliamentary Bills - UK Parliament</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="${bTitle}">
<meta property="og:site_name" content="UK Parliament"><meta name="description" content="Progress of the ${bTitle} through Parliament.">
<link rel="stylesheet" href="/dist/css/site.min.css"><script src="/dist/js/uk-parliament-cookie-policy.js"></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"billId": 3921, "session": "2025-26"});</script></head>
<body><div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookie banner"><div class="container">
<p class="cookie-banner-text">We use necessary cookies to make our site work. We'd also like to set optional analytics cookies to help us improve it.</p>
<button class="btn btn-primary" id="accept-cookies">Accept optional cookies</button><a href="/cookies" class="btn btn-link">Manage cookie preferences</a>
</div></div><a href="#main-content" class="skip-to-main">Skip to main content</a>
<header class="uk-parliament-header"><div class="container"><a class="uk-parliament-logo" href="https://www.parliament.uk/">UK Parliament</a>
<nav class="global-nav" aria-label="Parliament sites"><ul>${links(bNav, 'global-nav-item')}</ul></nav></div></header>
<div class="breadcrumb-wrapper"><div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Parliamentary Bills</a></li>
<li class="breadcrumb-item"><a href="/bills?Session=40">Session 2025-26</a></li><li class="breadcrumb-item active">Rural Bus Services Bill</li></ol></div></div>
<main id="main-content"><div class="hero-banner bill-hero"><div class="container"><span class="hero-category">Private Members' Bill (Ballot Bill)</span>
<h1 class="hero-title">${bTitle}</h1><div class="hero-sub">Originated in the House of Commons, Session 2025-26</div>
<div class="last-updated">Last updated: 12 March 2026 at 16:05</div></div></div>
<nav class="tab-nav" aria-label="Bill sections"><div class="container"><ul class="nav nav-tabs">${links(bTabs, 'nav-item')}</ul></div></nav>
<div class="container"><div class="row"><div class="col-md-8"><section class="bill-summary">
<h2 class="section-header">Long title and summary</h2>
${ps(bSummary, ' class="content"')}
</section><section class="bill-stages"><h2 class="section-header">Progress of the Bill</h2>
<ol class="stage-timeline">${bStages
  .map(
    (s) => `<li class="stage-item"><div class="card card-stage"><div class="card-inner">${s}</div></div>
</li>`,
  )
  .join('\n')}</ol>
<p class="stage-note small">Dates for future stages are provisional.</p></section>
<section class="bill-news"><h2 class="section-header">Committee stage outcome</h2>
${ps(bNews, ' class="content"')}
</section></div><aside class="col-md-4"><div class="card card-sponsors"><h3 class="card-title">Sponsors</h3>
<div class="card-member"><div class="primary-info">Harriet Osei-Lowther</div><div class="secondary-info">Labour, Wensleydale and Swale Vale</div></div>
<div class="card-member"><div class="primary-info">Callum Drever</div><div class="secondary-info">Liberal Democrat, North Tarbet</div></div></div>
<div class="card card-alerts"><h3 class="card-title">Sign up for updates</h3><p>Get an email alert when this Bill moves to its next stage.</p>
<a href="/bills/3921/alerts" class="btn btn-primary">Sign up</a></div>
<div class="card card-related"><h3 class="card-title">Related documents</h3><ul>${links(bRelated)}</ul></div></aside></div></div></main>
<footer class="uk-parliament-footer"><div class="container"><ul class="footer-links">${links(bFoot)}</ul>
<p class="footer-copyright">© UK Parliament 2026</p></div></footer>
<script src="/dist/js/site.min.js"></script></body></html>`;
const bills: TestPage = {
  name: 'heldout248-uk-parliament-bills-bill',
  kind: 'docs',
  html: bHtml,
  title: bTitle,
  headings: ['Long title and summary', 'Progress of the Bill', 'Committee stage outcome'],
  body: texts([...bSummary, ...bStages, ...bNews]),
  bylines: ['Last updated: 12 March 2026 at 16:05'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    "We use necessary cookies to make our site work. We'd also like to set optional analytics cookies to help us improve it.", 'Accept optional cookies',
    'Manage cookie preferences', 'Skip to main content', ...bNav, 'Parliamentary Bills', 'Session 2025-26', 'Rural Bus Services Bill',
    "Private Members' Bill (Ballot Bill)", 'Originated in the House of Commons, Session 2025-26', ...bTabs, 'Dates for future stages are provisional.',
    'Sponsors', 'Harriet Osei-Lowther', 'Labour, Wensleydale and Swale Vale', 'Callum Drever', 'Liberal Democrat, North Tarbet', 'Sign up for updates',
    'Get an email alert when this Bill moves to its next stage.', 'Related documents', ...bRelated, ...bFoot, '© UK Parliament 2026',
  ],
};

const hTitle = 'Coastal Erosion: Funding for Small Communities';
const hItems: [string, string][] = [
  [
    '2.41 pm',
    j(
      '<strong>Ruth Addleshaw</strong> (Holderby Coast) (Con): I beg to move, That this House has considered funding for coastal',
      'erosion schemes in small communities. It is a pleasure to serve under your chairmanship, Mr Pryce. Along eleven miles of',
      'my constituency the cliff line has retreated by an average of two metres a year since 2019, and in the village of Skelby',
      'Ness we have lost nine homes and the only road to the lifeboat station.',
    ),
  ],
  [
    '2.44 pm',
    j(
      '<strong>Ruth Addleshaw</strong>: The difficulty is the way partnership funding is calculated. A scheme is scored by the',
      'number of households it protects, so a village of 140 people can never compete with a town of 14,000, however fast the',
      'sea is moving. Skelby Ness scored 0.31 on the outcome measure; the threshold for full grant is 1.0. That gap has to be',
      'filled locally, and a parish council with an annual precept of £18,000 cannot fill a gap of £4.6 million.',
    ),
  ],
  [
    '2.49 pm',
    j(
      '<strong>Owain Treharne</strong> (Gower Sands) (Lab): Will the hon. Member give way? Does she agree that the answer is not',
      'only more money but a fund for moving communities back from the coast, so that families are not left waiting until',
      'their house is condemned before anyone helps them?',
    ),
  ],
  [
    '2.50 pm',
    j(
      '<strong>Ruth Addleshaw</strong>: I agree entirely. The coastal transition accelerator pilots showed that buying land',
      'inland and helping people move early costs less than repeated emergency works. I ask the Minister to make that',
      'approach permanent and to set aside a fixed share of the capital programme for communities under 2,000 people.',
    ),
  ],
  [
    '3.02 pm',
    j(
      '<strong>The Parliamentary Under-Secretary of State for Environment, Food and Rural Affairs (Daniel Fenwick-Shaw)</strong>:',
      'I congratulate my hon. Friend on securing this debate. We are reviewing the partnership funding formula this year, and',
      'I can tell her that the review will look specifically at how small and dispersed communities are scored. I will',
      'write to her before the summer recess with the terms of reference, and I would be glad to visit Skelby Ness.',
    ),
  ],
  ['3.09 pm', 'Question put and agreed to.'],
];
const hNav = ['Find debates', 'Find members', 'Find divisions', 'Search Hansard', 'About Hansard'];
const hNext = ['Previous debate: Hospice Funding: Lancashire', 'Next debate: Leasehold Reform: Service Charges'];
const hFoot = ['Parliamentary copyright', 'Open Parliament Licence', 'Contact Hansard', 'Cookie policy', 'Accessibility'];
const hHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hTitle} - Hansard - UK Parliament</title>
<meta name="description" content="Westminster Hall debate on ${hTitle}, 17 March 2026."><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${hTitle}","datePublished":"2026-03-17"}</script>
<link rel="stylesheet" href="/Content/hansard.min.css"></head>
<body class="hansard debate-page"><header class="uk-parliament-header"><a class="uk-parliament-logo" href="https://www.parliament.uk">UK Parliament</a>
<a class="site-name" href="/">Hansard</a><nav class="site-nav"><ul>${links(hNav)}</ul></nav></header>
<div class="container"><div class="debate-navigator"><ol class="breadcrumb"><li><a href="/Commons">Commons</a></li>
<li><a href="/Commons/2026-03-17">Tuesday 17 March 2026</a></li><li>Westminster Hall</li></ol>
<div class="volume-info">Volume 781: debated on Tuesday 17 March 2026</div></div>
<div class="debate-header"><h1 class="title">${hTitle}</h1>
<div class="debate-tools"><a href="/pdf" class="btn-link">Download text</a><a href="#" class="btn-link js-share">Share this debate</a>
<a href="#" class="btn-link">Watch on Parliament TV</a></div></div>
<div class="debate-content"><div class="chair-notice"><p class="hs_76fChair">[Gareth Pryce in the Chair]</p></div>
${hItems
  .map(
    ([t, p], i) => `<div class="debate-item debate-item-contributiondebateitem" id="contribution-${9400 + i}">
<div class="time-code"><span class="time">${t}</span></div><div class="primary-text"><div class="contribution">
<p class="hs_Para">${p}</p></div><div class="contribution-tools"><a href="#contribution-${9400 + i}" class="share-link">Share this contribution</a></div>
</div></div>`,
  )
  .join('\n')}
</div><div class="debate-pager"><ul>${links(hNext)}</ul></div>
<div class="hansard-notice"><p>This is the final edited version of the debate.
Hansard is a substantially verbatim report of what is said in Parliament.</p></div></div>
<footer class="uk-parliament-footer"><ul>${links(hFoot)}</ul><p>© UK Parliament 2026</p></footer></body></html>`;
const hansard: TestPage = {
  name: 'heldout248-hansard-debate',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: texts(hItems.map(([, p]) => p)),
  bylines: ['Volume 781: debated on Tuesday 17 March 2026', ...hItems.map(([t]) => t)],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'UK Parliament', 'Hansard', ...hNav, 'Commons', 'Tuesday 17 March 2026', 'Westminster Hall', 'Download text', 'Share this debate',
    'Watch on Parliament TV', '[Gareth Pryce in the Chair]', 'Share this contribution', ...hNext, 'This is the final edited version of the debate.',
    'Hansard is a substantially verbatim report of what is said in Parliament.', ...hFoot, '© UK Parliament 2026',
  ],
};

export const HELDOUT248_A: readonly TestPage[] = [bills, hansard];
