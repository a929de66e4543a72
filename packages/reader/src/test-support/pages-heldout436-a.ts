import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, paras, rows } from './pages-heldout436-kit.js';
import { profile } from './pages-heldout436-a2.js';

/**
 * Held-out batch 436, file a: a personal-injury firm's practice-area page on WordPress (Astra theme, Yoast breadcrumbs and
 * JSON-LD, a sticky Gravity Forms consultation form in the sidebar, a results rail, a Complianz cookie banner, a click-to-call
 * bar) and a lawyer's profile page built with Elementor (contact card, education and bar admissions lists, a testimonial
 * carousel, a "Meet the team" rail).
 */
const aTitle = 'Truck Accident Lawyers in Port Calder';
const aIntro = paras(`
A collision with a loaded tractor-trailer is not a bigger version of a car crash. An eighty-thousand-pound rig needs almost
twice the distance of a sedan to stop, and when it fails to, the people in the smaller vehicle absorb nearly all of the force.
Our clients come to us with spinal injuries, crushed limbs and months of lost work, and with an insurer already on the phone.

Harrow &amp; Vance has handled commercial vehicle cases along the Route 9 freight corridor for more than eighteen years. We know
the carriers that run through Port Calder, the rules they are supposed to follow, and how quickly their records can disappear.
`);
const aH = [
  'What makes truck crashes different',
  'Who may be liable',
  'Evidence we secure in the first weeks',
  'Damages you may recover',
  'How long you have to file',
];
const aDiff = paras(`
Trucking companies are regulated businesses. Drivers must keep logs of their hours, carriers must inspect and maintain their
equipment, and loads must be secured and kept under weight limits. When a crash happens, the question is rarely only whether
the driver made a mistake; it is whether a company cut corners that made the mistake likely.

That also means the defense arrives early. Many carriers send a rapid-response team to the scene within hours, with an
adjuster, an investigator and sometimes a lawyer. Their job is to shape the story before you have left the hospital.
`);
const aLiable = paras(`
More than one party can share responsibility for a single crash. Depending on the facts, a claim may be brought against:
`);
const aLiableList = rows(`
The driver, for fatigue, distraction, speeding or impairment
The motor carrier that employed or contracted the driver
The company that loaded the trailer, if cargo shifted or was overweight
A maintenance contractor that failed to repair brakes, tires or lights
The manufacturer of a defective part
`);
const aLiable2 = paras(`
Identifying every responsible party matters because a single policy may not cover the full cost of a serious injury. Federal
rules require minimum coverage for interstate carriers, but a catastrophic injury can exceed it.
`);
const aEvidence = paras(`
The most important work in a truck case happens before a lawsuit is filed. Electronic logging devices overwrite data, dashcam
footage is kept for a short time, and a damaged tractor can be repaired and back on the road within days.
`);
const aEvidenceList = rows(`
A preservation letter to the carrier within days of being retained
The truck's electronic control module and logging device data
Driver qualification files, drug and alcohol test results and hours-of-service records
Maintenance and inspection records for the tractor and trailer
Witness statements, scene photographs and any nearby business cameras
`);
const aDamages = paras(`
Compensation in a truck accident claim can include past and future medical expenses, lost wages and reduced earning capacity,
the cost of home modifications or long-term care, and damages for pain, suffering and the loss of the life you had before.
In wrongful death cases, family members may recover for funeral costs and the loss of support and companionship.

Where a carrier knowingly kept an unsafe driver on the road or falsified logs, punitive damages may also be available. Every
case is different, and past results do not guarantee a similar outcome.
`);
const aFile = paras(`
In our state, most personal injury claims must be filed within three years of the crash, and wrongful death claims within two
years of the death. Claims against a city or county vehicle can require a written notice within as little as ninety days.
Waiting rarely helps: evidence fades, and the deadlines do not pause while you recover.

If you or a family member was hurt, call us or use the form on this page. The consultation is free, and you pay no fee unless
we recover compensation for you.
`);
const aNav = ['Practice Areas', 'Car Accidents', 'Truck Accidents', 'Motorcycle Accidents', 'Wrongful Death', 'Our Results', 'About Us', 'Contact'];
const aResults = ['$2.4M Settlement: Jackknifed Trailer on Route 9', '$1.15M Verdict: Fatigued Driver Rear-End Collision', '$780K Settlement: Unsecured Load'];
const aFoot = ['Privacy Policy', 'Disclaimer', 'Accessibility', 'Sitemap'];
const aHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Port Calder Truck Accident Lawyers | Harrow &amp; Vance Injury Lawyers</title>
<meta name="description" content="Injured in a crash with a semi or delivery truck? Free consultation with Port Calder truck accident lawyers.">
<link rel="canonical" href="https://harrowvance.example/truck-accidents/">
<meta property="og:type" content="article"><meta property="og:title" content="Port Calder Truck Accident Lawyers">
<meta property="article:modified_time" content="2026-02-12T15:40:11+00:00">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","@id":
"https://harrowvance.example/truck-accidents/","name":"Port Calder Truck Accident Lawyers","dateModified":"2026-02-12T15:40:11+00:00"},
{"@type":"LegalService","name":"Harrow & Vance Injury Lawyers","telephone":"+1-555-0148","address":{"@type":"PostalAddress",
"addressLocality":"Port Calder"}}]}</script>
<link rel="stylesheet" id="astra-theme-css-css" href="https://harrowvance.example/wp-content/themes/astra/assets/css/minified/main.min.css" media="all">
<script id="astra-theme-js-js-extra">var astra = {"break_point":"921","isRtl":""};</script>
</head>
<body class="page-template-default page page-id-412 wp-custom-logo ast-page-builder-template ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="hv-callbar"><a href="tel:+15550148">Call 24/7: (555) 0148</a> <span>Se habla español</span></div>
<div class="hfeed site" id="page"><header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"
itemtype="https://schema.org/WPHeader">
<div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="site-branding">
<span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/hv-logo.svg"
alt="Harrow &amp; Vance"></a></span></div>
<nav class="main-header-bar-navigation" id="primary-site-navigation" aria-label="Site Navigation"><ul id="primary-menu" class="main-header-menu ast-nav-menu">
${links(aNav, 'menu-item menu-item-type-post_type')}</ul></nav>
<a class="ast-button hv-header-cta" href="#gform_3">Free Case Review</a></div></div></div></header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><div class="ast-breadcrumbs-wrapper"><div class="ast-breadcrumbs-inner"><nav class="ast-breadcrumbs">
<span><span><a href="/">Home</a></span> » <span><a href="/practice-areas/">Practice Areas</a></span> » <span class="breadcrumb_last"
aria-current="page">Truck Accidents</span></span>
</nav></div></div>
<main id="main" class="site-main"><article class="post-412 page type-page status-publish ast-article-single" id="post-412"
itemtype="https://schema.org/CreativeWork">
<header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline">${aTitle}</h1>
<div class="hv-reviewed"><span class="hv-reviewed__by">Legally reviewed by Dana Harrow, Founding Partner</span>
<span class="hv-reviewed__date">Updated: February 12, 2026</span></div></header>
<div class="entry-content clear" itemprop="text">
${ps(aIntro)}
<h2 class="wp-block-heading">${aH[0]}</h2>
${ps(aDiff)}
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2025/06/route9-semi.jpg" alt="">
<figcaption class="wp-element-caption">A tractor-trailer on the Route 9 bypass north of Port Calder. Photo: Harrow &amp; Vance</figcaption></figure>
<h2 class="wp-block-heading">${aH[1]}</h2>
${ps(aLiable)}
<ul class="wp-block-list">${lis(aLiableList)}</ul>
${ps(aLiable2)}
<div class="wp-block-group hv-inline-promo"><p class="hv-inline-promo__text"><strong>Read more:</strong>
<a href="/blog/hours-of-service-violations/">How hours-of-service violations prove a trucking company was negligent</a></p></div>
<h2 class="wp-block-heading">${aH[2]}</h2>
${ps(aEvidence)}
<ol class="wp-block-list">${lis(aEvidenceList)}</ol>
<h2 class="wp-block-heading">${aH[3]}</h2>
${ps(aDamages)}
<h2 class="wp-block-heading">${aH[4]}</h2>
${ps(aFile)}
</div></article>
<section class="hv-results"><h2 class="hv-results__title">Recent Truck Accident Results</h2><ul>${links(aResults, 'hv-results__item')}</ul>
<p class="hv-results__note">Prior results do not guarantee a similar outcome.</p></section></main></div>
<div class="widget-area secondary" id="secondary" role="complementary" style="position:sticky;top:120px"><div class="sidebar-main">
<aside id="gform_widget-3" class="widget gform_widget"><h2 class="widget-title">Get Your Free Consultation</h2>
<div class="gf_browser_chrome gform_wrapper gravity-theme" id="gform_wrapper_3"><form method="post" id="gform_3" action="/truck-accidents/">
<div class="gform_body gform-body"><div class="gform_fields top_label"><div class="gfield"><label class="gfield_label" for="input_3_1">Full Name</label>
<input name="input_1" id="input_3_1" type="text"></div><div class="gfield"><label class="gfield_label" for="input_3_2">Phone Number</label>
<input name="input_2" id="input_3_2" type="tel"></div><div class="gfield"><label class="gfield_label" for="input_3_3">Tell us what happened</label>
<textarea name="input_3" id="input_3_3"></textarea></div>
<div class="gfield gfield--type-consent"><label for="input_3_4_1">I agree to be contacted about my case.</label></div></div></div>
<div class="gform_footer top_label"><input type="submit" id="gform_submit_button_3" class="gform_button button" value="Send My Case Details"></div></form></div>
<p class="hv-form-note">Submitting this form does not create an attorney-client relationship.</p></aside>
<aside class="widget hv-badges"><h2 class="widget-title">Recognized By</h2><ul><li>Calder County Trial Lawyers Association</li>
<li>Top 40 Under 40, Coastal Bar Review</li></ul></aside>
</div></div></div></div>
<footer class="site-footer" id="colophon"><div class="site-primary-footer-wrap ast-builder-grid-row-container"><div class="ast-builder-grid-row">
<div class="footer-widget-area"><p class="hv-foot-address">Harrow &amp; Vance Injury Lawyers, 210 Wharf Street, Suite 400, Port Calder</p>
<p class="hv-foot-disclaimer">Attorney advertising. The information on this website is for general information purposes only.</p></div>
<nav class="site-footer-primary-section-1"><ul class="ast-nav-menu">${links(aFoot, 'menu-item')}</ul></nav></div></div>
<div class="site-below-footer-wrap"><div class="ast-footer-copyright"><p>Copyright © 2026 Harrow &amp; Vance Injury Lawyers | Powered by Astra</p></div></div>
</footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-show" role="dialog" aria-labelledby="cmplz-header-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message">We use cookies to optimize our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script id="gform_gravityforms-js-extra">var gf_global = {"gf_currency_config":{"name":"U.S. Dollar"},"base_url":"/wp-content/plugins/gravityforms"};</script>
<script src="/wp-content/themes/astra/assets/js/minified/frontend.min.js" id="astra-theme-js-js"></script>
</body></html>`;
const pi: TestPage = {
  name: 'heldout436-wordpress-astra-practice-area-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: aH,
  body: texts([...aIntro, ...aDiff, ...aLiable, ...aLiableList, ...aLiable2, ...aEvidence, ...aEvidenceList, ...aDamages, ...aFile]),
  bylines: ['Legally reviewed by Dana Harrow, Founding Partner', 'Updated: February 12, 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', 'Call 24/7: (555) 0148', 'Se habla español', ...aNav, 'Free Case Review', 'Home', 'Practice Areas',
    'A tractor-trailer on the Route 9 bypass north of Port Calder. Photo: Harrow & Vance', 'Read more:',
    'How hours-of-service violations prove a trucking company was negligent', 'Recent Truck Accident Results', ...aResults,
    'Prior results do not guarantee a similar outcome.', 'Get Your Free Consultation', 'Full Name', 'Phone Number', 'Tell us what happened',
    'I agree to be contacted about my case.', 'Submitting this form does not create an attorney-client relationship.', 'Recognized By',
    'Calder County Trial Lawyers Association', 'Top 40 Under 40, Coastal Bar Review', 'Harrow & Vance Injury Lawyers, 210 Wharf Street, Suite 400, Port Calder',
    'Attorney advertising. The information on this website is for general information purposes only.', ...aFoot,
    'Copyright © 2026 Harrow & Vance Injury Lawyers | Powered by Astra', 'Manage Cookie Consent', 'We use cookies to optimize our website and our service.',
    'Accept', 'Deny', 'View preferences',
  ],
};

export const HELDOUT436_A: readonly TestPage[] = [pi, profile];
