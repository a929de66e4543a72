import { links, ps, type TestPage, texts } from './page-kit.js';
import { nejmArticle } from './pages-heldout192-a2.js';

/**
 * Held-out batch 192, file a: a Lancet research article page on the Atypon "core" template as a signed-out reader saves it
 * (OneTrust cookie banner, the Lancet header with "Submit article", "Log in", "Register", "Subscribe" and the journal menu,
 * the article-type label, issue line, author list with "Show more" and hidden affiliation panels, "Published" date, DOI,
 * the PDF / share / cite toolbar, the structured Summary with h3 parts, the "Research in context" panel, the introduction,
 * a figure with its caption, the "Linked Articles" and "Related articles" rails, the access box and the Elsevier footer)
 * and, from file a2, an NEJM original article page.
 */
const title = 'Community-delivered low-dose colchicine after myocardial infarction in rural Taluna: a cluster-randomised, controlled trial';
const hSum = 'Summary';
const hBack = 'Background';
const pBack = [
  'Low-dose colchicine reduces recurrent cardiovascular events after myocardial infarction in hospital-based trials, but whether ' +
    'the benefit holds when the drug is started and supervised by community health workers in low-resource settings is unknown.',
];
const hMeth = 'Methods';
const pMeth = [
  'We did a cluster-randomised, controlled trial in 48 primary health-care clusters in four rural districts of Taluna. Adults ' +
    'aged 30 years or older discharged after a myocardial infarction within the previous 30 days were eligible. Clusters were ' +
    'randomly assigned (1:1) to community-delivered colchicine 0·5 mg once daily plus usual care or to usual care alone. The ' +
    'primary outcome was a composite of cardiovascular death, recurrent myocardial infarction, ischaemic stroke, or urgent ' +
    'hospitalisation for angina, analysed by intention to treat. This trial is registered with ISRCTN, ISRCTN41720593.',
];
const hFind = 'Findings';
const pFind = [
  'Between Feb 3, 2021, and Aug 30, 2022, 2614 participants were enrolled (1318 in the colchicine group and 1296 in the usual ' +
    'care group). Median follow-up was 26·4 months (IQR 21·0–31·2). The primary outcome occurred in 142 (10·8%) participants in ' +
    'the colchicine group and 189 (14·6%) in the usual care group (hazard ratio 0·72, 95% CI 0·58–0·90; p=0·0036). ' +
    'Gastrointestinal adverse events leading to discontinuation occurred in 61 (4·6%) and 22 (1·7%) participants, respectively. ' +
    'No cases of myotoxicity were reported.',
];
const hInt = 'Interpretation';
const pInt = [
  'Colchicine started and monitored by trained community health workers reduced recurrent ischaemic events after myocardial ' +
    'infarction, with a safety profile similar to that seen in hospital-based trials. Task-sharing could extend secondary ' +
    'prevention to settings where cardiology follow-up is scarce.',
];
const hFund = 'Funding';
const pFund = ['Taluna Ministry of Health and the Orrin Foundation for Cardiovascular Research.'];
const hRic = 'Research in context';
const hEv = 'Evidence before this study';
const pEv = [
  'We searched PubMed, Embase, and the Cochrane Central Register of Controlled Trials from inception to Jan 15, 2021, for ' +
    'randomised trials of colchicine in patients with coronary disease, with no language restrictions. Four trials, all done ' +
    'in high-income countries and all delivered through hospital clinics, reported reductions in ischaemic events of between ' +
    '23% and 31%. We found no trial in which colchicine was given outside a specialist setting.',
];
const hAdd = 'Added value of this study';
const pAdd = [
  'To our knowledge, this is the first trial to show that colchicine can be safely started and monitored by community health ' +
    'workers after a brief training programme, and that the relative benefit is similar to that in hospital-based trials.',
];
const hImp = 'Implications of all the available evidence';
const pImp = [
  'Together with earlier trials, our findings support adding low-dose colchicine to secondary prevention after myocardial ' +
    'infarction and suggest that community delivery is a practical way to reach patients who rarely see a specialist.',
];
const hIntro = 'Introduction';
const pIntro = [
  'Ischaemic heart disease is the leading cause of death in Taluna, and more than two-thirds of people who survive a myocardial ' +
    'infarction live more than 80 km from a hospital with a cardiology service. After discharge, most are followed up, if at ' +
    'all, by nurses and community health workers in village clinics.',
  'Inflammation has a central role in atherosclerosis, and colchicine, an inexpensive anti-inflammatory drug with a long ' +
    'history of use, reduces ischaemic events when added to standard therapy. However, concerns about drug interactions and ' +
    'gastrointestinal side-effects have led many guidelines to recommend that it be started only by specialists.',
  'We therefore designed the TALCOL trial to test whether community health workers, with a simple checklist and telephone ' +
    'support from a physician, could start colchicine safely and whether it would reduce recurrent events in this setting.',
];
const authors = ['Prof Ama Okwabena-Reyes, PhD', 'Daniel Ferreira-Holm, MSc', 'Noor Halabi, MD', 'Tomasz Wielgus, MBBS', 'Prof Liesel Andrade, MD'];
const nav = ['Journals', 'Publish', 'Clinical', 'Global health', 'Multimedia', 'Events', 'About'];
const cookie =
  'We use cookies that are necessary to make our site work. We may also use additional cookies to analyze, improve, and ' +
  'personalize our content and your digital experience. For more information, see our Cookie Policy';
const caption = 'Figure 1: Trial profile';
const linked = ['Colchicine in the village clinic', 'Secondary prevention beyond the hospital walls'];
const related = [
  'Polypill strategy for secondary prevention in rural South Asia: a pragmatic trial',
  'Community health workers and hypertension control: a systematic review',
  'Inflammation and residual cardiovascular risk: where next?',
];
const foot = ['About Us', 'Contact Us', 'Careers', 'Information for Authors', 'Advertisers', 'Privacy Policy', 'Terms and Conditions', 'Accessibility'];
const h3 = (id: string, t: string, p: readonly string[]): string =>
  `<section id="${id}"><h3 class="core-section-title">${t}</h3><div role="paragraph">${ps(p).replace(/<p>/g, '<p class="para">')}</div></section>`;
const html = `<!DOCTYPE html>
<html lang="en" xml:lang="en"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - The Lancet</title>
<meta name="citation_title" content="${title}"><meta name="citation_journal_title" content="The Lancet">
<meta name="citation_author" content="Ama Okwabena-Reyes"><meta name="citation_author" content="Daniel Ferreira-Holm">
<meta name="citation_doi" content="10.1016/S0140-6736(25)00318-4"><meta name="citation_publication_date" content="2025/03/10">
<meta property="og:title" content="${title}"><meta property="og:site_name" content="The Lancet">
<meta name="dc.identifier" content="doi:10.1016/S0140-6736(25)00318-4">
<link rel="stylesheet" href="/products/marlin/lancet/releasedAssets/css/build.bundle.css">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"ScholarlyArticle","headline":"${title}",
"datePublished":"2025-03-10","isPartOf":{"@type":"Periodical","name":"The
Lancet","issn":"0140-6736"},"publisher":{"@type":"Organization","name":"Elsevier"}}</script>
<script>window.pageDataTracker=window.pageDataTracker||{};pageDataTracker.trackPageLoad({page:{productName:'LAN',type:'CP-CA'}});</script>
<script src="https://cdn.cookielaw.example/scripttemplates/otSDKStub.js" data-domain-script="91b3e2e3-0b2c-4d5a"></script></head>
<body class="pb-ui lancet"><a class="skip-link" href="#main-content">Skip to Main Content</a>
<div id="onetrust-consent-sdk"><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner">
<div id="onetrust-policy"><p id="onetrust-policy-text">${cookie}</p></div><div id="onetrust-button-group">
<button id="onetrust-pc-btn-handler">Cookie Settings</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div>
<header class="header header--lancet"><div class="header__top"><a class="header__logo" href="/"><img alt="The Lancet" src="/pb-assets/Lancet/lancet-logo.svg">
</a>
<div class="header__search"><form action="/action/doSearch" role="search"><label class="sr-only" for="searchText">Search for</label>
<input id="searchText" name="text1" placeholder="Search for..."><button type="submit" aria-label="Submit search">Search</button></form></div>
<ul class="header__user"><li><a class="submit-article" href="/lancet/submit">Submit article</a></li><li><a href="/action/showLogin">Log in</a></li>
<li><a href="/action/registration">Register</a></li><li><a class="btn btn--subscribe" href="/lancet/subscribe">Subscribe</a></li></ul></div>
<nav class="header__nav" aria-label="Main menu"><ul class="menu">${links(nav, 'menu__item')}</ul></nav></header>
<main id="main-content" class="article-page"><div class="container"><div class="row">
<article class="col-lg-8 article" data-article-type="research-article">
<header class="core-container article-header"><div class="article-header__meta">
<span class="article-header__type">Articles</span><span class="article-header__journal-info">Volume 405, Issue 10487, p1123-1134</span>
<span class="article-header__date-issue">March 29, 2025</span></div>
<h1 property="name" class="article-header__title">${title}</h1>
<div class="contributors" data-test="authors"><span class="authors">${authors
  .map((a, i) => `<span class="author" data-id="a${i}"><a href="#" class="loa-info-link">${a}</a><sup>${i + 1}</sup></span>`)
  .join(', ')}</span><span class="etal">on behalf of the TALCOL Investigators</span>
<button class="loa__toggle" aria-expanded="false">Show more</button><div class="loa-info hidden" aria-hidden="true">
<p class="affiliation">Department of Medicine, University of Kessarine, Port Amaro, Taluna</p>
<p class="affiliation">Centre for Rural Health Research, Dovre, Taluna</p>
<p class="correspondence">Correspondence to: Prof Ama Okwabena-Reyes, Department of Medicine, University of Kessarine, Port Amaro, Taluna</p></div></div>
<div class="article-header__dates"><span class="published">Published: March 10, 2025</span></div>
<div class="article-header__doi"><span>DOI:</span> <a href="https://doi.org/10.1016/S0140-6736(25)00318-4">https://doi.org/10.1016/S0140-6736(25)00318-4</a>
</div>
<div class="article-tools" role="toolbar"><a class="article-tools__pdf" href="/action/showPdf?pii=S0140-6736(25)00318-4">Download Full Issue</a>
<a class="article-tools__pdf" href="/pdfs/journals/lancet/PIIS0140673625003184.pdf">PDF [842 KB]</a>
<button class="article-tools__share" aria-haspopup="true">Share</button><button class="article-tools__cite">Cite</button>
<a class="article-tools__rights" href="https://s100.copyright.example/AppDispatchServlet">Request permissions</a></div></header>
<div class="access-banner" role="note"><p>Access provided by</p><p class="institution">Kessarine University Library</p></div>
<section id="author-abstract" class="core-container" role="doc-abstract"><h2 class="core-section-title">${hSum}</h2>
${h3('sec1', hBack, pBack)}
${h3('sec2', hMeth, pMeth)}
${h3('sec3', hFind, pFind)}
${h3('sec4', hInt, pInt)}
${h3('sec5', hFund, pFund)}</section>
<section id="research-in-context" class="core-container boxed-text panel"><h2 class="core-section-title">${hRic}</h2>
${h3('ric1', hEv, pEv)}
${h3('ric2', hAdd, pAdd)}
${h3('ric3', hImp, pImp)}</section>
<section id="bodymatter" class="core-container" property="articleBody"><section id="sec6"><h2 class="core-section-title">${hIntro}</h2>
<div role="paragraph">${ps(pIntro, ' class="para"')}</div>
<figure class="figure" id="gr1"><img alt="Figure thumbnail gr1" src="/cms/attachment/5c1d/gr1.jpg"><figcaption><span class="label">${caption}</span>
<div class="figure__links"><a href="/cms/attachment/5c1d/gr1_lrg.jpg">View Large Image</a><a href="/action/downloadFigures">Download Hi-res image</a>
<a href="/action/downloadFigures?ppt">Download .PPT</a></div></figcaption></figure></section>
</section></article>
<aside class="col-lg-4 article-rail" aria-label="Related content"><section class="rail-linked"><h2 class="rail__title">Linked Articles</h2>
<ul>${linked.map((t) => `<li><span class="rail__type">Comment</span><a href="#">${t}</a></li>`).join('\n')}</ul></section>
<section class="rail-related"><h2 class="rail__title">Related articles</h2><ul>${links(related, 'rail__item')}</ul></section>
<section class="rail-metrics"><h2 class="rail__title">Article metrics</h2><div class="altmetric-embed" data-doi="10.1016/S0140-6736(25)00318-4"></div></section>
<div class="ad ad--mpu" data-ad-slot="lancet_rhs_1"><span class="ad__label">Advertisement</span><div id="div-gpt-ad-1"></div></div></aside>
</div></div></main>
<footer class="footer"><div class="footer__brand"><p>The Lancet Journals</p><p>The Lancet Clinical Initiatives</p></div>
<ul class="footer__links">${links(foot, 'footer__item')}</ul>
<p class="footer__copyright">Copyright © 2025 Elsevier Ltd. All rights reserved, including those for text and data mining, AI training, and similar
technologies.</p>
<p class="footer__cookies">We use cookies to help provide and enhance our service and tailor content.</p></footer>
<script src="/products/marlin/lancet/releasedAssets/js/build.bundle.js"></script></body></html>`;
const lancet: TestPage = {
  html,
  name: 'heldout192-lancet-article',
  kind: 'docs',
  // the structured Summary, the Research in context panel and the introduction are the article; authors, the investigators
  // line and the dates are bylines; the issue line, the (hidden) affiliations and correspondence line are furniture
  title,
  headings: [hSum, hBack, hMeth, hFind, hInt, hFund, hRic, hEv, hAdd, hImp, hIntro],
  body: texts([...pBack, ...pMeth, ...pFind, ...pInt, ...pFund, ...pEv, ...pAdd, ...pImp, ...pIntro]),
  bylines: [...authors, 'on behalf of the TALCOL Investigators', 'Published: March 10, 2025', 'March 29, 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to Main Content', cookie, 'Cookie Settings', 'Accept all cookies', 'Submit article', 'Log in', 'Register', 'Subscribe', ...nav,
    'Articles', 'Volume 405, Issue 10487, p1123-1134', 'Show more', 'Department of Medicine, University of Kessarine, Port Amaro, Taluna',
    'Centre for Rural Health Research, Dovre, Taluna', 'Search for', 'Search',
    'Correspondence to: Prof Ama Okwabena-Reyes, Department of Medicine, University of Kessarine, Port Amaro, Taluna',
    'https://doi.org/10.1016/S0140-6736(25)00318-4', 'Download Full Issue', 'PDF [842 KB]',
    'Share', 'Cite', 'Request permissions', 'Access provided by', 'Kessarine University Library', caption, 'View Large Image',
    'Download Hi-res image', 'Download .PPT',
    'Linked Articles', 'Comment', ...linked, 'Related articles', ...related, 'Article metrics', 'Advertisement', 'The Lancet Journals',
    'The Lancet Clinical Initiatives', ...foot,
    'Copyright © 2025 Elsevier Ltd. All rights reserved, including those for text and data mining, AI training, and similar technologies.',
    'We use cookies to help provide and enhance our service and tailor content.',
  ],
};

export const HELDOUT192_A: readonly TestPage[] = [lancet, nejmArticle];
