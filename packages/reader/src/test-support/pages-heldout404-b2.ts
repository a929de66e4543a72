import { links, type TestPage, texts } from './page-kit.js';
import { lis, paras } from './pages-heldout404-kit.js';

/**
 * Held-out batch 404, file b2: an NEJM-style Perspective on an Atypon (Literatum) template, whose paragraphs are
 * `<div role="paragraph">` elements rather than `<p>` (cookie banner, top menus, issue line, article type, author list,
 * date and citation, share and tool bar, an audio interview promo, the author notes and disclosures, related articles,
 * "Trending" rail, a newsletter sign-up and the footer).
 */
const title = 'Keeping the Machines Running — Dialysis Units and the Longer Heat Season';
const body = paras(`
On the third day of last July’s heat wave, the power to a dialysis unit on the edge of Port Ansell failed for six hours. The unit’s generator ran the
dialysis machines but not its cooling, and by mid-afternoon the treatment room was above 34°C. Nurses shortened sessions, moved the frailest patients
to a hospital across the city and asked the rest to come back the next morning. No one died, but two patients were admitted with fluid overload over the
following week, and the staff spent days rebuilding a schedule that had taken years to settle.

Outpatient dialysis is one of the most tightly scheduled services in medicine. Most patients come three times a week, at the same hour, for four hours at
a time, and the chairs are filled from early morning into the evening. Missing a single session raises the risk of death in the following days. That
rigidity makes dialysis unusually exposed to the events a warmer climate brings: heat waves that strain the power grid, floods that close roads, and
wildfire smoke that keeps frail patients indoors.

Three changes would make units more resilient, and none of them requires new technology.

First, units should be treated as critical facilities by power utilities, with the same priority for restoring supply as hospitals. In most of our
region they are classed as ordinary commercial customers. Second, backup generators should be sized to run cooling and water treatment as well as the
machines. A unit that can dialyze but not keep patients and staff safe from heat has only half a plan. Third, every unit should keep an agreed list of
patients who can be switched to an emergency schedule of two shorter sessions a week for a limited period, and should rehearse that switch before the
summer begins.

There is a larger question underneath these steps. Home dialysis, whether peritoneal or hemodialysis, spreads the risk: a power cut on one street does not
stop treatment for a hundred patients at once. Yet home therapies remain uncommon in many systems, for reasons that have more to do with payment and
training than with patient preference. A longer heat season is one more argument for making home dialysis the default option that patients are offered
first, with in-center care as the alternative.

The patients in Port Ansell were lucky. The next outage may last longer, and the unit may be one whose patients have nowhere else to go.
`);
const meta = ['Published March 5, 2026', 'Atl J Med 2026;394:933-935', 'DOI: 10.1074/AJMp2600188', 'VOL. 394 NO. 10'];
const authors = ['Marisol Echeverría, M.D., M.P.H.', 'Dov Kessler, M.D.'];
const tools = ['Facebook', 'X', 'LinkedIn', 'Email', 'Download PDF', 'Save', 'Cite', 'Permissions'];
const menu = ['Specialties', 'Topics', 'Multimedia', 'Current Issue', 'Learning/CME', 'Authors & Reviewers'];
const related = ['Heat and Health — Preparing Clinics for Hotter Summers', 'Home Hemodialysis in Rural Counties', 'Power Outages and Medical Devices'];
const trending = ['Tapering Glucocorticoids Safely', 'The Return of Measles in Schools', 'A Case of Fever after Travel'];
const foot = ['About AJM', 'Subscribe', 'Contact Us', 'Media Center', 'Privacy Policy', 'Terms of Use', 'Cookie Preferences'];
const html = `<!DOCTYPE html>
<html lang="en" class="pb-page" data-request-id="3f1a02c7"><head data-pb-dropzone="head"><meta charset="UTF-8"><title>${title} | Atlantic Journal of
Medicine</title>
<meta name="dc.Title" content="${title}"><meta name="dc.Type" content="perspective"><meta name="dc.Date" scheme="WTN8601" content="2026-03-05">
<meta name="dc.Identifier" scheme="doi" content="10.1074/AJMp2600188"><meta property="og:site_name" content="Atlantic Journal of Medicine">
<link rel="stylesheet" href="/wro/kx3p~product.css"><script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle",
"headline":"${title}","author":[{"@type":"Person","name":"Marisol Echeverría"},{"@type":"Person","name":"Dov Kessler"}],"datePublished":"2026-03-05"}</script>
<script>window.AJM = window.AJM || {}; AJM.pageData = {"articleType":"Perspective","access":"free"};</script></head>
<body class="pb-ui"><div id="pb-page-content" data-ng-non-bindable><div data-pb-dropzone="main">
<div class="cookie-banner" id="cookie-banner" role="dialog"><p>This website uses cookies to enhance your experience. By continuing, you agree to our
use of cookies.</p>
<button class="btn cookie-banner__accept">Accept</button></div>
<header class="header"><div class="header__top"><a class="header__logo" href="/" aria-label="Atlantic Journal of Medicine home">Atlantic Journal of Medicine</a>
<ul class="header__quick-links"><li><a href="/action/showLogin">Sign In</a></li><li><a href="/subscribe">Subscribe or Renew</a></li></ul></div>
<nav class="header__nav" aria-label="main menu"><ul class="menubar">${links(menu, 'menubar__item')}</ul></nav></header>
<main class="content" id="main-content"><article data-core-wrapper="content"><header data-extent="frontmatter"><div class="core-container">
<div class="meta-panel"><div class="meta-panel__type"><span class="badge-type">Perspective</span></div>
<div class="meta-panel__issue"><a href="/toc/ajm/394/10">${meta[3]}</a></div></div>
<h1 property="name" data-id="article_title">${title}</h1>
<div class="core-authors" data-id="article_authors"><div class="f-ui-3">${authors
  .map(
    (a, i) => `<span property="author" typeof="Person"><a href="#con${i + 1}"
class="to-authors-affiliations" data-id="author-link">${a}</a></span>`,
  )
  .join('\n<span class="separator">, </span>')}</div>
<a href="#core-collateral-info" class="f-ui-3 to-author-info">Author Info &amp; Affiliations</a></div>
<div class="core-self-citation"><div class="core-date-published"><span property="datePublished">${meta[0]}</span></div>
<div class="core-citation"><span class="core-enumeration">${meta[1]}</span></div><div class="core-doi"><a
href="https://doi.example/10.1074/AJMp2600188">${meta[2]}</a>
</div></div><div class="core-access-badge"><span>Free Preview</span></div>
<div class="article-tools" data-id="article-tools"><ul class="share-menu">${lis(tools.slice(0, 4), 'share-menu__item')}</ul>
<ul class="tools-menu">${lis(tools.slice(4), 'tools-menu__item')}</ul></div></div></header>
<section id="bodymatter" property="articleBody" class="body" data-extent="bodymatter"><div class="core-container">
${body
  .slice(0, 3)
  .map((p) => `<div role="paragraph">${p}</div>`)
  .join('\n')}
<div class="inline-promo inline-promo--audio"><a href="/doi/full/10.1074/AJMdo00511"><span class="inline-promo__label">Audio Interview</span>
<span class="inline-promo__title">Interview with Dr. Marisol Echeverría on planning dialysis care for extreme heat. (11:42)</span></a></div>
${body
  .slice(3)
  .map((p) => `<div role="paragraph">${p}</div>`)
  .join('\n')}
</div></section>
<section id="core-collateral-info" class="core-collateral" data-extent="backmatter"><h2>Notes</h2><div role="paragraph">Disclosure forms provided by
the authors are
available at AJM.org.</div><section class="core-affiliations"><h3>Affiliations</h3><div class="affiliations"><div>From the Division of Nephrology, Port Ansell
General Hospital (M.E.), and the Kessler Institute for Health Policy (D.K.) — both in Port Ansell.</div></div></section></section></article>
<aside class="related-content"><h2 class="related-content__title">Related Articles</h2><ul>${links(related, 'related-content__item')}</ul></aside>
<aside class="trending"><h2 class="trending__title">Trending</h2><ol>${links(trending, 'trending__item')}</ol></aside>
<section class="newsletter-signup"><h2>Get the Weekly Table of Contents</h2><p>Sign up for the AJM This Week email.</p><form><input type="email"
placeholder="Email address"><button type="submit">Sign Up</button></form></section></main>
<footer class="footer"><ul class="footer__links">${links(foot)}</ul><p class="footer__copyright">Copyright © 2026 Atlantic Medical Society. All rights
reserved.</p>
</footer></div></div><script src="/wro/kx3p~product.js"></script></body></html>`;
export const ajmPage: TestPage = {
  name: 'heldout404-nejm-style-perspective-news',
  kind: 'news',
  html,
  title,
  headings: [],
  body: texts(body),
  bylines: [...authors, meta[0] ?? ''],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'This website uses cookies to enhance your experience. By continuing, you agree to our use of cookies.', 'Accept', 'Atlantic Journal of Medicine',
    'Sign In', 'Subscribe or Renew', ...menu, 'Perspective', meta[3] ?? '', 'Author Info & Affiliations', meta[1] ?? '', meta[2] ?? '', 'Free Preview',
    ...tools.filter((t) => t !== 'X'), 'Audio Interview', 'Interview with Dr. Marisol Echeverría on planning dialysis care for extreme heat. (11:42)',
    'Notes',
    'From the Division of Nephrology, Port Ansell General Hospital (M.E.), and the Kessler Institute for Health Policy (D.K.) — both in Port Ansell.',
    'Disclosure forms provided by the authors are available at AJM.org.', 'Affiliations', 'Related Articles', ...related, 'Trending', ...trending,
    'Get the Weekly Table of Contents', 'Sign up for the AJM This Week email.', 'Sign Up', ...foot,
'Copyright © 2026 Atlantic Medical Society. All rights reserved.',
  ],
};
