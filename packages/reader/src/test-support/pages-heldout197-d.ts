import { type TestPage, texts } from './page-kit.js';
import { framerPost } from './pages-heldout197-d2.js';

/**
 * Held-out batch 197, file d: a Sitecore SXA insights page on a consultancy's corporate site (the SXA wrapper with header,
 * main and footer placeholders, the logo image component, the horizontal navigation with nested levels, the search box, the
 * breadcrumb component, the title and eyebrow, a summary rich text, the date / reading-time / authors block, "Download PDF"
 * and share link lists, rich text whose numbered questions are h3 headings inside list items, a promo, the "Related
 * insights" list, a contact form promo, the footer link lists and the OneTrust cookie banner) and, from file d2, a Framer
 * blog post.
 */
const scTitle = 'Five questions boards should ask before retrofitting a property portfolio';
const scSummary =
  'Most net zero plans for commercial buildings now turn on retrofit. The decisions that matter are made long before a contractor ' +
  'is appointed, and most of them are made in the boardroom.';
const scP1 = [
  'Over the past two years we have worked with eleven property owners on retrofit programmes, from a regional pension fund with ' +
    'forty office buildings to a family-owned group with six shopping parades. The technical problems vary. The governance ' +
    'problems are remarkably similar.',
  'Here are the five questions we now encourage every board to ask before it signs off a retrofit budget.',
];
const scQs: [string, string][] = [
  [
    'Do we know what we own?',
    'Energy certificates are a poor guide to real performance. Before planning works, commission metered data for at least a full ' +
      'heating season. In one portfolio, the building rated best on paper used the most gas per square metre.',
  ],
  [
    'Which buildings should we sell rather than fix?',
    'Some assets will never reach the standard at a sensible cost. Deciding early which ones to exit frees capital and avoids ' +
      'spending on buildings that will be stranded anyway.',
  ],
  [
    'Who carries the risk of disruption?',
    'Works in occupied buildings affect tenants. Leases rarely say who bears the cost of a closed floor or a noisy month, and the ' +
      'answer shapes both the programme and the rent roll.',
  ],
  [
    'How will we measure success?',
    'A retrofit that hits its design target and then drifts is common. Boards should ask for performance to be reported for at ' +
      'least three years after completion, not only at handover.',
  ],
  [
    'Do we have the people to run it?',
    'A programme of this size needs a client-side lead with authority to stop work. Without one, decisions default to the ' +
      'contractor, whose incentives are different.',
  ],
];
const scH1 = 'Where to start';
const scP2 = [
  'None of these questions needs an engineer to answer it first. They are questions of ownership, risk and accountability, and ' +
    'the boards that ask them early spend less and get more from the works that follow.',
  'If your organisation is at the start of this process, a half-day workshop with the board and the asset team is usually the ' + 'most useful first step.',
];
const scNav = ['Insights', 'Services', 'Sectors', 'About us', 'Careers'];
const scSub = ['Net zero', 'Infrastructure', 'Real estate'];
const scCrumb = ['Home', 'Insights'];
const scAuthors: [string, string][] = [
  ['Priya Castellane', 'Partner, Real Estate Advisory'],
  ['Owen Maddox', 'Associate Director, Sustainability'],
];
const scShare = ['Share', 'LinkedIn', 'Email', 'Copy link'];
const scRel = [
  'What the new energy performance rules mean for landlords',
  'Heat networks: a practical guide for estate managers',
  'Case study: retrofitting a 1970s office block',
];
const scPromo = ['Talk to our real estate team', 'Find out how we help owners plan, fund and deliver retrofit programmes.', 'Get in touch'];
const scFoot = ['Offices', 'Legal notices', 'Privacy policy', 'Modern slavery statement', 'Accessibility', 'Cookie settings'];
const scOt = [
  'We use cookies to give you the best experience on our website. Some are essential, and others help us understand how you use ' +
    'the site and show you relevant content.',
  'Cookie Policy',
  'Cookies Settings',
  'Reject All',
  'Accept All Cookies',
];
const scC = (cls: string, inner: string): string => `<div class="component ${cls}"><div class="component-content">${inner}</div></div>`;
const scLinks = (a: readonly string[]): string =>
  a
    .map(
      (t, i) => `<li class="item${i} ${i % 2 ? 'even' : 'odd'}"><div class="field-link"><a href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a>
</div></li>`,
    )
    .join('\n');
const scHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge"><title>${scTitle} | Kestrel Aldine</title>
<link href="/-/media/Base-Themes/Core-Libraries/styles/optimized-min.css?t=20250210T101045Z" rel="stylesheet">
<link href="/-/media/Themes/Kestrel/Kestrel/Kestrel-Theme/styles/pre-optimized-min.css?t=20250428T092210Z" rel="stylesheet">
<meta property="og:title" content="${scTitle}"><meta property="og:type" content="article">
<meta property="og:image" content="https://www.kestrelaldine.example/-/media/project/kestrel/insights/retrofit-hero.jpg?h=630&amp;w=1200">
<meta name="description" content="${scSummary}"><meta name="viewport" content="width=device-width, initial-scale=1">
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="0b9e2f61-kestrel" type="text/javascript"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"${scTitle}","datePublished":"2025-03-18",
"author":[{"@type":"Person","name":"Priya Castellane"},{"@type":"Person","name":"Owen Maddox"}],"publisher":{"@type":"Organization",
"name":"Kestrel Aldine"}}</script>
</head><body class="default-device bodyclass"><div id="wrapper">
<header><div id="header" class="container"><div class="row">
${scC(
  'image file-type-icon-media-link col-12 col-md-3 logo',
  `<a title="Kestrel Aldine" href="/"><img
src="/-/media/project/kestrel/logo.svg" alt="Kestrel Aldine"></a>`,
)}
${scC(
  'navigation col-12 col-md-7 navigation-main navigation-main-horizontal',
  `<nav><ul class="clearfix">${scNav
    .map(
      (t, i) => `<li class="level0 submenu item${i} rel-level1${t === 'Insights' ? ' active' : ''}">
<div class="navigation-title field-navigationtitle"><a title="${t}" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></div>
${
  i === 1
    ? `<ul class="clearfix">${scSub
        .map(
          (s) => `<li class="level1 item0 rel-level2"><div class="navigation-title field-navigationtitle">
<a title="${s}" href="/services/${s.toLowerCase().replace(/ /g, '-')}">${s}</a></div></li>`,
        )
        .join('')}</ul>`
    : ''
}</li>`,
    )
    .join('\n')}</ul></nav>`,
)}
${scC(
  'search-box horizontal col-12 col-md-2',
  `<label class="search-box-label" for="sb">Search</label><input id="sb" type="text"
class="search-box-input" name="textBoxSearch"><button class="search-box-button">Search</button>`,
)}
</div></div></header>
<main><div id="content" class="container"><div class="row">
${scC(
  'breadcrumb navigation-title col-12',
  `<nav><ol>${scCrumb
    .map(
      (t, i) => `<li class="breadcrumb-item ${i === 0 ? 'home' : ''}"><div class="navigation-title field-navigationtitle">
<a title="${t}" href="/${i === 0 ? '' : 'insights'}">${t}</a></div><div class="separator">/</div></li>`,
    )
    .join('')}<li class="breadcrumb-item last">
<div class="navigation-title field-navigationtitle"><a title="${scTitle}" href="#">Five questions boards should ask</a></div></li></ol></nav>`,
)}
<div class="component page-content col-12"><div class="component-content">
${scC('rich-text insight-eyebrow', '<p>Insight</p>')}
${scC('title', `<div class="field-title"><h1>${scTitle}</h1></div>`)}
${scC('rich-text insight-summary', `<p class="lead">${scSummary}</p>`)}
<div class="row component column-splitter"><div class="col-12 col-md-8">
${scC('insight-meta', `<div class="field-date">18 March 2025</div><div class="field-readtime">6 minute read</div>`)}
${scC(
  'link-list insight-authors',
  `<h3>Authors</h3><ul>${scAuthors
    .map(
      ([n, r]) => `<li><div class="field-link"><a href="/people/${n.split(' ')[1]?.toLowerCase()}">${n}</a></div>
<div class="field-role">${r}</div></li>`,
    )
    .join('')}</ul>`,
)}
</div><div class="col-12 col-md-4">
${scC(
  'link-list insight-actions',
  `<ul><li><div class="field-link"><a
href="/-/media/project/kestrel/insights/retrofit-questions.pdf">Download PDF</a></div></li></ul>`,
)}
${scC('link-list social-share', `<h3>${scShare[0]}</h3><ul>${scLinks(scShare.slice(1))}</ul>`)}</div></div>
${scC(
  'rich-text',
  `${scP1.map((t) => `<p>${t}</p>`).join('\n')}
<ol class="numbered-questions">${scQs.map(([q, a]) => `<li><h3>${q}</h3><p>${a}</p></li>`).join('\n')}</ol>
<h2>${scH1}</h2>${scP2.map((t) => `<p>${t}</p>`).join('\n')}`,
)}
${scC(
  'promo contact-promo',
  `<div class="field-promoicon"><img src="/-/media/project/kestrel/icons/chat.svg" alt=""></div><div class="promo-text"><div>
<div class="field-promotext"><h3>${scPromo[0]}</h3><p>${scPromo[1]}</p></div></div>
<div class="field-promolink"><a href="/contact">${scPromo[2]}</a></div></div>`,
)}
${scC(
  'page-list related-insights',
  `<h2 class="page-list-title">Related insights</h2><ul class="items">${scRel
    .map(
      (t, i) => `<li class="item${i}"><div class="field-label">Insight</div>
<div class="field-title"><a href="/insights/${i}">${t}</a></div></li>`,
    )
    .join('\n')}</ul>`,
)}
</div></div></div></div></main>
<footer><div id="footer" class="container"><div class="row">
${scC('link-list col-12 col-md-8 footer-links', `<ul>${scLinks(scFoot)}</ul>`)}
${scC('rich-text col-12 col-md-4 copyright', '<p>© 2025 Kestrel Aldine LLP. Registered in England and Wales, OC418822.</p>')}</div></div></footer></div>
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat" role="region"
aria-label="Cookie banner"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns">
<div id="onetrust-policy"><div id="onetrust-policy-text">${scOt[0]} <a class="ot-cookie-policy-link" href="/cookie-policy">${scOt[1]}</a></div></div></div>
<div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">${scOt[2]}</button><button id="onetrust-reject-all-handler">${scOt[3]}</button>
<button id="onetrust-accept-btn-handler">${scOt[4]}</button></div></div></div></div></div></div>
<script src="/-/media/Base-Themes/Core-Libraries/scripts/optimized-min.js?t=20250210T101045Z"></script></body></html>`;
const sitecore: TestPage = {
  html: scHtml,
  name: 'heldout197-sitecore-insights',
  kind: 'blog',
  // the summary under the title is body; the numbered questions are h3 headings inside list items, so they are headings and
  // each list item's paragraph is body; eyebrow, meta labels, authors block labels, PDF and share links, the contact promo and
  // related insights are furniture (the breadcrumb's last item, a cut of the title, is left out); the date, reading time and
  // the authors' names and roles are bylines
  title: scTitle,
  headings: [...scQs.map(([q]) => q), scH1],
  body: texts([scSummary, ...scP1, ...scQs.map(([, a]) => a), ...scP2]),
  bylines: ['18 March 2025', '6 minute read', ...scAuthors.flat()],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...scNav, ...scSub, 'Search', 'Home', 'Insight', 'Authors', 'Download PDF', ...scShare, ...scPromo,
    'Related insights', ...scRel, ...scFoot, '© 2025 Kestrel Aldine LLP. Registered in England and Wales, OC418822.', ...scOt,
  ],
};

export const HELDOUT197_D: readonly TestPage[] = [sitecore, framerPost];
