import { links, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout324-kit.js';
import { rootschat } from './pages-heldout324-d2.js';

/**
 * Held-out batch 324, file d: a family history society's research guide built with the Elementor page builder on WordPress
 * (the text sits in nested elementor-section / column / widget wrappers; around it the Astra header, a members' login bar,
 * breadcrumbs, an icon-box "Quick links" widget, a call-to-action box for membership, the "Other guides" posts widget, a
 * footer with three widget columns, and the Complianz cookie banner) and, from file d2, a RootsChat-style (SMF) forum thread.
 */
const eTitle = 'Research guide: Nonconformist chapel records';
const eIntro = [
  j(
    'Many of our members reach a point where an ancestor simply vanishes from the parish registers: no baptism for a child you know',
    'was born, or a family that seems to skip a generation. Very often the answer is that the family worshipped at a Nonconformist',
    'chapel, and the events you are looking for were recorded there instead.',
  ),
  j(
    'This guide explains what chapel records survive for the Vale of Ashcombe, where to find them, and how to read them. It is',
    'written for beginners, but the section on the Dr Williams’s Library registry may be useful to experienced researchers too.',
  ),
];
const eS1 = [
  j(
    'Before 1837, only the Church of England could legally register births, marriages and deaths. Dissenting congregations such as',
    'the Baptists, Independents (later Congregationalists), Methodists and Quakers kept their own registers of births or baptisms',
    'and burials, and from 1754 to 1837 most of their members had to marry in the parish church anyway.',
  ),
  j(
    'In 1837 civil registration began, and the government asked chapels to surrender their registers. Those that were handed in are',
    'now held at The National Archives in series RG 4 and RG 8, and they are indexed online by several commercial sites.',
  ),
];
const eS2 = [
  'Baptism and birth registers, often giving the parents’ names and the mother’s maiden name.',
  'Burial registers for chapels with their own burial ground, of which there were eleven in the Vale.',
  'Church membership rolls and church books, recording admissions, transfers and dismissals.',
  'Minutes of church meetings, which sometimes mention members who emigrated or fell on hard times.',
];
const eS3 = [
  j(
    'Records that were not surrendered in 1837 may still be with the chapel or its successor church, or may have been deposited at',
    'the Ashcombe Record Office. The society’s own library holds transcripts of the Zion Baptist registers for 1791 to 1860 and of',
    'the Wesleyan circuit baptisms for 1810 to 1837.',
  ),
  j(
    'Remember that many Nonconformist families still used the parish church for burials, because the chapel had no ground of its',
    'own. Check both sets of records before concluding that someone is missing.',
  ),
];
const eTip = j(
  'Tip: a baptism recorded years after the birth is common in Baptist registers, because Baptists baptised believers rather than',
  'infants. The register may give the date of birth as well, and that is the date to use.',
);
const eH = ['Why chapel records are different', 'What survives', 'Where to look'];
const eNav = ['Home', 'About Us', 'Research', 'Publications', 'Events', 'Membership', 'Contact'];
const eCrumbs = ['Home', 'Research', 'Research guides'];
const eQuick = ['Search the members’ interests', 'Order a look-up', 'Library catalogue'];
const eOther = ['Research guide: Poor Law records', 'Research guide: Manorial court rolls', 'Research guide: Militia lists, 1757 to 1831'];
const eFoot = ['Vale of Ashcombe Family History Society', 'Registered charity no. 1109274', 'The Old School Room, Market Lane, Ashcombe'];
const eFoot2 = ['Privacy notice', 'Accessibility', 'Site map'];
const el = (type: string, inner: string, id: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}</div></div>`;
const sec = (id: string, inner: string): string => `<section class="elementor-section elementor-top-section elementor-element elementor-element-${id}
elementor-section-boxed elementor-section-height-default" data-id="${id}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default">
<div class="elementor-column elementor-col-100 elementor-top-column elementor-element" data-element_type="column"><div class="elementor-widget-wrap
elementor-element-populated">${inner}</div></div></div></section>`;
const txt = (paras: readonly string[], id: string): string => el('text-editor', paras.map((p) => `<p>${p}</p>`).join('\n'), id);
const hd = (t: string, id: string): string => el('heading', `<h2 class="elementor-heading-title elementor-size-default">${t}</h2>`, id);
const eHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>Research guide: Nonconformist chapel records – Vale of Ashcombe FHS</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta property="og:title" content="Research guide: Nonconformist chapel records"><meta name="generator" content="Elementor 3.21.4">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"datePublished":"2024-05-02T09:12:00+00:00","dateModified":"2026-01-18T14:40:00+00:00"},{"@type":"BreadcrumbList"}]}</script>
<script>var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.21.4","post":{"id":1184,"title":"Research guide"}};</script>
<link rel="stylesheet" id="elementor-post-1184-css" href="https://ashcombefhs.example/wp-content/uploads/elementor/css/post-1184.css"></head>
<body class="page-template-default page page-id-1184 ast-page-builder-template elementor-default elementor-kit-6 elementor-page elementor-page-1184">
<div class="members-bar"><a href="/members/login/">Members’ login</a> <a href="/join/">Join the society</a></div>
<header class="site-header ast-primary-header-bar" id="masthead"><div class="site-branding"><p class="site-title"><a href="/">Vale of Ashcombe
Family History Society</a></p></div><nav id="site-navigation" class="main-header-bar-navigation" aria-label="Site Navigation">
<ul id="primary-menu" class="main-header-menu ast-menu-shadow">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article id="post-1184" class="post-1184 page type-page status-publish ast-article-single"><div data-elementor-type="wp-page" data-elementor-id="1184"
class="elementor elementor-1184">
${sec(
  '3f1a2b7',
  `${el('breadcrumbs', `<p id="breadcrumbs">${eCrumbs.map((c) => `<span><a href="#">${c}</a></span>`).join(' » ')}</p>`, 'a81c0d2')}
${el('heading', `<h1 class="elementor-heading-title elementor-size-xl">${eTitle}</h1>`, '5e2c9a1')}
${el('text-editor', '<p class="guide-meta">Compiled by the Research Committee. Last reviewed January 2026.</p>', '9d0e3b4')}`,
)}
${sec(
  '7b2d4e0',
  `${txt(eIntro, '1c4f7a2')}
${el(
  'icon-box',
  `<div class="elementor-icon-box-wrapper"><h3 class="elementor-icon-box-title">Quick links</h3><ul class="elementor-icon-list-items">
${links(eQuick, 'elementor-icon-list-item')}</ul></div>`,
  '2e8a1f3',
)}
${hd(eH[0] ?? '', '4a7c2e9')}${txt(eS1, '6b1d3f8')}
${hd(eH[1] ?? '', '8c3e5a1')}${el('text-editor', `<ul>\n${lis(eS2)}\n</ul>`, '0d5f7b2')}
${hd(eH[2] ?? '', 'e1a9c4d')}${txt(eS3, 'f2b0d5e')}
${el('alert', `<div class="elementor-alert elementor-alert-info" role="alert"><span class="elementor-alert-description">${eTip}</span></div>`, '3c6e8f1')}`,
)}
${sec(
  '9e4f0a3',
  `${el(
    'call-to-action',
    `<div class="elementor-cta"><div class="elementor-cta__content"><h3 class="elementor-cta__title">Not a member yet?</h3>
<div class="elementor-cta__description">Members get free look-ups, our quarterly journal and access to the transcripts library.</div>
<a class="elementor-cta__button elementor-button" href="/join/">Join today</a></div></div>`,
    'b7d1e2a',
  )}
${el('posts', `<h3 class="other-guides-title">Other guides</h3><ul class="elementor-posts-container">${links(eOther, 'elementor-post')}</ul>`, 'c8e2f3b')}`,
)}
</div></article></main></div></div></div>
<footer class="site-footer" id="colophon"><div class="footer-widget-area"><section class="widget widget_text"><ul>${lis(eFoot)}</ul></section>
<section class="widget widget_nav_menu"><ul class="menu">${links(eFoot2, 'menu-item')}</ul></section>
<section class="widget widget_text"><p>© 2026 Vale of Ashcombe FHS. Website by volunteers.</p></section></div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner banner-1 optin cmplz-bottom-right" role="dialog"><div class="cmplz-title">Manage
Cookie Consent</div><div class="cmplz-message"><p>We use cookies to optimise our website and our service.</p></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://ashcombefhs.example/wp-content/plugins/elementor/assets/js/frontend.min.js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout324-elementor-fhs-guide-wiki',
  kind: 'wiki',
  html: eHtml,
  title: eTitle,
  headings: eH,
  body: texts([...eIntro, ...eS1, ...eS2, ...eS3, eTip]),
  bylines: ['Compiled by the Research Committee. Last reviewed January 2026.'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Members’ login', 'Join the society', 'Vale of Ashcombe Family History Society', ...eNav, 'Research guides', 'Quick links', ...eQuick,
    'Not a member yet?', 'Members get free look-ups, our quarterly journal and access to the transcripts library.', 'Join today', 'Other guides',
    ...eOther, ...eFoot.slice(1), ...eFoot2, '© 2026 Vale of Ashcombe FHS. Website by volunteers.', 'Manage Cookie Consent',
    'We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT324_D: readonly TestPage[] = [elementor, rootschat];
