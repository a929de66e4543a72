import { links, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout276-kit.js';

/**
 * Held-out batch 276, file c2: a debate page on a Hansard-style parliamentary record site (the invented Northmark Assembly,
 * on the ASP.NET / Bootstrap template of hansard.parliament.uk): the cookie banner, the Hansard nav bar, the debate header
 * with volume and date, contributions with member attribution blocks (name and constituency / party), an intervention,
 * column numbers and time codes between contributions, the share / download tools, the day's contents sidebar with
 * previous and next debate links, and the footer.
 */
const hTitle = 'Rural Bus Services';
const hContribs: [string, string[]][] = [
  [
    'Ms Priya Halden (Eastmoor) (NLP)',
    [
      j(
        'I beg to move, That this Assembly regrets the withdrawal of 41 rural bus routes since 2023; and calls on the Government to',
        'publish a funding settlement for county transport authorities before the summer recess.',
      ),
      j(
        'In my constituency, the village of Hobb End lost its last bus in October. Residents who do not drive now face a four-mile walk',
        'along an unlit road to reach the nearest stop. Among them are pupils at the Eastmoor sixth form, who have told me they are',
        'choosing subjects by which college they can reach rather than by what they want to study.',
      ),
    ],
  ],
  ['Mr Alaric Venn (Thorpe Vale) (Con)', ['Will the hon. Lady give way?']],
  ['Ms Priya Halden', ['I give way.']],
  [
    'Mr Alaric Venn',
    [
      j(
        'The hon. Lady will know that the demand-responsive minibus pilot in my constituency has carried more passengers than the route it',
        'replaced. Does she accept that the answer for some villages is not the old timetabled bus but something more flexible?',
      ),
    ],
  ],
  [
    'Ms Priya Halden',
    [
      j(
        'I welcome the pilot, and I have visited it. But it runs on a two-year grant, and the operators have told me they cannot plan',
        'beyond the grant. Flexibility without funding certainty is not a service; it is an experiment. That is the point of the motion.',
      ),
    ],
  ],
  [
    'The Minister for Transport (Dame Eudora Plaskett)',
    [
      j(
        'I congratulate the hon. Member for Eastmoor on securing the debate. I have listened carefully, and let me say at once that the',
        'Government share her concern about access to education and work in rural areas.',
      ),
      j(
        'The county transport settlement will be published in June, and it will for the first time include a ring-fenced element for',
        'rural routes. I can also tell the Assembly that the demand-responsive pilots will be extended for a further year while we',
        'evaluate them. I hope that, on that basis, the hon. Lady will consider withdrawing the motion.',
      ),
    ],
  ],
  ['Ms Priya Halden', [j('I thank the Minister, and I will take her at her word on the June date. I beg to ask leave to withdraw the motion.')]],
];
const hEnd = 'Motion, by leave, withdrawn.';
const hNav = ['Home', 'Find debates', 'Members', 'Divisions', 'Bills'];
const hContents = ['Oral Answers to Questions', 'Point of Order', 'Rural Bus Services', 'Coastal Erosion (Funding)'];
const hFoot = ['Accessibility statement', 'Cookie policy', 'Privacy notice', 'Contact Hansard'];
const attr = (who: string): string => {
  const m = who.match(/^(.*?) (\(.*\))$/);
  const name = m ? m[1] : who;
  const sec = m ? `\n<div class="secondary-text">${m[2]}</div>` : '';
  return `<div class="attributed-to"><a class="attributed-to-details" href="/search/MemberContributions?house=Assembly&amp;memberId=${who.length}">
<div class="primary-text">${name}</div>${sec}</a></div>`;
};
const cols = ['Column 214', 'Column 215', 'Column 216', 'Column 217', 'Column 218', 'Column 219', 'Column 220'];
const times = ['4.12 pm', '', '', '', '4.19 pm', '', '4.31 pm'];
const hBody = hContribs.map(
  ([who, paras], i) => `<div class="debate-item debate-item-contributiondebateitem">${times[i] ? `<div class="time-code">${times[i]}</div>` : ''}
<div class="row"><div class="col-md-3">${attr(who)}</div><div class="col-md-9 contribution content-container">
${paras.map((p, k) => `<p class="hs_Para" data-contribution-item-id="a${i}${k}">${p}</p>`).join('\n')}</div></div>
<div class="column-number" data-column-number="${214 + i}">${cols[i]}</div></div>`,
);
const hHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${hTitle} - Hansard - Northmark Assembly</title>
<meta name="description" content="Hansard record of the item : 'Rural Bus Services' on Tuesday 3 March 2026.">
<meta name="twitter:card" content="summary"><meta property="og:title" content="${hTitle} - Hansard - Northmark Assembly">
<link href="/Content/css/hansard.min.css?v=7.4.2" rel="stylesheet"><script src="/bundles/modernizr?v=wBEWDufH_8Md-Pbioxomt90vm6tJN2Pyy9u9zHtWsPo1"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Legislation","name":"${hTitle}","legislationDate":"2026-03-03"}</script></head>
<body><div id="cookie-banner" class="cookie-banner" role="region" aria-label="Cookies on Hansard"><div class="container">
<h2>Cookies on Northmark Assembly Hansard</h2>
<p>We use necessary cookies to make this site work, and optional analytics cookies to improve it.</p><button class="btn btn-primary" id="accept-cookies">Accept
analytics cookies</button><button class="btn btn-secondary" id="reject-cookies">Reject analytics cookies</button></div></div>
<a class="skip-to-content" href="#main-content">Skip to main content</a>
<header class="header"><div class="container"><a class="navbar-brand" href="/"><span class="logo-text">Northmark Assembly</span>
<span class="logo-sub">Hansard</span></a>
<nav class="navbar navbar-default" aria-label="Hansard"><ul class="nav navbar-nav">${links(hNav)}</ul></nav></div></header>
<main id="main-content"><div class="container debate-container"><div class="row"><div class="col-lg-9 main-content">
<div class="hero-banner"><div class="breadcrumb-section"><ol class="breadcrumb"><li><a href="/Assembly/2026-03-03">Sittings</a></li>
<li class="active">Tuesday 3 March 2026</li></ol></div>
<h1 class="page-title">${hTitle}</h1><div class="debate-date">Volume 748: debated on Tuesday 3 March 2026</div></div>
<div class="debate-toolbar"><a class="btn-link" href="/download/rural-bus-services.txt">Download text</a><a class="btn-link" href="#share">Share this debate</a>
<a class="btn-link" href="https://assemblytv.example/event/3310">Watch this debate</a></div>
<div class="child-debate">
${hBody.join('\n')}
<div class="debate-item debate-item-notitle"><div class="content-container"><p class="hs_Para hs_ProcedureNotice"><em>${hEnd}</em></p></div></div>
</div></div>
<div class="col-lg-3 sidebar"><div class="sidebar-section"><h2 class="sidebar-heading">Contents</h2><p class="sidebar-date">Tuesday 3 March 2026</p>
<ul class="sidebar-list">${links(hContents)}</ul><div class="debate-navigation"><a href="/prev" class="prev-debate">Previous debate</a>
<a href="/next" class="next-debate">Next debate</a></div></div></div></div></div></main>
<footer class="footer"><div class="container"><ul class="footer-links">${links(hFoot)}</ul><p class="copyright">© Northmark Assembly copyright 2026.
Open Assembly Licence.</p></div></footer><script src="/bundles/hansard?v=Jd9f0Aw1"></script></body></html>`;
export const hansard: TestPage = {
  name: 'heldout276-hansard-debate-docs',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: [],
  body: texts([...hContribs.flatMap(([who, paras]) => [who, ...paras]), hEnd]),
  bylines: ['Volume 748: debated on Tuesday 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Cookies on Northmark Assembly Hansard', 'We use necessary cookies to make this site work, and optional analytics cookies to improve it.',
    'Accept analytics cookies', 'Reject analytics cookies', 'Skip to main content', 'Northmark Assembly', 'Hansard', ...hNav, 'Sittings',
    'Tuesday 3 March 2026', 'Download text', 'Share this debate', 'Watch this debate', ...cols, '4.12 pm', '4.19 pm', '4.31 pm', 'Contents',
    ...hContents.filter((c) => c !== hTitle), 'Previous debate', 'Next debate', ...hFoot, '© Northmark Assembly copyright 2026. Open Assembly Licence.',
  ],
};
