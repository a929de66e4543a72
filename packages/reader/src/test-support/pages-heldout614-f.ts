import { links, ps, type TestPage, texts } from './page-kit.js';
import { j } from './pages-heldout614-kit.js';

/**
 * Held-out batch 614, file f: a trade guild's news post on HubSpot CMS (blog template with subscribe module, related posts and
 * HubSpot cookie banner), and a short storage tips page from an old bookbinder's site in a table layout.
 */
const hsTitle = 'Guild publishes revised standard for conservation mount board';
const hsParas = [
  j(
    'The Northern Guild of Picture Framers has published the third edition of its standard for mount board sold as',
    '“conservation grade”, the first revision since 2014. The new standard takes effect for members from 1 September.',
  ),
  j(
    'Under the revised rules, board may only carry the conservation label if its core, facing paper and backing paper all pass the',
    'guild’s photographic activity test, and if the board keeps a pH above 7.5 after accelerated ageing. The previous edition',
    'tested the core only.',
  ),
  j(
    '“Framers have been telling us for years that some boards marketed as conservation grade were yellowing at the bevel within',
    'a decade,” said Petra Gallanby, who chairs the guild’s standards committee. “This closes that gap.”',
  ),
  j(
    'Members will be able to check board against the standard through a list of approved products on the guild website, updated',
    'every quarter. Suppliers have until the end of the year to submit samples for testing.',
  ),
  'The standard is free to download for members and costs £25 for non-members.',
];
const hsNav = ['About the Guild', 'Membership', 'Training', 'Standards', 'News', 'Find a Framer'];
const hsRelated = ['Apprenticeship places open for 2027', 'Results of the 2026 members survey', 'New guidance on framing with acrylic'];
const hsFoot = ['Privacy Policy', 'Terms of Use', 'Contact the Guild'];
const hsHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${hsTitle}</title>
<link rel="shortcut icon" href="https://www.northernframersguild.org/hubfs/favicon.png">
<meta name="description" content="The third edition tests core, facing and backing papers.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script><script>hsjQuery = window['jQuery'];</script>
<meta property="og:type" content="article"><link rel="canonical" href="https://www.northernframersguild.org/news/revised-mount-board-standard">
<meta name="twitter:card" content="summary_large_image"><meta property="article:published_time" content="2026-06-02T08:00:00Z">
<link rel="stylesheet" href="https://www.northernframersguild.org/hubfs/hub_generated/template_assets/1/9348127/1717/template_main.min.css">
<meta name="generator" content="HubSpot"></head>
<body><div class="body-wrapper   hs-content-id-172839 hs-blog-post hs-blog-id-98765">
<div data-global-resource-path="@hubspot/growth/templates/partials/header.html"><header class="header">
<a href="#main-content" class="header__skip">Skip to content</a>
<div class="header__container content-wrapper"><div class="header__logo header__logo--main">
<span id="hs_cos_wrapper_site_logo" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module widget-type-logo"
data-hs-cos-general-type="widget" data-hs-cos-type="module">
<a href="https://www.northernframersguild.org" id="hs-link-site_logo">
<img src="https://www.northernframersguild.org/hubfs/guild-logo.svg" class="hs-image-widget" alt="Northern Guild of Picture Framers"></a></span></div>
<div class="header__navigation"><nav class="menu menu--desktop" aria-label="Main menu"><ul class="menu__wrapper no-list">
${hsNav
  .map(
    (t) => `<li class="menu__item menu__item--depth-1 hs-skip-lang-url-rewrite">
<a class="menu__link" href="/${t.toLowerCase().replace(/ /g, '-')}">${t}</a></li>`,
  )
  .join('\n')}</ul></nav></div>
<div class="header__search"><form class="hs-search-field__form" action="/hs-search-results"><label class="show-for-sr" for="search-term">Search</label>
<input type="text" class="hs-search-field__input" name="term" id="search-term" placeholder="Search"></form></div></div></header></div>
<main id="main-content" class="body-container-wrapper"><div class="body-container body-container--blog-post"><div class="content-wrapper">
<article class="blog-post"><h1>
<span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" style="" data-hs-cos-general-type="meta_field"
data-hs-cos-type="text">${hsTitle}</span></h1>
<div class="blog-post__meta"><a href="https://www.northernframersguild.org/news/author/guild-office">Guild Office</a>
<time datetime="2026-06-02 08:00:00" class="blog-post__timestamp">Jun 2, 2026 9:00:00 AM</time></div>
<div class="blog-post__body">
<span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" style=""
data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
${ps(hsParas.slice(0, 2))}<!--more-->
<blockquote><p>${hsParas[2]}</p></blockquote>
${ps(hsParas.slice(3))}</span></div>
<div class="blog-post__tags"><svg version="1.0" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" aria-hidden="true"><g id="tag1_layer"><path d="M0 0">
</path></g></svg>
<a class="blog-post__tag-link" href="/news/tag/standards">Standards</a>, <a class="blog-post__tag-link" href="/news/tag/materials">Materials</a></div></article>
<div class="blog-comments">
<span id="hs_cos_wrapper_blog_comments" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_module" data-hs-cos-general-type="widget"
data-hs-cos-type="module"></span></div>
</div>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list">
${hsRelated
  .map(
    (t) => `<div class="blog-related-posts__post"><a class="blog-related-posts__image-link" href="/news/x">
<img class="blog-related-posts__image" src="/hubfs/x.jpg" alt="${t}"></a><h3 class="blog-related-posts__title">
<a class="blog-related-posts__title-link" href="/news/x">${t}</a></h3></div>`,
  )
  .join('\n')}
</div></div></section>
<div class="blog-subscribe">
<span id="hs_cos_wrapper_blog_subscribe" class="hs_cos_wrapper hs_cos_wrapper_widget hs_cos_wrapper_type_blog_subscribe" data-hs-cos-general-type="widget"
data-hs-cos-type="blog_subscribe">
<h3 id="hs_cos_wrapper_blog_subscribe_title" class="hs_cos_wrapper form-title" data-hs-cos-general-type="widget_field"
data-hs-cos-type="text">Subscribe to Guild News</h3>
<div id="hs_form_target_blog_subscribe_4418"><form class="hs-form stacked"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field">
<label for="email-4418"><span>Email</span><span class="hs-form-required">*</span></label>
<div class="input"><input id="email-4418" name="email" type="email" class="hs-input"></div></div><div class="hs_submit hs-submit"><div class="actions">
<input type="submit" class="hs-button primary large" value="Subscribe"></div></div></form></div></span></div>
</div></main>
<div data-global-resource-path="@hubspot/growth/templates/partials/footer.html"><footer class="footer"><div class="footer__container content-wrapper">
<ul class="footer__links">${links(hsFoot)}</ul><p class="footer__copyright">© 2026 Northern Guild of Picture Framers. Registered charity no. 1190442.</p>
</div></footer></div></div>
<div id="hs-eu-cookie-confirmation" class="hs-cookie-notification-position-bottom" role="region" aria-label="Cookie banner"
data-hs-target="hs-eu-cookie-confirmation">
<div id="hs-eu-cookie-confirmation-inner"><div id="hs-eu-policy-wording">
<p>This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.</p>
</div>
<div id="hs-en-cookie-confirmation-buttons-area"><div id="hs-eu-cookie-confirmation-button-group">
<a href="#" id="hs-eu-confirmation-button" role="button">Accept</a>
<a href="#" id="hs-eu-decline-button" role="button">Decline</a></div></div></div></div>
<script src="/hs/hsstatic/keyboard-accessible-menu-flyouts/static-1.17/bundles/project.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="/hs/scriptloader/4418210.js"></script></body></html>`;
const hubspot: TestPage = {
  name: 'heldout614-hubspot-guild-news',
  kind: 'news',
  html: hsHtml,
  title: hsTitle,
  headings: [],
  body: texts(hsParas),
  bylines: ['Guild Office', 'Jun 2, 2026 9:00:00 AM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...hsNav, 'Search', 'Materials', 'Related posts', ...hsRelated, 'Subscribe to Guild News', 'Email', ...hsFoot,
    '© 2026 Northern Guild of Picture Framers. Registered charity no. 1190442.',
    'This website stores cookies on your computer. These cookies are used to improve your website experience and provide more personalised services to you.',
    'Accept', 'Decline',
  ],
};

const tTitle = 'Looking After Old Books at Home';
const tParas = [
  'People often ask me what they can do to keep old books in good order between visits to the bindery. Here are my five rules.',
  '1. Keep them cool and dry, away from radiators and outside walls.',
  '2. Shelve them upright and not too tight. Lean a leaning book against a bookend, not its neighbour.',
  '3. Never pull a book off the shelf by the top of the spine. Push the books on either side back and take hold of the middle.',
  '4. Keep sticky tape and rubber bands away from them, always.',
  '5. Dust the top edges now and then with a soft brush, holding the book closed.',
  'If a leather binding has gone powdery (red rot), do not oil it. Bring it in and I will have a look.',
];
const tSide = ['Home', 'About the Bindery', 'Repairs', 'New Bindings', 'Book Care', 'Prices', 'Contact'];
const tHtml = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Quillet Bindery - Book Care</title>
<meta name="keywords" content="bookbinding, book repair, book care, Ashcombe"><meta name="GENERATOR" content="Microsoft FrontPage 5.0">
<style type="text/css"><!-- body { font-family: Georgia, serif; } .nav { font-size: 12px; } .small { font-size: 10px; color: #666666; } --></style>
<script language="JavaScript"><!-- function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; } //-->
</script></head>
<body bgcolor="#F5F0E1" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2">
<img src="images/banner.gif" width="760" height="110" alt="Quillet Bindery"></td></tr>
<tr><td width="160" valign="top" bgcolor="#7A5C3A"><table width="100%" border="0" cellpadding="6" cellspacing="0">
${tSide.map((t) => `<tr><td class="nav"><a href="${t.toLowerCase().replace(/ /g, '')}.htm"><font color="#FFFFFF">${t}</font></a></td></tr>`).join('\n')}
</table><p align="center"><font color="#FFFFFF" size="1">Open Thurs - Sat<br>10am to 4pm</font></p></td>
<td width="600" valign="top"><table width="100%" border="0" cellpadding="15"><tr><td>
<h1><font face="Georgia" color="#4A3520">${tTitle}</font></h1>
${tParas.map((t) => `<p><font size="2">${t}</font></p>`).join('\n')}
<p align="right"><font size="2"><i>- Harriet Quillet</i></font></p>
<p><a href="#top"><font size="1">Back to top</font></a></p></td></tr></table></td></tr>
<tr><td colspan="2" align="center" bgcolor="#4A3520"><font color="#E8DCC0" size="1">Quillet Bindery, 3 Mill Lane, Ashcombe | Tel 01632 960877<br>
&copy; 2004-2011 Quillet Bindery.<br>Last updated 14/03/2011</font></td></tr></table>
<!-- Start of StatCounter Code --><script type="text/javascript">var sc_project=2210443; var sc_invisible=1;</script>
<script type="text/javascript" src="http://www.statcounter.com/counter/counter.js"></script><!-- End of StatCounter Code --></body></html>`;
const tables: TestPage = {
  name: 'heldout614-table-layout-book-care',
  kind: 'blog',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: tParas,
  bylines: ['- Harriet Quillet', 'Last updated 14/03/2011'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...tSide, 'Open Thurs - Sat', '10am to 4pm', 'Back to top', 'Quillet Bindery, 3 Mill Lane, Ashcombe | Tel 01632 960877',
    '© 2004-2011 Quillet Bindery.',
  ],
};

export const HELDOUT614_F: readonly TestPage[] = [hubspot, tables];
