import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 12, file b: a research article on a PubMed Central-style page (government banner, citation line,
 * author list with affiliation panels, abstract, numbered sections, figure, references, licence, "Cited by" and
 * "Similar articles" rails) and a Microsoft Learn-style troubleshooting article ("Applies to", "In this article"
 * outline, version selector, alert boxes, "Was this page helpful?" feedback, breadcrumbs, "Additional resources" rail).
 */
const pmTitle = 'Hedgerow age and ground beetle diversity on arable farms in lowland England';
const pmAbstract = [
  'Hedgerows are widely promoted as refuges for invertebrates on farmland, but most planting schemes are less than ' +
    'twenty years old and little is known about how quickly their value develops. We sampled ground beetles with pitfall ' +
    'traps along 48 hedgerows of known planting date on nine arable farms, spanning ages from four to more than one ' +
    'hundred years. Species richness rose steeply over the first 25 years and then levelled off, while the share of ' +
    'woodland specialist species continued to increase in the oldest hedges. Leaf litter depth explained more of the ' +
    'variation in beetle assemblages than hedge width or height. New hedgerows provide habitat within a decade, but ' +
    'old hedges support a fauna that young ones do not yet replace.',
];
const pmIntro = [
  'Ground beetles (Coleoptera: Carabidae) are among the most abundant predators on arable land and feed on aphids, slug ' +
    'eggs and weed seeds [1, 2]. Many species overwinter in field margins and move into crops in spring, so the quality of ' +
    'the margins may shape the number of beetles available to control pests each year [3].',
  'Agri-environment schemes in England have paid for the planting of several thousand kilometres of new hedgerow since ' +
    'the 1990s [4]. Surveys of these hedges have focused on birds and flowering plants, and the few invertebrate studies ' +
    'have compared new hedges with none at all rather than with old hedges on the same farms [5].',
];
const pmMethods = [
  'Nine farms in Cambridgeshire and Bedfordshire were chosen for their records of hedge planting dates. On each farm we ' +
    'selected between four and seven hedgerows bordering cereal fields, giving 48 in total, and dated the older hedges ' +
    'from estate maps and tithe records.',
  'Five pitfall traps were set at 10 m intervals along the base of each hedge and emptied every two weeks from April to ' +
    'September 2022. At each trap we measured leaf litter depth, soil moisture and the cover of ground vegetation.',
];
const pmResults = [
  'We caught 21,406 beetles of 74 species. Richness per hedge rose from a mean of 14 species in hedges under ten years ' +
    'old to 27 species in hedges aged 25 to 40 years, with little further increase in older hedges (Figure 1).',
  'Woodland specialists such as Abax parallelepipedus and Nebria brevicollis made up less than 5% of catches in young ' +
    'hedges but more than 30% in hedges over one hundred years old. Leaf litter depth was the strongest single predictor ' +
    'of assemblage composition.',
];
const pmDiscussion = [
  'Our results suggest that new hedges repay their planting quickly for generalist predators, but that the specialists ' +
    'of old hedges depend on a deep, stable litter layer that takes decades to build. Cutting regimes that leave more ' +
    'litter in place may speed this process, and removing old hedges cannot be offset simply by planting new ones.',
];
const pmCaption =
  'Species richness of ground beetles per hedgerow plotted against hedge age. The line shows a fitted saturating curve with its 95% confidence band.';
const pmRefs = [
  'Holland JM, Luff ML. The effects of agricultural practices on Carabidae in temperate agroecosystems. Integr Pest Manag Rev. 2000;5:109-129.',
  'Kromp B. Carabid beetles in sustainable agriculture: a review on pest control efficacy. Agric Ecosyst Environ. 1999;74:187-228.',
  'Thomas CFG, Marshall EJP. Arthropod abundance and diversity in differently vegetated margins of arable fields. Agric Ecosyst Environ. 1999;72:131-144.',
];
const pmCited = ['Field margins as sources of beetle predators in winter wheat', 'Litter depth and carabid assemblages in ancient woodland edges'];
const pmRef = (r: string, i: number): string =>
  `<li id="r${i + 1}"><span class="label">${i + 1}.</span><cite>${r}</cite> [<a href="#">DOI</a>] [<a href="#">Google Scholar</a>]</li>`;
const pmHtml = `<!DOCTYPE html>
<html lang="en" data-source="pmc"><head><meta charset="utf-8"><title>${pmTitle} - PMC</title>
<meta name="citation_title" content="${pmTitle}"><meta name="citation_author" content="Eleanor Whitfield">
<meta name="citation_author" content="Kofi Mensah-Boateng"><meta name="citation_journal_title" content="Journal of Agricultural Ecology">
<meta name="citation_publication_date" content="2024/11/12"><meta name="citation_doi" content="10.5555/jae.2024.0231">
<meta property="og:type" content="article"><meta name="ncbi_pcid" content="/articles/PMC11623019/">
<script type="text/javascript">window.ncbi = window.ncbi || {}; ncbi.pmc = {articleId: "PMC11623019"};</script>
<style>.pmc-layout__citation{font-size:.9rem}.ref-list li{margin-bottom:.5rem}</style></head>
<body class="pmc-article-page">
<section class="usa-banner" aria-label="Official website of the United States government"><div class="usa-banner__header">
<p class="usa-banner__header-text">An official website of the United States government</p>
<button class="usa-banner__button" aria-expanded="false">Here's how you know</button></div></section>
<a class="usa-skipnav" href="#main-content">Skip to main content</a>
<header class="ncbi-header"><a class="ncbi-header__logo" href="https://www.ncbi.example">NCBI home page</a>
<form role="search" class="pmc-search"><input type="search" aria-label="Search PMC Full-Text Archive"><button>Search in PMC</button></form>
<a class="ncbi-header__login" href="/login">Log in</a></header>
<main id="main-content" class="usa-layout-docs"><div class="grid-row">
<article class="grid-col-12 desktop:grid-col-8" data-article-id="PMC11623019" lang="en">
<section class="pmc-layout__citation" aria-label="Article citation and metadata"><div class="pmc-header">
<p class="citation">J Agric Ecol. 2024 Nov 12;18(4):e0231. doi: 10.5555/jae.2024.0231</p></div>
<hgroup><h1>${pmTitle}</h1></hgroup>
<div class="cg p"><a class="usa-link" href="/?term=Whitfield%20E">Eleanor Whitfield</a><sup>1</sup>,
<a class="usa-link" href="/?term=Mensah-Boateng%20K">Kofi Mensah-Boateng</a><sup>1,2</sup>,
<a class="usa-link" href="/?term=Lindqvist%20H">Hanna Lindqvist</a><sup>2</sup></div>
<div class="d-buttons"><button class="d-button" aria-controls="aip_a">Author information</button>
<button class="d-button" aria-controls="anp_a">Article notes</button>
<button class="d-button" aria-controls="clp_a">Copyright and License information</button></div>
<div class="d-panels"><div id="aip_a" class="d-panel"><div class="affiliation"><sup>1</sup>Department of Zoology, University of Fenmarch, Ely, UK</div>
<div class="affiliation"><sup>2</sup>Centre for Farmland Ecology, Ouse Valley Institute, Bedford, UK</div>
<div class="author-notes"><p>Corresponding author: e.whitfield@fenmarch.example</p></div></div>
<div id="anp_a" class="d-panel"><p>Received 2024 Mar 4; Accepted 2024 Sep 30; Collection date 2024.</p></div>
<div id="clp_a" class="d-panel"><div>Copyright © 2024 Whitfield et al.</div><p>This is an open access article distributed under the terms of the
Creative Commons Attribution License, which permits unrestricted use, distribution, and reproduction in any medium, provided the original
author and source are credited.</p></div></div>
<div class="pmcid"><p>PMCID: PMC11623019 PMID: 39512876</p></div></section>
<section class="body main-article-body">
<section class="abstract" id="abstract1"><h2>Abstract</h2>${ps(pmAbstract)}
<section class="kwd-group"><p><strong class="kwd-title">Keywords:</strong> Carabidae, hedgerows, agri-environment schemes, habitat age</p></section>
</section>
<section id="sec1"><h2 class="pmc_sec_title">1. Introduction</h2>
${ps(pmIntro)}
</section>
<section id="sec2"><h2 class="pmc_sec_title">2. Methods</h2>
${ps(pmMethods)}
</section>
<section id="sec3"><h2 class="pmc_sec_title">3. Results</h2>
${ps(pmResults)}
<figure class="fig xbox font-sm" id="fig1"><h3 class="obj_head">Figure 1.</h3><p class="img-box line-height-none margin-x-neg-2 tablet:margin-x-0">
<a class="tileshop" target="_blank" href="/tileshop?p=pmc&amp;id=fig1"><img class="graphic zoom-in" src="/articles/PMC11623019/bin/jae-fig1.jpg"
alt="Figure 1"></a></p><div class="p text-right font-secondary"><a href="figure/fig1/" class="usa-link">Open in a new tab</a></div>
<figcaption><p>${pmCaption}</p></figcaption></figure>
</section>
<section id="sec4"><h2 class="pmc_sec_title">4. Discussion</h2>
${ps(pmDiscussion)}
</section>
<section id="ack1" class="ack"><h2 class="pmc_sec_title">Acknowledgments</h2><p>We thank the nine farm owners for access to their land.</p></section>
<section id="fn-group1" class="fn-group"><h2 class="pmc_sec_title">Conflict of interest</h2><p>The authors declare no competing interests.</p></section>
<section id="ref-list1" class="ref-list"><h2 class="pmc_sec_title">References</h2><section><ul class="ref-list font-sm" style="list-style-type:none">
${pmRefs.map(pmRef).join('\n')}
</ul></section></section></section></article>
<aside class="grid-col-12 desktop:grid-col-4 pmc-sidebar" aria-label="Actions and related articles"><section class="pmc-sidebar__section">
<h2 class="pmc-sidebar__title">ACTIONS</h2><ul class="usa-list--unstyled"><li><a href="pdf/jae-2024-0231.pdf">PDF (1.4 MB)</a></li>
<li><button>Cite</button></li><li><button>Collections</button></li><li><button>Permalink</button></li></ul></section>
<section class="pmc-sidebar__section" id="cited-by"><h2 class="pmc-sidebar__title">Cited by other articles</h2><ul>
${pmCited.map((t) => `<li><a href="/articles/x">${t}</a></li>`).join('\n')}</ul></section>
<section class="pmc-sidebar__section"><h2 class="pmc-sidebar__title">Similar articles</h2><ul>
<li><a href="/articles/y">Carabid recolonisation of restored field margins</a></li></ul></section></aside></div></main>
<footer class="ncbi-footer"><ul>${links(['Connect with NLM', 'Web Policies', 'FOIA', 'HHS Vulnerability Disclosure'])}</ul>
<p>National Library of Medicine, 8600 Rockville Pike, Bethesda, MD 20894</p></footer>
<script src="/static/js/pmc-article.js" defer></script></body></html>`;
const pmcArticle: TestPage = {
  html: pmHtml,
  name: 'heldout12-pmc-journal-article',
  kind: 'docs',
  // decided: figure caption, references, acknowledgments, conflict-of-interest note, keywords, affiliations and licence
  // are furniture (a summary wants the abstract and the argued sections, not citations or back matter); the author names
  // and the received/accepted dates are bylines; the inline citation numbers stay in the body text as printed
  title: pmTitle,
  headings: ['Abstract', '1. Introduction', '2. Methods', '3. Results', '4. Discussion'],
  body: [...texts(pmAbstract), ...texts(pmIntro), ...texts(pmMethods), ...texts(pmResults), ...texts(pmDiscussion)],
  bylines: ['Eleanor Whitfield', 'Kofi Mensah-Boateng', 'Hanna Lindqvist', 'Received 2024 Mar 4; Accepted 2024 Sep 30; Collection date 2024.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'An official website of the United States government', "Here's how you know", 'Skip to main content', 'NCBI home page', 'Search in PMC',
    'Log in', 'J Agric Ecol. 2024 Nov 12;18(4):e0231. doi: 10.5555/jae.2024.0231', 'Author information', 'Article notes',
    'Copyright and License information', 'Department of Zoology, University of Fenmarch, Ely, UK',
    'Centre for Farmland Ecology, Ouse Valley Institute, Bedford, UK', 'Corresponding author: e.whitfield@fenmarch.example',
    'Copyright © 2024 Whitfield et al.',
    'This is an open access article distributed under the terms of the Creative Commons Attribution License, which permits unrestricted use, ' +
      'distribution, and reproduction in any medium, provided the original author and source are credited.',
    'PMCID: PMC11623019 PMID: 39512876', 'Keywords: Carabidae, hedgerows, agri-environment schemes, habitat age', 'Figure 1.', 'Open in a new tab',
    pmCaption, 'Acknowledgments', 'We thank the nine farm owners for access to their land.', 'Conflict of interest',
    'The authors declare no competing interests.', 'References', ...pmRefs, 'Google Scholar', 'ACTIONS', 'PDF (1.4 MB)', 'Cite', 'Collections',
    'Permalink', 'Cited by other articles', ...pmCited, 'Similar articles', 'Carabid recolonisation of restored field margins', 'Connect with NLM',
    'Web Policies', 'FOIA', 'HHS Vulnerability Disclosure', 'National Library of Medicine, 8600 Rockville Pike, Bethesda, MD 20894',
  ],
};

const msTitle = 'User sign-in takes several minutes when roaming profile synchronization is enabled';
const msSymptoms = [
  'After you enable roaming user profiles for a group of users, some of them wait between two and ten minutes at the ' +
    'Welcome screen when they sign in to a domain-joined computer. The delay is longest on the first sign-in of the day ' +
    'and on computers connected through a VPN.',
  'Event ID 1509 or Event ID 1521 may be logged in the Application log under the User Profile Service source.',
];
const msCause = [
  'This issue occurs when a profile contains large folders that are not redirected, such as the Downloads folder or ' +
    'the local cache of a line-of-business application. The whole profile is copied from the file server before the ' +
    'desktop is shown, so the sign-in time grows with the size of the profile.',
];
const msSteps = [
  'Identify the largest folders in the affected profiles. On the file server, run the following command against the profile share:',
  'Exclude cache folders from the roaming profile. In the Group Policy Management Editor, go to User Configuration > ' +
    'Administrative Templates > System > User Profiles, and open the Exclude directories in roaming profile policy.',
  'Add the folders that you identified, separated by semicolons, relative to the root of the profile. Then select OK.',
  'Redirect the Desktop, Documents and Downloads folders to a file share by using Folder Redirection, so that they ' + 'are no longer copied at sign-in.',
  'Have the affected users sign out and sign in again twice. The first sign-in after the change still downloads the old profile.',
];
const msNote =
  'Excluding a folder does not delete it from the copy of the profile that is already on the server. To reclaim space, ' +
  'remove the folder from the server copy after all the users have signed in with the new policy.';
const msMore = [
  'To measure the improvement, compare the profile load times reported by Event ID 1001 of the Winlogon source before ' +
    'and after the change. In most environments, sign-in time returns to under 30 seconds once profiles are smaller than 100 MB.',
];
const msToc = ['Symptoms', 'Cause', 'Resolution', 'More information'];
const msCrumbs = ['Learn', 'Troubleshoot', 'Windows Server', 'User profiles and logon'];
const msHtml = `<!DOCTYPE html>
<html class="layout layout-holy-grail hasSidebar hasPageActions hasRelated" lang="en-us" dir="ltr" data-css-variable-support="true">
<head><meta charset="utf-8"><title>${msTitle} - Windows Server | Microsoft Learn</title>
<meta name="description" content="Describes a delay at sign-in when roaming profiles include large folders that are not redirected.">
<meta name="ms.date" content="03/12/2025"><meta name="ms.topic" content="troubleshooting"><meta name="ms.service" content="windows-server">
<meta name="author" content="kaylaparsons"><meta property="og:title" content="${msTitle}"><meta name="feedback_system" content="Standard">
<script type="application/json" id="msdocs-meta">{"locale":"en-us","appliesTo":["Windows Server 2022","Windows Server 2019"]}</script>
<script src="https://learn.microsoft.example/_themes/docs.theme/master/en-us/_themes/global/deprecation.js"></script>
<style>.alert.is-info{border-left:4px solid #0078d4}</style></head>
<body lang="en-us" dir="ltr"><div class="header-holder has-default-focus">
<a href="#main" class="skip-to-main-link" tabindex="1">Skip to main content</a>
<div id="ms--site-header"><header class="header" data-bi-name="header"><a class="header-logo" href="/en-us/">Microsoft</a>
<nav class="header-nav" aria-label="Global"><ul>${links(['Learn', 'Documentation', 'Training', 'Credentials', 'Q&A'])}</ul></nav>
<form class="header-search" role="search"><input type="search" placeholder="Search" aria-label="Search"></form>
<a class="header-signin" href="/signin">Sign in</a></header></div></div>
<div class="mainContainer uhf-container has-default-focus" data-bi-name="body"><div class="columns has-large-gaps is-gapless-mobile">
<div id="left-container" class="left-container is-hidden-mobile column is-one-third-tablet is-one-quarter-desktop">
<nav class="version-selector" aria-label="Version"><label for="vsel">Version</label><select id="vsel">
<option selected>Windows Server 2022</option><option>Windows Server 2019</option></select></nav>
<nav id="affixed-left-container" class="margin-top-sm-tablet" role="navigation" aria-label="Primary"><input placeholder="Filter by title">
<ul class="tree"><li><a href="/a">Profiles overview</a></li><li><a href="/b">Folder Redirection problems</a></li></ul></nav></div>
<section class="primary-holder column is-two-thirds-tablet is-three-quarters-desktop"><div class="columns is-gapless-mobile has-large-gaps">
<div id="main-column" class="column is-full is-8-desktop"><main id="main" role="main" class="content" data-bi-name="content" lang="en-us">
<nav id="article-header" class="background-color-body margin-top-sm-tablet"><ol class="breadcrumbs" itemscope itemtype="http://schema.org/BreadcrumbList">
${msCrumbs.map((t) => `<li itemprop="itemListElement" itemscope><a itemprop="item" href="/x"><span itemprop="name">${t}</span></a></li>`).join('\n')}
</ol><div class="action-list"><button class="button button-clear" data-bi-name="read-in-focus">Focus mode</button>
<button class="button button-clear collection" aria-label="Save">Save</button><button class="share-button">Share via</button></div></nav>
<div class="content"><h1 id="user-sign-in-takes-several-minutes">${msTitle}</h1>
<div class="page-metadata-container display-flex gap-xxs justify-content-space-between"><ul class="metadata page-metadata" lang="en-us">
<li class="visually-hidden">Article</li><li><time class="is-invisible" data-article-date datetime="2025-03-12T08:00:00Z">03/12/2025</time></li>
<li class="contributors-holder display-none-print"><button class="contributors-button link-button">5 contributors</button></li></ul>
<div id="user-feedback" class="margin-block-xxs"><button class="button button-sm button-clear" data-bi-name="user-feedback-button">Feedback</button></div></div>
<nav id="center-doc-outline" class="doc-outline is-hidden-desktop" data-bi-name="intopic toc" aria-label="In this article">
<h2 id="ms--in-this-article" class="title is-6 margin-block-sm">In this article</h2><ol>${msToc.map((t) => `<li><a href="#x">${t}</a></li>`).join('')}
</ol></nav>
<!-- <content> -->
<p><em>Applies to:</em> &nbsp; Windows Server 2022, Windows Server 2019, Windows 10 - all editions</p>
<h2 id="symptoms">Symptoms</h2>
${ps(msSymptoms)}
<h2 id="cause">Cause</h2>
${ps(msCause)}
<h2 id="resolution">Resolution</h2>
<ol><li><p>${msSteps[0]}</p>
<pre><code class="lang-powershell">Get-ChildItem \\\\fs01\\profiles$ -Directory | ForEach-Object { Get-ChildItem $_.FullName -Recurse -File |
  Measure-Object Length -Sum }</code></pre></li>
${msSteps
  .slice(1)
  .map((s) => `<li><p>${s.replace(/>/g, '&gt;')}</p></li>`)
  .join('\n')}</ol>
<div class="NOTE alert is-info"><p class="alert-title"><span class="docon docon-status-error-outline" aria-hidden="true"></span> Note</p>
<p>${msNote}</p></div>
<h2 id="more-information">More information</h2>
${ps(msMore)}
<!-- </content> -->
</div>
<div class="feedback-section" data-bi-name="feedback-section"><h3 class="title is-6">Was this page helpful?</h3>
<button class="thumb-rating" data-bi-name="button-rating-yes">Yes</button><button class="thumb-rating" data-bi-name="button-rating-no">No</button></div>
</main></div>
<div id="ms--additional-resources" class="right-container column is-4-desktop" data-bi-name="pageactions" role="complementary">
<h2 class="title is-6">Additional resources</h2><div class="card"><p class="card-template">Training</p><p class="card-title">
<a href="/training/x">Manage user profiles in Windows Server</a></p><p>Module · 9 units</p></div></div></div></section></div></div>
<footer id="footer" data-bi-name="footer" class="footer-layout"><a data-bi-name="select-locale" href="/locale">English (United States)</a>
<button class="theme-dropdown-trigger">Theme</button><ul class="footer-links">${links(['Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use'])}
</ul><p>© Microsoft 2025</p></footer></body></html>`;
const learnDoc: TestPage = {
  html: msHtml,
  name: 'heldout12-learn-troubleshooting-doc',
  kind: 'docs',
  // decided: the "Applies to" line is furniture (product metadata, though it sits first in the content div); the text of
  // the Note alert is body (a caution the article gives), its "Note" label furniture; the PowerShell block is code
  title: msTitle,
  headings: msToc,
  body: [...texts(msSymptoms), ...texts(msCause), ...msSteps, msNote, ...texts(msMore)],
  bylines: ['03/12/2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Microsoft', 'Documentation', 'Training', 'Credentials', 'Q&A', 'Sign in', 'Version', 'Windows Server 2022',
    'Windows Server 2019',
    'Profiles overview', 'Folder Redirection problems', ...msCrumbs.slice(1), 'Focus mode', 'Save', 'Share via', '5 contributors', 'Feedback',
    'In this article', 'Applies to: Windows Server 2022, Windows Server 2019, Windows 10 - all editions', 'Note', 'Was this page helpful?', 'Yes',
    'No', 'Additional resources', 'Manage user profiles in Windows Server', 'Module · 9 units', 'English (United States)', 'Theme',
    'Previous Versions', 'Blog', 'Contribute', 'Privacy', 'Terms of Use', '© Microsoft 2025',
  ],
};

export const HELDOUT12_B: readonly TestPage[] = [pmcArticle, learnDoc];
