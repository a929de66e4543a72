import { links, type TestPage, texts } from './page-kit.js';
import { radiopaediaArticle } from './pages-heldout181-a2.js';

/**
 * Held-out batch 181, file a: a StatPearls chapter on NCBI Bookshelf as a signed-out visitor saves it (the .gov banner with
 * its hidden "Here's how you know" panel, the NCBI header with the account menu, the Bookshelf search bar and links, the
 * print-only citation, the Prev / Next pager, the contributors line with the hidden affiliations, "Last Update", the
 * chapter text with citation markers, a figure with its h4 "Figure" and caption, the "Access free multiple choice questions"
 * link inside the first section, Review Questions, References, the disclosure lines, copyright and licence, the Bookshelf
 * and PMID ids, the right rail (Views, In this Page, Related information, Similar articles, Recent Activity) and the NLM
 * footer) and, from file a2, a Radiopaedia reference article.
 */
const spId = 'NBK6018842';
const spTitle = 'Olecranon Bursitis';
const spCe = [
  'Olecranon bursitis is inflammation of the fluid-filled sac that lies over the point of the elbow. It is common, usually ' +
    'benign, and most often follows repeated pressure or a single blow, although infection must always be considered. This ' +
    'activity reviews the evaluation and management of olecranon bursitis and highlights the role of the interprofessional ' +
    'team in separating septic from aseptic cases.',
];
const spObjLabel = '<b>Objectives:</b>';
const spObj = [
  'Identify the common causes of olecranon bursitis, including repetitive trauma, crystal disease and infection.',
  'Describe the examination findings that distinguish septic from aseptic bursitis.',
  'Outline the role of bursal aspiration and fluid analysis in the evaluation of a swollen elbow.',
  'Explain how the interprofessional team can reduce unnecessary antibiotic use and repeat procedures.',
];
const spIntro = [
  'The olecranon bursa is a thin synovial sac between the skin and the olecranon process of the ulna. Because it sits just ' +
    'under the skin at a point that takes weight whenever the elbow rests on a hard surface, it is the bursa most often ' +
    'inflamed in the upper limb. <a class="bk_pop" href="#article-62144.r1">[1]</a>',
  'Patients usually present with a soft swelling over the back of the elbow that may be painless or only mildly tender. ' +
    'Most cases settle with simple measures, but a minority are septic and need prompt antibiotic treatment.',
];
const spEtio = [
  'Aseptic bursitis is most often caused by repeated minor trauma, such as leaning on the elbows at a desk, on a workbench ' +
    'or while driving. Gout, calcium pyrophosphate deposition and rheumatoid arthritis are less frequent causes.',
  'Septic bursitis follows the entry of bacteria through a break in the overlying skin. Staphylococcus aureus accounts for ' +
    'most infections, with streptococci a distant second. <a class="bk_pop" href="#article-62144.r2">[2]</a>',
];
const spEpi = [
  'In a regional audit of 1,240 cases seen at Harrow Valley Medical Center over six years, men outnumbered women by about ' +
    'four to one, and the median age at presentation was 48 years. About one case in five was septic. Plumbers, roofers, ' +
    'miners and students were over-represented.',
];
const spHist = [
  'The history should cover the time course, any recent injury or skin break, occupational or sporting pressure on the ' +
    'elbow, previous episodes, and a history of gout or immunosuppression.',
  'Warmth, marked tenderness, spreading redness, an overlying wound and fever all raise concern for infection, but none ' +
    'is reliable alone. Elbow movement is usually preserved; a painful, restricted range suggests that the joint itself ' +
    'is involved.',
];
const spEval = [
  'When infection is suspected, the bursa should be aspirated from a lateral approach to avoid a persistent sinus. The ' +
    'fluid is sent for Gram stain, culture, cell count and crystal analysis. <a class="bk_pop" href="#article-62144.r3">[3]</a>',
  'Plain radiographs are not needed in every case but help when there is a history of trauma, to look for an olecranon ' +
    'spur, a fracture or a retained foreign body.',
];
const spTreat = [
  'Aseptic bursitis is managed with protection from pressure, a compressive dressing, rest and a short course of a ' +
    'nonsteroidal anti-inflammatory drug. Most cases resolve within three to six weeks.',
  'Septic bursitis is treated with oral antibiotics that cover S. aureus when the patient is well, and with intravenous ' +
    'therapy and surgical drainage when there is systemic illness, failure to improve or immunosuppression.',
  'Corticosteroid injection shortens symptoms in some aseptic cases but carries a risk of infection, skin atrophy and ' +
    'chronic drainage, and it should not be offered until infection has been excluded.',
];
const spProg = [
  'The outlook is good. Recurrence is common in people whose work keeps them leaning on their elbows, and a padded elbow ' +
    'guard is the simplest way to prevent it.',
];
const spH = [
  'Continuing Education Activity',
  'Introduction',
  'Etiology',
  'Epidemiology',
  'History and Physical',
  'Evaluation',
  'Treatment / Management',
  'Prognosis',
];
const spFigCap = 'Olecranon bursitis with a fluctuant swelling over the point of the left elbow. Contributed by R Okafor, MD';
const spRefs = [
  'Lindqvist A, Hart DM. Pressure and the superficial bursae of the upper limb. J Orthop Pract. 2019;14(2):88-94.',
  'Morrow K, Osei B, Thane L. Microbiology of septic olecranon bursitis in a regional cohort. Infect Dis Clin Rev. 2021;7(1):12-19.',
  'Carvalho E, Blunt J. Aspiration technique and outcomes in the swollen elbow. Emerg Med Open. 2022;9(4):301-306.',
];
const spDisc = [
  'Disclosure: Marcus Delaney declares no relevant financial relationships with ineligible companies.',
  'Disclosure: Priya Venkataraman declares no relevant financial relationships with ineligible companies.',
];
const spLicence =
  'This book is distributed under the terms of the Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International ' +
  '(CC BY-NC-ND 4.0) ( http://creativecommons.org/licenses/by-nc-nd/4.0/ ), which permits others to distribute the work, provided ' +
  'that the article is not altered or used commercially.';
const spBanner = [
  'An official website of the United States government',
  'Here’s how you know',
  'Official websites use .gov',
  'A .gov website belongs to an official government organization in the United States.',
  'Secure .gov websites use HTTPS',
  'A lock ( ) or https:// means you’ve safely connected to the .gov website. Share sensitive information only on official, secure websites.',
];
const spAccount = ['Log in', 'Show account info', 'Close', 'Account', 'Dashboard', 'Publications', 'Account settings', 'Log out'];
const spBkLinks = ['Browse Titles', 'Advanced', 'Help', 'Disclaimer'];
const spViews = ['PubReader', 'Print View', 'Cite this Page'];
const spSimilar = [
  'Septic bursitis of the elbow: a review of management.',
  'Olecranon bursitis in manual workers: a case series.',
  'Aspiration versus conservative care for aseptic olecranon bursitis.',
];
const spFoot = ['Web Policies', 'FOIA', 'HHS Vulnerability Disclosure', 'Accessibility', 'Careers'];
const spSec = (id: number, h: string, inner: string): string => `<div id="article-62144.s${id}"><h2 id="_article-62144_s${id}_">${h}</h2>
${inner}</div>`;
const spPs = (a: readonly string[]): string => a.map((p) => `<p>${p}</p>`).join('\n');
const spHtml = `<!DOCTYPE html>
<html lang="en" xmlns:xi="http://www.w3.org/2001/XInclude" class="no-js"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Olecranon Bursitis - StatPearls - NCBI Bookshelf</title><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="ncbi_app" content="bookshelf"><meta name="ncbi_db" content="books"><meta name="ncbi_pdid" content="book-part">
<meta name="ncbi_acc" content="${spId}"><meta name="ncbi_domain" content="statpearls"><meta name="ncbi_report" content="reader">
<meta name="citation_title" content="Olecranon Bursitis"><meta name="citation_publisher" content="StatPearls Publishing">
<meta name="citation_date" content="2025/06/02"><meta name="citation_author" content="Marcus T. Delaney"><meta name="citation_author"
content="Priya Venkataraman">
<meta name="citation_pmid" content="31984410"><meta name="citation_fulltext_html_url" content="https://www.ncbi.nlm.nih.gov/books/${spId}/">
<meta name="description" content="Olecranon bursitis is inflammation of the fluid-filled sac that lies over the point of the elbow.">
<meta property="og:title" content="Olecranon Bursitis"><meta property="og:type" content="book"><meta property="og:site_name" content="NCBI Bookshelf">
<link rel="stylesheet" href="/corehtml/pmc/jatsreaders/ptpmc_3.22/css/libs.min.css"><link rel="stylesheet"
href="/corehtml/pmc/css/bookshelf/2.26/css/books.min.css">
<script type="text/javascript" src="/core/jig/1.15.10/js/jig.min.js"></script>
<script>var ncbi_startTime = new Date(); window.ncbi_sessionid = "4A1F3C2E9B0D7E18_0172SID";</script></head>
<body class="book-part"><div class="grid"><div class="col twelve_col nomargin shadow">
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-accordion">
<header class="usa-banner-header"><div class="usa-grid usa-banner-inner"><img src="/coreutils/uswds/img/favicons/favicon-57.png" alt="U.S. flag">
<p>${spBanner[0]}</p><button class="non-usa-button usa-accordion-button usa-banner-button" aria-expanded="false" aria-controls="gov-banner-top">
<span class="usa-banner-button-text">${spBanner[1]}</span></button></div></header>
<div class="usa-banner-content usa-grid usa-accordion-content" id="gov-banner-top" aria-hidden="true"><div class="usa-banner-guidance-gov usa-width-one-half">
<div class="usa-media_block-body"><p><strong>${spBanner[2]}</strong></p><p>${spBanner[3]}</p></div></div>
<div class="usa-banner-guidance-ssl usa-width-one-half"><div class="usa-media_block-body"><p><strong>${spBanner[4]}</strong></p>
<p>A <strong>lock</strong> ( <span class="icon-lock"></span> ) or <strong>https://</strong> means you’ve safely connected to the .gov website. Share
sensitive information only on official, secure websites.</p></div></div></div></div></section>
<div class="ncbi-header" role="banner"><div class="usa-grid"><div class="usa-width-one-whole"><div class="ncbi-header__logo">
<a href="/" class="logo" aria-label="NCBI Logo"><img src="/coreutils/nwds/img/logos/AgencyLogo.svg" alt="NIH NLM Logo"></a></div>
<div class="ncbi-header__account"><a id="account_login" href="https://account.ncbi.nlm.nih.gov" class="usa-button header-button">${spAccount[0]}</a>
<button id="account_info" class="header-button" aria-controls="account_popup"><span class="fa fa-user" aria-hidden="true"></span>
<span class="username desktop-only" aria-hidden="true" id="uname_short"></span><span class="sr-only">${spAccount[1]}</span></button></div>
<div class="ncbi-popup-anchor"><div class="ncbi-popup account-popup" id="account_popup" aria-hidden="true"><div class="ncbi-popup-head">
<button class="ncbi-close-button" data-ac="close"><span class="fa fa-times"></span>${spAccount[2]}</button><h4>${spAccount[3]}</h4></div>
<div class="account-user-info">Logged in as:<br><b><span class="username" id="uname_long">username</span></b></div>
<div class="account-links"><ul class="usa-unstyled-list">${spAccount
  .slice(4)
  .map((t) => `<li><a href="https://www.ncbi.nlm.nih.gov/myncbi/">${t}</a></li>`)
  .join('')}</ul></div></div></div></div></div></div>
<div class="header"><div class="res_logo"><h1 class="img_logo"><a href="/books" class="offscreen_noflow">Books</a></h1></div>
<div class="search"><form method="get" action="/books/"><div class="search_form"><label for="database" class="offscreen_noflow">Search database</label>
<select id="database"><option selected value="books">Books</option><option value="gene">Gene</option></select>
<label for="term" class="offscreen_noflow">Search term</label><input type="text" name="term" id="term" title="Search Books" value="">
<button id="search" type="submit" class="button_search nowrap">Search</button></div></form>
<ul class="inline_list">${links(spBkLinks)}</ul></div></div>
<div class="content"><div class="container"><div id="maincontent" class="col nine_col"><div class="pre-content"><div>
<div class="bk_prnt"><p class="small">NCBI Bookshelf. A service of the National Library of Medicine, National Institutes of Health.</p>
<p>Delaney MT, Venkataraman P. Olecranon Bursitis. [Updated 2025 Jun 2]. In: StatPearls [Internet]. Treasure Island (FL): StatPearls
Publishing; 2025 Jan-.</p></div><div class="pagination bk_noprnt"><a class="active page_link prev" href="/books/NBK6018841/"
title="Previous page">&lt; Prev</a>
<a class="active page_link next" href="/books/NBK6018843/" title="Next page">Next &gt;</a></div></div></div>
<div class="main-content lit-style" itemscope itemtype="http://schema.org/CreativeWork"><div class="meta-content fm-sec">
<h1 id="_${spId}_"><span class="title" itemprop="name">${spTitle}</span></h1>
<p class="contribs">Marcus T. Delaney; Priya Venkataraman.</p><p class="fm-aai"><a href="#_${spId}_AffiliationsList_"
class="toggle-aff">Author Information and
Affiliations</a></p><div class="fm-aai-list" id="_${spId}_AffiliationsList_" style="display:none"><div class="contrib half_rhythm">
<span itemprop="author">Marcus T.
Delaney</span><sup>1</sup>; <span itemprop="author">Priya Venkataraman</span><sup>2</sup>.</div><div class="affiliation small">
<sup>1</sup> Harrow Valley Medical
Center</div><div class="affiliation small"><sup>2</sup> Kestrel University School of Medicine</div></div>
<p class="small">Last Update: <span itemprop="dateModified">June 2, 2025</span>.</p></div>
<div class="body-content whole_rhythm" itemprop="text">
${spSec(
  1,
  spH[0] ?? '',
  `${spPs(spCe)}<p>${spObjLabel}</p><ul>${spObj.map((t) => `<li class="half_rhythm">${t}</li>`).join('')}</ul>
<p><a href="https://www.statpearls.example/account/trialuserreg/?articleid=62144">Access free multiple choice questions on this topic.</a></p>`,
)}
${spSec(2, spH[1] ?? '', spPs(spIntro))}
${spSec(3, spH[2] ?? '', spPs(spEtio))}
${spSec(4, spH[3] ?? '', spPs(spEpi))}
${spSec(
  6,
  spH[4] ?? '',
  `${spPs(spHist)}<div class="iconblock whole_rhythm clearfix ten_col fig" id="article-62144.image.f1"
co-legend-rid="figlgndart62144imagef1">
<a href="/books/${spId}/figure/article-62144.image.f1/?report=objectonly" target="object" class="img_link icnblk_img figpopup"
rid-figpopup="figart62144imagef1">
<img class="small-thumb" src="/books/${spId}/bin/olecranon__bursitis.gif" alt="Image"></a><div class="icnblk_cntnt" id="figlgndart62144imagef1">
<h4 id="article-62144.image.f1"><a href="/books/${spId}/figure/article-62144.image.f1/?report=objectonly" target="object">Figure</a></h4>
<p class="float-caption no_bottom_margin">${spFigCap}</p></div></div>`,
)}
${spSec(7, spH[5] ?? '', spPs(spEval))}
${spSec(8, spH[6] ?? '', spPs(spTreat))}
${spSec(10, spH[7] ?? '', spPs(spProg))}
<div id="article-62144.s15"><h2 id="_article-62144_s15_">Review Questions</h2><ul><li>
<a href="https://www.statpearls.example/account/trialuserreg/?articleid=62144">Access
free multiple choice questions on this topic.</a></li><li><a href="https://www.statpearls.example/articlelibrary/commentarticle/62144/">Comment on this
article.</a></li></ul></div>
<div id="article-62144.s16" class="bk_tt"><h2 id="_article-62144_s16_">References</h2><dl class="temp-labeled-list small">
${spRefs
  .map(
    (r, i) => `<dt>${i + 1}.</dt><dd><div class="bk_ref"
id="article-62144.r${i + 1}">${r} [<a href="https://pubmed.ncbi.nlm.nih.gov/">PubMed</a>]</div></dd>`,
  )
  .join('\n')}
</dl></div>
<div class="bk_tt small"><p>${spDisc[0]}</p><p>${spDisc[1]}</p></div></div>
<div class="post-content"><div><div class="half_rhythm">
<a href="/books/about/copyright/">Copyright</a> © 2025, StatPearls Publishing LLC.<p>${spLicence}</p></div>
<div class="small"><span class="label">Bookshelf ID: ${spId}</span>
<span class="label">PMID: <a href="https://pubmed.ncbi.nlm.nih.gov/31984410">31984410</a></span></div>
<div class="pagination bk_noprnt"><a class="active page_link prev" href="/books/NBK6018841/">&lt; Prev</a><a class="active page_link next"
href="/books/NBK6018843/">Next &gt;</a>
</div></div></div></div></div>
<div id="rightcolumn" class="col three_col last"><div class="portlet"><div class="portlet_head"><h3>Views</h3></div><div class="portlet_content">
<ul class="simple-list">
${links(spViews)}</ul></div></div>
<div class="portlet"><div class="portlet_head"><h3>In this Page</h3></div><div class="portlet_content"><ul class="simple-list">${links(spH)}</ul></div></div>
<div class="portlet"><div class="portlet_head"><h3>Related information</h3></div><div class="portlet_content"><ul>${links(['PMC', 'PubMed'])}</ul></div></div>
<div class="portlet"><div class="portlet_head"><h3>Similar articles in PubMed</h3></div><div class="portlet_content"><ul>${links(spSimilar)}</ul>
<a class="seemore" href="/pubmed?linkname=books_pubmed_similar">See reviews...</a><a class="seemore" href="/pubmed?linkname=all">See all...</a></div></div>
<div class="portlet" id="HTDisplay"><div class="portlet_head"><h3>Recent Activity</h3></div><div class="portlet_content">
<a class="HTOn" href="#" role="button">Turn Off</a><a class="HTOff" href="#" role="button">Clear</a><p class="HTOffOn">Your browsing activity is empty.</p>
<p class="HTOn" style="display:none">Activity recording is turned off.</p><a href="#" class="HTOn">Turn recording back on</a>
<a href="/sites/myncbi/recentactivity" class="seemore">See more...</a></div></div></div></div></div>
<footer class="ncbi-footer"><div class="ncbi-footer__social"><h3>Follow NCBI</h3><ul>${links(['Twitter', 'Facebook', 'LinkedIn', 'GitHub'])}</ul>
<h3>Connect with NLM</h3></div><address class="ncbi-footer__address"><a href="https://www.nlm.nih.gov/">National Library of Medicine</a> 8600 Rockville Pike
Bethesda, MD 20894</address><ul class="ncbi-footer__links">${links(spFoot)}<li><a href="/guide/browsers/">Help</a></li></ul>
<ul class="ncbi-footer__agencies">${links(['NLM', 'NIH', 'HHS', 'USA.gov'])}</ul></footer></div></div>
<script type="text/javascript" src="/corehtml/pmc/jatsreaders/ptpmc_3.22/js/libs.min.js"></script>
<script type="text/javascript" src="/portal/portal3rc.fcgi/rlib/js/InstrumentOmnitureBaseJS/InstrumentNCBIConfigJS/InstrumentNCBIBaseJS/4209009.js"></script>
</body></html>`;
const statpearls: TestPage = {
  html: spHtml,
  name: 'heldout181-ncbi-statpearls-chapter',
  kind: 'wiki',
  // the contributors line, the hidden affiliation names and "Last Update" are bylines; the Review Questions and References
  // sections (with their h2s), the figure's h4 and caption, the disclosures, copyright, licence and ids are furniture
  title: spTitle,
  headings: spH,
  body: texts([...spCe, spObjLabel, ...spObj, ...spIntro, ...spEtio, ...spEpi, ...spHist, ...spEval, ...spTreat, ...spProg]),
  bylines: ['Marcus T. Delaney; Priya Venkataraman.', 'Last Update: June 2, 2025.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...spBanner, ...spAccount, 'Logged in as:', 'Search',
    ...spBkLinks, 'NCBI Bookshelf. A service of the National Library of Medicine, National Institutes of Health.', '< Prev', 'Next >',
    'Author Information and Affiliations', 'Harrow Valley Medical Center', 'Kestrel University School of Medicine',
    'Access free multiple choice questions on this topic.', 'Figure', spFigCap, 'Review Questions', 'Comment on this article.', 'References', ...spRefs,
    ...spDisc, 'Copyright © 2025, StatPearls Publishing LLC.', spLicence, `Bookshelf ID: ${spId}`, 'PMID: 31984410', 'Views', ...spViews, 'In this Page',
    'Related information', 'PMC', 'PubMed', 'Similar articles in PubMed', ...spSimilar, 'See reviews...', 'See all...', 'Recent Activity', 'Turn Off',
    'Clear', 'Your browsing activity is empty.', 'Activity recording is turned off.', 'Turn recording back on', 'See more...', 'Follow NCBI', 'Twitter',
    'Facebook', 'LinkedIn', 'GitHub', 'Connect with NLM', 'National Library of Medicine', '8600 Rockville Pike Bethesda, MD 20894', ...spFoot,
    'NLM', 'NIH', 'HHS', 'USA.gov',
  ],
};

export const HELDOUT181_A: readonly TestPage[] = [statpearls, radiopaediaArticle];
