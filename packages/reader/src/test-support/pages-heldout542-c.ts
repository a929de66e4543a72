import { type TestPage, texts } from './page-kit.js';
import { gold, j, render } from './pages-heldout542-kit.js';

/**
 * Held-out batch 542, file c: a riding centre's FAQ page on Webflow (navbar, rich text, FAQ items, Webflow form with its
 * hidden success and error messages), and a farrier's short services page on GoDaddy Websites + Marketing (data-ux blocks).
 */
const fTitle = 'Frequently Asked Questions';
const fIntro = 'Everything new riders and parents ask us before their first visit to Larkhill Equestrian Centre.';
const fFaq: readonly [string, string[]][] = [
  ['How old do you have to be to ride?', ['Children can start lead-rein sessions from four. Group lessons are for riders aged seven and over.']],
  [
    'What should I wear?',
    [
      'Long trousers, such as jodhpurs, leggings or tracksuit bottoms, and boots or shoes with a small heel and a smooth sole.',
      'We lend riding hats and body protectors. If you bring your own hat it must meet PAS 015 or VG1 and have a current tag.',
    ],
  ],
  [
    'Is there a weight limit?',
    ['Yes, 15 stone (95 kg) in riding clothes. Please tell us your weight honestly when booking so that we can pick the right horse.'],
  ],
  [
    'Can I watch my child\u2019s lesson?',
    ['Of course. There is a viewing gallery above the indoor school with a window onto the arena. Please keep dogs in the car park.'],
  ],
  ['What happens if it rains?', ['Lessons go ahead in the indoor school. We only cancel for ice, high winds or thunder, and we will ring you if we do.']],
  ['Do you offer gift vouchers?', ['Yes. Vouchers can be bought for any amount at reception or by phone, and are valid for twelve months.']],
];
const fBlocks = fFaq.flatMap(([q, a]) => [`### ${q}`, ...a]);
const fNav = ['Home', 'Lessons', 'Livery', 'Pony Club', 'FAQ', 'Contact'];
const fItem = ([q, a]: readonly [string, string[]]): string => `<div class="faq-item"><div class="faq-question">
<h3 class="faq-heading">${q}</h3><div class="faq-icon w-embed"><svg width="16" height="16" viewBox="0 0 16 16"><path d="M8 1v14M1 8h14"></path></svg></div>
</div>
<div class="faq-answer"><div class="faq-rich w-richtext">${render(a)}</div></div></div>`;
const fHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Mar 04 2025 10:12:33 GMT+0000 -->
<html data-wf-domain="www.larkhillequestrian.co.uk" data-wf-page="65f1a2b3c4d5e6f708192a3b" data-wf-site="65f1a2b3c4d5e6f708192a30"><head><meta charset="utf-8">
<title>FAQ | Larkhill Equestrian Centre</title>
<meta content="Answers to common questions about lessons, clothing, weight limits and bookings." name="description">
<meta content="width=device-width, initial-scale=1" name="viewport"><meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65f1a2b3c4d5e6f708192a30/css/larkhill.webflow.a1b2c3.css" rel="stylesheet" type="text/css">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",
("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question",
"name":"How old do you have to be to ride?"}]}</script></head>
<body><div data-collapse="medium" data-animation="default" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav">
<div class="nav-container w-container"><a href="/" class="brand w-nav-brand">
<img src="https://assets-global.website-files.com/65f1a2b3c4d5e6f708192a30/logo.svg" loading="lazy"
alt="Larkhill Equestrian Centre" class="logo"></a><nav role="navigation" class="nav-menu w-nav-menu">
${fNav
  .map(
    (t) => `<a href="/${t === 'Home' ? '' : t.toLowerCase().replace(' ', '-')}" class="nav-link
w-nav-link${t === 'FAQ' ? ' w--current' : ''}"${t === 'FAQ' ? ' aria-current="page"' : ''}>${t}</a>`,
  )
  .join('')}
<a href="/book" class="nav-button w-button">Book now</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section-hero-small"><div class="container w-container"><h1 class="heading-hero">${fTitle}</h1><p class="paragraph-large">${fIntro}</p></div>
</section>
<section class="section-faq"><div class="container-narrow w-container"><div class="faq-wrapper">
${fFaq.map(fItem).join('\n')}
</div><div class="faq-cta"><h4 class="faq-cta-heading">Still have a question?</h4>
<p class="faq-cta-text">Call reception on 01264 771 902 or send us a message.</p>
<a href="/contact" class="button-secondary w-button">Contact us</a></div></div></section>
<section class="section-newsletter"><div class="container w-container"><h2 class="heading-newsletter">Get our holiday dates first</h2>
<div class="w-form"><form id="email-form" name="email-form" data-name="Email Form" method="get" class="newsletter-form" aria-label="Email Form">
<label for="email" class="field-label">Email address</label>
<input class="text-field w-input" maxlength="256" name="email" data-name="Email" placeholder="you@example.com"
type="email" id="email" required=""><input type="submit" data-wait="Please wait..." class="submit-button w-button" value="Subscribe"></form>
<div class="w-form-done" tabindex="-1" role="region" aria-label="Email Form success"><div>Thank you! Your submission has been received!</div></div>
<div class="w-form-fail" tabindex="-1" role="region" aria-label="Email Form failure"><div>Oops! Something went wrong while submitting the form.</div></div>
</div></div></section>
<footer class="footer"><div class="container w-container"><div class="w-layout-grid footer-grid"><div class="footer-col"><div class="footer-title">Visit</div>
<p class="footer-text">Larkhill Equestrian Centre, Tidworth Road, Andover SP11 7HJ</p></div><div class="footer-col">
<div class="footer-title">Opening times</div>
<p class="footer-text">Tuesday to Sunday, 8am to 6pm</p></div><div class="footer-col"><div class="footer-title">Follow</div>
<a href="https://www.facebook.com/larkhillequestrian" class="footer-link">Facebook</a><a href="https://www.instagram.com/larkhillequestrian"
class="footer-link">Instagram</a>
</div></div><div class="footer-bottom">
<div class="copyright">© 2025 Larkhill Equestrian Centre Ltd</div><a href="/privacy" class="footer-link-small">Privacy policy</a></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=65f1a2b3c4d5e6f708192a30" type="text/javascript"
crossorigin="anonymous"></script>
<script src="https://assets-global.website-files.com/65f1a2b3c4d5e6f708192a30/js/webflow.4b5c6d.js" type="text/javascript"></script></body></html>`;
const fGold = gold(fBlocks);
const webflow: TestPage = {
  name: 'heldout542-webflow-riding-faq',
  kind: 'docs',
  html: fHtml,
  title: fTitle,
  headings: fGold.headings,
  body: [fIntro, ...fGold.body],
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...fNav.filter((t) => t !== 'FAQ' && t !== 'Lessons'),
    'Book now', 'Still have a question?', 'Call reception on 01264 771 902 or send us a message.', 'Contact us',
    'Get our holiday dates first', 'Email address', 'Larkhill Equestrian Centre, Tidworth Road, Andover SP11 7HJ', 'Opening times',
    'Tuesday to Sunday, 8am to 6pm', 'Follow', 'Facebook', 'Instagram', '© 2025 Larkhill Equestrian Centre Ltd', 'Privacy policy',
  ],
};

const gTitle = 'Farrier Services';
const gBody = [
  j(
    'Ridgeway Farriery is a two-man practice shoeing and trimming horses across north Wiltshire and the Vale of White Horse.',
    'Owen Tarrant has been a registered farrier for fifteen years and works alongside his apprentice, Luke.',
  ),
  'Hot and cold shoeing for leisure, hunting and competition horses',
  'Barefoot trims for horses and ponies',
  'Remedial shoeing with your vet\u2019s referral, including heart-bar and egg-bar shoes',
  'Donkey and miniature pony trims',
  j(
    'We visit yards on a regular rota and can usually fit in a lost shoe within two working days. Please have your horse caught,',
    'clean and dry, with somewhere level and under cover for us to work.',
  ),
];
const gNav = ['Home', 'Prices', 'Contact Us'];
const gx = (ux: string, tag: string, inner: string, aid = ''): string =>
  `<${tag} data-ux="${ux}"${aid === '' ? '' : ` data-aid="${aid}"`} class="x-el x-el-${tag} c1-1 c1-2 c1-b c1-c c1-d c1-e c1-f">${inner}</${tag}>`;
const gHtml = `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Farrier Services</title>
<meta name="author" content="Ridgeway Farriery"><meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000">
<link rel="manifest" href="/manifest.webmanifest"><style type="text/css">.x .c1-1{letter-spacing:normal}.x .c1-2{box-sizing:border-box}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LocalBusiness","name":"Ridgeway Farriery",
"telephone":"07700 900582"}</script></head>
<body class="x x-fonts-montserrat"><div id="layout-6e1b" class="layout layout-layout layout-layout-layout-13 locale-en-GB lang-en">
<div data-ux="Page" id="page-2210" class="x-el x-el-div x-el c1-1 c1-2 c1-3 c1-4">
<div data-ux="Block" class="x-el x-el-div c1-1 c1-2 c1-5"><div id="e5c7" class="widget widget-header widget-header-header-9">
${gx(
  'Header',
  'div',
  `${gx(
    'Block',
    'div',
    `<a rel="" role="link" aria-haspopup="menu" data-ux="Link" data-page="a1b2" title="Ridgeway Farriery" href="/"
data-aid="HEADER_LOGO_RENDERED" class="x-el x-el-a c1-1 c1-2">${gx('Heading', 'h3', 'Ridgeway Farriery', 'HEADER_LOGO_TEXT_RENDERED')}</a>`,
  )}
<nav data-ux="Nav" data-aid="HEADER_NAV_RENDERED" role="navigation" class="x-el x-el-nav c1-1 c1-2">
<ul data-ux="List" id="n-2210" class="x-el x-el-ul c1-1 c1-2">
${gNav
  .map(
    (t) => `<li data-ux="ListItemInline" class="x-el x-el-li c1-1 c1-2"><a rel="" role="link" aria-haspopup="false" data-ux="NavLink" target=""
data-page="a1b${t.length}" href="/${t === 'Home' ? '' : t.toLowerCase().replace(' ', '-')}" class="x-el x-el-a c1-1 c1-2">${t}</a></li>`,
  )
  .join('')}
</ul></nav>`,
  'HEADER_WIDGET',
)}</div></div>
<div data-ux="Block" class="x-el x-el-div c1-1 c1-2 c1-5"><div id="c81d" class="widget widget-about widget-about-about-4">
<section data-ux="Section" class="x-el x-el-section c1-1 c1-2"><div data-ux="Container" class="x-el x-el-div c1-1 c1-2">
${gx('SectionHeading', 'h1', `<span data-ux="Element" class="x-el x-el-span c1-1 c1-2">${gTitle}</span>`, 'ABOUT_SECTION_TITLE_RENDERED')}
${gx(
  'ContentText',
  'div',
  `<p>${gBody[0]}</p><ul>${gBody
    .slice(1, 5)
    .map((t) => `<li><p>${t}</p></li>`)
    .join('')}</ul><p>${gBody[5]}</p>`,
  'ABOUT_DESCRIPTION_RENDERED0',
)}
<a data-ux="Button" data-aid="ABOUT_CTA_RENDERED" href="/contact-us" class="x-el x-el-a c1-1 c1-2 c1-q">Book a Visit</a>
</div></section></div></div>
<div data-ux="Block" class="x-el x-el-div c1-1 c1-2 c1-5"><div id="f6a2" class="widget widget-footer widget-footer-footer-2">
<div data-ux="Footer" class="x-el x-el-div c1-1 c1-2">
${gx('FooterText', 'p', '<span>Copyright © 2025 Ridgeway Farriery - All Rights Reserved.</span>', 'FOOTER_COPYRIGHT_RENDERED')}
${gx(
  'FooterText',
  'p',
  `<span>Powered by </span><a rel="nofollow noopener" role="link" data-ux="Link" target="_blank" href="https://www.godaddy.com/websites/website-builder"
class="x-el x-el-a c1-1 c1-2">GoDaddy</a>`,
  'FOOTER_POWERED_BY_AIRO_RENDERED',
)}</div></div></div>
<div data-ux="Block" data-aid="FOOTER_COOKIE_BANNER" class="x-el x-el-div c1-1 c1-2 c1-z">
${gx('Text', 'p', 'This website uses cookies.', 'FOOTER_COOKIE_TITLE')}
${gx(
  'Text',
  'p',
  `We use cookies to analyze website traffic and optimize your website experience. By accepting our use of cookies, your data will be
aggregated with all other user data.`,
  'FOOTER_COOKIE_BODY',
)}<a data-ux="Button" data-aid="FOOTER_COOKIE_ACCEPT" href="#" class="x-el x-el-a c1-1
c1-2">Accept</a></div>
</div></div><script type="text/javascript">window.cxs && window.cxs.setOptions({ prefix: "c2-" });</script></body></html>`;
const godaddy: TestPage = {
  name: 'heldout542-godaddy-farrier',
  kind: 'docs',
  html: gHtml,
  title: gTitle,
  headings: [],
  body: texts(gBody),
  bylines: [],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...gNav, 'Book a Visit', 'Copyright © 2025 Ridgeway Farriery - All Rights Reserved.', 'Powered by GoDaddy',
    'This website uses cookies.',
    j('We use cookies to analyze website traffic and optimize your website experience.',
      'By accepting our use of cookies, your data will be aggregated with all other user data.'),
    'Accept',
  ],
};

export const HELDOUT542_C: readonly TestPage[] = [webflow, godaddy];
