import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 192, file a2: an NEJM original article page (free access) on the Atypon template (the NEJM Group bar, the
 * header with "Current Issue", "Specialties", "Topics" and the account links, the "Original Article" label with the
 * "Free Access" badge, the title, the author list with "for the ... Investigators", the date and citation line,
 * the toolbar of "Share", "PDF", "Cite", "Permissions", the Abstract with h3 parts, the unheaded opening and the first
 * Methods subsections, a figure caption, the "Supported by" note, the "Related Articles" and "Trending" rails, the email
 * alert box, the cookie notice and the footer).
 */
const title = 'Weekly Oral Ferric Trimaltol in Pregnancy-Associated Iron-Deficiency Anemia';
const hAbs = 'Abstract';
const hB = 'Background';
const pB = [
  'Iron-deficiency anemia affects a large proportion of pregnancies worldwide, and daily oral iron is often poorly tolerated. ' +
    'Whether a once-weekly dose of a better-absorbed oral iron preparation is noninferior to daily ferrous sulfate is not known.',
];
const hM = 'Methods';
const pM = [
  'In this multicenter, open-label, noninferiority trial, we randomly assigned pregnant women at 14 to 26 weeks of gestation ' +
    'who had a hemoglobin level of 7.0 to 10.4 g per deciliter and a ferritin level below 30 μg per liter to receive ferric ' +
    'trimaltol at a dose of 120 mg once weekly or ferrous sulfate at a dose of 65 mg of elemental iron once daily until ' +
    'delivery. The primary outcome was the change in hemoglobin level from baseline to 36 weeks of gestation. The ' +
    'noninferiority margin was 0.5 g per deciliter.',
];
const hR = 'Results';
const pR = [
  'A total of 1104 women underwent randomization. The mean change in hemoglobin level at 36 weeks was 1.9 g per deciliter ' +
    'in the weekly-trimaltol group and 1.8 g per deciliter in the daily-sulfate group (difference, 0.1 g per deciliter; 95% ' +
    'confidence interval, −0.1 to 0.3), which met the criterion for noninferiority. Gastrointestinal adverse events occurred ' +
    'in 17.2% and 38.6% of the women, respectively, and 91.4% and 66.0% took at least 80% of the assigned doses.',
];
const hC = 'Conclusions';
const pC = [
  'Among pregnant women with iron-deficiency anemia, once-weekly ferric trimaltol was noninferior to daily ferrous sulfate ' +
    'with respect to the change in hemoglobin level and was associated with fewer gastrointestinal adverse events. (Funded by ' +
    'the Calder Maternal Health Trust; IRONWEEK ClinicalTrials.gov number, NCT05588214.)',
];
const pOpen = [
  'Anemia in pregnancy is associated with preterm birth, low birth weight, postpartum hemorrhage, and maternal death, and ' +
    'iron deficiency is its most common cause. Guidelines recommend daily oral iron, but up to half of women stop taking it ' +
    'because of nausea, constipation, or abdominal pain, and intravenous iron is expensive and often unavailable.',
  'Ferric trimaltol is a complex of ferric iron and maltol that is absorbed through a different pathway from ferrous salts ' +
    'and releases little free iron into the gut lumen. In a small pilot study, a weekly dose raised hemoglobin levels as much ' +
    'as a daily ferrous dose. We conducted the IRONWEEK trial to test this approach in a larger and more diverse population.',
];
const hM2 = 'Methods';
const hTrial = 'Trial Design and Oversight';
const pTrial = [
  'The trial was conducted at 31 antenatal clinics in five countries. The protocol was approved by the ethics committee at ' +
    'each site, and all participants provided written informed consent. The sponsor supplied the trial drugs but had no role ' +
    'in the design of the trial, the collection or analysis of the data, or the writing of the manuscript.',
];
const hPat = 'Participants';
const pPat = [
  'Women were eligible if they were 18 years of age or older, had a singleton pregnancy, and met the hemoglobin and ferritin ' +
    'criteria at screening. Women with known hemoglobinopathy, inflammatory bowel disease, or a need for blood transfusion ' +
    'were excluded.',
];
const authors = ['Rhiannon Castell, M.D., M.P.H.', 'Kwabena Osei-Tutu, M.B., Ch.B.', 'Lucía Vargas-Pinto, M.D.', 'Henrik Dahlberg, Ph.D.'];
const nav = ['Current Issue', 'Specialties', 'Topics', 'Multimedia', 'Learning/CME', 'Authors'];
const related = [
  'Treating Anemia in Pregnancy — Less Often, Better Tolerated',
  'Intravenous Iron for Postpartum Anemia',
  'Case 8-2025: A Woman with Fatigue at 30 Weeks of Gestation',
];
const trending = ['Semaglutide and Kidney Outcomes in Type 2 Diabetes', 'A Trial of Early Mobilization after Stroke', 'Measles Resurgence, 2024–2025'];
const caption = 'Figure 1. Enrollment, Randomization, and Follow-up.';
const foot = ['About NEJM', 'Product Information', 'Editorial Policies', 'Contact Us', 'Advertisers', 'Privacy Policy', 'Terms of Use', 'Cookie Preferences'];
const cookie = 'This site uses cookies and related technologies for site operation, analytics, and third-party advertising purposes.';
const sec = (t: string, p: readonly string[], tag = 'h3'): string => `<section><${tag}>${t}</${tag}><div role="paragraph">${ps(p)}</div></section>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | New England Journal of Medicine</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="dc.Title" content="${title}">
<meta name="citation_journal_title" content="New England Journal of Medicine"><meta name="citation_doi" content="10.1056/NEJMoa2410377">
<meta name="citation_publication_date" content="2025/03/13"><meta name="citation_author" content="Rhiannon Castell">
<meta property="og:title" content="${title}"><meta property="og:type" content="article"><meta name="article:section" content="Original Article">
<link rel="stylesheet" href="/specs/products/nejm/releasedAssets/css/main.css">
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({contentType:'Original Article',accessType:'free'});</script>
<script async src="/specs/products/nejm/releasedAssets/js/main.bundle.js"></script></head>
<body class="pb-ui"><div class="skip-links"><a href="#main">Skip to main content</a></div>
<div class="o-group-bar"><span>NEJM Group</span><ul><li><a href="https://www.nejm.example/">NEJM</a></li><li>
<a href="https://evidence.nejm.example/">NEJM Evidence</a></li>
<li><a href="https://ai.nejm.example/">NEJM AI</a></li><li><a href="https://catalyst.nejm.example/">NEJM Catalyst</a></li><li>
<a href="https://www.jwatch.example/">NEJM Journal Watch</a></li></ul></div>
<header class="o-header" role="banner"><a class="o-header__logo" href="/"><span class="sr-only">The New England Journal of Medicine</span></a>
<nav class="o-header__nav" aria-label="primary"><ul>${links(nav, 'o-header__nav-item')}</ul></nav>
<div class="o-header__account"><a class="c-button c-button--subscribe" href="/subscribe">Subscribe</a><a href="/action/showLogin">Sign In</a>
<a href="/action/registration">Create Account</a></div>
<form class="o-header__search" role="search"><input aria-label="Search" placeholder="Search NEJM"><button type="submit">Search</button></form></header>
<main id="main" class="o-main"><article class="o-article" data-article-type="research-article">
<header class="o-article-header"><div class="o-article-header__badges"><span class="c-article-type">Original Article</span>
<span class="c-access-badge c-access-badge--free">Free Access</span></div>
<h1 property="name" class="o-article-header__title">${title}</h1>
<div class="o-article-header__authors"><ul class="c-authors">${authors.map((a) => `<li class="c-authors__item"><a href="#">${a}</a></li>`).join('\n')}</ul>
<span class="c-authors__group">for the IRONWEEK Trial Investigators</span><a class="c-authors__toggle" href="#authors">Author Info &amp; Affiliations</a></div>
<div class="o-article-header__meta"><span class="c-published">Published March 13, 2025</span>
<span class="c-citation">N Engl J Med 2025;392:1041-1052</span><span class="c-doi">DOI: 10.1056/NEJMoa2410377</span>
<span class="c-volume">VOL. 392 NO. 11</span></div>
<div class="c-article-toolbar" role="toolbar"><button class="c-article-toolbar__share">Share</button><a href="/doi/pdf/10.1056/NEJMoa2410377">PDF</a>
<button class="c-article-toolbar__cite">Cite</button><a href="/action/rightslink">Permissions</a><button class="c-article-toolbar__save">Save</button></div>
</header>
<section id="abstract" class="o-article-abstract" role="doc-abstract"><h2>${hAbs}</h2>
${sec(hB, pB)}
${sec(hM, pM)}
${sec(hR, pR)}
${sec(hC, pC)}</section>
<section id="bodymatter" class="o-article-body" property="articleBody"><div role="paragraph">${ps(pOpen)}</div>
<section id="sec-1"><h2>${hM2}</h2>
${sec(hTrial, pTrial)}
<figure class="c-figure" id="f1"><img alt="" src="/cms/10.1056/NEJMoa2410377/asset/images/medium/nejmoa2410377_f1.jpg">
<figcaption><span class="c-figure__label">${caption}</span><a href="#" class="c-figure__open">Open in Viewer</a></figcaption></figure>
${sec(hPat, pPat)}</section>
<div class="c-notes"><p class="c-notes__funding">Supported by the Calder Maternal Health Trust.</p>
<p>Disclosure forms provided by the authors are available with the full text of this article at NEJM.org.</p></div></section>
<div class="c-signup-box"><h3>Sign up for the NEJM weekly Table of Contents email</h3><label for="toc-email">Email address</label>
<input id="toc-email" type="email"><button>Sign Up</button></div></article>
<aside class="o-sidebar"><section class="c-related"><h2>Related Articles</h2><ul>${related
  .map((t, i) => `<li><span class="c-related__type">${i === 0 ? 'Editorial' : 'Original Article'}</span><a href="#">${t}</a></li>`)
  .join('\n')}</ul></section>
<section class="c-trending"><h2>Trending</h2><ol>${links(trending)}</ol></section>
<div class="c-ad" data-slot="nejm_article_rhs"><span>Advertisement</span></div></aside></main>
<div class="c-cookie-notice" role="dialog" aria-label="Cookie notice"><p>${cookie}</p><button>Accept</button><button>Manage Preferences</button></div>
<footer class="o-footer"><ul>${links(foot)}</ul>
<p class="o-footer__copyright">Copyright © 2025 Massachusetts Medical Society. All rights reserved.</p></footer></body></html>`;
export const nejmArticle: TestPage = {
  html,
  name: 'heldout192-nejm-article',
  kind: 'docs',
  // the abstract, the unheaded opening and the Methods subsections are the article; the "Supported by" and disclosure
  // notes are furniture
  title,
  headings: [hAbs, hB, hM, hR, hC, hM2, hTrial, hPat],
  body: texts([...pB, ...pM, ...pR, ...pC, ...pOpen, ...pTrial, ...pPat]),
  bylines: [...authors, 'for the IRONWEEK Trial Investigators', 'Published March 13, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'NEJM Group', 'NEJM', 'The New England Journal of Medicine', 'NEJM Evidence', 'NEJM AI', 'NEJM Catalyst', 'NEJM Journal Watch',
    ...nav, 'Subscribe', 'Sign In',
    'Create Account', 'Search', 'Original Article', 'Free Access', 'Author Info & Affiliations', 'N Engl J Med 2025;392:1041-1052',
    'DOI: 10.1056/NEJMoa2410377', 'VOL. 392 NO. 11', 'Share', 'PDF', 'Cite', 'Permissions', 'Save', caption, 'Open in Viewer',
    'Supported by the Calder Maternal Health Trust.',
    'Disclosure forms provided by the authors are available with the full text of this article at NEJM.org.',
    'Sign up for the NEJM weekly Table of Contents email', 'Email address', 'Sign Up', 'Related Articles', 'Editorial', ...related, 'Trending',
    ...trending, 'Advertisement', cookie, 'Accept', 'Manage Preferences', ...foot, 'Copyright © 2025 Massachusetts Medical Society. All rights reserved.',
  ],
};
