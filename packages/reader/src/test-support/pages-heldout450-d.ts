import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout450-kit.js';

/**
 * Held-out batch 450, file d: a press regulator's adjudication on a Drupal site with labelled fields (decision, dates,
 * outcome) and a sidebar of recent rulings, and a withdrawn preprint on a bioRxiv-style HighWire page (short main text).
 */
const rTitle = '04112-25 Linnell v Saltmarsh Evening Post';
const rHeadings = ['Summary of Complaint', 'Relevant Code Provisions', 'Findings of the Committee', 'Conclusion', 'Remedial Action Required'];
const rBody = [
  j(
    '1. Dora Linnell complained to the Authority that the Saltmarsh Evening Post breached Clause 1 (Accuracy) of the',
    'Editors’ Code of Practice in an article headlined “Care home fined after resident left alone for hours”, published online on',
    '2 September 2025.',
  ),
  j(
    '2. The article reported that a care home run by the complainant had been fined £15,000 after a resident was left unattended',
    'for “more than five hours”. The complainant said the home had not been fined: it had received a warning notice from the',
    'inspectorate, which had found that the resident was unattended for 70 minutes.',
  ),
  j(
    '3. The publication said its reporter had relied on a post on a local community forum. It accepted that the article was',
    'inaccurate once the complainant provided the inspectorate’s letter, and offered to amend the article and publish a',
    'footnote correction.',
  ),
  'Clause 1 (Accuracy)',
  'i) The Press must take care not to publish inaccurate, misleading or distorted information or images, including headlines not supported by the text.',
  j(
    'ii) A significant inaccuracy, misleading statement or distortion must be corrected, promptly and with due prominence, and —',
    'where appropriate — an apology published.',
  ),
  j(
    '4. The article made a serious allegation about the running of a care home. The publication had based the central claims on an',
    'unverified social media post and had not contacted the home or the inspectorate before publication. This was a failure to',
    'take care over the accuracy of the article, and a breach of Clause 1 (i).',
  ),
  j(
    '5. The claims that the home had been fined and that the resident had been left alone for more than five hours were significant',
    'inaccuracies which required correction. The publication’s offer of a footnote, made five weeks after the complaint was first',
    'raised, was not sufficiently prompt or prominent given that the original claim appeared in the headline. There was a further',
    'breach of Clause 1 (ii).',
  ),
  '6. The complaint was upheld under Clause 1.',
  j(
    '7. The Committee required the publication to publish a correction on the first page of its website’s news section, where it',
    'should remain for 24 hours before being archived, and to add the correction as a standfirst to the online article. The',
    'wording should be agreed with the Authority in advance.',
  ),
];
const rNav = ['About us', 'Complain', 'Rulings', 'Guidance', 'For journalists', 'News'];
const rRecent = ['03981-25 Amadi v The Wessex Record', '04007-25 A man v Brindle Weekly', '04055-25 Fothergill v northcoast.example'];
const rFoot = ['Contact us', 'Accessibility', 'Privacy notice', 'Cookie settings', 'Careers'];
const rHtml = `<!DOCTYPE html><html lang="en" dir="ltr"><head><meta charset="utf-8"><title>${rTitle} | Press Standards Authority</title>
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)"><link rel="canonical" href="https://www.psa-regulator.example/rulings/04112-25/">
<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","currentPath":"node\\/8815"},
"eu_cookie_compliance":{"popup_enabled":true}}</script></head>
<body class="path-node page-node-type-ruling"><a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container"><header role="banner" class="site-header">
<div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home"
class="site-logo">Press Standards Authority</a></div>
<nav role="navigation" aria-labelledby="block-main-menu-menu" id="block-main-menu"><h2 class="visually-hidden" id="block-main-menu-menu">Main
navigation</h2><ul class="menu menu--main">${links(rNav, 'menu-item')}</ul></nav></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb"
class="visually-hidden">Breadcrumb</h2><ol>${links(['Home', 'Rulings'])}</ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<article role="article" class="node node--type-ruling node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">${rTitle}</span></h1>
<div class="node__content"><div class="field field--name-field-outcome field--label-inline"><div class="field__label">Outcome</div>
<div class="field__item">Breach - sanction: publication of correction</div></div>
<div class="field field--name-field-code-clause field--label-inline">
<div class="field__label">Code provision</div><div class="field__item">1 Accuracy</div></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p><strong>Decision of the Complaints Committee – 04112-25 Linnell v Saltmarsh Evening Post</strong></p>
<h2>${rHeadings[0]}</h2>
${ps(rBody.slice(0, 3))}
<h2>${rHeadings[1]}</h2>
<p>${rBody[3]}</p>
<blockquote>${ps(rBody.slice(4, 6))}</blockquote>
<h2>${rHeadings[2]}</h2>
${ps(rBody.slice(6, 8))}
<h2>${rHeadings[3]}</h2>
${ps(rBody.slice(8, 9))}
<h2>${rHeadings[4]}</h2>
${ps(rBody.slice(9))}
</div><div class="field field--name-field-date-received field--label-inline"><div class="field__label">Date complaint received</div>
<div class="field__item"><time datetime="2025-09-04T12:00:00Z">04/09/2025</time></div></div>
<div class="field field--name-field-date-decision field--label-inline"><div class="field__label">Date decision issued</div>
<div class="field__item"><time datetime="2026-01-27T12:00:00Z">27/01/2026</time></div></div></div></article>
<div class="ruling-print"><a href="/rulings/04112-25/print" class="button button--small">Print this ruling</a></div></div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second"><div class="views-element-container block"
id="block-views-block-rulings-recent"><h2 class="block__title">Recent rulings</h2><div class="view view-rulings view-display-id-block_1">
<ul>${links(rRecent, 'views-row')}</ul><a href="/rulings/" class="more-link">View all rulings</a></div></div>
<div class="block block-block-content" id="block-complainbox"><h2 class="block__title">Make a complaint</h2><div class="field--name-body">
<p>If you think a newspaper or magazine has broken the Editors’ Code, you can complain to us for free.</p></div></div></div></aside></main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><ul class="menu menu--footer">${links(rFoot, 'menu-item')}</ul>
<p class="site-footer__copy">© Press Standards Authority 2026. Registered in England and Wales No. 08811234.</p></div></footer></div></div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div
class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>We use cookies on this site to
enhance your user experience.</p></div>
<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">OK, I
agree</button><button type="button" class="decline-button eu-cookie-compliance-default-button">No, thanks</button></div></div></div></div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js"></script>
</body></html>`;
const regulator: TestPage = {
  name: 'heldout450-drupal-press-regulator-ruling-docs',
  kind: 'docs',
  html: rHtml,
  title: rTitle,
  headings: rHeadings,
  body: texts(rBody),
  bylines: ['04/09/2025', '27/01/2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Press Standards Authority', 'Main navigation', ...rNav, 'Breadcrumb', 'Home', 'Outcome',
    'Breach - sanction: publication of correction', 'Code provision', '1 Accuracy',
    'Decision of the Complaints Committee – 04112-25 Linnell v Saltmarsh Evening Post',
    'Date complaint received', 'Date decision issued', 'Print this ruling', 'Recent rulings', ...rRecent, 'View all rulings', 'Make a complaint',
    'If you think a newspaper or magazine has broken the Editors’ Code, you can complain to us for free.', ...rFoot,
    '© Press Standards Authority 2026. Registered in England and Wales No. 08811234.', 'We use cookies on this site to enhance your user experience.',
    'OK, I agree', 'No, thanks',
  ],
};

const xTitle = 'A conserved glycine hinge controls gating of the bacterial mechanosensitive channel MscQ';
const xBody = [
  j(
    'The authors have withdrawn this manuscript because an error was found in the construction of the G84A and G84P mutant',
    'strains used in Figures 3 to 5. Whole-plasmid sequencing carried out after posting showed that both plasmids carried an',
    'additional frameshift in the C-terminal domain of the channel, so the loss of gating attributed to the glycine hinge',
    'substitutions cannot be separated from the effect of the truncation.',
  ),
  j(
    'The patch-clamp recordings of the wild-type channel and the structural model in Figure 2 are not affected. The authors are',
    'rebuilding the mutant strains and intend to repeat the electrophysiology before deciding whether to post a revised study.',
  ),
  j(
    'Therefore, the authors do not wish this work to be cited as reference for the project. If you have any questions, please',
    'contact the corresponding author.',
  ),
];
const xTabs = ['Abstract', 'Info/History', 'Metrics', 'Preview PDF'];
const xSubjects = ['New Results', 'Microbiology'];
const xNav = ['Home', 'About', 'Submit', 'ALERTS / RSS', 'Advanced Search'];
const xFoot = ['Powered by HighWire', 'Privacy Policy', 'Terms of Use', 'Contact Us', 'Funding'];
const xHtml = `<!DOCTYPE html><html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/"><head>
<meta charset="utf-8"><title>${xTitle} | bioRxiv</title>
<meta name="citation_title" content="${xTitle}"><meta name="citation_publisher" content="Cold Spring Harbor Laboratory">
<meta name="citation_publication_date" content="2026/03/09"><meta name="citation_doi" content="10.1101/2025.11.18.624410">
<meta name="citation_author" content="Okwuosa, Lily"><meta name="citation_author" content="Brandt, Jonas"><meta name="DC.Type" content="Text">
<script type="text/javascript">jQuery.extend(Drupal.settings, {"basePath":"\\/","highwire":{"markup":[{"requested":"full-text","variant":"full-text"}],
"ajaxPath":"\\/highwire\\/markup"}});</script></head>
<body class="html not-front not-logged-in page-node page-node- page-node-2031577 node-type-highwire-article hw-article-withdrawn">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="zone-branding-wrapper"><header id="section-header" class="section section-header"><div class="region region-branding"><a href="/"
class="site-logo" title="bioRxiv">bioRxiv</a><span class="site-slogan">THE PREPRINT SERVER FOR BIOLOGY</span></div>
<div class="region region-menu"><ul class="menu">${links(xNav, 'leaf')}</ul></div></header></div>
<div id="zone-content" class="zone zone-content"><div id="region-content" class="grid-16 region region-content"><a id="main-content"></a>
<div class="panel-display panels-960-layout jcore-2col-layout"><div class="panel-panel panel-region-content-header"><div class="inside">
<div class="panel-pane pane-custom pane-1"><div class="pane-content"><div class="highwire-article-withdrawn-message"><p><strong>This article has been
withdrawn.</strong> <a href="#withdrawn">Click here</a> for details</p></div></div></div>
<div class="panel-pane pane-highwire-article-citation"><div class="pane-content"><div class="highwire-article-citation highwire-citation-type-highwire-article">
<div class="highwire-cite highwire-cite-highwire-article highwire-citation-biorxiv-article-top clearfix">
<div class="highwire-cite-article-as"><span class="biorxiv-article-type">New Results</span></div>
<h1 class="highwire-cite-title" id="page-title">${xTitle}</h1><div class="highwire-cite-authors"><span class="highwire-citation-authors">
<span class="highwire-citation-author first" data-delta="0"><span class="nlm-given-names">Lily</span> <span class="nlm-surname">Okwuosa</span></span>,
<span class="highwire-citation-author" data-delta="1"><span class="nlm-given-names">Jonas</span> <span class="nlm-surname">Brandt</span></span>,
<span class="highwire-citation-author" data-delta="2"><span class="nlm-given-names">Anouk</span> <span class="nlm-surname">Verhoeven</span></span></span></div>
<div class="highwire-cite-metadata"><span class="highwire-cite-metadata-doi highwire-cite-metadata"><span class="label">doi:</span>
https://doi.org/10.1101/2025.11.18.624410</span></div></div></div></div></div>
<div class="panel-pane pane-custom pane-2"><div class="pane-content"><div class="highwire-cite-metadata-pub-date">This article is a preprint and has not
been certified by peer review <a href="/about/FAQ#unrefereed">[what does this mean?]</a>.</div></div></div></div></div>
<div class="panel-panel panel-col-1"><div class="inside"><div class="panel-pane pane-panels-mini pane-biorxiv-art-tabs"><ul class="tabs inline panels-ajax-tab">
${links(xTabs, 'panels-ajax-tab-tab')}</ul></div>
<div class="panel-pane pane-highwire-markup"><div class="pane-content"><div class="highwire-markup"><div class="article fulltext-view" id="withdrawn">
<span class="highwire-journal-article-marker-start"></span><div class="section abstract" id="abstract-1"><h2 class="">Abstract</h2>
${ps(xBody)}
</div><span class="highwire-journal-article-marker-end"></span></div></div></div></div>
<div class="panel-pane pane-custom pane-3"><div class="pane-content"><div class="pub_jnl">Posted March 09, 2026.</div></div></div></div></div>
<div class="panel-panel panel-col-2 sidebar-right-wrapper grid-5"><div class="inside"><div class="panel-pane pane-biorxiv-art-tools"><div class="pane-content">
<ul class="article-tools"><li><a href="/content/10.1101/2025.11.18.624410v2.full.pdf" class="article-dl-pdf-link">Download PDF</a></li>
<li><a href="#" class="email-this">Email</a></li><li><a href="#" class="share">Share</a></li><li><a href="#" class="citation-tool">Citation Tools</a></li></ul>
</div></div>
<div class="panel-pane pane-highwire-article-subject"><h2 class="pane-title">Subject Area</h2>
<div class="pane-content"><ul>${links(['Microbiology'])}</ul></div></div>
<div class="panel-pane pane-highwire-comments"><h2 class="pane-title">Comments</h2><div class="pane-content"><p>0 Comments</p></div></div>
<div class="panel-pane pane-biorxiv-subject-collections"><h2 class="pane-title">Subject Areas</h2><div class="pane-content"><p>All Articles</p><ul>
${links(['Animal Behavior and Cognition', 'Biochemistry', 'Bioengineering', 'Biophysics'])}</ul></div></div></div></div></div></div></div>
<footer id="section-footer" class="section section-footer"><div class="region region-footer"><ul class="menu">${links(xFoot, 'leaf')}</ul></div></footer>
<div class="cookie-consent" id="cookie-consent"><p>We use cookies on this site to enhance your user experience. By clicking any link on this page you are giving
your consent for us to set cookies.</p><button class="cookie-consent__btn">Continue</button><a href="/cookies">More information</a></div>
<script src="https://www.biorxiv.example/sites/all/modules/highwire/highwire/js/highwire_article_reference_popup.js?t8y0k2"></script></body></html>`;
const biorxiv: TestPage = {
  name: 'heldout450-biorxiv-highwire-preprint-withdrawn-docs',
  kind: 'docs',
  html: xHtml,
  title: xTitle,
  headings: ['Abstract'],
  body: texts(xBody),
  bylines: ['Lily Okwuosa', 'Jonas Brandt', 'Anouk Verhoeven', 'Posted March 09, 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'bioRxiv', 'THE PREPRINT SERVER FOR BIOLOGY', ...xNav, 'This article has been withdrawn. Click here for details',
    ...xSubjects, 'doi: https://doi.org/10.1101/2025.11.18.624410',
    'This article is a preprint and has not been certified by peer review [what does this mean?].',
    ...xTabs.filter((t) => t !== 'Abstract'), 'Download PDF', 'Email', 'Share', 'Citation Tools', 'Subject Area', 'Comments', '0 Comments', 'Subject Areas',
    'All Articles', 'Animal Behavior and Cognition', 'Biochemistry', 'Bioengineering', 'Biophysics', ...xFoot,
    'We use cookies on this site to enhance your user experience. By clicking any link on this page you are giving your consent for us to set cookies.',
    'Continue', 'More information',
  ],
};

export const HELDOUT450_D: readonly TestPage[] = [regulator, biorxiv];
