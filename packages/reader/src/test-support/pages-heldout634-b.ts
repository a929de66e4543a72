import { links, type TestPage } from './page-kit.js';
import { done, gold, j, type Sec, secsHtml } from './pages-heldout634-kit.js';

/** Held-out batch 634, file b: a children's entertainers' booking terms page on WordPress with Elementor (Hello theme). */
const eTitle = 'Booking Terms &amp; Conditions';
const eSecs: Sec[] = [
  {
    b: [
      j(
        'These terms apply to every party, event or workshop booked with Giggle Junction Entertainers, whether you book online, by',
        'phone or by email. Please read them before you pay your deposit. Paying the deposit means you accept these terms.',
      ),
    ],
  },
  {
    h: '1. Making a booking',
    b: [
      {
        ol: [
          j(
            'A booking is provisional until we receive your deposit. We hold a provisional date for 48 hours; after that it may be',
            'offered to another family.',
          ),
          'The deposit is £60 for parties and 25% of the fee for school, corporate and community events.',
          j(
            'We will send a booking confirmation by email with the date, start time, address, package and the balance due. Please',
            'check it carefully and tell us within seven days if anything is wrong.',
          ),
          'Bookings must be made by an adult aged 18 or over, who is responsible for the booking on the day.',
        ],
      },
    ],
  },
  {
    h: '2. Payment',
    b: [
      {
        ol: [
          j(
            'The balance is due no later than seven days before the event. For bookings made less than seven days ahead, the full fee',
            'is due when you book.',
          ),
          'We accept bank transfer and card payments. We do not take cash on the day, except for agreed extras.',
          j('Schools, councils and charities may pay by invoice within 30 days of the event if they give us a purchase order', 'number when they book.'),
          'If the balance has not been paid by the due date, we may treat the booking as cancelled by you.',
        ],
      },
    ],
  },
  {
    h: '3. Cancellations by you',
    b: [
      j(
        'We understand that plans change. If you need to cancel, please tell us in writing as soon as you can. The charges below are',
        'a share of the full fee and reflect how likely we are to rebook the date:',
      ),
      {
        ul: [
          'More than 28 days before the event: you lose the deposit only.',
          'Between 28 and 8 days before the event: 50% of the full fee.',
          'Seven days or less before the event: the full fee.',
        ],
      },
      j(
        'If your child is unwell and you cancel with less than seven days’ notice, we will offer to move the party to another date',
        'within three months, once and without charge, instead of applying the cancellation fee.',
      ),
    ],
  },
  {
    h: '4. Changes to your booking',
    b: [
      {
        ol: [
          j(
            'You can change the package, start time or number of children up to seven days before the event, subject to availability.',
            'A change to a more expensive package will be added to the balance.',
          ),
          'Moving the date counts as a cancellation and a new booking, unless we agree otherwise in writing.',
          'If more children attend than booked, we may charge £5 for each extra child, up to the limit of the package.',
        ],
      },
    ],
  },
  {
    h: '5. Cancellations by us',
    b: [
      j(
        'In the rare event that your entertainer is ill or cannot reach you, we will first try to send another of our entertainers',
        'with the same show. If we cannot, we will refund everything you have paid in full within five working days.',
      ),
      j(
        'We are not liable for other costs you have incurred, such as venue hire or catering, so we recommend booking a venue with',
        'a flexible cancellation policy.',
      ),
    ],
  },
  {
    h: '6. The venue',
    b: [
      {
        ol: [
          j(
            'You are responsible for the venue: booking it, paying for it and making sure it is safe. Please tell us about steps,',
            'stairs or a long walk from the car park when you book.',
          ),
          j(
            'Our shows need a clear floor area of at least 3 metres by 3 metres and one standard power socket within 5 metres. Bubble',
            'shows need a floor that is safe when damp.',
          ),
          'Please give us access to the room 30 minutes before the start time to set up.',
          'For garden parties, we need a covered space in case of rain. We cannot perform with electrical equipment in the rain.',
        ],
      },
    ],
  },
  {
    h: '7. Children’s safety',
    b: [
      j(
        'Our entertainers hold enhanced DBS certificates and are trained in first aid. However, parents and carers remain responsible',
        'for their children throughout the event. At least one adult must stay in the room at all times, and we cannot take children',
        'to the toilet or supervise them outside the show.',
      ),
      j(
        'Please tell us about any allergies before the event. Our balloons are latex; we can bring latex-free balloons if you ask',
        'when you book. Our face paints are water-based and made for children, but we will always ask a parent before painting.',
      ),
    ],
  },
  {
    h: '8. Photos and videos',
    b: [
      j(
        'You are welcome to take photos and short videos of the show for your own family. We sometimes take photos for our website',
        'and social media, but only with your written permission and never showing children’s faces without it.',
      ),
    ],
  },
  {
    h: '9. Late starts',
    b: [
      j(
        'We always aim to arrive early. If we are late because of us, we will run the full length of the show or refund a fair share',
        'of the fee. If the party starts late because of the venue or guests, we may need to shorten the show to keep to our next',
        'booking.',
      ),
    ],
  },
  {
    h: '10. Complaints',
    b: [
      j(
        'If something was not right, please tell us within 14 days at <a href="mailto:hello@gigglejunction.co.uk">hello@gigglejunction.co.uk</a>.',
        'Mia, our owner, reads every complaint herself and will reply within five working days.',
      ),
      'These terms do not affect your statutory rights.',
    ],
  },
];
const eNav = ['Home', 'Party Packages', 'Entertainers', 'Schools', 'FAQs', 'Contact'];
const eFootNav = ['Booking Terms', 'Privacy Policy', 'Safeguarding', 'Cookie Policy'];
let ec = 0x3a1f;
const eId = (): string => (ec++).toString(16);
const eWidget = (type: string, inner: string): string => {
  const id = eId();
  return `<div class="elementor-element elementor-element-${id} elementor-widget elementor-widget-${type}" data-id="${id}" data-element_type="widget"
data-widget_type="${type}.default"><div class="elementor-widget-container">
${inner}
</div></div>`;
};
const eCon = (inner: string, extra = ''): string => {
  const id = eId();
  return `<div class="elementor-element elementor-element-${id} e-flex e-con-boxed e-con e-parent${extra}" data-id="${id}" data-element_type="container"
data-settings="{&quot;content_width&quot;:&quot;boxed&quot;}"><div class="e-con-inner">
${inner}
</div></div>`;
};
const eHeading = (t: string, tag: string): string => eWidget('heading', `<${tag} class="elementor-heading-title elementor-size-default">${t}</${tag}>`);
const eText = (s: Sec): string => eWidget('text-editor', secsHtml([{ b: s.b }]));
const eBody = eSecs.map((s) => (s.h === undefined ? eText(s) : `${eHeading(s.h, 'h2')}\n${eText(s)}`)).join('\n');
const eHead = `<!doctype html>
<html lang="en-GB"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Booking Terms &amp; Conditions &#8211; Giggle Junction Entertainers</title><meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Giggle Junction Entertainers &raquo; Feed" href="https://gigglejunction.co.uk/feed/" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebPage",
"@id":"https://gigglejunction.co.uk/booking-terms/","name":"Booking Terms & Conditions - Giggle Junction Entertainers",
"dateModified":"2025-01-08T10:12:44+00:00"}]}</script>
<link rel='stylesheet' id='hello-elementor-css' href='https://gigglejunction.co.uk/wp-content/themes/hello-elementor/style.min.css?ver=3.1.0' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='https://gigglejunction.co.uk/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.21.4' />
<link rel='stylesheet' id='elementor-post-212-css' href='https://gigglejunction.co.uk/wp-content/uploads/elementor/css/post-212.css?ver=1736331164' />
<style id="cmplz-cookiebanner-css">.cmplz-hidden{display:none!important;}</style>
<meta name="generator" content="Elementor 3.21.4; features: e_optimized_css_loading; settings: css_print_method-external"></head>`;
const eHtml = `${eHead}
<body class="page-template-default page page-id-212 wp-custom-logo elementor-default elementor-kit-6 elementor-page elementor-page-212 cmplz-banner">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="18" class="elementor elementor-18 elementor-location-header" data-elementor-post-type="elementor_library">
${eCon(`${eWidget(
  'theme-site-logo',
  `<a href="https://gigglejunction.co.uk">
<img width="240" height="80" src="/wp-content/uploads/2023/04/gj-logo.png" alt="Giggle Junction"></a>`,
)}
${eWidget(
  'nav-menu',
  `<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline">
<ul id="menu-1-5c1e" class="elementor-nav-menu">${links(eNav, 'menu-item menu-item-type-post_type menu-item-object-page')}</ul></nav>
<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"></div>`,
)}
${eWidget(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-sm" href="/contact/">
<span class="elementor-button-content-wrapper"><span class="elementor-button-text">Check a Date</span></span></a></div>`,
)}`)}
</div>
<main id="content" class="site-main post-212 page type-page status-publish hentry"><div class="page-content">
<div data-elementor-type="wp-page" data-elementor-id="212" class="elementor elementor-212" data-elementor-post-type="page">
${eCon(`${eHeading(eTitle, 'h1')}\n${eWidget('text-editor', `<p><em>Last updated: 8 January 2025</em></p>`)}`, ' e-con-title')}
${eCon(eBody)}
${eCon(
  `${eHeading('Ready to book?', 'h3')}
${eWidget('text-editor', `<p>Check your date in under a minute. No deposit until you are happy.</p>`)}
${eWidget(
  'button',
  `<div class="elementor-button-wrapper"><a class="elementor-button elementor-button-link elementor-size-md" href="/contact/">
<span class="elementor-button-text">Check Availability</span></a></div>`,
)}`,
  ' cta-strip',
)}
</div></div></main>
<div data-elementor-type="footer" data-elementor-id="27" class="elementor elementor-27 elementor-location-footer" data-elementor-post-type="elementor_library">
${eCon(`${eHeading('Giggle Junction Entertainers', 'h4')}
${eWidget('text-editor', `<p>Magic, bubbles and balloon fun for children’s parties across Northbrook and the Vale.</p>`)}
${eWidget('icon-list', `<ul class="elementor-icon-list-items">${links(eFootNav, 'elementor-icon-list-item')}</ul>`)}
${eWidget('text-editor', `<p>© 2025 Giggle Junction Entertainers Ltd. Company no. 11873420.</p>`)}`)}
</div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 optin cmplz-bottom-right cmplz-categories-type-view-preferences"
aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin">
<div class="cmplz-header"><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div></div>
<div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">We use cookies to optimise our website and our service.</div></div>
<div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button>
<button class="cmplz-btn cmplz-view-preferences">View preferences</button></div></div></div>
<script src="https://gigglejunction.co.uk/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.4" id="elementor-frontend-js"></script>
</body></html>`;
const eGold = gold(eSecs);
const elementor: TestPage = done({
  name: 'heldout634-booking-terms-elementor',
  kind: 'docs',
  html: eHtml,
  title: 'Booking Terms & Conditions',
  headings: eGold.headings,
  body: eGold.body,
  bylines: ['Last updated: 8 January 2025'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to content', ...eNav, 'Check a Date', 'Ready to book?', 'Check your date in under a minute. No deposit until you are happy.',
    'Check Availability', 'Giggle Junction Entertainers', 'Magic, bubbles and balloon fun for children’s parties across Northbrook and the Vale.',
    ...eFootNav, '© 2025 Giggle Junction Entertainers Ltd. Company no. 11873420.',
  ],
});

export const HELDOUT634_B: readonly TestPage[] = [elementor];
