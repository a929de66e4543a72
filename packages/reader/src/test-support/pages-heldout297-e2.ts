import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout297-kit.js';

/**
 * Held-out batch 297, file e2: a food network's volunteer-recruitment page on Webflow, a listing (w-nav navbar with "Donate"
 * button, hero with intro, a w-dyn-list collection of roles with location, time and "Apply for this role" links, an
 * expectations list, steps to apply, a w-form signup with its done and fail messages, Finsweet cookie consent, footer).
 */
const vTitle = 'Volunteer with Northgate Food Network';
const vIntro = j(
  'Every week our volunteers sort, pack and deliver food to more than 1,300 households across Northgate. We could not do it without',
  'them. Whether you have two hours a month or two days a week, there is a role for you, and no experience is needed for most of them.',
);
const vHeads = [
  'Current opportunities',
  'Warehouse sorter',
  'Delivery driver',
  'Community pantry host',
  'Welcome desk volunteer',
  'What to expect',
  'How to apply',
];
const vRoles = [
  [
    j(
      'Check, sort and date donated food at our Canal Street warehouse so that it is ready to pack. This is a sociable, active role and',
      'a good place to start.',
    ),
    'Location: Canal Street warehouse',
    'Time: one 3-hour shift a week, weekday mornings or Saturday',
  ],
  [
    j('Deliver food parcels to households who cannot reach a pantry, using one of our vans. You will work with a partner and follow a', 'planned route.'),
    'Location: routes across Northgate',
    'Time: one 4-hour shift a week, full UK driving licence held for 2 years',
  ],
  [
    j(
      'Help run one of our eight community pantries, setting up, restocking shelves and chatting with members as they shop. Pantry',
      'hosts are the friendly face of the network.',
    ),
    'Location: churches and community centres',
    'Time: one afternoon a fortnight',
  ],
  [
    j(
      'Greet people arriving at our advice hub, take their details and point them to the right support, from benefits advice to',
      'energy vouchers. Training is provided.',
    ),
    'Location: Northgate Advice Hub, Mill Lane',
    'Time: one morning a week, minimum six months',
  ],
];
const vExpect = [
  'a two-hour induction and food-safety training before your first shift;',
  'a named coordinator you can contact with any question;',
  'travel expenses paid for shifts of three hours or more;',
  'flexibility: swap or cancel shifts through our app with 48 hours’ notice.',
];
const vApply = [
  'Choose a role from the list above and fill in the short form on its page.',
  'Our volunteer coordinator will call you within a week for an informal chat.',
  'Book your induction and your first shift. Most volunteers start within three weeks.',
];
const vNote = j(
  'Some roles involve working with vulnerable adults and need a basic DBS check, which we arrange and pay for. If you have a question about',
  'access or adjustments, email volunteer@northgatefood.example and we will talk it through.',
);
const vNav = ['About', 'Get help', 'Give food', 'Volunteering', 'News'];
const vFoot = ['Privacy', 'Safeguarding', 'Contact'];
const role = (i: number): string => {
  const r = vRoles[i] ?? [];
  return `<div role="listitem" class="role-item w-dyn-item"><div class="role-card"><h3 class="role-title">${vHeads[i + 1]}</h3>
<div class="role-summary w-richtext"><p>${r[0]}</p></div><div class="role-meta"><div class="role-meta-line">${r[1]}</div><div
class="role-meta-line">${r[2]}</div></div>
<a href="/roles/${i}" class="button button-small w-button">Apply for this role</a></div></div>`;
};
const vHtml = `<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><html data-wf-domain="www.northgatefood.example"
data-wf-page="65f0a1c2b3d4e5f6a7b8c9d0" data-wf-site="65f0a1c2b3d4e5f6a7b8c9aa" lang="en"><head><meta charset="utf-8">
<title>Volunteer | Northgate Food Network</title><meta content="Volunteer with Northgate Food Network: current roles and how to apply." name="description">
<meta content="Volunteer | Northgate Food Network" property="og:title"><meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator"><link href="https://cdn.prod.website-files.example/65f0a1/css/northgate-food.webflow.shared.css" rel="stylesheet">
<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js"}(window,document);</script>
<script async src="https://cdn.jsdelivr.example/npm/@finsweet/cookie-consent@1/fs-cc.js" fs-cc-mode="opt-in"></script></head>
<body><div data-animation="default" data-collapse="medium" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container w-container">
<a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.example/65f0a1/logo.svg" alt="Northgate Food Network"></a>
<nav role="navigation" class="nav-menu w-nav-menu">${vNav
  .map((n) => `<a href="/${n.toLowerCase().replace(/ /g, '-')}" class="nav-link w-nav-link">${n}</a>`)
  .join('')}
<a href="/donate" class="button nav-button w-button">Donate</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>
<section class="section hero"><div class="container w-container"><h1 class="heading-xl">${vTitle}</h1><p class="paragraph-large">${vIntro}</p>
<div class="page-updated">Page last updated 1 March 2026</div></div></section>
<section class="section"><div class="container w-container"><h2 class="heading-l">${vHeads[0]}</h2>
<div class="w-dyn-list"><div role="list" class="roles-grid w-dyn-items">${[0, 1, 2, 3].map(role).join('\n')}</div></div></div></section>
<section class="section section-grey"><div class="container w-container"><div class="w-layout-grid grid-2col"><div>
<h2 class="heading-l">${vHeads[5]}</h2><div class="w-richtext"><ul role="list">${lis(vExpect)}</ul></div></div>
<div><h2 class="heading-l">${vHeads[6]}</h2><div class="w-richtext"><ol role="list">${lis(vApply)}</ol>${ps([vNote])}</div></div></div></div></section>
<section class="section section-cta"><div class="container w-container"><div class="cta-box"><h2 class="heading-m">Not ready to commit?</h2>
<p>Get an email when new roles and one-off events come up.</p><div class="w-form"><form id="email-form" name="email-form" data-name="Email Form"
method="get"><label for="email">Email address</label><input class="text-field w-input" maxlength="256" name="email" type="email" id="email">
<input type="submit" data-wait="Please wait..." class="button w-button" value="Keep me posted"></form>
<div class="w-form-done"><div>Thank you! We’ll be in touch.</div></div><div class="w-form-fail"><div>Oops! Something went wrong while submitting the
form.</div></div>
</div></div></div></section>
<footer class="footer"><div class="container w-container"><div class="footer-links">${links(vFoot, 'footer-link')}</div>
<p class="footer-small">Northgate Food Network is a registered charity in England and Wales, no. 1160933.</p></div></footer>
<div fs-cc="banner" class="fs-cc-banner_component"><div class="fs-cc-banner_container"><div class="fs-cc-banner_text">By clicking “Accept”, you agree to the
storing of cookies on your device to enhance site navigation and analyse site usage.</div><div class="fs-cc-banner_buttons-wrapper">
<a fs-cc="open-preferences" href="#" class="fs-cc-banner_text-link">Preferences</a><a fs-cc="deny" href="#"
class="fs-cc-banner_button fs-cc-button-alt w-button">Deny</a>
<a fs-cc="allow" href="#" class="fs-cc-banner_button w-button">Accept</a></div></div></div>
<script src="https://d3e54v103j8qbb.cloudfront.example/js/jquery-3.5.1.min.js" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.example/65f0a1/js/webflow.js" type="text/javascript"></script></body></html>`;
export const webflow: TestPage = {
  name: 'heldout297-webflow-volunteer-listing',
  kind: 'blog',
  html: vHtml,
  title: vTitle,
  headings: vHeads,
  body: texts([vIntro, ...vRoles.flat(), ...vExpect, ...vApply, vNote]),
  bylines: ['Page last updated 1 March 2026'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...vNav, 'Donate', 'Apply for this role', 'Not ready to commit?', 'Get an email when new roles and one-off events come up.', 'Email address',
    'Thank you! We’ll be in touch.', 'Oops! Something went wrong while submitting the form.', ...vFoot,
    'Northgate Food Network is a registered charity in England and Wales, no. 1160933.',
    'By clicking “Accept”, you agree to the storing of cookies on your device to enhance site navigation and analyse site usage.', 'Preferences',
    'Deny', 'Accept',
  ],
};
