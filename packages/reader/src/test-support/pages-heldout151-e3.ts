import { plain, type TestPage, texts } from './page-kit.js';
import { dropClashes } from './pages-heldout151-a2.js';

/**
 * Held-out batch 151, file e3: a page of a university library's LibGuides (Springshare) research guide: the skip link, the
 * library's own header and menu, the breadcrumbs, the guide header with its description and "Search this Guide" box, the
 * side-nav guide tabs, content boxes with h2 titles (rich text, database lists with descriptions, a book list), the
 * librarian profile box, the LibChat "Ask Us" box, the guide meta (last updated, URL, print page, subjects, tags), the
 * previous/next page links and the Springshare footer.
 */
const title = 'Public Health Research Guide';
const desc = 'Resources and search strategies for students and researchers in public health, epidemiology and health policy.';
const boxes: { title: string; paras: string[]; items?: string[] }[] = [
  {
    title: 'Start here',
    paras: [
      'Journal articles are the main way that public health research is shared. This page lists the databases the library subscribes to and ' +
        'explains how to choose between them. If you are new to searching, start with one of the multidisciplinary databases and move on to the ' +
        'specialist ones once you know the terms used in your topic.',
      'Off campus? You will be asked to sign in with your Halford University account when you open a database.',
    ],
  },
  {
    title: 'Core databases',
    paras: ['These databases cover most public health topics. Search at least two of them for a literature review.'],
    items: [
      'PubSphere — Citations and abstracts from over 5,000 biomedical and health journals, with subject headings that make it easy to find ' +
        'studies on a specific population or exposure.',
      'HealthIndex Plus — Nursing, allied health and health promotion literature, including grey literature such as reports and dissertations.',
      'Global Health Archive — International public health research, strong on low- and middle-income countries and on historical material from ' +
        'before 1970.',
      'PolicyLine — Government reports, legislation summaries and think-tank papers on health policy in the UK and Europe.',
    ],
  },
  {
    title: 'Search tips',
    paras: ['A few habits make database searching much faster:'],
    items: [
      'Combine synonyms with OR and different concepts with AND, for example (obesity OR overweight) AND (school OR adolescent).',
      'Use quotation marks to search for an exact phrase, such as &quot;social determinants&quot;.',
      'Use the database&#39;s filters to limit by date, study type or language rather than adding more words.',
      'Save your searches in each database so that you can rerun them later and report them in your methods section.',
    ],
  },
  {
    title: 'Finding the full text',
    paras: [
      'If a database shows only an abstract, click the Find It @ Halford button to check whether the library has the article elsewhere. If it ' +
        'does not, you can request a copy through interlibrary loan. Most requests arrive by email within three working days.',
    ],
  },
];
const libNav = ['Home', 'Search', 'Research Help', 'Services', 'Spaces', 'About'];
const crumbs = ['Halford University', 'Library', 'LibGuides', 'Subject Guides', 'Public Health Research Guide', 'Finding Articles'];
const tabs = ['Home', 'Finding Articles', 'Data and Statistics', 'Grey Literature', 'Citing Sources'];
const profile = ['Librarian', 'Maribel Okonkwo', 'Email Me', 'Schedule Appointment', 'Contact:', 'Ashworth Library, Room 214', '0161 496 0732'];
const subjects = ['Subjects:', 'Public Health', 'Nursing'];
const ask = ['Ask Us', 'Chat with a librarian', 'Chat is offline. Leave us a message and we will reply by email.'];
const meta = ['Last Updated:', 'URL:', 'https://libguides.halford.ac.uk/publichealth/articles', 'Print Page', 'Login to LibApps', 'Report a problem'];
const tags = ['Tags:', 'epidemiology', 'health policy', 'literature review'];
const pager = ['Previous: Home', 'Next: Data and Statistics'];
const footer = ['Halford University Library', 'Oldgate Road, Halford HL4 2BN', 'Accessibility', 'Privacy', 'Powered by Springshare.', 'All rights reserved.'];
const boxHtml = (b: (typeof boxes)[number], i: number): string => `<div id="s-lg-box-wrapper-2831${i}" class="s-lg-box-wrapper-2831${i}">
<div id="s-lg-box-2831${i}" class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">${b.title}<div id="s-lib-box-fav-2831${i}"
class="pull-right s-lib-box-fav"></div></h2><div id="s-lg-box-collapse-2831${i}"><div class="s-lib-box-content"><div id="s-lg-content-5509${i}"
class="clearfix">${b.paras.map((p) => `<p>${p}</p>`).join('\n')}</div>
${
  b.items
    ? `<div id="s-lg-content-5510${i}" class="clearfix"><ul class="s-lg-link-list${i === 1 ? ' s-lg-db-list' : ''}">${b.items
        .map((t) => {
          const [name, d] = t.split(' — ');
          return d
            ? `<li><div><span><a href="https://libguides.halford.ac.uk/az/databases?q=${name}">${name}</a></span> <span class="s-lg-database-desc"
>— ${d}</span></div></li>`
            : `<li>${t}</li>`;
        })
        .join('\n')}</ul></div>`
    : ''
}</div></div></div></div>`;
const html = `<!DOCTYPE html>
<html lang="en"><head><meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Finding Articles - ${title} - LibGuides at Halford University</title>
<meta name="description" content="${desc}"><meta name="keywords" content="epidemiology, health policy, literature review">
<meta name="robots" content="noarchive"><meta property="og:title" content="LibGuides: ${title}: Finding Articles">
<meta property="og:site_name" content="LibGuides"><meta property="og:url" content="https://libguides.halford.ac.uk/publichealth/articles">
<link rel="stylesheet" href="https://static-assets-eu.libguides.example/web/css3.21.4/lg-public.min.css">
<script src="https://static-assets-eu.libguides.example/web/jquery3/js/jquery.min.js"></script>
<script>var springStats = springStats || {};springStats.saConfig = {site_id: 4102, tracking_parameters: {"_st_guide_id":812204,"_st_page_id":5412090,
"_st_site_id":4102}, tracking_server_host: "libguides-proc.springyaws.example"};</script>
<script src="https://static-assets-eu.libguides.example/web/js3.21.4/lg-public.min.js"></script></head>
<body class="s-lg-guide-body"><a id="s-lg-public-skiplink" class="alert-info" href="#s-lg-guide-main">Skip to Main Content</a>
<div id="s-lib-banner"><div class="halford-header"><a href="https://www.halford.ac.uk/library"><img src="https://libapps-eu.s3.example/customers/4102/logo.png"
alt="Halford University Library"></a><nav class="halford-nav" aria-label="Library"><ul>${libNav
  .map(
    (t) => `<li><a
href="#">${t}</a></li>`,
  )
  .join('')}</ul></nav></div></div>
<div id="s-lib-bc"><ol id="s-lib-bc-list" class="breadcrumb">${crumbs
  .map((c, i) => `<li${i === crumbs.length - 1 ? ' class="active"' : ''}>${i === crumbs.length - 1 ? c : `<a href="#">${c}</a>`}</li>`)
  .join('')}</ol></div>
<div id="s-lg-guide-header" class="container s-lib-side-borders"><div class="row"><div id="s-lg-guide-header-info" class="col-md-10">
<h1 id="s-lg-guide-name">${title}</h1><div id="s-lg-guide-desc-container"><span id="s-lg-guide-desc">${desc}</span></div></div>
<div id="s-lg-guide-header-search" class="col-md-2"><form role="search" class="form-inline" action="https://libguides.halford.ac.uk/srch.php"><label
for="s-lg-guide-search-terms" class="sr-only">Search this Guide</label><div class="input-group"><input id="s-lg-guide-search-terms" type="text"
class="form-control" placeholder="Search this Guide"><span class="input-group-btn"><button class="btn btn-default" type="submit">Search</button></span>
</div></form></div></div></div>
<div id="s-lg-guide-tabs-title-bar" class="container s-lib-side-borders"></div>
<div id="s-lg-tabs-container" class="container s-lib-side-borders pad-top-med"><div id="s-lg-guide-tabs" class="tabs" role="navigation" aria-label="Guide
Pages">
<ul class="nav nav-pills nav-stacked split-button-nav">${tabs
  .map((t) => `<li class="${t === 'Finding Articles' ? 'active ' : ''}"><a title="" class="s-lg-tab-top-link" href="#"><span>${t}</span></a></li>`)
  .join('')}</ul></div></div>
<div id="s-lg-guide-main" class="container s-lib-main s-lib-side-borders"><div class="row"><div id="s-lg-col-1" class="col-md-9"><div class="s-lg-col-boxes">
${boxes.map(boxHtml).join('\n')}
</div></div>
<div id="s-lg-col-2" class="col-md-3"><div class="s-lg-col-boxes"><div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">${profile[0]}</h2>
<div class="s-lib-box-content"><div class="s-lib-profile-container"><div class="s-lib-profile-name">${profile[1]}</div><div class="s-lib-profile-image"><img
src="https://libapps-eu.s3.example/accounts/201455/profile.jpg" alt="${profile[1]}'s picture"></div><div class="s-lib-profile-email"><a class="btn btn-default"
href="mailto:m.okonkwo@halford.ac.uk">${profile[2]}</a></div><div class="s-lib-profile-widget"><a class="btn btn-info" href="#">${profile[3]}</a></div>
<div class="s-lib-profile-div s-lib-profile-contact"><strong>${profile[4]}</strong><br>${profile[5]}<br>${profile[6]}</div>
<div class="s-lib-profile-div s-lib-profile-subjects"><strong>${subjects[0]}</strong> <a href="#">${subjects[1]}</a>, <a href="#">${subjects[2]}</a></div>
</div></div></div>
<div class="s-lib-box s-lib-box-std"><h2 class="s-lib-box-title">${ask[0]}</h2><div class="s-lib-box-content"><div id="libchat_9f2e1" class="libchat_online">
<button class="libchat_btn">${ask[1]}</button></div><div class="libchat_offline"><p>${ask[2]}</p></div></div></div></div></div></div>
<div id="s-lg-page-prevnext" class="pad-top-med pad-bottom-med"><a class="btn btn-default btn-sm" href="#"><span class="fa fa-arrow-left"></span>
<strong>Previous:</strong>
Home</a> <a class="btn btn-default btn-sm" href="#"><strong>Next:</strong> Data and Statistics <span class="fa fa-arrow-right"></span></a></div></div>
<div id="s-lib-footer-public" class="s-lib-footer footer container-fluid"><div id="s-lg-guide-header-meta"><div id="s-lg-guide-header-updated"><span
class="s-lg-text-greyout">${meta[0]}</span> Jan 28, 2026 3:12 PM</div><div id="s-lg-guide-header-url"><span class="s-lg-text-greyout">${meta[1]}</span>
${meta[2]}</div><div id="s-lg-guide-print-url"><a href="#" class="s-lg-text-greyout"><span class="fa fa-print"></span> ${meta[3]}</a></div>
<div id="s-lg-guide-header-subjects"><span class="s-lg-text-greyout">${subjects[0]}</span> <a href="#">${subjects[1]}</a></div>
<div id="s-lg-guide-header-tags"><span class="s-lg-text-greyout">${tags[0]}</span> ${tags
  .slice(1)
  .map((t) => `<a href="#">${t}</a>`)
  .join(', ')}</div></div>
<div class="halford-footer"><p>${footer[0]}<br>${footer[1]}</p><ul><li><a href="#">${footer[2]}</a></li><li><a href="#">${footer[3]}</a></li><li><a
href="#">${meta[5]}</a></li></ul></div>
<div id="s-lib-footer-brand">${footer[4]}</div><div id="s-lib-footer-rights">${footer[5]}</div><div id="s-lib-footer-login-link"><a
href="https://halford.libapps.example/libapps/login.php?site_id=4102">${meta[4]}</a></div></div>
<script>jQuery(document).ready(function(){springSpace.UI.initPopovers();springSpace.UI.alert_msg_bar();});</script>
</body></html>`;

export const libGuide: TestPage = dropClashes({
  name: 'heldout151-libguides-research-guide',
  kind: 'wiki',
  html,
  // the title is the guide name (h1); the guide description under it is body (as a dek); the content boxes' h2 titles
  // are the headings and their rich text and link lists (with the database descriptions) are body; the profile and
  // "Ask Us" boxes, the guide tabs, breadcrumbs, guide meta and footers are furniture; the "Last Updated" time is a byline
  title,
  headings: boxes.map((b) => b.title),
  body: [desc, ...boxes.flatMap((b) => texts([...b.paras, ...(b.items ?? [])]))],
  bylines: ['Jan 28, 2026 3:12 PM'],
  furniture: [
    'Skip to Main Content',
    ...libNav,
    ...crumbs.filter((c) => c !== title),
    'Search this Guide',
    'Search',
    ...tabs,
    ...profile,
    ...subjects,
    ...ask,
    ...meta,
    ...tags,
    ...pager,
    ...footer,
  ].map((t) => plain(t)),
});
