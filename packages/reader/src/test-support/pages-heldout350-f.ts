import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout350-kit.js';

/**
 * Held-out batch 350, file f: a Full Fact health fact check (Wagtail and Bootstrap markup: header and donate button, breadcrumbs,
 * byline and date, the "What was claimed" / "Our verdict" cards, share links, the donation ask, related fact checks, the
 * newsletter call, footer) and a university clinical trials unit's results summary for trial participants on Squiz Matrix
 * (global nav, breadcrumbs, section side nav, results table, PDF download, "last updated" and page owner lines, footer).
 */
const fTitle = 'No, the new RSV vaccine for older adults has not been linked to a rise in strokes';
const fClaim = 'The RSV vaccine given to people over 75 has caused a sharp rise in strokes.';
const fVerdict = j(
  'This is not supported by the evidence. The post misreads a monitoring report: the number of strokes recorded after vaccination',
  'was in line with what would be expected in this age group, and no safety signal has been found.',
);
const fBody = [
  j(
    'A post shared thousands of times on social media claims that the vaccine against respiratory syncytial virus (RSV), offered',
    'to people aged 75 and over since last autumn, has caused “a sharp rise in strokes”. The post includes a screenshot of a table',
    'from a vaccine safety monitoring report.',
  ),
  j(
    'The table is real, but the post misunderstands what it shows. It lists 212 reports of stroke made after vaccination over six',
    'months. These are reports of events that happened after someone was vaccinated, not events known to have been caused by the',
    'vaccine. Anyone can make a report, and the report itself says that most describe events expected in people of this age.',
  ),
  j(
    'Stroke is common in older adults. Around 1 in 100 people over 75 has a stroke each year, so among the roughly 1.4 million',
    'people vaccinated, thousands would be expected to have a stroke in the following months whether or not they had the vaccine.',
  ),
];
const fHeadings = ['What does the monitoring report say?', 'What about the studies in other countries?'];
const fReport = [
  j(
    'The regulator compares the number of reported strokes with the number expected in the same group of people in the same period.',
    'Its latest update says that “the number of reports does not exceed what would be expected to occur by chance” and that it will',
    'continue to monitor them.',
  ),
];
const fStudies = [
  j(
    'One study in another country found a small possible increase in a rare nerve condition after one of the RSV vaccines, and',
    'regulators added a warning about it. That study did not find an increase in strokes. Two further studies using hospital records,',
    'which covered more than two million older adults between them, also found no link between the vaccine and stroke.',
  ),
  j('We contacted the person who shared the post and asked for their source for the claim about strokes. They had not replied at', 'the time of publication.'),
];
const fNav = ['Fact checks', 'Explainers', 'Reports', 'Toolkit', 'Get involved'];
const fRelated = [
  'Flu vaccine does not contain mercury in the UK',
  'Claim that RSV vaccines were never tested in older people is wrong',
  'Viral video misrepresents hospital admission figures',
];
const fFoot = ['About us', 'Our team', 'Funding', 'Corrections policy', 'Privacy', 'Cookie settings', 'Contact'];
const fHtml = `<!DOCTYPE html><html lang="en-GB" class="no-js"><head><meta charset="utf-8"><title>${fTitle} - Full Fact</title>
<meta name="description" content="${fClaim}"><meta property="og:type" content="article"><link rel="stylesheet" href="/static/css/main.3f1a.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ClaimReview","datePublished":"2026-03-13","claimReviewed":"${fClaim}",
"author":{"@type":"Organization","name":"Full Fact"},"reviewRating":{"@type":"Rating","alternateName":"Not supported by the evidence"}}</script>
<script async src="https://www.googletagmanager.example/gtm.js?id=GTM-FF01"></script></head>
<body class="template-factcheckpage"><a class="skip-link" href="#main">Skip to content</a><header class="site-header navbar navbar-expand-lg">
<div class="container"><a class="navbar-brand" href="/"><img src="/static/img/ff-logo.svg" alt="Full Fact"></a><ul class="navbar-nav">${links(fNav, 'nav-item')}
</ul><a class="btn btn-donate" href="/donate">Donate</a><form class="form-inline search-form" action="/search/"><input class="form-control" type="search"
aria-label="Search"></form></div></header>
<main id="main"><div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Home</a></li>
<li class="breadcrumb-item"><a href="/health/">Health</a></li><li class="breadcrumb-item active">Vaccines</li></ol></nav>
<div class="row"><article class="col-lg-8 article"><h1 class="article-title">${fTitle}</h1>
<div class="timestamp"><span class="author">By Noor Haddad</span> <span class="date">13 March 2026</span></div>
<div class="card-summary"><div class="card card-claim"><h5 class="card-title">What was claimed</h5><p class="card-text">${fClaim}</p></div>
<div class="card card-verdict"><h5 class="card-title">Our verdict</h5><p class="card-text">${fVerdict}</p></div></div>
<div class="cms-content">${ps(fBody)}
<h2>${fHeadings[0] ?? ''}</h2>${ps(fReport)}
<div class="inline-promo"><p>Read more: <a href="/health/rsv-vaccine-explained/">Who can get the RSV vaccine, and why?</a></p></div>
<h2>${fHeadings[1] ?? ''}</h2>${ps(fStudies)}</div>
<div class="share-block"><h5>Share this article</h5><ul class="share-list"><li><a href="#">Share on Facebook</a></li><li><a href="#">Share on X</a></li>
<li><a href="#">Share on WhatsApp</a></li><li><a href="#">Copy link</a></li></ul></div>
<div class="donate-ask"><p class="donate-ask__text">Full Fact fights bad information. We’re a team of independent fact checkers who find, expose and counter
the harm it does.</p><a class="btn btn-primary" href="/donate">Support our work</a></div>
<div class="correction-note">
<p>We’re always happy to hear from you. If you think we’ve got something wrong, <a href="/corrections/">tell us about it</a>.</p></div>
</article><aside class="col-lg-4 sidebar"><div class="related-articles"><h4>Related fact checks</h4><ul>${links(fRelated)}</ul></div>
<div class="newsletter-card"><h4>Get the Full Fact newsletter</h4><p>Fact checks, explainers and updates, once a week.</p><input type="email"
placeholder="Email address"><button class="btn">Sign up</button></div></aside></div></div></main>
<footer class="site-footer"><div class="container"><ul class="footer-links">${links(fFoot)}</ul><p>Full Fact, 17 Harrow Yard, London. Registered charity
no. 1158683.</p></div></footer></body></html>`;
const fullFact: TestPage = {
  name: 'heldout350-full-fact-health-fact-check',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: fHeadings,
  body: texts([fClaim, fVerdict, ...fBody, ...fReport, ...fStudies]),
  bylines: ['By Noor Haddad', '13 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...fNav, 'Donate', 'Home', 'Health', 'Vaccines', 'What was claimed', 'Our verdict', 'Read more:',
    'Who can get the RSV vaccine, and why?', 'Share this article', 'Share on Facebook', 'Share on X', 'Share on WhatsApp', 'Copy link',
    'Full Fact fights bad information. We’re a team of independent fact checkers who find, expose and counter the harm it does.', 'Support our work',
    'We’re always happy to hear from you. If you think we’ve got something wrong, tell us about it.', 'Related fact checks', ...fRelated,
    'Get the Full Fact newsletter', 'Fact checks, explainers and updates, once a week.', 'Sign up', ...fFoot,
    'Full Fact, 17 Harrow Yard, London. Registered charity no. 1158683.',
  ],
};

const sTitle = 'The CALM-AF study results: a summary for the people who took part';
const sThanks = j(
  'Thank you to everyone who took part in the CALM-AF study. Without you this research would not have been possible. This summary',
  'explains what we found. It was written with the help of two people who took part in the study.',
);
const sSections: readonly (readonly [string, readonly string[]])[] = [
  [
    'Why did we do this study?',
    [
      j(
        'Atrial fibrillation (AF) is a common heart rhythm problem that can cause palpitations, tiredness and breathlessness. Many',
        'people are offered a procedure called catheter ablation. We wanted to know if a 12-week programme of supervised exercise and',
        'weight loss before ablation would help more people stay in a normal heart rhythm afterwards.',
      ),
    ],
  ],
  [
    'Who took part?',
    [
      j(
        '318 people took part at nine hospitals between 2021 and 2024. Their average age was 63, and 4 in 10 were women. Everyone',
        'was waiting for an ablation.',
      ),
    ],
  ],
  [
    'What did we find?',
    [
      j(
        'One year after their ablation, people who did the programme were slightly more likely to be free of AF than people who',
        'had usual care, but the difference was small and could have been due to chance.',
      ),
    ],
  ],
];
const sTable: readonly (readonly [string, string, string])[] = [
  ['Free of AF at one year', '71 in 100', '66 in 100'],
  ['Average weight change', '5.8 kg lost', '0.9 kg lost'],
  ['Felt their symptoms had improved', '78 in 100', '69 in 100'],
];
const sAfter = [
  j(
    'People in the programme lost more weight and said they felt better, and there were no extra side effects. Three people in each',
    'group had a serious problem linked to the ablation itself, which is what we would expect.',
  ),
];
const sMeaning = [
  j(
    'This study on its own does not show that the programme keeps AF away after ablation. It does suggest that the programme is',
    'safe and that people value it. We will combine our results with two similar studies to get a clearer answer.',
  ),
  'If you have questions about your own treatment, please talk to your heart doctor or nurse. Please do not change any medicines because of this summary.',
];
const sCrumbs = ['Home', 'Research', 'Clinical Trials Unit', 'Our trials'];
const sNav = ['Study', 'Research', 'Business', 'About', 'Alumni'];
const sSide = ['Our trials', 'Take part in research', 'Patient and public involvement', 'Results for participants', 'Contact the CTU'];
const sFoot = ['Accessibility', 'Freedom of information', 'Privacy and cookies', 'Modern slavery statement', 'Jobs'];
const sHtml = `<!DOCTYPE html><html lang="en"><head><!-- Running Squiz Matrix. Developed by Squiz - http://www.squiz.net -->
<meta charset="utf-8"><title>${sTitle} - University of Merrowfield</title>
<meta name="description" content="A plain-language summary of the CALM-AF study results.">
<link rel="stylesheet" href="/__data/assets/css_file/0014/18213/main.css?v=0.1.62"><script>var squizPageId = 284117;</script>
<script src="/__data/assets/js_file/0020/18218/global.js?v=0.1.62"></script></head>
<body class="page page--content"><a class="skip-link" href="#main-content">Skip to main content</a>
<div id="cookie-notice" class="cookie-notice" role="dialog"><p>This
site uses cookies to improve your experience. You can change your cookie settings at any time.</p><button class="btn btn--small">Accept all</button><a
href="/privacy">Cookie settings</a></div>
<header class="site-header"><div class="site-header__inner"><a class="site-header__logo" href="/"><img src="/__data/assets/image/0011/1011/logo.svg"
alt="University of Merrowfield"></a><nav class="global-nav" aria-label="Main"><ul class="global-nav__list">${links(sNav, 'global-nav__item')}</ul></nav>
<button class="site-search__toggle" type="button">Search</button></div></header>
<div class="breadcrumbs"><ol class="breadcrumbs__list">${links(sCrumbs, 'breadcrumbs__item')}<li class="breadcrumbs__item breadcrumbs__item--current">CALM-AF
results summary</li></ol></div>
<div class="layout layout--sidebar"><nav class="section-nav" aria-label="Section"><h2 class="section-nav__title">Clinical Trials Unit</h2>
<ul class="section-nav__list">${links(sSide, 'section-nav__item')}</ul></nav>
<main id="main-content" class="layout__main"><div class="content-block"><h1 class="page-title">${sTitle}</h1>
<div class="content-block__body">${ps([sThanks])}
${sSections.map(([h, ps_]) => `<h2>${h}</h2>\n${ps(ps_)}`).join('\n')}
<table class="table table--striped"><caption>Results one year after ablation</caption><thead><tr><th scope="col">What we measured</th><th scope="col">Exercise
and weight-loss programme</th><th scope="col">Usual care</th></tr></thead><tbody>
${sTable.map((r) => `<tr><td>${r[0]}</td><td>${r[1]}</td><td>${r[2]}</td></tr>`).join('\n')}</tbody></table>
${ps(sAfter)}
<h2>What does this mean?</h2>
${ps(sMeaning)}
<div class="download-box"><a class="download-box__link" href="/__data/assets/pdf_file/0021/284121/calm-af-summary.pdf">Download this summary (PDF, 412 KB)</a>
</div></div>
<div class="page-meta"><p class="page-meta__updated">Last updated: 3 February 2026</p><p class="page-meta__owner">Page owner: Merrowfield Clinical Trials
Unit</p></div></div></main></div>
<footer class="site-footer"><div class="site-footer__inner"><ul class="site-footer__links">${links(sFoot)}</ul><p class="site-footer__copy">© University of
Merrowfield 2026. Registered charity number 1139884.</p></div></footer></body></html>`;
const squiz: TestPage = {
  name: 'heldout350-squiz-matrix-ctu-participant-results-summary',
  kind: 'docs',
  html: sHtml,
  title: sTitle,
  headings: [...sSections.map(([h]) => h), 'What does this mean?'],
  body: texts([sThanks, ...sSections.flatMap(([, p]) => p), 'Results one year after ablation', ...sTable.flat(), ...sAfter, ...sMeaning]),
  bylines: ['Last updated: 3 February 2026', 'Page owner: Merrowfield Clinical Trials Unit'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'This site uses cookies to improve your experience. You can change your cookie settings at any time.', 'Accept all',
    'Cookie settings', ...sNav, 'Search', ...sCrumbs, 'CALM-AF results summary', 'Clinical Trials Unit', ...sSide, 'Download this summary (PDF, 412 KB)',
    ...sFoot, '© University of Merrowfield 2026. Registered charity number 1139884.',
  ],
};

export const HELDOUT350_F: readonly TestPage[] = [fullFact, squiz];
