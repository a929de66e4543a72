import { j, lis } from './pages-heldout326-kit.js';
import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 326, file f: an industry association's policy briefing page rendered by Next.js (the __next root,
 * CSS-module class names, the __NEXT_DATA__ script): the utility bar, the main nav, breadcrumbs, the briefing header
 * with type label, date and "Download PDF" button, an "On this page" table of contents, the key asks, a "Contact our
 * policy team" card, a members-only promo, the related briefings and the footer, with a cookie banner.
 */
const mTitle = 'Briefing: Proposed Changes to Forklift Operator Certification Rules';
const mSummary = [
  j(
    'The Department of Workplace Safety has proposed replacing the three-year refresher cycle for powered industrial truck',
    'operators with a competency-based model. This briefing sets out what the proposal would change, how it would affect',
    'member companies, and the Alliance’s position ahead of the comment deadline on 14 April 2026.',
  ),
];
const mH1 = 'What the proposal would change';
const mP1 = [
  j(
    'Under current rules, every forklift operator must complete a formal refresher evaluation every three years, whatever',
    'their record. The proposal would instead require an evaluation after any reportable incident, any change of truck type,',
    'or twelve months without operating, and would drop the fixed cycle for operators with a clean record.',
  ),
  'The draft also introduces two new requirements:',
];
const mL1 = [
  'Employers must keep digital training records that can be produced to an inspector within 48 hours.',
  'Operators of trucks with lift heights above 9 metres must hold a separate high-reach endorsement.',
];
const mH2 = 'Impact on members';
const mP2 = [
  j(
    'A survey of 214 member sites in February found that most would spend less on routine refreshers under the new model,',
    'but sites with mixed fleets expected more evaluations, because operators move between counterbalance and reach trucks',
    'during peak season. The high-reach endorsement would affect about one site in five, mostly in distribution centres.',
  ),
];
const mH3 = 'Our position';
const mP3 = [j('The Alliance supports the move to competency-based evaluation and will ask the department for three changes in its', 'formal response:')];
const mL2 = [
  'Treat counterbalance and reach trucks of similar capacity as one truck type for evaluation purposes.',
  'Allow an 18-month transition for the high-reach endorsement.',
  'Accept records held by accredited training providers in place of employer-held records.',
];
const mNav = ['Policy', 'Standards', 'Training', 'Events', 'Membership', 'News'];
const mToc = [mH1, mH2, mH3];
const mRelated = ['Briefing: Battery charging area ventilation guidance', 'Consultation response: Warehouse racking inspections'];
const mFoot = ['About the Alliance', 'Governance', 'Careers', 'Accessibility', 'Privacy notice'];
const mHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/>
<title>${mTitle} | National Materials Handling Alliance</title><meta name="description" content="What the proposed forklift certification changes mean."/>
<meta name="next-head-count" content="4"/><link rel="preload" href="/_next/static/css/8f2c1b0a7d3e.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/8f2c1b0a7d3e.css" data-n-g=""/>
<script src="/_next/static/chunks/webpack-3d1c2a.js" defer=""></script><script src="/_next/static/chunks/pages/_app-9a8b7c.js" defer=""></script></head>
<body><div id="__next"><div class="Layout_root__q2WcX">
<div class="UtilityBar_bar__Zr1mP"><a href="/login" class="UtilityBar_link__h7Qe2">Member login</a>
<a href="/join" class="UtilityBar_link__h7Qe2">Join the Alliance</a></div>
<header class="Header_header__3kLpA"><a href="/" class="Header_logo__x0bY1"><img alt="National Materials Handling Alliance" src="/logo.svg"/></a>
<nav class="Header_nav__Fq9sT" aria-label="Main"><ul class="Header_list__bV2nM">${links(mNav, 'Header_item__c8RjK')}</ul></nav></header>
<main class="Layout_main__p4Kd2"><nav aria-label="Breadcrumb" class="Breadcrumbs_root__g1Sxa">
<ol>${links(['Home', 'Policy', 'Briefings'], 'Breadcrumbs_item__aX2w9')}</ol></nav>
<div class="Briefing_grid__t6YhN"><article class="Briefing_article__Ld8eQ">
<header class="Briefing_header__9UuPz"><span class="Tag_tag__Wm3oL">Policy briefing</span>
<h1 class="Briefing_title__Kz0vR">${mTitle}</h1>
<div class="Briefing_meta__sE4nQ"><time dateTime="2026-03-03">Published 3 March 2026</time></div>
<a class="Button_button__pQ1dM Button_secondary__e0FhT" href="/files/briefing-forklift-certification.pdf">Download PDF (412 KB)</a></header>
<div class="RichText_root__uT5gB">
<p class="RichText_lead__Nn3oI">${mSummary[0] ?? ''}</p>
<h2 id="what-the-proposal-would-change">${mH1}</h2>
${ps(mP1)}
<ul>${lis(mL1)}</ul>
<h2 id="impact-on-members">${mH2}</h2>
${ps(mP2)}
<h2 id="our-position">${mH3}</h2>
${ps(mP3)}
<ol>${lis(mL2)}</ol>
</div>
<div class="MembersPromo_root__k3VvB"><p class="MembersPromo_title__Gq7sE">Members can read the full survey results</p>
<a href="/login?next=/policy/briefings/forklift-certification/survey" class="MembersPromo_link__bY4tL">Log in to view</a></div></article>
<aside class="Briefing_aside__n2HcW"><nav class="Toc_root__dJ8kE" aria-label="On this page"><p class="Toc_title__u1XoS">On this page</p>
<ol>${mToc.map((t) => `<li class="Toc_item__cR5nP"><a href="#${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`).join('')}</ol></nav>
<div class="ContactCard_root__eW0zT"><p class="ContactCard_title__p9LxA">Contact our policy team</p><p>Tobias Wrenfield, Head of Policy</p>
<p>policy@nmha.example</p></div>
<div class="Related_root__y6AqF"><p class="Related_title__bM3kD">Related briefings</p><ul>${links(mRelated, 'Related_item__v0WeJ')}</ul></div>
</aside></div></main>
<footer class="Footer_footer__r5TgZ"><ul class="Footer_links__k1NsB">${links(mFoot)}</ul>
<p class="Footer_legal__s3FdQ">© 2026 National Materials Handling Alliance. Registered charity no. 1184420.</p></footer>
<div class="CookieBanner_root__a9PqE" role="dialog"><p>We use essential cookies to run this site and optional analytics cookies to improve it.</p>
<button class="CookieBanner_accept__h2Lmn">Accept optional cookies</button><button class="CookieBanner_reject__v8Ytk">Reject</button></div></div></div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"briefing":{"slug":"forklift-certification","title":"${mTitle}",
"published":"2026-03-03","type":"Policy briefing"}},"__N_SSG":true},"page":"/policy/briefings/[slug]","query":{"slug":"forklift-certification"},
"buildId":"k2Vf0aQ7pL","isFallback":false,"gsp":true,"scriptLoader":[]}</script></body></html>`;
const alliance: TestPage = {
  name: 'heldout326-nextjs-association-policy-briefing',
  kind: 'docs',
  html: mHtml,
  title: mTitle,
  headings: [mH1, mH2, mH3],
  body: texts([...mSummary, ...mP1, ...mL1, ...mP2, ...mP3, ...mL2]),
  bylines: ['Published 3 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Member login', 'Join the Alliance', ...mNav, 'Home', 'Briefings', 'Policy briefing', 'Download PDF (412 KB)',
    'Members can read the full survey results', 'Log in to view', 'On this page', 'Contact our policy team', 'Tobias Wrenfield, Head of Policy',
    'policy@nmha.example', 'Related briefings', ...mRelated, ...mFoot, '© 2026 National Materials Handling Alliance. Registered charity no. 1184420.',
    'We use essential cookies to run this site and optional analytics cookies to improve it.', 'Accept optional cookies', 'Reject',
  ],
};

export const HELDOUT326_F1: TestPage = alliance;
