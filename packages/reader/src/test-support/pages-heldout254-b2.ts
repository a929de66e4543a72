import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout254-kit.js';

/**
 * Held-out batch 254, file b2: a GuideStar / Candid-style nonprofit profile, a data page (site header with search and sign-in,
 * breadcrumb, profile header with the seal of transparency, EIN and address, profile tabs, report sections with mission,
 * key facts, programmes and a locked financials teaser, a "claim this profile" box, the related-organisations rail and footer).
 */
const cTitle = 'Brightwater Literacy Collective';
const cMission = [
  j(
    'Brightwater Literacy Collective helps adults in the Pell River counties learn to read, write and use numbers with confidence,',
    'so that they can take part fully in work, family life and their community.',
  ),
];
const cFacts = [
  'Ruling year 2014',
  'Principal officer Marisol Quennell',
  'Main address 418 Cannery Row, Suite 2, Pell City, OR 97781',
  'EIN 47-3318265',
  'NTEE code B60: Adult, Continuing Education',
];
const cPrograms = [
  [
    'One-to-one tutoring',
    j(
      'Trained volunteer tutors meet adult learners twice a week in public libraries for an hour at a time. Learners set their own',
      'goals, from reading a bedtime story to passing a forklift licence test.',
    ),
  ],
  [
    'Numbers for Life',
    j(
      'A twelve-week small-group course on everyday maths: budgeting, reading payslips, comparing loans and helping children with',
      'homework. Sessions run in the evening with free childcare.',
    ),
  ],
  ['Workplace learning', j('Short courses delivered on site at food-processing plants and care homes, paid for by the employer and held in work time.')],
];
const cServed = ['Adults', 'Low-income people', 'Immigrants and migrants', 'Working poor'];
const cResults = [
  j(
    'In the last reported year, 286 learners completed at least 30 hours of tutoring. Of those, 71 percent moved up one or more',
    'levels on a standard reading assessment and 44 gained a new qualification.',
  ),
];
const cTabs = ['Summary', 'Programs + Results', 'Financials', 'Operations'];
const cCrumbs = ['Home', 'Nonprofit profiles', 'Oregon'];
const cSimilar = ['Tidewater Reading Partners', 'Cascade Adult Learning Network', 'Second Chapter Literacy Project'];
const cFoot = ['About Candid', 'Help center', 'Privacy', 'Terms of service', 'Cookie settings'];
const cHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${cTitle} - GuideStar Profile</title>
<meta name="description" content="Brightwater Literacy Collective, Pell City, OR. Mission, programs, financials and operations.">
<meta property="og:title" content="${cTitle} - GuideStar Profile"><link rel="canonical" href="https://www.guidestar.example/profile/47-3318265">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NGO","name":"${cTitle}","taxID":"47-3318265",
"address":{"@type":"PostalAddress","addressLocality":"Pell City","addressRegion":"OR"}}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"profileEin":"47-3318265","sealLevel":"Gold"});</script></head>
<body class="profile-page"><header class="site-header"><div class="container"><a class="navbar-brand" href="/"><img src="/Content/images/candid-logo.svg"
alt="Candid"></a><form class="site-search" action="/search"><input type="search" placeholder="Search nonprofits" aria-label="Search nonprofits"></form>
<ul class="nav navbar-nav navbar-right"><li><a href="/account/login">Sign in</a></li><li><a class="btn btn-primary" href="/pricing">Get Pro</a></li></ul></div>
</header>
<nav aria-label="breadcrumb"><ol class="breadcrumb">${links(cCrumbs, 'breadcrumb-item')}</ol></nav>
<main id="main" class="container profile-container">
<div id="profileHeader" class="profile-header row"><div class="col-md-9"><h1 class="profile-org-name" id="orgName">${cTitle}</h1>
<p class="profile-org-aka">aka Brightwater Reads</p><p class="profile-org-address">Pell City, OR</p>
<p class="profile-org-ein"><span class="label">EIN:</span> 47-3318265</p></div><div class="col-md-3 seal-col"><div class="seal-badge seal-gold">
<img src="/Content/images/seals/2026/gold.svg" alt=""><span class="seal-caption">Gold Transparency 2026</span></div>
<a class="seal-link" href="/about-seals">What is a Candid Seal?</a></div></div>
<ul class="nav nav-tabs" id="profileTabs" role="tablist">${links(cTabs, 'nav-item')}</ul>
<div class="tab-content"><section class="report-section" id="summary"><h2 class="report-section-header">Mission</h2>
${ps(cMission, ' class="report-section-text" id="mission-statement"')}
<div class="report-section-body"><h2 class="report-section-header">Key facts</h2>
<ul class="key-facts">${cFacts
  .map(
    (f) => `<li><span
class="report-section-label">${f.replace(/^(\S+ \S+|EIN|NTEE code) /, '$1</span> <span class="report-section-value">')}</span></li>`,
  )
  .join('\n')}</ul></div>
</section>
<section class="report-section" id="programs"><h2 class="report-section-header">Programs</h2>
${cPrograms
  .map(
    ([h, p]) => `<div class="program-card"><h3 class="program-name">${h}</h3><p class="program-description">${p}</p>
<p class="program-meta"><span class="label">Population(s) served</span></p></div>`,
  )
  .join('\n')}
<h2 class="report-section-header">Who they serve</h2><ul class="populations">${cServed.map((s) => `<li>${s}</li>`).join('')}</ul>
<h2 class="report-section-header">Results</h2>
${ps(cResults, ' class="report-section-text"')}
</section>
<section class="report-section locked" id="financials"><h2 class="report-section-header report-section-header--locked">Financials</h2>
<div class="premium-teaser"><p class="premium-teaser-text">Unlock nine years of revenue, expense and balance sheet data with Candid Pro.</p>
<a class="btn btn-primary" href="/pricing">Compare plans</a></div></section>
<aside class="claim-profile"><h3>Is this your nonprofit?</h3><p>Update your profile to earn a Seal of Transparency.</p><a href="/claim">Claim this
profile</a></aside>
<p class="profile-updated">Profile last updated: February 11, 2026</p>
</div>
<aside class="similar-orgs"><h3 class="similar-orgs-title">Organizations like this one</h3><ul>${links(cSimilar, 'similar-org')}</ul></aside>
</main>
<footer class="site-footer"><ul class="footer-links">${links(cFoot)}</ul><p class="copyright">© 2026 Candid. All rights reserved.</p></footer>
<div id="cookie-consent" class="cookie-consent" role="dialog"><p>We use cookies to personalize your experience. By continuing you accept our use of
cookies.</p><button class="btn cookie-accept">Got it</button></div>
<script src="/bundles/profile.min.js"></script></body></html>`;
export const candid: TestPage = {
  name: 'heldout254-candid-guidestar-profile',
  kind: 'wiki',
  html: cHtml,
  title: cTitle,
  headings: ['Mission', 'Key facts', 'Programs', ...cPrograms.map(([h]) => h ?? ''), 'Who they serve', 'Results'],
  body: texts([...cMission, ...cFacts, ...cPrograms.map(([, p]) => p ?? ''), ...cServed, ...cResults]),
  bylines: ['Profile last updated: February 11, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Sign in', 'Get Pro', ...cCrumbs, 'aka Brightwater Reads', 'Gold Transparency 2026', 'What is a Candid Seal?', ...cTabs,
    'Population(s) served', 'Unlock nine years of revenue, expense and balance sheet data with Candid Pro.', 'Compare plans', 'Is this your nonprofit?',
    'Update your profile to earn a Seal of Transparency.', 'Claim this profile', 'Organizations like this one', ...cSimilar, ...cFoot,
    '© 2026 Candid. All rights reserved.', 'We use cookies to personalize your experience. By continuing you accept our use of cookies.', 'Got it',
  ],
};
