import { links, type TestPage, texts } from './page-kit.js';
import { cells, lis, paras, rows } from './pages-heldout338-kit.js';

/**
 * Held-out batch 338, file c: a chip maker's application note page in the style of Analog Devices' technical articles (AEM
 * markup, "adi-" classes, abstract box, in-article figure with caption, "Related products" cards, "Also of interest" links,
 * myAnalog save/share bar, footer), and an engineering firm's case study built with Elementor on WordPress.
 */
const aTitle = 'Sizing the Input Filter of a Precision ADC Driver for 24-Bit Performance';
const aAbstract = paras(`
This application note shows how to choose the RC filter between a differential amplifier and a 24-bit sigma-delta ADC so
that the filter settles between conversions without degrading the amplifier's stability.
`);
const aIntro = paras(`
Every switched-capacitor ADC input draws a small charge from its driver each time the sampling capacitor connects. The
external RC filter acts as a charge reservoir: the capacitor supplies most of that charge and the resistor isolates the
amplifier from the capacitive load. If the values are chosen badly, the input fails to settle and the converter reports
a gain error that changes with the sample rate.
`);
const aSettle = paras(`
The capacitor should be at least 20 times the ADC's internal sampling capacitance so that the voltage step at the start
of each acquisition is small. For the MXR7124, with a 14-pF sampling capacitor, this sets a lower bound of about 300 pF;
we used 1 nF in the examples below.

The time constant then has to let the remaining step settle to within half an LSB during the acquisition window. For a
24-bit result, that takes about 17 time constants, which with a 1-µs window limits the resistor to roughly 59 Ω.
`);
const aStable = paras(`
A smaller resistor is not always better. Below a certain value the amplifier sees the capacitor directly and its phase
margin collapses. The table lists the minimum resistor for each amplifier we tested with a 1-nF capacitor.
`);
const aTable = [
  ['MXA4932 fully differential amplifier', '10 Ω', '62°'],
  ['MXA8476 low-power difference amplifier', '33 Ω', '58°'],
  ['MXA4945 rail-to-rail amplifier', '22 Ω', '55°'],
];
const aSteps = [
  'Pick the capacitor: at least 20 times the sampling capacitance, with a C0G dielectric.',
  'Compute the largest resistor that still settles within the acquisition window.',
  'Check the amplifier datasheet for the smallest resistor that keeps it stable with that capacitor.',
  'If the window between the two values is empty, lower the sample rate or choose a faster amplifier.',
];
const aConc = paras(`
With a 1-nF C0G capacitor and 47-Ω resistors in each leg, the MXA4932 drives the MXR7124 to its datasheet noise floor of
45 nV rms at 50 SPS, and the gain error stays below 2 ppm across the full output data rate range.
`);
const aNav = ['Products', 'Applications', 'Design Center', 'Resources', 'Support', 'About Meridian'];
const aCrumbs = ['Home', 'Resources', 'Technical Articles'];
const aProducts = ['MXR7124 – 4-Channel, Low Noise, 24-Bit Sigma-Delta ADC', 'MXA4932 – Low Power Differential ADC Driver'];
const aAlso = ['Understanding ADC Noise in the Frequency Domain', 'Choosing a Voltage Reference for 24-Bit Systems'];
const aFoot = ['Careers', 'Investor Relations', 'Newsroom', 'Legal & Risk Factors', 'Privacy & Security Statement', 'Cookie Settings'];
const aHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${aTitle} | Meridian Devices</title>
<meta name="description" content="How to choose the RC filter between an ADC driver and a 24-bit sigma-delta ADC.">
<meta name="template" content="adi-technical-article"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"TechArticle","headline":"${aTitle}","author":[{"@type":"Person",
"name":"Saoirse Hanrahan"},{"@type":"Person","name":"Viktor Elling"}],"datePublished":"2025-11-18"}</script>
<script>window.adobeDataLayer=window.adobeDataLayer||[];adobeDataLayer.push({"page":{"type":"technical-article","language":"en"}});</script>
<link rel="stylesheet" href="/etc.clientlibs/adi/clientlibs/clientlib-site.min.css"></head>
<body class="page basicpage"><div class="root responsivegrid"><header class="adi-header"><a class="adi-header__logo" href="/">Meridian Devices</a>
<nav class="adi-header__nav"><ul>${links(aNav, 'adi-header__nav-item')}</ul></nav><a class="adi-header__login" href="/myanalog">myMeridian</a></header>
<nav class="adi-breadcrumb" aria-label="Breadcrumb"><ol>${links(aCrumbs, 'adi-breadcrumb__item')}</ol></nav>
<main class="adi-main"><div class="adi-article-header"><span class="adi-article-header__type">Technical Article</span>
<h1 class="adi-article-header__title">${aTitle}</h1>
<div class="adi-article-header__authors"><a href="/authors/saoirse-hanrahan">Saoirse Hanrahan</a>, <a href="/authors/viktor-elling">Viktor Elling</a></div>
<div class="adi-article-header__date">Nov 18 2025</div>
<div class="adi-save-share"><button class="adi-save">Save to myMeridian</button><button class="adi-share">Share</button>
<a class="adi-pdf" href="/media/an-2291.pdf">Download PDF</a> <span class="adi-ref">AN-2291</span></div></div>
<div class="adi-rte adi-article-body"><div class="adi-abstract"><h2>Abstract</h2>${aAbstract.map((p) => `<p>${p}</p>`).join('')}</div>
<h2>Introduction</h2>${aIntro.map((p) => `<p>${p}</p>`).join('\n')}
<figure class="adi-figure"><img src="/media/images/an-2291-fig01.svg" alt="ADC driver with RC filter"><figcaption>Figure 1. ADC driver, RC
filter and sampling capacitor.</figcaption></figure>
<h2>Settling the Sampling Capacitor</h2>${aSettle.map((p) => `<p>${p}</p>`).join('\n')}
<h2>Keeping the Amplifier Stable</h2>${aStable.map((p) => `<p>${p}</p>`).join('\n')}
<table class="adi-table"><caption>Table 1. Minimum Series Resistance for a 1-nF Load</caption><thead><tr><th>Amplifier</th><th>Minimum R</th>
<th>Phase margin</th></tr></thead><tbody>${rows(aTable)}</tbody></table>
<h2>A Design Procedure</h2><ol>${lis(aSteps)}</ol>
<h2>Conclusion</h2>${aConc.map((p) => `<p>${p}</p>`).join('\n')}</div>
<section class="adi-related-products"><h2>Products</h2><ul class="adi-cards">${links(aProducts, 'adi-card')}</ul></section>
<section class="adi-also"><h3>Also of Interest</h3><ul>${links(aAlso)}</ul></section>
<section class="adi-engineerzone"><p>Have a question? Ask the experts on EngineerZone® Support Community.</p></section></main>
<footer class="adi-footer"><ul>${links(aFoot)}</ul><p>© 2026 Meridian Devices, Inc. All Rights Reserved.</p></footer>
<div id="onetrust-banner-sdk"><p>This site uses cookies to improve your experience and for analytics.</p><button>Accept Cookies</button>
<button>Cookie Preferences</button></div></div></body></html>`;
const appNote: TestPage = {
  name: 'heldout338-meridian-aem-application-note-docs',
  kind: 'docs',
  html: aHtml,
  title: aTitle,
  headings: ['Abstract', 'Introduction', 'Settling the Sampling Capacitor', 'Keeping the Amplifier Stable', 'A Design Procedure', 'Conclusion'],
  body: texts([...aAbstract, ...aIntro, ...aSettle, ...aStable, 'Table 1. Minimum Series Resistance for a 1-nF Load', ...cells(aTable), ...aSteps, ...aConc]),
  bylines: ['Saoirse Hanrahan', 'Viktor Elling', 'Nov 18 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Meridian Devices', ...aNav, 'myMeridian', 'Technical Articles', 'Technical Article', 'Save to myMeridian', 'Share', 'Download PDF', 'AN-2291',
    'Figure 1. ADC driver, RC filter and sampling capacitor.', ...aProducts, 'Also of Interest', ...aAlso,
    'Have a question? Ask the experts on EngineerZone® Support Community.', ...aFoot, '© 2026 Meridian Devices, Inc. All Rights Reserved.',
    'This site uses cookies to improve your experience and for analytics.', 'Accept Cookies', 'Cookie Preferences',
  ],
};

/** An Elementor (WordPress page builder) case study of an invented structural engineering firm: sections, widgets, stats counters. */
const eTitle = 'Strengthening a 1960s Car Park Deck Without Closing It';
const eChallenge = paras(`
The Harrowgate Street car park in Wendlesby was built in 1964 with a post-tensioned slab that, after sixty winters of
de-icing salt, had lost a measurable share of its tendon area. The council needed the upper deck strengthened for
another twenty-five years of use, but the car park serves the town's hospital and could not close for more than two
weekends.

Our first survey found chloride levels above the corrosion threshold at the level of the tendons over a third of the
deck, and two tendons with broken wires near the anchorages.
`);
const eApproach = paras(`
Instead of replacing the slab, we proposed carbon fibre strips bonded into slots cut in the top surface, combined with
a new waterproof deck coating. The near-surface-mounted strips could be installed one bay at a time, with the rest of
the deck open to traffic.

Before committing to the scheme we load tested two trial bays, and worked with the contractor on a phasing plan that
kept at least 380 of the 420 spaces available on every weekday. Noisy work such as slot cutting was limited to
weekends and evenings, when the hospital's demand for parking drops by more than half.
`);
const eSteps = [
  'Hydrodemolition of the delaminated concrete in 240 patch repair areas.',
  'Cutting 8-mm slots and bonding 1,900 metres of carbon fibre strip with structural epoxy.',
  'Impressed current cathodic protection for the two bays with the highest chloride levels.',
  'A flexible polyurethane deck coating with an anti-skid aggregate finish.',
];
const eQuote = 'We kept the hospital car park open every single weekday. That was the brief, and Tallis Brook delivered it.';
const eResults = paras(`
The works finished in nineteen weeks, three weeks ahead of programme, at a cost of about a quarter of a new deck. Load
testing after the work showed deflections 30 per cent below the pre-strengthening values, and the monitoring sensors
we left in the slab now report corrosion rates below the threshold in every bay.
`);
const eNav = ['Home', 'Who we are', 'Services', 'Sectors', 'Projects', 'Insights', 'Contact'];
const eStats = ['19', 'weeks on site', '1.9 km', 'of CFRP strip', 'Zero', 'weekday closures'];
const eMore = ['Replacing a Victorian footbridge in a single night possession', 'Seismic retrofit of a hospital plant room'];
const eFoot = ['Tallis Brook Engineers Ltd', 'Registered in England No. 07712394', 'Privacy Policy', 'Modern Slavery Statement', 'LinkedIn'];
const eHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"><title>${eTitle} – Tallis Brook Engineers</title>
<meta name="robots" content="index, follow, max-image-preview:large"><meta property="og:type" content="article">
<meta name="generator" content="Elementor 3.27.4; features: e_font_icon_svg; settings: css_print_method-external">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${eTitle}",
"datePublished":"2025-09-04T09:00:00+00:00"},{"@type":"Organization","name":"Tallis Brook Engineers"}]}</script>
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css"></head>
<body class="project-template-default single single-project elementor-default elementor-kit-6 elementor-page elementor-page-2184">
<div data-elementor-type="header" data-elementor-id="41" class="elementor elementor-41 elementor-location-header">
<div class="elementor-element e-con-full e-flex e-con e-parent" data-element_type="container"><div class="elementor-widget elementor-widget-theme-site-logo">
<a href="/">Tallis Brook Engineers</a></div><div class="elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main"><ul
class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type')}</ul></nav></div></div></div>
<div data-elementor-type="wp-post" data-elementor-id="2184" class="elementor elementor-2184">
<div class="elementor-element elementor-element-3f1a e-con-full e-flex e-con e-parent" data-element_type="container">
<div class="elementor-element elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">Case study · Infrastructure</div></div>
<div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container">
<h1 class="elementor-heading-title elementor-size-default">${eTitle}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info"><ul class="elementor-inline-items elementor-icon-list-items">
<li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-custom">Client: Wendlesby Borough Council</span></li>
<li class="elementor-icon-list-item"><span class="elementor-post-info__item--type-date">4 September 2025</span></li></ul></div></div>
<div class="elementor-element elementor-element-7bd2 e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
${[0, 2, 4]
  .map(
    (i) => `<div class="elementor-element elementor-widget elementor-widget-counter"><div class="elementor-counter">
<div class="elementor-counter-number-wrapper"><span class="elementor-counter-number">${eStats[i]}</span></div>
<div class="elementor-counter-title">${eStats[i + 1]}</div></div></div>`,
  )
  .join('\n')}</div></div>
<div class="elementor-element elementor-element-c91e e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">The challenge</h2></div>
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">
${eChallenge.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
<div class="elementor-widget elementor-widget-image"><figure class="wp-caption"><img src="/wp-content/uploads/2025/09/harrowgate-deck.jpg"
alt="Car park deck"><figcaption class="widget-image-caption wp-caption-text">Slot cutting on level 3, May 2025. Photo: Tallis Brook</figcaption>
</figure></div>
<div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">Our approach</h2></div>
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${eApproach.map((p) => `<p>${p}</p>`).join('\n')}
<ul>${lis(eSteps)}</ul></div></div>
<div class="elementor-widget elementor-widget-testimonial"><div class="elementor-testimonial-content">${eQuote}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-name">Priya Ashdown</div>
<div class="elementor-testimonial-job">Head of Estates, Wendlesby Borough Council</div></div></div>
<div class="elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title">The result</h2></div>
<div class="elementor-widget elementor-widget-text-editor"><div class="elementor-widget-container">${eResults.map((p) => `<p>${p}</p>`).join('\n')}</div></div>
</div></div>
<div class="elementor-element e-con e-parent"><div class="elementor-widget elementor-widget-call-to-action"><h3 class="elementor-cta__title">Got
a structure that needs a second life?</h3><div class="elementor-cta__description">Talk to our repair and strengthening team.</div>
<a class="elementor-cta__button elementor-button" href="/contact">Get in touch</a></div>
<div class="elementor-widget elementor-widget-posts"><h3>More projects</h3><ul>${links(eMore, 'elementor-post')}</ul></div></div></div>
<div data-elementor-type="footer" class="elementor elementor-location-footer"><ul>${lis(eFoot)}</ul>
<p>© 2026 Tallis Brook Engineers. All rights reserved.</p></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner"><div class="cmplz-message">We use cookies to optimise our website and our
service.</div><button class="cmplz-accept">Accept</button><button class="cmplz-deny">Deny</button><button class="cmplz-view-preferences">View
preferences</button></div></div>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js"></script></body></html>`;
const elementor: TestPage = {
  name: 'heldout338-tallis-brook-elementor-case-study-blog',
  kind: 'blog',
  html: eHtml,
  title: eTitle,
  headings: ['The challenge', 'Our approach', 'The result'],
  body: texts([...eChallenge, ...eApproach, ...eSteps, eQuote, ...eResults]),
  bylines: ['4 September 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Tallis Brook Engineers', ...eNav, 'Case study · Infrastructure', 'Client: Wendlesby Borough Council', ...eStats.slice(2), 'weeks on site',
    'Slot cutting on level 3, May 2025. Photo: Tallis Brook', 'Priya Ashdown', 'Head of Estates, Wendlesby Borough Council',
    'Got a structure that needs a second life?', 'Talk to our repair and strengthening team.', 'Get in touch', 'More projects', ...eMore, ...eFoot,
    '© 2026 Tallis Brook Engineers. All rights reserved.', 'We use cookies to optimise our website and our service.', 'Accept', 'Deny',
    'View preferences',
  ],
};

export const HELDOUT338_C: readonly TestPage[] = [appNote, elementor];
