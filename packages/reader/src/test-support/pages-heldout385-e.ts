import { links, type TestPage, texts } from './page-kit.js';
import { reopen } from './pages-heldout385-e2.js';
import { j } from './pages-heldout385-kit.js';

/**
 * Held-out batch 385, file e: a cruise line's port advisory built with Elementor on WordPress (nested e-con containers and
 * widget wrappers, the theme-builder header and footer, an icon list of quick facts, a call-to-action button, a toggle
 * block, a "Sail with us" popup) and, from file e2, an EU Re-open-style country page rendered by an Angular app.
 */
const cTitle = 'Port Advisory: Arrun, Kestrania';
const cBody = [
  j(
    'Guests sailing on itineraries that call at Arrun between 1 April and 30 September 2026 should read this advisory before their',
    'cruise. It explains the new entry rules for Kestrania and what we are doing to make your day ashore easy.',
  ),
  j(
    'From 1 April, every guest going ashore in Arrun needs an approved Kestrania eVisa, including guests who stay for only a few',
    'hours. The Kestrania Immigration Service will not issue visas at the pier, and guests without one must remain on board.',
  ),
  j(
    'To help, we will collect your approval letter during online check-in and share the guest list with immigration officers before',
    'we arrive. You do not need to queue at the terminal: officers will clear the ship in the hour after docking.',
  ),
  'Apply for your eVisa at least 14 days before embarkation.',
  'Choose the transit visa if the ship is in port for less than 72 hours; it is free.',
  'Upload your approval letter in the Voyage Planner under Travel Documents.',
  'Bring your passport ashore: officers carry out spot checks at the old town gates.',
  j(
    'Protests over fuel prices have taken place in Arrun on some weekdays since January. They have been peaceful, but roads near',
    'the Customs House may close at short notice. Our shore excursions avoid the area, and we will change tour routes if needed.',
  ),
  j(
    'If the security situation changes, the captain may decide to skip the call. In that case port taxes are refunded to your',
    'onboard account, and prepaid excursions booked through us are refunded in full.',
  ),
  j(
    'Guests who booked excursions with independent operators should check those operators’ own cancellation terms. We cannot wait',
    'for guests who return late from independent tours, so allow plenty of time to get back through the port gates.',
  ),
];
const cFacts = ['Currency: Kestranian dinar', 'Language: Kestranian, English widely spoken', 'Time in port: 8 hours', 'Pier to old town: 10 minutes'];
const cNav = ['Destinations', 'Ships', 'Deals', 'Before You Sail', 'Manage My Cruise'];
const cFoot = ['Travel Advisories', 'Health & Safety', 'Accessibility', 'Cruise Contract', 'Privacy Policy'];
const w = (type: string, inner: string, id: string): string => `<div class="elementor-element elementor-element-${id} elementor-widget
elementor-widget-${type}" data-id="${id}" data-element_type="widget" data-widget_type="${type}.default">
<div class="elementor-widget-container">${inner}</div></div>`;
const con = (inner: string, id: string): string => `<div class="elementor-element elementor-element-${id} e-flex e-con-boxed e-con e-parent"
data-id="${id}" data-element_type="container"><div class="e-con-inner">${inner}</div></div>`;
const tx = (paras: readonly string[], id: string): string => w('text-editor', paras.map((p) => `<p>${p}</p>`).join(''), id);
const hd = (t: string, id: string, tag = 'h2'): string => w('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`, id);
const cHtml = `<!doctype html><html lang="en-US"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${cTitle} – Meridian Seas Cruises</title><meta name="description" content="New eVisa rules for guests calling at Arrun, Kestrania.">
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_css_loading, additional_custom_breakpoints">
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4' media='all'>
<link rel='stylesheet' id='elementor-post-4410-css' href='/wp-content/uploads/elementor/css/post-4410.css?ver=1741700000' media='all'>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"${cTitle}","dateModified":"2026-03-11"}</script>
</head><body class="page-template-default page page-id-4410 elementor-default elementor-kit-6 elementor-page elementor-page-4410">
<header data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">
${con(
  w('image', '<a href="/"><img src="/wp-content/uploads/meridian-logo.svg" alt="Meridian Seas"></a>', 'a1f0') +
    w(
      'nav-menu',
      `<nav
class="elementor-nav-menu--main elementor-nav-menu__container"><ul class="elementor-nav-menu">${links(cNav, 'menu-item')}</ul></nav>`,
      'a1f1',
    ) +
    w('button', '<a class="elementor-button" href="/find-a-cruise"><span class="elementor-button-text">Find a Cruise</span></a>', 'a1f2'),
  'a1e9',
)}</header>
<div data-elementor-type="wp-page" data-elementor-id="4410" class="elementor elementor-4410">
${con(
  w('breadcrumbs', '<p id="breadcrumbs"><span><a href="/">Home</a></span> » <span><a href="/travel-advisories/">Travel Advisories</a></span></p>', 'b2c0'),
  'b2b9',
)}
${con(hd(cTitle, 'c3d1', 'h1') + w('text-editor', '<p class="advisory-date">Issued 11 March 2026</p>', 'c3d2'), 'c3d0')}
${con(
  tx(cBody.slice(0, 1), 'd4e1') +
    hd('New entry requirements', 'd4e2') +
    tx(cBody.slice(1, 3), 'd4e3') +
    hd('What you need to do', 'd4e4') +
    w(
      'text-editor',
      `<ol>${cBody
        .slice(3, 7)
        .map((t) => `<li>${t}</li>`)
        .join('')}</ol>`,
      'd4e5',
    ) +
    w(
      'button',
      '<a class="elementor-button elementor-size-md" href="/voyage-planner"><span class="elementor-button-text">Open Voyage Planner</span></a>',
      'd4e6',
    ) +
    hd('Safety in port', 'd4e7') +
    tx(cBody.slice(7, 8), 'd4e8') +
    hd('If we skip the call', 'd4e9') +
    tx(cBody.slice(8), 'd4f0'),
  'd4e0',
)}
${con(
  hd('Arrun at a glance', 'e5f1', 'h3') +
    w(
      'icon-list',
      `<ul class="elementor-icon-list-items">${cFacts
        .map((t) => `<li class="elementor-icon-list-item"><span class="elementor-icon-list-text">${t}</span></li>`)
        .join('')}</ul>`,
      'e5f2',
    ),
  'e5f0',
)}
${con(
  w(
    'toggle',
    `<div class="elementor-toggle"><div class="elementor-toggle-item"><div class="elementor-tab-title" role="button">Need help? Contact our
Guest Services team</div><div class="elementor-tab-content"><p>Call 1-800-555-0142, daily 8am to 10pm ET.</p></div></div></div>`,
    'f6a1',
  ),
  'f6a0',
)}
</div>
<footer data-elementor-type="footer" data-elementor-id="91" class="elementor elementor-91 elementor-location-footer">
${con(
  w('nav-menu', `<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">${links(cFoot, 'menu-item')}</ul></nav>`, 'g7b1') +
    w('text-editor', '<p>© 2026 Meridian Seas Cruises. Ships’ registry: Malta.</p>', 'g7b2'),
  'g7b0',
)}</footer>
<div data-elementor-type="popup" data-elementor-id="120" class="elementor elementor-120 elementor-location-popup"><div class="dialog-widget-content">
<h3>Sail with us for less</h3><p>Join our mailing list for early access to new itineraries.</p><a href="#" class="elementor-button">Join now</a></div></div>
<script src='/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4' id='elementor-frontend-js'></script></body></html>`;
const cruise: TestPage = {
  name: 'heldout385-meridian-elementor-docs',
  kind: 'docs',
  html: cHtml,
  title: cTitle,
  headings: ['New entry requirements', 'What you need to do', 'Safety in port', 'If we skip the call', 'Arrun at a glance'],
  body: texts([...cBody, ...cFacts]),
  bylines: ['Issued 11 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...cNav, 'Find a Cruise', 'Home', 'Travel Advisories', 'Open Voyage Planner', 'Need help? Contact our Guest Services team',
    'Call 1-800-555-0142, daily 8am to 10pm ET.', 
    'Health & Safety', 'Cruise Contract', 'Privacy Policy', '© 2026 Meridian Seas Cruises. Ships’ registry: Malta.',
    'Sail with us for less', 'Join our mailing list for early access to new itineraries.', 'Join now',
  ],
};

export const HELDOUT385_E: readonly TestPage[] = [cruise, reopen];
