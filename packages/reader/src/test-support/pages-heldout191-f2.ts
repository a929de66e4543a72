import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 191, file f2: a management consultancy's case study page on WordPress with Elementor (the top bar with
 * phone and "Client login", the header menu and "Get in touch" button, the breadcrumb, the hero with the "Case study"
 * label, the client facts panel, text-editor and heading widgets for the challenge / approach / results, counter widgets
 * that repeat the results, a testimonial widget, the "Download the PDF" button, the "More case studies" loop, the
 * contact CTA band, the Complianz cookie banner and the footer widgets).
 */
const title = 'Rebuilding store replenishment for a 62-store regional grocer';
const intro = 'How Harrow &amp; Vale helped Marlow Fresh cut stock-outs, reduce waste and give store managers back two hours a day.';
const h1 = 'The challenge';
const p1 = [
  'Marlow Fresh had grown from 20 to 62 stores in under a decade, mostly by acquiring independent grocers. Each acquisition brought ' +
    'its own ordering habits, and by 2023 replenishment was a patchwork of spreadsheets, supplier reps and store managers’ instincts.',
  'The results were visible on the shelves. Fresh produce stock-outs ran at around 9% on weekends, while waste in the same ' +
    'categories was among the highest the leadership team had seen in industry benchmarks. Store managers spent up to three ' +
    'hours a day on ordering.',
] as const;
const h2 = 'Our approach';
const p2 = [
  'We began with four weeks in the stores rather than in head office. Our team worked alongside ordering staff in eight ' +
    'locations, mapping how decisions were actually made and where the data came from.',
  'From there, we worked with Marlow Fresh’s operations and IT teams in three phases:',
] as const;
const list = [
  'Diagnose: a category-by-category review of demand patterns, shelf capacity and supplier lead times.',
  'Design: a central replenishment team, simple ordering rules for 80% of lines, and clear exceptions left to store judgment.',
  'Deliver: a phased rollout across six regions, with weekly reviews of availability and waste in each one.',
] as const;
const p3 = [
  'Throughout, we trained internal leads to run the new process themselves, so that the capability stayed with Marlow Fresh after ' + 'our team stepped back.',
] as const;
const h3 = 'The results';
const p4 = [
  'Twelve months after the first region went live, weekend stock-outs in fresh produce had fallen from around 9% to under 4%. ' +
    'Waste in the same categories fell by 18%, worth roughly £2.1 million a year. Store managers now spend less than an hour a day ' +
    'on ordering, and most of that time goes on the exceptions that genuinely need local knowledge.',
] as const;
const quote = 'What I valued most was that they started on the shop floor. Our store teams felt the new process was built with them, not done to them.';
const cite = '— Deborah Lane, Chief Operating Officer, Marlow Fresh';
const facts = ['Client', 'Marlow Fresh', 'Sector', 'Grocery retail', 'Services', 'Operations, Supply chain', 'Duration', '9 months'] as const;
const counters = ['56%', 'fewer weekend stock-outs', '18%', 'less fresh waste', '2 hrs', 'saved per store manager per day'] as const;
const topbar = ['+44 20 7946 0311', 'Client login'] as const;
const nav = ['What we do', 'Industries', 'Case studies', 'Insights', 'About us', 'Careers'] as const;
const crumbs = ['Home', 'Case studies'] as const;
const label = 'Case study';
const pdf = 'Download the PDF';
const more = [
  'More case studies',
  'A leaner operating model for a logistics group',
  'Pricing reset for a specialist retailer',
  'Merging two hospital trusts’ back offices',
] as const;
const moreCats = ['Logistics', 'Retail', 'Healthcare'] as const;
const band = ['Facing a similar challenge?', 'Talk to one of our partners about where to start.', 'Get in touch'] as const;
const footCols = ['Services', 'Company', 'Contact'] as const;
const foot = [
  'Strategy',
  'Operations',
  'Organisation design',
  'Our team',
  'Careers',
  'News',
  'Privacy policy',
  'Cookie policy',
  'Modern slavery statement',
] as const;
const address = '4th Floor, 12 Carrick Street, London EC2A 4BX';
const copy = '© 2025 Harrow & Vale Partners Ltd. Registered in England and Wales No. 09876543.';
const cookie = ['We use cookies to optimise our website and our service.', 'Accept', 'Deny', 'View preferences', 'Cookie Policy'] as const;
const w = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const sec = (inner: string): string => `<section class="elementor-section elementor-top-section elementor-section-boxed" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column" data-element_type="column">
<div class="elementor-widget-wrap elementor-element-populated">${inner}</div></div></div></section>`;
const hd = (t: string, tag = 'h2'): string => w('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const tx = (a: readonly string[]): string => w('text-editor', ps(a));
const html = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} - Harrow &amp; Vale</title>
<meta name="robots" content="index, follow, max-image-preview:large"><link rel="canonical" href="https://harrowvale.example/case-studies/marlow-fresh/">
<meta property="og:type" content="article"><meta property="og:title" content="${title}">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"${title}",
"datePublished":"2025-02-11T09:12:44+00:00"},{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home"}]}]}</script>
<link rel="stylesheet" id="elementor-frontend-css"
href="https://harrowvale.example/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.28.3" media="all">
<link rel="stylesheet" id="elementor-post-412-css" href="https://harrowvale.example/wp-content/uploads/elementor/css/post-412.css" media="all"></head>
<body class="wp-singular case_study-template-default single single-case_study postid-412 elementor-default elementor-kit-6 elementor-page elementor-page-412">
<div data-elementor-type="header" data-elementor-id="21" class="elementor elementor-21 elementor-location-header">
<div class="elementor-section hv-topbar"><span class="hv-topbar__phone">${topbar[0]}</span><a href="https://portal.harrowvale.example">${topbar[1]}</a></div>
${sec(`${w(
  'theme-site-logo',
  `<a href="https://harrowvale.example/">
<img src="https://harrowvale.example/wp-content/uploads/logo.svg" alt="Harrow &amp; Vale"></a>`,
)}
${w(
  'nav-menu',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container" aria-label="Menu"><ul id="menu-1-7c2a" class="elementor-nav-menu">
${links(nav, 'menu-item menu-item-type-post_type')}</ul></nav>`,
)}${w('button', '<a class="elementor-button" href="/contact/"><span class="elementor-button-text">Get in touch</span></a>')}`)}
</div>
<div data-elementor-type="single-post" data-elementor-id="412" class="elementor elementor-412"><main id="content">
${sec(`${w(
  'breadcrumbs',
  `<p id="breadcrumbs"><span><a href="/">${crumbs[0]}</a> » <a href="/case-studies/">${crumbs[1]}</a> » <span class="breadcrumb_last"
aria-current="page">Marlow Fresh</span></span></p>`,
)}${w('heading', `<span class="elementor-heading-title hv-eyebrow">${label}</span>`)}
${hd(title, 'h1')}${w('text-editor', `<p class="hv-intro">${intro}</p>`)}`)}
${sec(
  w(
    'icon-list',
    `<ul class="elementor-icon-list-items hv-facts">${[0, 2, 4, 6]
      .map((i) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-text"><strong>${facts[i]}</strong> ${facts[i + 1]}</span></li>`)
      .join('')}</ul>`,
  ),
)}
${sec(`${hd(h1)}${tx(p1)}${hd(h2)}${tx(p2)}${w('text-editor', `<ul>${list.map((t) => `<li>${t}</li>`).join('\n')}</ul>`)}${tx(p3)}${hd(h3)}${tx(p4)}`)}
${sec(
  [0, 2, 4]
    .map((i) =>
      w(
        'counter',
        `<div class="elementor-counter"><div class="elementor-counter-number-wrapper"><span class="elementor-counter-number" data-to-value="${parseInt(
          counters[i] ?? '0',
          10,
        )}">${counters[i]}</span></div><div class="elementor-counter-title">${counters[i + 1]}</div></div>`,
      ),
    )
    .join(''),
)}
${sec(
  w(
    'testimonial',
    `<div class="elementor-testimonial-wrapper"><div class="elementor-testimonial-content">${quote}</div>
<div class="elementor-testimonial-meta"><div class="elementor-testimonial-details"><div class="elementor-testimonial-name">${cite}</div></div></div></div>`,
  ),
)}
${sec(
  w(
    'button',
    `<a class="elementor-button elementor-size-md" href="/wp-content/uploads/2025/02/marlow-fresh.pdf">
<span class="elementor-button-text">${pdf}</span></a>`,
  ),
)}
${sec(
  `${hd(more[0])}<div class="elementor-loop-container elementor-grid">${more
    .slice(1)
    .map(
      (t, i) =>
        `<div class="e-loop-item case_study type-case_study"><span class="hv-card-cat">${moreCats[i]}</span><h3>
<a href="/case-studies/${i}/">${t}</a></h3></div>`,
    )
    .join('')}</div>`,
)}
${sec(
  `${hd(band[0])}${w('text-editor', `<p>${band[1]}</p>`)}${w(
    'button',
    `<a class="elementor-button" href="/contact/">
<span class="elementor-button-text">${band[2]}</span></a>`,
  )}`,
)}
</main></div>
<footer data-elementor-type="footer" data-elementor-id="37" class="elementor elementor-37 elementor-location-footer">
${sec(
  footCols
    .map((c, i) =>
      i < 2
        ? `${w('heading', `<h4 class="elementor-heading-title">${c}</h4>`)}${w('nav-menu', `<ul>${links(foot.slice(i * 3, i * 3 + 3))}</ul>`)}`
        : `${w('heading', `<h4 class="elementor-heading-title">${c}</h4>`)}${w('text-editor', `<p>${address}</p>`)}`,
    )
    .join(''),
)}
<div class="hv-footer-bottom"><ul>${links(foot.slice(6))}</ul><p>${copy.replace('&', '&amp;')}</p></div></footer>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right" aria-modal="true" role="dialog">
<div class="cmplz-message">${cookie[0]}</div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">${cookie[1]}</button>
<button class="cmplz-btn cmplz-deny">${cookie[2]}</button><button class="cmplz-btn cmplz-view-preferences">${cookie[3]}</button></div>
<div class="cmplz-links"><a class="cmplz-link cookie-statement" href="/cookie-policy-uk/">${cookie[4]}</a></div></div></div>
<script src="https://harrowvale.example/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.28.3" id="elementor-frontend-js"></script>
</body></html>`;
export const caseStudy: TestPage = {
  html,
  name: 'heldout191-consultancy-case-study',
  kind: 'blog',
  title,
  headings: [h1, h2, h3],
  body: [...texts([intro]), ...texts(p1), ...texts(p2), ...texts(list), ...texts(p3), ...texts(p4), quote],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...topbar, ...nav, 'Get in touch', ...crumbs, label, pdf, ...more, ...moreCats, ...band, ...footCols, ...foot, address, copy, ...cookie,
  ],
};
