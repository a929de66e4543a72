import { links, ps, type TestPage, texts } from './page-kit.js';
import { dietitian } from './pages-heldout216-d2.js';
import { lis, paras } from './pages-heldout216-kit.js';

/**
 * Held-out batch 216, file d: a physiotherapy clinic's exercise guide on WordPress with the Divi theme (the top header with
 * phone number and "Book Online", the main menu, the hidden mobile menu, a Divi fullwidth header section with the title and
 * a "Printable version" button, a safety notice blurb above the text, exercises as h3 headings with sets and reps lists and
 * video captions, the CTA section, the "Other exercise guides" blurbs, the footer widgets with clinic addresses and
 * accreditation, and the CookieYes banner).
 */
const title = 'Plantar heel pain: a home exercise programme';
const safety =
  'These exercises are general advice. If your pain is getting worse, or you have numbness or swelling in your foot, stop and ' +
  'speak to your physiotherapist.';
const intro = paras(`
Plantar heel pain, often called plantar fasciitis, is one of the most common problems we see in the clinic. It usually causes a
sharp pain under the heel with the first steps in the morning or after sitting, which eases as you get moving and can build up
again after a long day on your feet.

The good news is that most people improve with a simple programme of loading and stretching, done consistently over eight to
twelve weeks. The exercises below are the ones we use most often. Your physiotherapist may change the numbers to suit you.
`);
const h1 = 'Before you start';
const before = [
  'Some discomfort during the exercises is fine, up to about 4 out of 10. It should settle within 24 hours.',
  'Do the exercises on most days. Missing the odd day is fine; missing a week is not.',
  'Wear supportive shoes around the house rather than going barefoot or wearing flat slippers.',
] as const;
const ex = [
  {
    h: '1. Calf stretch against a wall',
    p: paras(`
Stand facing a wall with your hands on it and the sore foot behind. Keep the back heel on the floor and the knee straight, and lean
forward until you feel a stretch in the calf. Then bend the back knee slightly to move the stretch lower down.
`),
    dose: ['Hold for 30 seconds', 'Repeat 3 times with the knee straight and 3 times with it bent', 'Twice a day'],
    cap: 'Video: calf stretch, straight and bent knee',
  },
  {
    h: '2. Plantar fascia stretch',
    p: paras(`
Sit with the sore foot crossed over your other knee. Pull your toes back towards your shin with one hand until you feel a stretch
along the arch. Do this before you get out of bed in the morning and before you stand after sitting for a long time.
`),
    dose: ['Hold for 20 seconds', 'Repeat 5 times', 'Before first steps and after long sitting'],
    cap: 'Video: plantar fascia stretch',
  },
  {
    h: '3. Heel raise with a towel under the toes',
    p: paras(`
Stand on a step with a rolled towel under your toes so that they are bent upwards. Rise up on both feet for three seconds, hold
for two seconds at the top and lower for three seconds. As it gets easier, do it on the sore foot only and then add a rucksack
with some books in it.
`),
    dose: ['12 repetitions', '3 sets', 'Every other day'],
    cap: 'Video: heel raise with towel',
  },
] as const;
const h2 = 'When to get in touch';
const p2 = paras(`
Most people notice a difference within four to six weeks. If you have not improved at all after six weeks of doing the exercises
regularly, or the pain is spreading, book a review so we can look at other options such as footwear changes, taping or shockwave
therapy.
`);
const topBar = ['01632 960 418', 'reception@brookfieldphysio.example', 'Book Online'] as const;
const nav = ['Home', 'Conditions', 'Treatments', 'Exercise Guides', 'Our Team', 'Prices', 'Contact'] as const;
const printBtn = 'Printable version (PDF)';
const cta = ['Still struggling with heel pain?', 'Our physiotherapists can assess your foot and tailor this programme to you.', 'Book an assessment'] as const;
const others = ['Other exercise guides', 'Achilles tendon pain', 'Runner’s knee', 'Low back pain: first two weeks'] as const;
const footer = [
  'Brookfield Physiotherapy',
  'Harrogate: 12 Station Parade, HG1 1UF',
  'Knaresborough: 3 Gracious Street, HG5 8DT',
  'Registered with the Health and Care Professions Council',
  'Chartered Society of Physiotherapy member clinic',
  'Privacy',
  'Terms',
  'Designed by Elegant Themes | Powered by WordPress',
] as const;
const cookie = 'We value your privacy. We use cookies to enhance your browsing experience and analyse our traffic.';
const cookieBtns = ['Customise', 'Reject All', 'Accept All'] as const;
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${title} | Brookfield Physiotherapy</title><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0">
<meta name="description" content="A home exercise programme for plantar heel pain from the physiotherapists at Brookfield.">
<link rel="stylesheet" id="divi-style-parent-css" href="https://brookfieldphysio.example/wp-content/themes/Divi/style-static.min.css?ver=4.27.4">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"${title}","about":{"@type":"MedicalCondition",
"name":"Plantar heel pain"},"lastReviewed":"2026-08-03","publisher":{"@type":"MedicalClinic","name":"Brookfield Physiotherapy"}}</script>
<script id="cookieyes" src="https://cdn-cookieyes.example/client_data/8e21/script.js"></script></head>
<body class="page-template-default page page-id-1147 et_pb_button_helper_class et_fixed_nav et_show_nav et_secondary_nav_enabled
et_primary_nav_dropdown_animation_fade et_pb_pagebuilder_layout">
<div id="page-container"><div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">${topBar[0]}</span>
<a href="mailto:${topBar[1]}"><span id="et-info-email">${topBar[1]}</span></a></div><div id="et-secondary-menu"><a class="et-cart-info book-online"
href="https://brookfieldphysio.example/book/">${topBar[2]}</a></div></div></div>
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><a href="/">
<img src="https://brookfieldphysio.example/wp-content/uploads/logo.png" alt="Brookfield Physiotherapy" id="logo"></a></div>
<div id="et-top-navigation"><nav id="top-menu-nav"><ul id="top-menu" class="nav">${links(nav, 'menu-item menu-item-type-post_type')}</ul></nav>
<div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">Select Page</span><span class="mobile_menu_bar"></span>
<ul id="mobile_menu" class="et_mobile_menu" style="display:none">${links(nav, 'menu-item')}</ul></div></div></div></div></header>
<div id="et-main-area"><div id="main-content"><article id="post-1147" class="post-1147 page type-page status-publish hentry">
<div class="entry-content"><div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_pb_fullwidth_section et_section_regular"><section class="et_pb_module et_pb_fullwidth_header">
<div class="et_pb_fullwidth_header_container left"><div class="header-content-container center"><div class="header-content">
<h1 class="et_pb_module_header">${title}</h1><span class="et_pb_fullwidth_header_subhead">Reviewed by Callum Hartley, MCSP, August 2026</span>
<a class="et_pb_button et_pb_more_button et_pb_button_one" href="/wp-content/uploads/2026/08/heel-pain.pdf">${printBtn}</a></div></div></div></section></div>
<div class="et_pb_section et_pb_section_1 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4">
<div class="et_pb_module et_pb_blurb et_pb_blurb_0 safety-notice et_pb_text_align_left"><div class="et_pb_blurb_content"><div class="et_pb_main_blurb_image">
<span class="et-pb-icon" data-icon="e06a"></span></div><div class="et_pb_blurb_container"><div
class="et_pb_blurb_description"><p>${safety}</p></div></div></div></div>
<div class="et_pb_module et_pb_text et_pb_text_0"><div class="et_pb_text_inner">
${ps(intro)}
<h2>${h1}</h2>
<ul>${lis(before)}</ul>
${ex
  .map(
    (e) => `<h3>${e.h}</h3>
${ps(e.p)}
<ul class="dosage">${lis(e.dose)}</ul>
<div class="et_pb_video_box"><iframe title="${e.cap}" src="https://player.vimeo.example/video/8812" loading="lazy"></iframe></div>
<p class="video-caption"><em>${e.cap}</em></p>`,
  )
  .join('\n')}
<h2>${h2}</h2>
${ps(p2)}
</div></div></div></div></div>
<div class="et_pb_section et_pb_section_2 et_pb_with_background cta-section"><div class="et_pb_module et_pb_promo et_pb_promo_0">
<div class="et_pb_promo_description"><h2 class="et_pb_module_header">${cta[0]}</h2><div><p>${cta[1]}</p></div></div>
<div class="et_pb_button_wrapper"><a class="et_pb_button et_pb_promo_button" href="/book/">${cta[2]}</a></div></div></div>
<div class="et_pb_section et_pb_section_3"><div class="et_pb_row"><h3 class="et_pb_module_header">${others[0]}</h3>
${others
  .slice(1)
  .map((o) => `<div class="et_pb_module et_pb_blurb"><div class="et_pb_blurb_container"><h4 class="et_pb_module_header"><a href="#">${o}</a></h4></div></div>`)
  .join('\n')}
</div></div></div></div></div></article></div>
<footer id="main-footer"><div class="container"><div id="footer-widgets" class="clearfix"><div class="footer-widget"><div
class="fwidget et_pb_widget widget_text">
<h4 class="title">${footer[0]}</h4><div class="textwidget"><p>${footer[1]}</p><p>${footer[2]}</p></div></div></div>
<div class="footer-widget"><div class="fwidget widget_text"><p>${footer[3]}</p><p>${footer[4]}</p></div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><ul class="et-social-icons">${links(footer.slice(5, 7))}</ul>
<div id="footer-info">${footer[7].replace('Elegant Themes', '<a href="https://www.elegantthemes.com">Elegant Themes</a>')}</div>
</div></div></footer></div></div>
<div class="cky-consent-container cky-box-bottom-left"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice">
<p class="cky-title" role="heading" aria-level="1">${cookie.split('. ')[0]}.</p><div class="cky-notice-des"><p>${cookie.split('. ')[1]}</p></div>
<div class="cky-notice-btn-wrapper">${cookieBtns.map((b) => `<button class="cky-btn" aria-label="${b}">${b}</button>`).join('')}</div></div></div></div>
<script src="https://brookfieldphysio.example/wp-content/themes/Divi/js/scripts.min.js?ver=4.27.4" id="divi-custom-script-js"></script></body></html>`;

const physio: TestPage = {
  html,
  name: 'heldout216-physio-clinic-exercise-guide',
  kind: 'docs',
  // the safety notice above the text is part of the guide (body); each exercise's h3 is a heading and its dosage list is
  // body; the "Reviewed by" line is a byline; the video captions, print button, CTA and other guides are furniture
  title,
  headings: [h1, ...ex.map((e) => e.h), h2],
  body: [safety, ...texts(intro), ...before, ...ex.flatMap((e) => [...texts(e.p), ...e.dose]), ...texts(p2)],
  bylines: ['Reviewed by Callum Hartley, MCSP, August 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...topBar, ...nav, 'Select Page', printBtn, ...ex.map((e) => e.cap), ...cta, ...others, ...footer, 'We value your privacy.',
    'We use cookies to enhance your browsing experience and analyse our traffic.', ...cookieBtns,
  ],
};

export const HELDOUT216_D: readonly TestPage[] = [physio, dietitian];
