import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout497-kit.js';

/**
 * Held-out batch 497, file b: a preschool's sickness and medicines policy on WordPress (Astra theme, Elementor page), and a
 * nursery's monthly parents' newsletter in a Mailchimp campaign archive (table layout).
 */
const pTitle = 'Illness, Exclusion and Medicines Policy';
const pIntro = j(
  'At Sunnybank Preschool we want every child to be well enough to enjoy their day. This policy explains what we do when a child',
  'becomes unwell at preschool, how long children should stay at home after an illness, and how we store and give medicines.',
);
const pH1 = 'When a child becomes unwell at preschool';
const p1 = [
  j(
    'If a child becomes unwell during the session, their key person will comfort them in the quiet area and take their temperature.',
    'The room leader will phone the parent or carer and ask them to collect the child as soon as possible.',
  ),
  j(
    'If a child has a temperature above 38&deg;C, we may give a dose of liquid paracetamol only if the parent has given written',
    'consent on the registration form and we have spoken to them on the phone first.',
  ),
  'In an emergency we will call 999 first and then contact the parent. A member of staff will go with the child to hospital.',
];
const pH2 = 'Exclusion periods';
const p2Lead = 'We follow the public health guidance for schools and childcare settings. The most common exclusion periods are:';
const p2 = [
  'Diarrhoea and/or vomiting: 48 hours after the last episode.',
  'Chickenpox: until all the spots have crusted over.',
  'Conjunctivitis: no exclusion, but please let us know.',
  'Hand, foot and mouth: no exclusion if the child is well enough to take part.',
  'Impetigo: until the sores have crusted over or 48 hours after starting antibiotics.',
  'Scarlet fever: 24 hours after starting antibiotics.',
];
const p2After = j(
  'Where the guidance is unclear, the manager will make the final decision, taking into account the health of other children',
  'and staff. We will tell all parents, without naming the child, when there is an infectious illness in the setting.',
);
const pH3 = 'Medicines';
const pH3a = 'Prescribed medicines';
const p3a = [
  j(
    "We will only give prescribed medicines that are in their original container, clearly labelled with the child's name, the",
    'dose and the expiry date. Parents must complete a medicine form each day, and a second member of staff will witness every dose.',
  ),
  'Children must have had the first dose of any new medicine at home, at least 24 hours before coming to preschool.',
];
const pH3b = 'Long-term conditions';
const p3b = [
  j(
    'Children with asthma, allergies, epilepsy or diabetes will have a health care plan written with their parents and, where',
    'needed, their health visitor or consultant. Staff caring for the child will receive training before the child starts.',
  ),
];
const pH4 = 'Reviewing this policy';
const p4 = ['This policy is reviewed every year by the manager and the committee, or sooner if the guidance changes.'];
const pNav = ['Home', 'About Us', 'Sessions & Fees', 'Policies', 'Newsletter', 'Contact'];
const pFoot = ['Sunnybank Preschool, Church Hall, Orrel Road, Wexby WX2 7LP', 'Registered charity no. 1187734'];
const pHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${pTitle} &#8211; Sunnybank Preschool</title><meta name="robots" content="max-image-preview:large">
<link rel="stylesheet" id="astra-theme-css-css" href="https://sunnybankpreschool.org.uk/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4">
<link rel="stylesheet" id="elementor-frontend-css" href="https://sunnybankpreschool.org.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.0">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${pTitle}",
"dateModified":"2026-09-04T09:12:40+00:00"}]}</script>
<style id="astra-theme-css-inline-css">.ast-container{max-width:1240px;}body,button,input{font-family:'Nunito',sans-serif;}</style>
<meta name="generator" content="Elementor 3.21.0; features: e_optimized_assets_loading; settings: css_print_method-external"></head>
<body class="page-template-default page page-id-212 wp-custom-logo ast-page-builder-template ast-no-sidebar elementor-default elementor-page
elementor-page-212">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
<div class="site-branding"><div class="ast-site-identity"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home">
<img src="/wp-content/uploads/2024/02/sunnybank-logo.png" class="custom-logo" alt="Sunnybank Preschool"></a></span></div></div>
<div class="ast-main-header-bar-alignment"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation">
<div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border">
${links(pNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></div></nav></div>
<button data-index="0" class="menu-toggle main-header-menu-toggle ast-mobile-menu-trigger-minimal" aria-expanded="false">
<span class="screen-reader-text">Main Menu</span></button></div></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-212 page type-page status-publish ast-article-single" id="post-212"><div class="entry-content clear" itemprop="text">
<div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3fa2b1c elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">
<div class="elementor-element elementor-widget elementor-widget-heading" data-widget_type="heading.default"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${pTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p><em>Last reviewed: September 2026. Next review: September 2027.</em></p></div></div>
<div class="elementor-element elementor-widget elementor-widget-button" data-widget_type="button.default"><div class="elementor-widget-container">
<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/wp-content/uploads/2026/09/illness-policy.pdf">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Download as PDF</span></span></a></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>${pIntro}</p>
<h2>${pH1}</h2>${ps(p1)}
<h2>${pH2}</h2><p>${p2Lead}</p><ul>${lis(p2)}</ul><p>${p2After}</p>
<h2>${pH3}</h2><h3>${pH3a}</h3>${ps(p3a)}<h3>${pH3b}</h3>${ps(p3b)}
<h2>${pH4}</h2>${ps(p4)}</div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
<p>Signed on behalf of the committee: Imelda Foxhall, Chair</p></div></div>
</div></div></div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-9c1e7d2 elementor-section-full_width" data-element_type="section">
<div class="elementor-container"><div class="elementor-column elementor-col-100"><div class="elementor-widget-wrap">
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h3 class="elementor-heading-title elementor-size-default">Questions about our policies?</h3></div></div>
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
<p>Speak to Carys or any member of the team at drop-off, or email us.</p></div></div>
<div class="elementor-element elementor-widget elementor-widget-button"><div class="elementor-widget-container"><div class="elementor-button-wrapper">
<a class="elementor-button" href="/contact"><span class="elementor-button-text">Get in touch</span></a></div></div></div>
</div></div></div></section></div></div></article></main></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item">
<div class="ast-builder-grid-row"><div class="site-footer-primary-section-1"><aside class="footer-widget-area widget-area" aria-label="Footer Widget 1">
<section id="text-2" class="widget widget_text"><div class="textwidget">${ps(pFoot)}</div></section></aside></div></div></div>
<div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>Copyright &copy; 2026 Sunnybank Preschool | Powered by Astra WordPress Theme</p>
</div></div></footer></div>
<script src="https://sunnybankpreschool.org.uk/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4" id="astra-theme-js-js"></script>
<script src="https://sunnybankpreschool.org.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.0"></script></body></html>`;
const astra: TestPage = {
  name: 'heldout497-astra-elementor-illness-policy',
  kind: 'docs',
  html: pHtml,
  title: pTitle,
  headings: [pH1, pH2, pH3, pH3a, pH3b, pH4],
  body: texts([pIntro, ...p1, p2Lead, ...p2, p2After, ...p3a, ...p3b, ...p4]),
  bylines: ['Last reviewed: September 2026. Next review: September 2027.', 'Signed on behalf of the committee: Imelda Foxhall, Chair'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...pNav, 'Main Menu', 'Download as PDF', 'Questions about our policies?',
    'Speak to Carys or any member of the team at drop-off, or email us.', 'Get in touch', ...pFoot,
    'Copyright © 2026 Sunnybank Preschool | Powered by Astra WordPress Theme',
  ],
};

const nTitle = 'Puddle Lane News: November 2026';
const nHello = j(
  'Dear families, what a busy month it has been! The leaves are well and truly down, and the children have been making the most',
  'of them with leaf kebabs, leaf crowns and a very large leaf pile behind the shed.',
);
const nH1 = 'Dates for your diary';
const n1 = [
  '<strong>Friday 13 November:</strong> Children in Need, come in spots or pyjamas (&pound;1 donation).',
  '<strong>Wednesday 25 November:</strong> parent consultations for the Robins room, 4pm to 6.30pm.',
  '<strong>Thursday 17 December:</strong> nativity and mince pies, 2pm in the church hall.',
  '<strong>Wednesday 23 December:</strong> last day before Christmas, we reopen on Monday 4 January.',
];
const nH2 = 'News from the rooms';
const n2 = [
  j(
    '<strong>Wrens</strong> (babies) have been exploring treasure baskets full of pine cones, wooden spoons and big soft brushes.',
    'Thank you to everyone who sent in old kitchen utensils!',
  ),
  j(
    '<strong>Robins</strong> have been learning about hibernation and have built a hedgehog house in the garden. We have not seen',
    'a hedgehog yet, but the camera is ready.',
  ),
  j('<strong>Kingfishers</strong> have started their weekly visits to Oakhurst Primary, where they join the Reception class for', 'a story and playtime.'),
];
const nH3 = 'A reminder about coats';
const n3 = [
  j(
    'Now that the weather has turned, please make sure your child has a warm coat, a hat and gloves every day, all labelled with',
    'their name. Our lost property box is overflowing with unnamed blue fleeces!',
  ),
];
const nSign = 'Warm wishes, Hattie Brennock, Nursery Manager';
const nHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${nTitle}</title>
<meta property="og:title" content="${nTitle}"><meta property="og:url" content="https://us14.campaign-archive.com/?u=7c2e91a&amp;id=3d0b55f">
<style type="text/css">p{margin:10px 0;padding:0;}table{border-collapse:collapse;}#bodyTable,#bodyCell{height:100%;margin:0;padding:0;width:100%;}
.mcnTextContent{word-break:break-word;}#awesomebar{background:#fff;padding:4px 0;}</style>
<script type="text/javascript">var $mcGoal = {'settings':{'uuid':'7c2e91a','dc':'us14'}};</script></head>
<body style="height:100%;margin:0;padding:0;width:100%;"><!--*|IF:MC_PREVIEW_TEXT|*-->
<span class="mcnPreviewText" style="display:none;font-size:0px;line-height:0px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;visibility:hidden;">
Diary dates, room news and a plea about coats</span><!--*|END:IF|*-->
<div id="awesomewrap"><div id="awesomebar"><a href="https://us14.campaign-archive.com/home/?u=7c2e91a&amp;id=c4a0e1">Past Issues</a>
<a href="https://puddlelane.us14.list-manage.com/subscribe?u=7c2e91a">Subscribe</a></div></div>
<center><table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable"><tr>
<td align="center" valign="top" id="bodyCell"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
<tr><td valign="top" id="templatePreheader"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody
class="mcnTextBlockOuter">
<tr><td valign="top" class="mcnTextBlockInner"><table align="left" border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextContentContainer">
<tbody><tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;">
<a href="https://mailchi.mp/puddlelane/november-2026" target="_blank">View this email in your
browser</a></td></tr></tbody></table></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateHeader"><table class="mcnImageBlock" width="100%"><tbody><tr><td class="mcnImageContent" valign="top">
<img align="center" alt="Puddle Lane Nursery" src="https://mcusercontent.com/7c2e91a/images/header.png" width="564" class="mcnImage"></td></tr></tbody></table>
</td></tr>
<tr><td valign="top" id="templateBody"><table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock"><tbody class="mcnTextBlockOuter">
<tr><td valign="top" class="mcnTextBlockInner"><table align="left" border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextContentContainer">
<tbody><tr><td valign="top" class="mcnTextContent" style="padding-top:0;padding-right:18px;padding-bottom:9px;padding-left:18px;">
<h1>${nTitle}</h1><p>${nHello}</p>
<h2>${nH1}</h2><ul>${lis(n1)}</ul>
<h2>${nH2}</h2>${ps(n2)}
<h2>${nH3}</h2>${ps(n3)}
<p>${nSign.replace('wishes, ', 'wishes,<br>').replace('Brennock, ', 'Brennock<br>')}</p>
</td></tr></tbody></table></td></tr></tbody></table></td></tr>
<tr><td valign="top" id="templateFooter"><table class="mcnFollowBlock" width="100%"><tbody><tr><td align="center" class="mcnFollowContent">
<a href="https://www.facebook.com/puddlelanenursery">Facebook</a> <a href="https://puddlelanenursery.co.uk">Website</a></td></tr></tbody></table>
<table class="mcnTextBlock" width="100%"><tbody><tr><td valign="top" class="mcnTextContent" style="padding:9px 18px;">
<em>Copyright &copy; 2026 Puddle Lane Nursery, All rights reserved.</em><br>
You are receiving this email because your child attends Puddle Lane Nursery.<br><br>
<strong>Our mailing address is:</strong><br>Puddle Lane Nursery, 4 Puddle Lane, Stowhurst SH3 9QD<br><br>
Want to change how you receive these emails?<br>You can <a href="https://puddlelane.us14.list-manage.com/profile?u=7c2e91a">update your preferences</a>
or <a href="https://puddlelane.us14.list-manage.com/unsubscribe?u=7c2e91a">unsubscribe from this list</a>.</td></tr></tbody></table>
</td></tr></table></td></tr></table></center>
<script src="https://us14.campaign-archive.com/js/mailchimp/fancyzoom.mc.js"></script></body></html>`;
const mailchimp: TestPage = {
  name: 'heldout497-mailchimp-parents-newsletter',
  kind: 'blog',
  html: nHtml,
  title: nTitle,
  headings: [nH1, nH2, nH3],
  body: texts([nHello, ...n1, ...n2, ...n3]),
  bylines: ['Warm wishes,', 'Hattie Brennock', 'Nursery Manager'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Past Issues', 'Subscribe', 'View this email in your browser', 'Facebook', 'Website', 'Copyright © 2026 Puddle Lane Nursery, All rights reserved.',
    'You are receiving this email because your child attends Puddle Lane Nursery.', 'Our mailing address is:',
    'Puddle Lane Nursery, 4 Puddle Lane, Stowhurst SH3 9QD', 'Want to change how you receive these emails?',
    'You can update your preferences or unsubscribe from this list.',
  ],
};

export const HELDOUT497_B: readonly TestPage[] = [astra, mailchimp];
