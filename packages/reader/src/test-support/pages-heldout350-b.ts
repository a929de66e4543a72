import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout350-kit.js';

/**
 * Held-out batch 350, file b: a Cochrane Library review page open on its plain language summary (Cochrane header and search,
 * the review header with authors, version and DOI, the section tabs, the translations menu, the download / cite / share tools,
 * the "Related content" rail and the cookie banner) and a NICE guideline recommendations chapter built with Next.js (global
 * nav, breadcrumbs, the guideline tabs, chapter menu, numbered recommendations, previous / next links, newsletter call, footer).
 */
const kTitle = 'Smartphone app-guided pelvic floor muscle training for urinary incontinence after childbirth';
const kKey = [
  j(
    'App-guided pelvic floor muscle training probably reduces leaking of urine a little at three months after the birth, compared',
    'with a printed leaflet alone.',
  ),
  'Apps with reminders and feedback may work better than apps that only show the exercises, but we are uncertain.',
  'We found no evidence of harm. Future studies should follow women for at least a year.',
];
const kWhat = [
  j(
    'Many women leak urine after giving birth, especially when they cough, laugh or lift something. Training the muscles of the',
    'pelvic floor with regular squeezing exercises can help, but women often find it hard to keep doing them at home with a new baby.',
    'Smartphone apps remind women to exercise, explain how to do it and sometimes connect to a small sensor that shows how strongly',
    'they are squeezing.',
  ),
];
const kWant = [
  j(
    'We wanted to find out if women who use an app to guide their pelvic floor exercises after childbirth leak less urine than',
    'women who get the usual advice, and whether the apps cause any unwanted effects such as pain or anxiety.',
  ),
];
const kDid = [
  j(
    'We searched for studies that compared app-guided training with usual care, a leaflet or training with a physiotherapist in',
    'women who had given birth within the past year. We compared and summarised the results of the studies and rated our confidence',
    'in the evidence, based on factors such as study methods and sizes.',
  ),
];
const kFound = [
  j(
    'We found 11 studies with 2,316 women in eight countries. Most studies lasted three to six months. Women were on average 31',
    'years old, and about half had given birth for the first time.',
  ),
  j(
    'Compared with a leaflet, app-guided training probably means that a few more women are dry at three months (about 38 in every',
    '100 women compared with 29 in every 100). It may also improve how much leaking bothers women in daily life. We do not know if the',
    'benefit lasts beyond six months, because only two studies measured it.',
  ),
  j(
    'Compared with training led by a physiotherapist, apps may make little or no difference to leaking, but the evidence is very',
    'uncertain. No study reported serious unwanted effects.',
  ),
];
const kLimits = [
  j(
    'We have moderate confidence in the evidence for the comparison with a leaflet, and low or very low confidence for the other',
    'comparisons. Women knew which treatment they were getting, several studies were small, and studies measured leaking in different ways.',
  ),
];
const kUpToDate = ['The evidence is up to date to August 2025.'];
const kHeadings = [
  'Plain language summary',
  'Key messages',
  'Why is leaking urine after childbirth a problem?',
  'What did we want to find out?',
  'What did we do?',
  'What did we find?',
  'What are the limitations of the evidence?',
  'How up to date is this evidence?',
];
const kNav = ['Cochrane Reviews', 'Trials', 'Clinical Answers', 'Editorials', 'Special Collections', 'About', 'Help'];
const kTabs = ['Abstract', 'Summary of findings', 'Background', 'Methods', 'Results', 'Discussion', 'References'];
const kRel = ['Pelvic floor muscle training for prevention of urinary incontinence in pregnancy', 'Digital tools for postnatal physical recovery'];
const kLangs = ['English', 'Español', 'Français', 'Deutsch', '简体中文'];
const kFoot = ['Cochrane', 'Wiley', 'Contact us', 'Privacy policy', 'Cookie preferences', 'Terms and conditions'];
const sec = (h: string, paras: readonly string[]): string => `<section class="pls-section"><h3 class="title">${h}</h3>
<div class="pls-section-content">${ps(paras)}</div></section>`;
const kHtml = `<!DOCTYPE html><html class="ltr" dir="ltr" lang="en-GB"><head><title>${kTitle} | Cochrane</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type"><meta name="citation_title" content="${kTitle}">
<meta name="citation_author" content="Teixeira, Maren"><meta name="citation_publication_date" content="2026/01/14">
<meta name="citation_doi" content="10.1002/14651858.CD016204"><meta property="og:site_name" content="Cochrane Library">
<link href="/o/cochrane-theme/css/main.css" rel="stylesheet" type="text/css"><script>var Liferay={Browser:{},ThemeDisplay:{getLanguageId:function()
{return "en_GB";}}};</script><script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle","headline":"${kTitle}",
"datePublished":"2026-01-14","publisher":{"@type":"Organization","name":"John Wiley & Sons, Ltd"}}</script></head>
<body class="controls-visible signed-out public-page"><div id="wrapper"><header id="banner" role="banner"><div class="header-top">
<a class="logo custom-logo" href="/" title="Cochrane Library"><img alt="Cochrane Library" src="/o/cochrane-theme/images/logo.svg"></a>
<span class="strapline">Trusted evidence. Informed decisions. Better health.</span><div class="header-links"><a href="/c/portal/login">Sign In</a></div>
</div><nav class="navigation" id="navigation" role="navigation"><ul aria-label="Site Pages" role="menubar">${links(kNav, 'menu-item')}</ul></nav>
<div class="search-bar"><input type="text" class="search-input" placeholder="Title Abstract Keyword"><button class="search-button">Search</button>
<a href="/advanced-search">Browse</a></div></header>
<div id="content"><div class="portlet-boundary portlet-boundary_scolariscontentdisplay_"><div class="publication-header cdsr-header">
<div class="publication-type">Cochrane Systematic Review - Intervention</div><h1 class="publication-title">${kTitle}</h1>
<div class="publication-authors"><ul class="authors"><li class="author">Maren Teixeira</li><li class="author">Kofi Lindqvist</li>
<li class="author">Ayesha Mardell</li><li class="author">Paulo Brandt</li></ul><a class="authors-and-declarations" href="#authors">Authors' declarations
of interest</a></div>
<div class="publication-metadata"><span class="publish-date">Version published: 14 January 2026</span> <span class="doi-header">
<a href="https://doi.org/10.1002/14651858.CD016204">https://doi.org/10.1002/14651858.CD016204</a></span></div>
<div class="publication-tools"><a class="tool-download" href="#">Download PDF</a> <a class="tool-cite" href="#">Cite this review</a>
<a class="tool-print" href="#">Print</a> <a class="tool-comment" href="#">Comment on review</a> <div class="share-tools"><span>Share</span>
<a class="share-facebook" href="#">Facebook</a> <a class="share-x" href="#">X</a> <a class="share-linkedin" href="#">LinkedIn</a></div></div>
<div class="translation-selector"><span class="label">Available in</span><ul class="languages">${links(kLangs)}</ul></div></div>
<div class="cdsr-nav-tabs"><ul class="tabs">${links(kTabs, 'tab')}</ul></div>
<div class="publication-body"><section class="abstract collapsed"><h2 class="title">Abstract</h2><a class="section-expand" href="#">Read the full
abstract</a></section>
<section class="pls" id="CD016204-sec-0002"><h2 class="title">Plain language summary</h2>
<section class="pls-section"><h3 class="title">Key messages</h3><ul class="pls-key-messages">${kKey.map((k) => `<li>${k}</li>`).join('\n')}</ul></section>
${sec('Why is leaking urine after childbirth a problem?', kWhat)}
${sec('What did we want to find out?', kWant)}
${sec('What did we do?', kDid)}
${sec('What did we find?', kFound)}
${sec('What are the limitations of the evidence?', kLimits)}
${sec('How up to date is this evidence?', kUpToDate)}</section>
<section class="authors-conclusions collapsed"><h2 class="title">Authors' conclusions</h2><a class="section-expand" href="#">Read the full
conclusions</a></section></div>
<aside class="related-content"><h3>Related content</h3><ul>${links(kRel)}</ul></aside></div></div>
<footer id="footer" role="contentinfo"><ul class="footer-links">${links(kFoot)}</ul><p class="copyright">Copyright © 2026 The Cochrane Collaboration.
Published by John Wiley &amp; Sons, Ltd.</p></footer></div>
<div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience on our site. By continuing you accept our use of
cookies.</p><button class="cookie-accept">Accept and continue</button> <a href="/cookie-policy">Manage cookies</a></div>
<script src="/o/cochrane-theme/js/main.js"></script></body></html>`;
const cochrane: TestPage = {
  name: 'heldout350-cochrane-library-plain-language-summary',
  kind: 'docs',
  html: kHtml,
  title: kTitle,
  headings: kHeadings,
  body: texts([...kKey, ...kWhat, ...kWant, ...kDid, ...kFound, ...kLimits, ...kUpToDate]),
  bylines: ['Maren Teixeira', 'Kofi Lindqvist', 'Ayesha Mardell', 'Paulo Brandt', 'Version published: 14 January 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Trusted evidence. Informed decisions. Better health.', 'Sign In', ...kNav, 'Search', 'Browse', 'Cochrane Systematic Review - Intervention',
    "Authors' declarations of interest", 'https://doi.org/10.1002/14651858.CD016204', 'Download PDF', 'Cite this review', 'Print', 'Comment on review',
    'Share', 'Facebook', 'LinkedIn', 'Available in', ...kLangs, ...kTabs, 'Read the full abstract', "Authors' conclusions", 'Read the full conclusions',
    'Related content', ...kRel, ...kFoot, 'Copyright © 2026 The Cochrane Collaboration. Published by John Wiley & Sons, Ltd.',
    'We use cookies to improve your experience on our site. By continuing you accept our use of cookies.', 'Accept and continue', 'Manage cookies',
  ],
};

const nTitle = 'Chronic cough in adults: assessment and management';
type Rec = readonly [string, string];
const nSections: readonly (readonly [string, readonly Rec[]])[] = [
  [
    '1.1 Initial assessment',
    [
      ['1.1.1', 'Define chronic cough in adults as a cough lasting 8 weeks or longer. Record when it started and what makes it better or worse.'],
      [
        '1.1.2',
        j(
          'At the first appointment, ask about smoking and vaping, occupational and environmental exposures, reflux symptoms, nasal',
          'symptoms and all current medicines, including angiotensin-converting enzyme (ACE) inhibitors.',
        ),
      ],
      ['1.1.3', 'Offer a chest X-ray and spirometry to all adults with chronic cough who have not had them in the past 6 months.'],
      [
        '1.1.4',
        j(
          'Refer people urgently using a suspected cancer pathway referral if they have chronic cough with haemoptysis, unexplained',
          'weight loss or a chest X-ray suggesting lung cancer.',
        ),
      ],
    ],
  ],
  [
    '1.2 Treating common causes',
    [
      [
        '1.2.1',
        j(
          'If the person is taking an ACE inhibitor, discuss stopping it and switching to another medicine. Explain that the cough',
          'may take up to 12 weeks to settle.',
        ),
      ],
      ['1.2.2', 'Consider a 4-week trial of an inhaled corticosteroid if the history or tests suggest asthma or eosinophilic airway inflammation.'],
      ['1.2.3', 'Do not offer proton pump inhibitors for chronic cough unless the person also has typical symptoms of acid reflux.'],
    ],
  ],
  [
    '1.3 Refractory chronic cough',
    [
      [
        '1.3.1',
        j(
          'Consider speech and language therapy-led cough suppression therapy for adults whose cough continues after the common',
          'causes have been assessed and treated.',
        ),
      ],
      [
        '1.3.2',
        j(
          'Consider low-dose morphine sulfate modified-release for up to 12 weeks for adults with refractory chronic cough, after',
          'discussing the benefits and possible harms. Stop it if the cough has not improved after 4 weeks.',
        ),
      ],
    ],
  ],
];
const nRationale = j(
  'For a short explanation of why the committee made these recommendations and how they might affect practice, see the rationale and',
  'impact section on refractory chronic cough.',
);
const nRecs = nSections.flatMap(([, recs]) => recs.map(([n, t]) => `<span class="recommendation__number">${n}</span> ${t}`));
const nNav = ['Guidance', 'Standards and indicators', 'Life sciences', 'BNF', 'BNFC', 'CKS', 'Journals and databases', 'About'];
const nCrumbs = ['Home', 'NICE Guidance', 'Conditions and diseases', 'Respiratory conditions'];
const nTabs = ['Tools and resources', 'Information for the public', 'Evidence', 'History'];
const nChapters = ['Overview', 'Recommendations for research', 'Rationale and impact', 'Context', 'Finding more information and committee details'];
const nFoot = ['Contact NICE', 'Accessibility', 'Freedom of information', 'Cookies', 'Data protection', 'Privacy notice'];
const nHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><title>Recommendations | ${nTitle} | Guidance | NICE</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="This guideline covers assessing and managing
chronic cough in adults."><meta property="og:title" content="Recommendations | ${nTitle} | Guidance | NICE">
<link rel="preload" href="/_next/static/css/4b1c2a9d.css" as="style"><script src="https://cdn.nice.example/cookie-banner/cookie-banner.min.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${nTitle}","publisher":"NICE"}</script></head>
<body><div id="__next"><div class="GlobalNav_wrapper__3kLQp"><a href="#content-start" class="SkipLink_skipLink__vV1sq">Skip to content</a>
<header id="header" class="Header_header__Q2c8v"><a href="/" class="Logo_logo__fB9qp" aria-label="NICE homepage"><span>National Institute for
Health and Care Excellence</span></a><form class="Search_search__x2sT1" role="search"><input type="search" aria-label="Search NICE…"
placeholder="Search NICE…"><button type="submit">Search</button></form><a class="Account_signIn__r7pZk" href="/signin">Sign in</a></header>
<nav aria-label="Primary navigation" class="Nav_nav__d0Nve"><ul class="Nav_menuList__1lQh6">${links(nNav, 'Nav_item__kq0m8')}</ul></nav></div>
<main class="Container_container__tPZc9"><nav aria-label="Breadcrumbs" class="breadcrumbs"><ol class="breadcrumbs__list">${links(nCrumbs, 'breadcrumbs__crumb')}
</ol></nav><div class="page-header"><h1 class="page-header__heading">${nTitle}</h1><p class="page-header__lead">NICE guideline [NG312]
<span class="page-header__separator">Published:</span> <time dateTime="2026-03-04">04 March 2026</time></p></div>
<nav class="tabs" aria-label="Guideline sections"><ul><li class="tabs__tab tabs__tab--active"><a href="/guidance/ng312">Guidance</a>
</li>${links(nTabs, 'tabs__tab')}
</ul></nav><div class="grid"><div data-g="12 md:3"><nav class="stacked-nav" aria-label="Chapters"><h2 class="stacked-nav__root">Contents</h2>
<ul class="stacked-nav__list">${links(nChapters, 'stacked-nav__item')}</ul>
<a class="btn btn--secondary" href="/guidance/ng312/resources/chronic-cough-pdf">Download guidance (PDF)</a></nav></div>
<div data-g="12 md:9" id="content-start"><div class="chapter" title="Recommendations"><h2 class="title">Recommendations</h2>
<p>People have the right to be involved in discussions and make informed decisions about their care, as described in your care.</p>
${nSections
  .map(
    ([h, recs]) => `<div class="section" title="${h}"><h3 class="title">${h}</h3>
${recs.map(([n, t]) => `<div class="recommendation_text"><p><span class="recommendation__number">${n}</span> ${t}</p></div>`).join('\n')}</div>`,
  )
  .join('\n')}
<p class="rationale-link">${nRationale}</p></div>
<nav class="pagination" aria-label="Chapter navigation"><a class="pagination__prev" href="/guidance/ng312/chapter/overview">Previous chapter</a>
<a class="pagination__next" href="/guidance/ng312/chapter/recommendations-for-research">Next chapter</a></nav>
<a href="#top" class="back-to-top">Back to top</a></div></div></main>
<div class="newsletter-signup"><h2>Sign up for our newsletters and alerts</h2><p>Get the latest updates on NICE guidance straight to your inbox.</p>
<a class="btn" href="/newsletters">Sign up</a></div>
<footer class="Footer_footer__3mTxP"><ul>${links(nFoot)}</ul><p>© NICE 2026. All rights reserved. Subject to Notice of rights.</p></footer></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"productId":"NG312","chapterSlug":"recommendations"}},
"page":"/guidance/[slug]/chapter/[chapter]",
"buildId":"kq7c1Hn3dX","isFallback":false}</script></body></html>`;
const nice: TestPage = {
  name: 'heldout350-nice-guideline-recommendations',
  kind: 'docs',
  html: nHtml,
  title: nTitle,
  headings: ['Recommendations', ...nSections.map(([h]) => h)],
  body: texts([
    'People have the right to be involved in discussions and make informed decisions about their care, as described in your care.',
    ...nRecs,
    nRationale,
  ]),
  bylines: ['Published:', '04 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'National Institute for Health and Care Excellence', 'Search', 'Sign in', ...nNav, ...nCrumbs, 'NICE guideline [NG312]', ...nTabs,
    'Contents', ...nChapters, 'Download guidance (PDF)', 'Previous chapter', 'Next chapter', 'Back to top', 'Sign up for our newsletters and alerts',
    'Get the latest updates on NICE guidance straight to your inbox.', ...nFoot, '© NICE 2026. All rights reserved. Subject to Notice of rights.',
  ],
};

export const HELDOUT350_B: readonly TestPage[] = [cochrane, nice];
