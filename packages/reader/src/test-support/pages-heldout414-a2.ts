import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout414-kit.js';

/**
 * Held-out batch 414, file a2: a tenants' union know-your-rights page built with Elementor on WordPress (theme-builder header
 * with sticky nav, hero with buttons, icon boxes, toggle, membership call-to-action, newsletter form and icon list in the
 * footer, GDPR cookie bar).
 */
const eId = (n: number): string => (0x3a1f00 + n * 977).toString(16);
const eW = (n: number, type: string, inner: string): string => `<div class="elementor-element elementor-element-${eId(n)} elementor-widget
elementor-widget-${type.split('.')[0]}" data-id="${eId(n)}" data-element_type="widget" data-widget_type="${type}">
<div class="elementor-widget-container">${inner}</div></div>`;
const eSec = (n: number, inner: string, cls = ''): string => `<section class="elementor-section elementor-top-section elementor-element
elementor-element-${eId(n)} elementor-section-boxed elementor-section-height-default ${cls}" data-id="${eId(n)}" data-element_type="section">
<div class="elementor-container elementor-column-gap-default"><div class="elementor-column elementor-col-100 elementor-top-column elementor-element
elementor-element-${eId(n + 50)}" data-id="${eId(n + 50)}" data-element_type="column"><div class="elementor-widget-wrap elementor-element-populated">
${inner}</div></div></div></section>`;
const eHead = (n: number, tag: string, t: string): string =>
  eW(n, 'heading.default', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const eBtn = (n: number, href: string, t: string): string =>
  eW(
    n,
    'button.default',
    `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="${href}">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">${t}</span></span></a></div>`,
  );
const eText = (n: number, html: string): string => eW(n, 'text-editor.default', html);
const uTitle = 'Know your rights as a renter';
const uLead = [
  j(
    'Whether you rent from a big property company or from someone who owns one flat, you have rights that your landlord cannot sign away.',
    'Here is what every renter in Millbrook should know, written by tenants for tenants.',
  ),
];
const uHeads = ['The basics', 'Your home must be safe', 'You cannot be locked out', 'Rent increases have rules', 'Common questions'];
const uBasics = [
  j(
    'Your landlord has to give you a written tenancy agreement or a written statement of the main terms within 28 days of you moving in.',
    'Ask for it in writing if you have not had one.',
  ),
  j(
    'You have the right to live in your home without your landlord turning up unannounced. Outside an emergency, they must give at least',
    "a day's written notice before visiting, and you can ask to rearrange.",
  ),
];
const uBoxes = [
  j(
    'Heating, hot water, wiring and gas must work and be safe. Your landlord needs a gas safety certificate every year and must give',
    'you a copy. Report problems in writing and keep the replies.',
  ),
  j(
    'Changing the locks, removing your belongings or cutting off your water to make you leave is illegal eviction. Only a court bailiff',
    "can remove you from your home. If it happens, call the police and your council's tenancy relations officer.",
  ),
  j(
    "On a periodic tenancy your rent can normally go up only once a year, with at least a month's notice on the proper form. If you think",
    'the new rent is above the going rate, you can challenge it at the rent tribunal before it starts.',
  ),
];
const uFaq = [
  'My landlord wants to keep my whole deposit for cleaning. Can they?',
  j(
    'Only for cleaning beyond normal wear and tear, compared with the check-in inventory. Your deposit must be in a protection scheme,',
    "and you can use the scheme's free dispute service.",
  ),
  'Can I be evicted for joining the union?',
  j(
    'No landlord may legally evict you for organising with your neighbours, although some try. Tell us at once if you get a notice after',
    'raising a complaint, and we will help you respond.',
  ),
  'Do I have to let viewers in during my last month?',
  'Only if your agreement says so, and even then at reasonable times and with notice. You can say no to a viewing that does not suit you.',
];
const uNav = ['Home', 'Know Your Rights', 'Campaigns', 'Branches', 'Resources', 'Contact'];
const uFootLinks = ['Privacy Policy', 'Accessibility', 'Safeguarding', 'Member login'];
const uHtml = `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Know Your Rights &#8211; Millbrook Tenants Union</title><meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:title" content="Know Your Rights - Millbrook Tenants Union"><meta property="og:type" content="article">
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_css_loading; settings: css_print_method-external">
<link rel="stylesheet" id="elementor-frontend-css" href="/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4" media="all">
<link rel="stylesheet" id="elementor-post-212-css" href="/wp-content/uploads/elementor/css/post-212.css?ver=1712080000" media="all">
${ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'Know Your Rights', datePublished: '2025-06-02' }] })}
<script id="elementor-frontend-js-before">var elementorFrontendConfig={"environmentMode":{"edit":false},"version":"3.21.4","post":{"id":212}};</script>
</head><body class="page-template page-template-elementor_header_footer page page-id-212 elementor-default elementor-kit-6 elementor-page elementor-page-212">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header data-elementor-type="header" data-elementor-id="45" class="elementor elementor-45 elementor-location-header"
data-elementor-post-type="elementor_library">
${eSec(
  1,
  `${eW(2, 'theme-site-logo.default', '<a href="/"><img src="/wp-content/uploads/2024/02/mtu-logo.png" alt="Millbrook Tenants Union"></a>')}
${eW(
  3,
  'nav-menu.default',
  `<nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-${eId(3)}"
class="elementor-nav-menu">${links(uNav, 'menu-item menu-item-type-post_type')}</ul></nav>`,
)}
${eBtn(4, '/join', 'Join us')}`,
  'elementor-sticky',
)}</header>
<div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212" data-elementor-post-type="page">
${eSec(
  10,
  `${eHead(11, 'h1', uTitle)}${eText(12, ps(uLead))}
${eBtn(13, '/join', 'Join the union')}`,
  'hero-section',
)}
${eSec(20, `${eHead(21, 'h2', uHeads[0] ?? '')}${eText(22, ps(uBasics))}`)}
${eSec(
  30,
  [1, 2, 3]
    .map((i) =>
      eW(
        30 + i,
        'icon-box.default',
        `<div class="elementor-icon-box-wrapper"><div class="elementor-icon-box-icon">
<span class="elementor-icon elementor-animation-"><i aria-hidden="true" class="fas fa-house-user"></i></span></div><div class="elementor-icon-box-content">
<h3 class="elementor-icon-box-title"><span>${uHeads[i]}</span></h3><p class="elementor-icon-box-description">${uBoxes[i - 1]}</p></div></div>`,
      ),
    )
    .join('\n'),
)}
${eSec(
  40,
  `${eHead(41, 'h2', uHeads[4] ?? '')}${eW(
    42,
    'toggle.default',
    `<div class="elementor-toggle">${[0, 1, 2]
      .map(
        (i) => `<div class="elementor-toggle-item"><div id="elementor-tab-title-${4121 + i}" class="elementor-tab-title" data-tab="${i + 1}" role="button"
aria-controls="elementor-tab-content-${4121 + i}" aria-expanded="false"><span class="elementor-toggle-icon elementor-toggle-icon-left" aria-hidden="true">
<i class="fas fa-caret-right"></i></span><a class="elementor-toggle-title" tabindex="0">${uFaq[i * 2]}</a></div>
<div id="elementor-tab-content-${4121 + i}" class="elementor-tab-content elementor-clearfix" data-tab="${i + 1}" role="region">
<p>${uFaq[i * 2 + 1]}</p></div></div>`,
      )
      .join('\n')}</div>`,
  )}`,
)}
${eSec(
  50,
  `${eHead(51, 'h2', 'Stronger together')}${eText(
    52,
    '<p>Members get one-to-one support with disputes, and a vote on what we campaign for next. Dues start at £2 a month.</p>',
  )}
${eBtn(53, '/join', 'Become a member')}`,
  'cta-section',
)}
</div>
<footer data-elementor-type="footer" data-elementor-id="48" class="elementor elementor-48 elementor-location-footer">
${eSec(
  60,
  `${eHead(61, 'h4', 'Get updates from the union')}
${eW(
  62,
  'form.default',
  `<form class="elementor-form" method="post" name="Newsletter"><div class="elementor-form-fields-wrapper">
<div class="elementor-field-group"><label for="form-field-email" class="elementor-field-label elementor-screen-only">Email</label>
<input type="email" name="form_fields[email]" id="form-field-email" class="elementor-field" placeholder="Your email address"></div>
<button type="submit" class="elementor-button"><span class="elementor-button-text">Subscribe</span></button></div></form>`,
)}
${eW(63, 'icon-list.default', `<ul class="elementor-icon-list-items">${links(uFootLinks, 'elementor-icon-list-item')}</ul>`)}
${eText(64, '<p>Millbrook Tenants Union, 14 Canal Row, Millbrook MB2 4QT. Registered society no. 8810.</p>')}
${eW(65, 'text-editor.default', '<p>© 2026 Millbrook Tenants Union. Website by volunteers.</p>')}`,
)}</footer>
<div id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content">
<div class="moove-gdpr-cookie-notice"><p>We use cookies to give you the best experience on our website.</p></div>
<div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all">Accept</button>
<button class="mgbutton moove-gdpr-infobar-settings-btn">Settings</button></div></div></div>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script></body></html>`;
export const tenantsUnion: TestPage = {
  name: 'heldout414-elementor-tenants-union-docs',
  kind: 'docs',
  html: uHtml,
  title: uTitle,
  headings: uHeads,
  body: texts([...uLead, ...uBasics, ...uBoxes, ...uFaq]),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...uNav.filter((t) => t !== 'Know Your Rights'), 'Join us', 'Join the union', 'Stronger together',
    'Members get one-to-one support with disputes, and a vote on what we campaign for next. Dues start at £2 a month.', 'Become a member',
    'Get updates from the union', 'Subscribe', ...uFootLinks, 'Millbrook Tenants Union, 14 Canal Row, Millbrook MB2 4QT. Registered society no. 8810.',
    '© 2026 Millbrook Tenants Union. Website by volunteers.', 'We use cookies to give you the best experience on our website.', 'Accept', 'Settings',
  ],
};
